import type { ClaimCategory } from '../../model/contract.js';
import type { NumberRules } from './number-rules.js';

/** A pattern that, where it matches, says what a figure counts. */
export interface CategoryCue { pattern: RegExp; category: ClaimCategory }

/**
 * Words of one language for figures about people and acts. Every pattern is Unicode,
 * case-insensitive and written for the position named below (anchored with ^ or $ there).
 */
export interface ClaimRules {
  numbers: NumberRules;
  /** Right after the figure, words that are not what it counts ("autres", "de" of "une vingtaine de"). ^-anchored. */
  beforeNoun: RegExp;
  /** Nouns counted themselves, right after the figure ("morts", "frappes", "couloirs humanitaires"). ^-anchored. */
  countedNouns: CategoryCue[];
  /** Counted nouns that say what happened but not to whom ("morts", "blessés"): `who` is looked for elsewhere. */
  casualtyNouns: RegExp;
  /** Nouns for people, to fill `who` of "43 morts" from the sentence ("civils", "enfants"). Global. */
  peopleNouns: RegExp;
  /** Just before the figure (and its qualifier): an act that governs it ("le départ de", "la mort d'"). $-anchored. */
  governingNouns: CategoryCue[];
  /** Up to ~140 characters before the figure: a governing phrase with a gap ("the death toll from the floods … rose to"). $-anchored. */
  longGoverning: CategoryCue[];
  /** Before the figure: "put the number of <what> at", group `what` read with countedNouns and predicates. $-anchored. */
  numberOf: RegExp;
  /** Right after a number (and its closing quote): words that make it approximate ("or so"). ^-anchored. */
  approximateAfter: RegExp;
  /** Right after a bare number: nothing of its own is counted (a preposition, the clause's end). ^-anchored. */
  bareNumberEnd: RegExp;
  /** In a figure's own words: it holds now ("still", "now", "toujours", "désormais"). Unanchored. */
  nowCue: RegExp;
  /** From a relative pronoun to the next clause mark ("whose researchers left last year"): a day said there is not the figure's. Global. */
  relativeClause?: RegExp;
  /** Between a figure and a day: the day opens a window that runs to publication ("killed since the army launched its offensive on Sept. 22"). */
  sinceClause?: RegExp;
  /** The figure counts over the time of the figure before it ("over the same period", "de leur côté"). */
  samePeriod?: RegExp;
  /**
   * Just before the figure: a verb of counting whose subject is the source ("Sarn Watch recense",
   * "put the civilian toll at", "police counted"). $-anchored; the subject is the clause's first noun phrase.
   */
  tally: RegExp;
  /** What may stand between a counting verb's subject and the verb ("ont de leur côté fait état de"). ^$-anchored. */
  tallyGap?: RegExp;
  /** A counting participle after the figure's noun phrase whose agent is the source ("400 blessés recensés par l'ONU"), up to the agent. */
  tallyAfter?: RegExp;
  /** Just before a date: a reporting verb, so the date is the statement's ("a annoncé mercredi", "said on Wednesday"). $-anchored. */
  statementBefore: RegExp;
  /** Before a number in its sentence: a noun for a figure ("un chiffre bien plus faible", "the true number"), so a bare number counts what the last figure counted. Unanchored. */
  figureNoun: RegExp;
  /** A source that is only a pronoun ("il", "it"): the source is the previous sentence's. Whole string. */
  pronoun: RegExp;
  /** A source that is a document ("un dernier bilan communiqué … par le ministère"): its issuer, after `by`, is the source. ^-anchored. */
  documentSource: RegExp;
  /** Just before the figure: a verb whose object it is ("tuant", "a arrêté", "killing"). $-anchored. */
  objectVerbs: CategoryCue[];
  /** After the figure's noun phrase, in its clause: the predicate ("ont été tués", "ont perdu la vie"). Unanchored. */
  predicates: CategoryCue[];
  /** Just before the figure: "au moins" (min), "jusqu'à" (max), "quelque" (approximate). $-anchored. */
  qualifiers: { pattern: RegExp; effect: 'min' | 'max' | 'approximate' }[];
  /** Right after the noun phrase, the opening of its parts: ", dont", ", including". ^-anchored. */
  partsCue: RegExp;
  /** Between two figures that add up ("six élèves et neuf adultes"). ^-anchored. */
  coordinator: RegExp;
  /** Right after the figure, units that make it no count of people or acts ("kilomètres", "%", "ans"). ^-anchored. */
  notCounts: RegExp;
  /** A sentence that goes on with the previous one's source ("Ce dernier a confirmé", "Aussi,"). ^-anchored. */
  continuation: RegExp;
  /** Leading articles to strip from a source name written out ("l'armée russe"). ^-anchored. */
  determiner: RegExp;
  /** Just before a place name, a preposition that makes it where something happened ("à", "près d'"). $-anchored. */
  placePreposition: RegExp;
}
