import type { HedgeRules } from '../../stages/hedges/rules.js';

/** No words, no hedges. */
export const hedges: HedgeRules = { cues: [], notConditional: new Set() };
