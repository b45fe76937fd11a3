import type { LabelRules } from '../../stages/labels/rules.js';

const NEVER = /(?!)/u;

/** Without words of its language, no actor label. */
export const labels: LabelRules = {
  terms: [],
  introducer: NEVER,
  reported: NEVER,
  capitals: new Set(),
  actsAfter: NEVER,
  armedAction: NEVER,
  capitalGroup: 'government-forces',
};
