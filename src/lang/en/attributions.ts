import type { AttributionRules } from '../../stages/attributions/rules.js';

const W = String.raw`(?<![\p{L}\p{N}])`;

export const attributions: AttributionRules = {
  notSources: new Set(['rule', 'rules', 'law', 'laws', 'schedule', 'plan', 'plans', 'formula', 'format', 'regulations', 'timetable',
    'tradition', 'custom', 'procedure', 'scenario', 'model', 'criteria', 'measures', 'guidelines', 'standards']),
  cues: [
    { cue: 'according to', pattern: new RegExp(String.raw`${W}according\s+to\s+`, 'iu'), makesQuote: true },
    // "In the view of the envoy, the pause is too short"
    { cue: 'in the view of', pattern: new RegExp(String.raw`^(?:[Ii]n\s+the\s+view\s+of|[Ii]n\s+the\s+eyes\s+of)\s+`, 'u'), makesQuote: true, opensSentenceBeforeSomeone: true },
    { cue: 'citing', pattern: new RegExp(String.raw`${W}citing\s+`, 'iu'), makesQuote: false },
    { cue: 'quoted by', pattern: new RegExp(String.raw`${W}(?:as\s+)?quoted\s+by\s+`, 'iu'), makesQuote: false },
    { cue: 'cited by', pattern: new RegExp(String.raw`${W}(?:as\s+)?cited\s+by\s+`, 'iu'), makesQuote: false },
    { cue: 'reported by', pattern: new RegExp(String.raw`${W}as\s+reported\s+by\s+`, 'iu'), makesQuote: false },
  ],
};
