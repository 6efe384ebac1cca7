/**
 * The page config's review record as schema.org has it on a WebPage, for the
 * JSON-LD of pre-rendered pages (scripts/prerender.mjs; the WordPress plugin
 * writes the same, hip_widgets_review_structured_data()). Not part of the
 * bundle: the browser never writes JSON-LD.
 *
 * - `lastReviewed`: the date as written, `YYYY-MM-DD` (schema.org's Date).
 * - `reviewedBy`: a Person. The practice writes "name, role"; the text before
 *   the first comma is the `name`, the rest the `jobTitle`
 *   ("M. de Vries, fysiotherapeut"). Without a comma, or with nothing on one
 *   side of it, the whole text is the name.
 * - `citation`: a CreativeWork per source, its title as `name`, with its `url`
 *   when it has one.
 *
 * Only what the record has; no next-review date (schema.org has no property for it).
 */
import type { PageReview } from './config.js';

export interface ReviewStructuredData {
  lastReviewed?: string;
  reviewedBy?: { '@type': 'Person'; name: string; jobTitle?: string };
  citation?: { '@type': 'CreativeWork'; name: string; url?: string }[];
}

export function reviewStructuredData(review: PageReview | undefined): ReviewStructuredData {
  const data: ReviewStructuredData = {};
  if (!review) return data;
  if (review.reviewed) data.lastReviewed = review.reviewed;
  if (review.reviewedBy) {
    const comma = review.reviewedBy.indexOf(',');
    const name = review.reviewedBy.slice(0, Math.max(comma, 0)).trim();
    const jobTitle = review.reviewedBy.slice(comma + 1).trim();
    data.reviewedBy = comma > 0 && name && jobTitle ? { '@type': 'Person', name, jobTitle } : { '@type': 'Person', name: review.reviewedBy };
  }
  if (review.sources.length) data.citation = review.sources.map(({ title, url }) => ({ '@type': 'CreativeWork', name: title, ...(url && { url }) }));
  return data;
}
