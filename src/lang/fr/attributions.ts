import type { AttributionRules } from '../../stages/attributions/rules.js';

const W = String.raw`(?<![\p{L}\p{N}])`;

export const attributions: AttributionRules = {
  notSources: new Set(['formule', 'règle', 'règles', 'règlement', 'loi', 'lois', 'calendrier', 'programme', 'plan', 'principe',
    'modèle', 'barème', 'procédure', 'critères', 'critère', 'usage', 'tradition', 'article', 'horaire', 'tarif', 'format', 'scénario',
    'mesures', 'normes', 'consignes', 'dispositions']),
  cues: [
    { cue: 'selon', pattern: new RegExp(String.raw`${W}selon\s+`, 'iu'), makesQuote: true },
    // "d'après X" attributes like "selon X": one cue for both, as readers compare sources, not prepositions
    { cue: 'selon', pattern: new RegExp(String.raw`${W}d['’]après\s+`, 'iu'), makesQuote: true },
    // "Pour le diplomate, la trêve ne suffira pas": an opinion put on someone, without a verb
    { cue: 'pour', pattern: new RegExp(String.raw`^(?:[«"“]\s*)?[Pp]our\s+`, 'u'), makesQuote: true, opensSentenceBeforeSomeone: true },
    { cue: 'cité par', pattern: new RegExp(String.raw`${W}cité(?:e|s|es)?\s+par\s+`, 'iu'), makesQuote: false },
    { cue: 'rapporté par', pattern: new RegExp(String.raw`${W}rapporté(?:e|s|es)?\s+par\s+`, 'iu'), makesQuote: false },
    { cue: 'de source', pattern: new RegExp(String.raw`${W}de\s+(?=sources?\s+\p{L})`, 'iu'), makesQuote: false },
    { cue: 'auprès de', pattern: new RegExp(String.raw`${W}appris\s+auprès\s+(?:de\s+|d['’]|du\s+(?=\p{L}))`, 'iu'), makesQuote: false },
  ],
};
