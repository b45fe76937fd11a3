/** One way a language attributes a statement with a preposition ("selon X", "according to X"). */
export interface SourceCue {
  /** Matches the cue itself, anchored where it ends (the source phrase follows). Case-insensitive, `u` flag. */
  pattern: RegExp;
  /** The canonical cue written to the output ("selon", "d'après", "according to", "cité par"). */
  cue: string;
  /** Whether the statement it governs is an indirect quote of the source ("selon X": yes; "cité par X": the source only relays a quote). */
  makesQuote: boolean;
  /** A cue that attributes only at the head of a sentence and before a person or a body ("Pour l'analyste X, …", not "Pour cela, …"). */
  opensSentenceBeforeSomeone?: boolean;
}

export interface AttributionRules {
  cues: SourceCue[];
  /** Nouns that are no one's word ("selon l'ancienne formule", "according to the rules"): no source after a cue. Lower case. */
  notSources?: Set<string>;
}
