/**
 * The shape of the practice's content. Text fields hold already-localized
 * strings: the content modules build these objects inside `msg()` calls at
 * render time, so a locale switch re-renders them in the new language.
 */

export const SYMPTOM_IDS = ['groin-buttock-pain', 'stiffness-after-sitting', 'pain-jumping-landing-turning', 'pain-after-trauma'] as const;
/** One of the four "Last van de heup?" symptoms. */
export type SymptomId = (typeof SYMPTOM_IDS)[number];

export const CONDITION_IDS = ['fai', 'perthes', 'epiphysiolysis', 'hip-fracture', 'hip-osteoarthritis', 'hip-prosthesis'] as const;
/** Stable id of one of the six hip conditions, in the page's order. */
export type ConditionId = (typeof CONDITION_IDS)[number];

export interface Symptom {
  id: SymptomId;
  text: string;
}

/** A single number, or a range such as 22–30. */
export type Amount = number | { min: number; max: number };

/** Who a value of a comparison belongs to. */
export type Group = 'men' | 'women' | 'boys' | 'girls';

/** What a statistic measures; numbers stay numbers so they can be formatted per locale and drawn. */
export type Measure =
  | { kind: 'percent'; value: Amount }
  /** Cases per `per` people (per 1,000 or per 100,000). */
  | { kind: 'rate'; value: Amount; per: number }
  | { kind: 'count'; value: number }
  /** An age in years; `above` means "older than `value`". */
  | { kind: 'age'; value: Amount; above?: boolean }
  /** The same quantity for two or more groups, e.g. men against women. */
  | { kind: 'comparison'; unit: ComparisonUnit; per?: number; groups: { group: Group; value: number }[] };

/** `times` is a relative frequency: "5 times as often in boys as in girls". */
export type ComparisonUnit = 'percent' | 'rate' | 'count' | 'age' | 'times';

/** A block of running text in a condition's details. */
export type ContentBlock =
  | { type: 'paragraph'; text: string }
  /** A list with an optional lead-in sentence; `term` makes an item a "term: explanation" pair. */
  | { type: 'list'; lead?: string; items: { term?: string; text: string }[] };

type ConditionSectionKind = 'description' | 'clinical-features' | 'symptoms' | 'risk-factors' | 'treatment' | 'aftercare';

export interface ConditionSection {
  kind: ConditionSectionKind;
  /** Sub-heading shown above the blocks; absent where the page has none. */
  heading?: string;
  blocks: ContentBlock[];
}

export interface Condition {
  id: ConditionId;
  title: string;
  /** The facts that stay visible on the card, in the page's order. */
  keyFacts: string[];
  /** Everything else the page says, shown in the disclosure, in the page's order. */
  sections: ConditionSection[];
}
