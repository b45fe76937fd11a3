import type { AttributionRules } from '../../stages/attributions/rules.js';

/** No words, no cues: a language without rules gets no prepositional attributions. */
export const attributions: AttributionRules = { cues: [] };
