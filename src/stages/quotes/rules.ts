import type { Span } from '../../model/span.js';

/** One reporting verb phrase found by a language's parser ("a-t-il assuré", "s'est targué", "said"). */
export interface ReportingVerb extends Span {
  /** The infinitive, with its reflexive pronoun when pronominal ("se targuer", "say"). */
  lemma: string;
  /** The subject pronoun the phrase carries itself (the "il" of "a-t-il assuré"); null otherwise. */
  clitic: Span | null;
  /** The phrase is in a mood that reports at second hand ("aurait déclaré"). */
  conditional: boolean;
  /** A participle that carries on the speech of the clause before ("…, adding that …"): same speaker. */
  continuation?: boolean;
  /** A verb that reports speech only with "que"/"that" after it or in an incise ("lancer", "avancer", "report"): alone it is an act, not speech. */
  needsOpener?: boolean;
}

/** A per-language parser (chrono's "parser" role): finds reporting verb phrases in text[from, to). */
export interface ReportingVerbParser {
  find(text: string, from: number, to: number): ReportingVerb[];
}

/** The closed-class words that bound noun phrases and clauses, per language. All lower case. */
export interface PhraseRules {
  /** Articles, demonstratives, possessives: a new noun phrase starts with one ("le", "l'", "the"). */
  determiners: Set<string>;
  /** Words that tie a noun to its complement inside one noun phrase ("de", "du", "of"). */
  complementLinks: Set<string>;
  /** Words that end a noun phrase read forwards: clause-level prepositions, weekdays, conjunctions. */
  phraseBreakers: Set<string>;
  /** Word sequences that open a clause: a subject is never looked for before them ("alors que", "but"). */
  clauseOpeners: string[][];
  /** Word sequences after which reported content gives way to the reporter's own words ("alors que", "but"). */
  contentEnders: string[][];
  /** Relative pronouns: "X, qui a dit" takes its subject before them. */
  relativePronouns: Set<string>;
  /** List conjunctions joining several speakers ("et", "and"). */
  listJoiners: Set<string>;
  /** Words that introduce reported content right after the verb ("que", "that"). */
  contentOpeners: Set<string>;
  /** Personal subject pronouns, resolved to an earlier speaker. */
  pronouns: Set<string>;
  /** Pronouns and phrases that point to the last named party ("ce dernier", "the latter"), as word lists. */
  latter: string[][];
  /** Phrases that name the source cited just before ("la même source", "the same source"), as word lists. */
  sameSource: string[][];
  /** Words that introduce the agent of a participle inside a source ("un bilan publié par X"): the agent is the source. */
  agentMarkers: Set<string>;
  /** Participles of reaching a source ("joint par l'AFP", "reached by Reuters"): their agent is the reporter, and the source stays. */
  reachedBy?: Set<string>;
  /** Nouns of a person's function or rank: "le général" alone refers to a general named before. */
  personTitles: Set<string>;
  /** Words after a verb that name the audience, not the speaker ("told reporters"): skipped. */
  audiences: Set<string>;
  /** Lemmas whose object is the audience ("tell"): '"…," she told the Ledger' is still a postposed clause. */
  audienceVerbs: Set<string>;
  /** Words right before a present participle that make it carry on the statement before ("tout en réclamant"). */
  gerundMarkers: Set<string>;
  /** Word sequences (with the comma) that open an apposition summing up the statement before (", a claim …", ", ce que …"): the statement ends there. */
  summaries: string[][];
  /** Nouns of a collective: "the group", "le groupe" alone refer to the organisation named before. */
  groupNouns: Set<string>;
  /** What each pronoun points back to: a man, a woman, an organisation ("it") or several parties ("they"). Lower case, stressed forms too ("lui", "her"). */
  pronounKinds?: Record<string, PronounKind>;
  /** Words that give the gender of the person they name or stand before ("Mme", "Mr", "spokeswoman", "directrice"). */
  genderedWords?: Gendered;
  /** Determiners that give the gender of the noun right after them ("la ministre", "le colonel"). */
  genderedDeterminers?: Gendered;
  /** Given names by gender. */
  firstNames?: Gendered;
  /** Where a pronoun of a gender may stand for an organisation of that grammatical gender ("elle" for "l'agence"): French yes, English no. */
  genderedOrgPronouns?: boolean;
  /** Collective nouns of feminine grammatical gender ("agence", "organisation"); the others are masculine. Only with `genderedOrgPronouns`. */
  feminineNouns?: Set<string>;
  /** Kinds of organisation: the nouns that describe one ("the group", "le ministère") and the words in names of that kind ("Front", "Ministry"). */
  collectives?: CollectiveKind[];
  /** Indefinite determiners ("un", "a"): "un officier" is someone new, not a person named before. */
  indefinites?: Set<string>;
  /** After a description, the words that give the person's name (", who gave his name only as X"), up to the name. ^-anchored. */
  aliasAfter?: RegExp;
  /** Right before an inverted verb whose content is the previous sentence ("C'est ce qu'a annoncé X"). $-anchored. */
  previousSentenceCue?: RegExp;
  /** Words that never open a subject ("c'est", "cela"). */
  nonSubjects?: Set<string>;
  /** Object pronouns between a conjunction and its verb ("et les a appelées à"): the verb is still coordinated. */
  objectPronouns?: Set<string>;
  /** Demonstratives that open a description of someone just named ("ce père de quatre enfants", "this father of four"). */
  demonstratives?: Set<string>;
  /** Titles that stand for one another ("le diplomate" for someone named "l'émissaire de l'ONU X"). */
  titleKin?: Record<string, string[]>;
  /** Auxiliaries and common finite verbs: a noun phrase after "said" followed by one is the subject of the content ("said the figure was"), not an inverted speaker. */
  finiteVerbs?: Set<string>;
  /** Where the head of a noun phrase stands: last before its complements ("the UN refugee agency", English) or first after the determiner ("l'agence onusienne", French). */
  headLast?: boolean;
}

export type Gender = 'female' | 'male';
export interface Gendered { female: Set<string>; male: Set<string> }
/** "he"/"il": a man (or, in French, a masculine organisation); "it": an organisation; "they": several parties or an organisation. */
export type PronounKind = Gender | 'neuter' | 'plural';

/** One kind of organisation (an armed group, a ministry, a company…): the nouns that describe it and the words its names hold. All lower case. */
export interface CollectiveKind {
  kind: string;
  nouns: Set<string>;
  nameWords: Set<string>;
}

export interface QuoteRules {
  verbs: ReportingVerbParser;
  phrases: PhraseRules;
  /** Lines of dialogue ("— Oui, dit-il."); null where the language has none. */
  dialogue: DialogueRules | null;
}

/** How a language writes dialogue: a dash opens each line, an incise names the speaker. */
export interface DialogueRules {
  /** A paragraph that opens a line of dialogue ("— ", "– "). */
  lineStart: RegExp;
  /** A line opened inside a paragraph, after the end of a sentence; named group `dash` is the dash. Global flag. */
  inlineStart: RegExp;
  /** An incise the verb lexicon does not list, known by its inverted pronoun ("fit-il"); named groups `verb` and `pronoun`. */
  invertedVerb: RegExp;
}
