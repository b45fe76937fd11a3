import type { HedgeRules } from '../../stages/hedges/rules.js';

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const FIGURES = String.raw`(?<figures>figures?|numbers?|tolls?|death\s+tolls?|claims?|reports?|accounts?|estimates?|casualty\s+figures|information|details|footage|videos?)`;
const ANAPHOR = String.raw`(?<anaphor>these|this|the|those|that|its|their)`;
const CHECKED = String.raw`(?:verified|confirmed|authenticated|corroborated)`;

export const hedges: HedgeRules = {
  cues: [
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}${ANAPHOR}\s+${FIGURES}\s+(?:could|can|has|have|had|were|was|are|is)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?${CHECKED}${E}`, 'iu') },
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}(?:could|can|has|have|had|were|was|are|is)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?independently\s+${CHECKED}${E}|${W}(?:unverified|unconfirmed|impossible\s+to\s+(?:verify|confirm))${E}`, 'iu') },
    // "Neither figure could be independently verified", "none of the claims could be confirmed"
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}(?<anaphor>neither|none\s+of\s+(?:the|these|those|their|its))\s+${FIGURES}\s+(?:could|can|has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:independently\s+)?${CHECKED}${E}`, 'iu') },
    { kind: 'alleged', pattern: new RegExp(String.raw`${W}(?:allegedly|alleged|reportedly|purportedly|purported|supposedly|apparently|presumably|(?:is|are|was|were)\s+(?:said|believed|thought|reported)\s+to)${E}`, 'iu') },
    { kind: 'conditional', pattern: new RegExp(String.raw`${W}(?:would|may|might|could)\s+have\s+(?:been\s+)?\p{L}+${E}`, 'iu') },
  ],
  notConditional: new Set(),
};
