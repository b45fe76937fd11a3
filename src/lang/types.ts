import type { QuoteRules } from '../stages/quotes/rules.js';
import type { AttributionRules } from '../stages/attributions/rules.js';
import type { HedgeRules } from '../stages/hedges/rules.js';
import type { DateRules } from '../stages/dates/rules.js';
import type { ClaimRules } from '../stages/claims/rules.js';
import type { EventRules } from '../stages/events/rules.js';
import type { LabelRules } from '../stages/labels/rules.js';
import type { EntityRules } from '../stages/entities/rules.js';
/**
 * The one interface every language folder implements (src/lang/<code>/index.ts).
 * Language-independent code reads words and patterns only through it; adding a language means
 * adding a folder and one line in src/lang/registry.ts, nothing else.
 * Each reader stage owns one optional field; a language without it gets the `xx` defaults.
 */
export interface SegmentationRules {
  /** Words that end with a period without ending a sentence ("M", "Dr", "St", "av"). Lower case, no period. */
  abbreviations: Set<string>;
}

export interface CleaningRules {
  /** A line that introduces a link to another article ("Lire aussi :", "Read more:"). */
  related: RegExp;
  /** A credit line ("Avec AFP", "With Reuters", "Par Jean Dupont"); named groups `agency`, `byline`, `byline2` or `source` hold the credits. */
  credit: RegExp;
  /** Where a credited writer filed from ("Marc Jensen in Geneva", "Julien Morel (à Moscou)"), global: removed before the credit is read. */
  creditPlace?: RegExp;
  /** Page chrome lines (accessibility links, menus, size toggles, share buttons). */
  boilerplate: RegExp;
  /** Section names a page prints above its title ("International", "Monde"). Lower case. */
  sections: Set<string>;
  /** A line heading a list of links to other articles ("Sur le même sujet", "More on this story"). */
  relatedList: RegExp;
  /** A line after which the article is over (most-read lists, comments, copyright). */
  endOfArticle: RegExp;
}

export interface LanguagePack {
  code: string;
  segmentation: SegmentationRules;
  cleaning: CleaningRules;
  // Reader stages add one optional typed field each below (entities, quotes, dates, claims,
  // events, labels), with the rule type defined beside the stage that reads it.
  dates?: DateRules;
  claims?: ClaimRules;
  events?: EventRules;
  labels?: LabelRules;
  entities?: EntityRules;
  quotes?: QuoteRules;
  attributions?: AttributionRules;
  hedges?: HedgeRules;
}
