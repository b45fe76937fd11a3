/**
 * A way the language names an actor group; `group` is a neutral, language-independent key.
 * `joins`: a word that names whoever the article is about ("survivors", "crowds", "staff") takes
 * the most used of these groups already found in the article, else `group` ('' drops it).
 * `armed`: the term names an actor only in a sentence about armed conflict ("le gouvernement").
 */
export interface LabelTerm { pattern: RegExp; group: string; joins?: string[]; armed?: boolean }

export interface LabelRules {
  /** Global, Unicode, case-insensitive; the whole match is the term. The longest match wins wherever terms overlap. */
  terms: LabelTerm[];
  /** Just before a term: it is used as a noun ("les rebelles", "69 combattants"), not as an adjective ("quartiers rebelles"). $-anchored. */
  introducer: RegExp;
  /** A term that starts with one of these nouns needs no introducer ("dans la matinée forces loyalistes et rebelles"). ^-anchored. */
  nounFirst?: RegExp;
  /** Just before a term: the article lends the word to others ("qualifiés par la presse de «", "so-called"). $-anchored. */
  reported: RegExp;
  /** Just after a term: the article lends the word to others ("« terroristes », comme les appelle Moscou"). ^-anchored. */
  reportedAfter?: RegExp;
  /** In a sentence: it is about armed conflict (for `armed` terms and capitals). */
  conflict?: RegExp;
  /** Capitals that stand for their government when they act ("Damas mène une offensive"). */
  capitals: Set<string>;
  /** After a capital: it acts (a verb, ", soutenu par"). ^-anchored. */
  actsAfter: RegExp;
  /** After a capital: it is blamed ("à Damas d'avoir tardé"); then a sentence about the fighting is enough. ^-anchored. */
  blamedAfter?: RegExp;
  /** In the capital's sentence: what it does is armed ("offensive", "frappes"). */
  armedAction: RegExp;
  /** Group key for a capital standing for its government. */
  capitalGroup: string;
}
