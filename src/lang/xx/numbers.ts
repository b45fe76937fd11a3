import type { NumberRules } from '../../stages/claims/number-rules.js';

/** Languages without rules still read digits; no number words. */
export const numbers: NumberRules = {
  cardinals: new Map(),
  joiners: new Set(),
  articles: new Set(),
  scales: new Map(),
  collectives: new Map(),
  pluralCollectives: new Map(),
  decimalSeparator: '.',
};
