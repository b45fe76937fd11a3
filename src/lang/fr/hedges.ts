import type { HedgeRules } from '../../stages/hedges/rules.js';

const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const FIGURES = String.raw`(?<figures>chiffres?|bilans?|informations?|données|nombres?|estimations?|affirmations?|allégations|déclarations|propos|faits|images|vidéos?|témoignages?)`;
const ANAPHOR = String.raw`(?<anaphor>ces|ce|cette|les|le|la|ses|leurs?)`;
const CHECKED = String.raw`(?:vérifiée?s?|confirmée?s?|recoupée?s?|authentifiée?s?)`;
const INDEPENDENTLY = String.raw`(?:\s+(?:de\s+(?:source|manière|façon)\s+indépendante|indépendamment|sur\s+place|sur\s+le\s+terrain|immédiatement|dans\s+l['’]immédiat))*`;

export const hedges: HedgeRules = {
  cues: [
    // "sans que ces chiffres puissent être vérifiés (de source indépendante)"
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}sans\s+qu(?:e\s+|['’])${ANAPHOR}\s+${FIGURES}\s+(?:ne\s+)?puisse(?:nt)?\s+être\s+${CHECKED}${INDEPENDENTLY}`, 'iu') },
    // "Ces chiffres n'ont pas pu être vérifiés", "ce bilan ne peut être confirmé"
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}${ANAPHOR}\s+${FIGURES}(?:[\s\p{L}'’,-]{0,40}?)\s+(?:n['’]ont|n['’]a|ne\s+peu(?:t|vent)|ne\s+pouvai(?:t|ent)|n['’]ont\s+pas|n['’]a\s+pas|n['’]avaient|n['’]avait)\s+(?:pas\s+)?(?:(?:encore|pu|été)\s+){0,3}(?:être\s+)?${CHECKED}${INDEPENDENTLY}`, 'iu') },
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}(?:impossible|difficile)\s+(?:à|de)\s+(?:vérifier|confirmer)${E}|${W}(?:invérifiables?|non\s+(?:vérifiée?s?|confirmée?s?))${E}`, 'iu') },
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}(?:n['’](?:a|ont)\s+pas\s+pu\s+(?:être\s+)?(?:vérifi|confirm)\p{L}*|ne\s+(?:peut|peuvent|pouvait|pouvaient)\s+(?:pas\s+)?être\s+${CHECKED})${INDEPENDENTLY}`, 'iu') },
    // "relaient ces chiffres sans les vérifier", "sans pouvoir les confirmer", "sans les avoir recoupés"
    { kind: 'unverified', pattern: new RegExp(String.raw`${W}sans\s+(?:pouvoir\s+|être\s+en\s+mesure\s+de\s+|avoir\s+pu\s+)?(?<figures>(?<anaphor>les|l['’]))\s*(?:avoir\s+)?(?:vérifi|confirm|recoup|authentifi)\p{L}*`, 'iu') },
    // "le prétendu « calife » Abou X", "le présumé Ahmed": the adjective doubts a name or title, not the figures of the sentence
    // (case-sensitive: a capital after the adjective is what tells a name)
    { kind: 'alleged', pattern: new RegExp(String.raw`${W}(?:[Pp]résumée?s?|[Pp]rétendue?s?|[Ss]upposée?s?(?!\s+(?:être|que)))(?!\s+(?:[«“"]\s*)?\p{Lu})${E}`, 'u') },
    { kind: 'alleged', pattern: new RegExp(String.raw`${W}(?:présumément|prétendument|vraisemblablement|apparemment|semble-t-il|selon\s+toute\s+vraisemblance)${E}`, 'iu') },
    // the reportive conditional: "aurait été tué", "auraient recadré", "ferait 20 morts"
    { kind: 'conditional', pattern: new RegExp(String.raw`${W}\p{L}{2,}r(?:ait|aient)${E}`, 'iu') },
  ],
  notConditional: new Set([
    'trait', 'portrait', 'retrait', 'attrait', 'extrait', 'abstrait', 'distrait', 'soustrait', 'autoportrait',
    // desire and obligation are moods of the speaker, not doubts of the reporter
    'voudrait', 'voudraient', 'aimerait', 'aimeraient', 'souhaiterait', 'souhaiteraient', 'faudrait',
    'devrait', 'devraient', 'préférerait', 'préféreraient',
  ]),
};
