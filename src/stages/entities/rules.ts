/**
 * What the entities stage needs to know about a language. Every set holds lower-case words as
 * folded by `nameKey` (no accents), so "Etat" and "État" are one word; src/lang/<code>/entities.ts
 * fills it, src/lang/xx/entities.ts holds what no language owns (first names, acronyms of
 * international bodies, Arabic particles).
 */
export interface EntityRules {
  /**
   * Words that never begin a name even when written with a capital: articles, pronouns,
   * prepositions, adverbs, weekdays, months. A sentence's first word is a name only when it is
   * known as one; this list settles the common words quickly.
   */
  stopwords: Set<string>;
  /** Lower-case words that join two capitalised parts of one name ("de" in "Staffan de Mistura", "of"). */
  connectors: Set<string>;
  /** Two-word connectors ("de la", "of the"). */
  connectorPairs: Set<string>;
  /** An elided article glued to the next word ("l'", "d'"): split off so "l'OSDH" names "OSDH". */
  elision: RegExp | null;
  /** A suffix to drop from a name ("'s" in "Putin's"). */
  genitive: RegExp | null;
  /** Lower-case particles glued to a name by a hyphen ("al-Nosra", "el-Sissi"): the token counts as a name. */
  hyphenParticles: Set<string>;
  /** Courtesy titles right before a name ("m.", "mme", "mr", "dr"); the period, when written, is part of the entry. */
  honorifics: Set<string>;
  /** Roles and functions that introduce a person ("président", "général", "secrétaire d'état", "foreign minister"). */
  titles: string[];
  /** Words that head an organisation's name ("ministère", "observatoire", "ministry", "agency"). */
  orgHeads: Set<string>;
  /** Org heads that a language writes in lower case and that still start a name ("ministère de la Défense"). */
  lowercaseOrgHeads: Set<string>;
  /** Nationality adjectives in every inflection ("russe", "syriennes", "american"). */
  nationalities: Set<string>;
  /** Nouns for the people of a country ("russes", "américains", "russians"): named groups, typed MISC. */
  demonyms: Set<string>;
  /** Lower-case words that belong to a name after a capitalised one ("unies", "étrangères", "islamique"). */
  nameAdjectives: Set<string>;
  /** Organisations known by name or acronym ("onu", "afp", "reuters", "etat islamique"), folded. */
  organisations: Set<string>;
  /** Compass words that make a part of a place ("Alep-Est", "East Aleppo"). */
  compass: Set<string>;
  /** Words right before an unknown name that make it a place ("à", "près de", "in", "near"). */
  placeCues: string[];
  /**
   * Place names the gazetteer lacks or writes otherwise, folded, to a gazetteer name or a country
   * code ("grande-bretagne" -> "GB"), or to "-" for a region with no entry ("moyen-orient").
   */
  placeAliases: Record<string, string>;
  /** Other names of an organisation, folded, to the key they share ("nations unies" -> "onu"). */
  orgAliases: Record<string, string>;
  /** Words after "X, " that make X a place ("ville", "capitale", "town"): "Kaldouna, ville du Haut-Sarn". */
  placeAppositions: Set<string>;
  /** First words that make a name a region ("Haut-Sarn", "Upper Nile"). */
  placePrefixes: Set<string>;
  /** Shapes of place names: "Montclar-sur-Lauze", "Saint-Aulin". Tried on a whole name. */
  placeShape: RegExp | null;
  /** Endings of country and region names ("-ie", "-ia", "-stan"): the last guess for an unknown lone word. */
  placeEnding: RegExp | null;
  /** Endings of nationality adjectives, for peoples no lexicon lists ("beldorienne", "saldarien"). */
  nationalityEnding: RegExp | null;
  /** First names, folded: a capitalised word after one of them is a person's name. */
  firstNames: Set<string>;
  /**
   * Articles that, capitalised inside a sentence, belong to the name after them ("selon Le
   * Parisien", "à La Londe-les-Maures", "The Boston Globe"): a newspaper, a party, a place.
   */
  nameArticles: Set<string>;
  /** "and" in "Food and Drug Administration": joins two capitalised parts when an organisation head follows. */
  orgConjunctions: Set<string>;
  /** "et", "and", "ou": two names coordinated by one of them share their type ("entre Collobrières et Pierrefeu-du-Var"). */
  conjunctions: Set<string>;
  /** Nouns after "X, (un/une/le) …" that make X a person ("élu", "éleveur", "nurse", "resident"); titles count too. */
  personNouns: Set<string>;
  /** Nouns after "X, (le/the) …" that make X an organisation ("géant", "quotidien", "operator", "newspaper"). */
  orgNouns: Set<string>;
  /** The age after a name ("Samira, 34 ans", "Oleksandra, a 41-year-old nurse"): a person. Tested on the text right after the name. */
  ageAfterName: RegExp | null;
  /** Lower-case words right after a name that make it a place ("North Kivu province", "the Donetsk region"). */
  placeHeadsAfter: Set<string>;
  /** Phrases ending in a place cue that are no place cue ("according to", "grâce à"). */
  notPlaceCues: string[];
  /** Second halves of a hyphenated name that make it an organisation ("Var-Matin", "Météo-France"). */
  orgSuffixes: Set<string>;
  /** First halves of a hyphenated name that make it an organisation ("Météo-Sud", "Radio-Canada"). */
  orgPrefixes: Set<string>;
  /** Lower-case unit nouns right after a name that belong to it and make it an organisation ("the Tinzar brigade"). */
  nameTails: Set<string>;
  /** A suffix to drop from a compound ("Washington-based", "Saudi-led"): the name is its first part. */
  compoundSuffix: RegExp | null;
  /** The language puts an employer's name right before a role ("Goldman Sachs analyst X"); French does not ("la Morvanie voisine"). */
  nameBeforeRole: boolean;
  /** Lower-case words right after a name that make it a person's ("the Trump administration"). */
  personHeadsAfter: Set<string>;
  /** Endings of adjectives that may follow a noun before a name ("le groupe paramilitaire Azov"); null where adjectives come first. */
  adjectiveEnding: RegExp | null;
  /** Articles and determiners read past in an apposition ("un", "le", "a", "the"). */
  determiners: Set<string>;
}
