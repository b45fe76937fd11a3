import type { CleaningRules } from '../types.js';

/** Page chrome that reads the same in every language: size toggles, lone symbols, share counters. */
export const cleaning: CleaningRules = {
  related: /^(?!)/u,
  credit: /^(?!)/u,
  boilerplate: /^(?:XS|SM|MD|LG|XL|A-|A\+|A|[Ff]acebook|[Tt]witter|X|[Ww]hats[Aa]pp|[Ll]inked[Ii]n|[Tt]elegram|[Mm]essenger|[Pp]interest|[Ff]lipboard|[Rr]eddit|[Bb]luesky|[Tt]hreads|E-?mail|e-?mail|[|•·>»«›‹/\\-]+|\d+\s*(?:k|K)?|©.*|https?:\/\/\S+)$/u,
  sections: new Set(),
  relatedList: /^(?!)/u,
  endOfArticle: /^(?:©|\(c\)\s|copyright\b)/iu,
};

/**
 * A language's credit pattern from extra credit forms (sources without anchors) tried before the
 * established pattern; every named group that matches holds credits.
 */
export function joinCredits(extra: string[], established: RegExp): RegExp {
  return new RegExp(`^(?:${extra.join('|')})\\s*\\.?$|${established.source}`, 'u');
}
