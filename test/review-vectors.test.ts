/**
 * The shared table of review records (test/vectors/review.json): what a page
 * writes as the page config's "review", what the widgets make of it, and its
 * JSON-LD. The WordPress plugin's test reads the same table for its PHP
 * (scripts/wordpress/site-setup.php), so the record it pre-renders from a
 * filter's config, however hostile, is the one the widgets show when they
 * hydrate.
 */
import { expect } from '@open-wc/testing';
import { configure, pageConfig, resetPageConfigForTests, type HipWidgetsConfig, type PageReview } from '../src/config.js';
import { reviewStructuredData } from '../src/structured-data.js';
import { captureConsole } from './helpers/console.js';

interface Vector {
  title: string;
  input: unknown;
  review: PageReview | null;
  jsonLd?: unknown;
}

async function vectors(): Promise<Vector[]> {
  const response = await fetch('/test/vectors/review.json');
  expect(response.ok, 'test/vectors/review.json').to.be.true;
  return ((await response.json()) as { reviews: Vector[] }).reviews;
}

describe('shared review vectors (test/vectors/review.json)', () => {
  afterEach(() => resetPageConfigForTests());

  it('reads each record as the table says, and writes its JSON-LD', async () => {
    const reviews = await vectors();
    expect(reviews.length).to.be.above(20);
    for (const { title, input, review, jsonLd } of reviews) {
      const console = captureConsole();
      try {
        configure({ review: input } as HipWidgetsConfig);
      } finally {
        console.restore();
      }
      // What the bad values call for is tested in config.test.ts; here only what is kept.
      console.claimEach('error', /^hip-widgets config \(configure\(\)\): review/);
      console.claimEach('warn', /^hip-widgets config \(configure\(\)\): review/);
      const read = pageConfig().review;
      // As plain data: the checked record has no prototype.
      expect(read === undefined ? null : JSON.parse(JSON.stringify(read)), title).to.deep.equal(review);
      if (review) expect(JSON.parse(JSON.stringify(reviewStructuredData(read))), `${title}: JSON-LD`).to.deep.equal(jsonLd);
    }
  });
});
