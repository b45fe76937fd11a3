import type { HedgeSpan } from '../../model/document.js';

/**
 * One hedge pattern. A named group `figures` in the pattern marks a hedge that speaks of figures
 * ("ces chiffres", "the toll"); a named group `anaphor` marks one that points back ("ces", "these"),
 * so that a hedge standing alone in its sentence covers the figures of the sentence before.
 */
export interface HedgeCue {
  kind: HedgeSpan['kind'];
  pattern: RegExp;
}

export interface HedgeRules {
  cues: HedgeCue[];
  /** Words the conditional-mood pattern matches that are not verbs in that mood ("retrait", "portrait"). Lower case. */
  notConditional: Set<string>;
}
