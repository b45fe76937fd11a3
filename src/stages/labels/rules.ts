/** A way the language names an actor group; `group` is a neutral, language-independent key. */
export interface LabelTerm { pattern: RegExp; group: string }

export interface LabelRules {
  /** Global, Unicode, case-insensitive; the whole match is the term. Longer terms first. */
  terms: LabelTerm[];
  /** Just before a term: it is used as a noun ("les rebelles", "69 combattants"), not as an adjective ("quartiers rebelles"). $-anchored. */
  introducer: RegExp;
  /** Just before a term: the article lends the word to others ("qualifiés par la presse de «", "so-called"). $-anchored. */
  reported: RegExp;
  /** Capitals that stand for their government when they act ("Damas mène une offensive"). */
  capitals: Set<string>;
  /** After a capital: it acts (a verb, ", soutenu par"). ^-anchored. */
  actsAfter: RegExp;
  /** In the capital's sentence: what it does is armed ("offensive", "frappes"). */
  armedAction: RegExp;
  /** Group key for a capital standing for its government. */
  capitalGroup: string;
}
