import type { CleaningRules } from '../types.js';

/** Page chrome that reads the same in every language: size toggles, lone symbols, share counters. */
export const cleaning: CleaningRules = {
  related: /^(?!)/u,
  credit: /^(?!)/u,
  boilerplate: /^(?:XS|SM|MD|LG|XL|A-|A\+|A|[|•·>»«›‹/\\-]+|\d+\s*(?:k|K)?|©.*|https?:\/\/\S+)$/u,
  sections: new Set(),
  relatedList: /^(?!)/u,
  endOfArticle: /^(?:©|\(c\)\s|copyright\b)/iu,
};
