import type { ClaimRules } from '../../stages/claims/rules.js';
import { numbers } from './numbers.js';

const NEVER = /(?!)/u;

/** Without words of its language, no figure can be told from any other number. */
export const claims: ClaimRules = {
  numbers,
  beforeNoun: NEVER,
  countedNouns: [],
  casualtyNouns: NEVER,
  peopleNouns: /(?!)/gu,
  governingNouns: [],
  objectVerbs: [],
  longGoverning: [],
  numberOf: NEVER,
  approximateAfter: NEVER,
  bareNumberEnd: NEVER,
  nowCue: NEVER,
  tally: NEVER,
  pronoun: NEVER,
  statementBefore: NEVER,
  figureNoun: NEVER,
  documentSource: NEVER,
  predicates: [],
  qualifiers: [],
  partsCue: NEVER,
  coordinator: NEVER,
  notCounts: NEVER,
  continuation: NEVER,
  determiner: NEVER,
  placePreposition: NEVER,
};
