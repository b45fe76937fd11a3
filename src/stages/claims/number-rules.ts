/** Words of one language for reading counts ("sept", "une vingtaine", "dozens"). Lower case. */
export interface NumberRules {
  /** Cardinal words and their values, compounds included where the language glues them ("quatre-vingt"). */
  cardinals: Map<string, number>;
  /** Words that join parts of one number ("vingt et un", "one hundred and five"). */
  joiners: Set<string>;
  /** Cardinals that are also articles: never a count alone ("un", "une", "a"). */
  articles: Set<string>;
  /** Scale words after digits or words ("million", "millions", "milliard"). */
  scales: Map<string, number>;
  /** Collective nouns of an approximate amount ("vingtaine" -> 20, "dozen" -> 12). */
  collectives: Map<string, number>;
  /** Their plurals read as a vague lower bound, twice the unit ("dizaines" -> 10, "hundreds" -> 100). */
  pluralCollectives: Map<string, number>;
  /** Words before a plural collective that belong to it ("des dizaines", "plusieurs centaines"). */
  pluralArticles?: Set<string>;
  /** Decimal separator written before a scale word ("1,5 million" vs "1.5 million"). */
  decimalSeparator: ',' | '.';
}
