import type { EntityRules } from './rules.js';
import { nameKey } from './name-key.js';

/** EntityRules folded once into lookups; every word is a nameKey (lower case, no accents, no hyphens). */
export interface CompiledRules {
  stopwords: Set<string>;
  connectors: Set<string>;
  connectorPairs: Set<string>;
  elision: RegExp | null;
  genitive: RegExp | null;
  hyphenParticles: Set<string>;
  honorifics: Set<string>;
  /** Titles as sequences of word keys joined by one space, as the tokenizer cuts them. */
  titles: Set<string>;
  longestTitle: number;
  /** Token counts of the titles that start with a word, longest first: most words start none. */
  titleLengthsByFirstWord: Map<string, number[]>;
  orgHeads: Set<string>;
  lowercaseOrgHeads: Set<string>;
  nationalities: Set<string>;
  demonyms: Set<string>;
  nameAdjectives: Set<string>;
  organisations: Set<string>;
  compass: Set<string>;
  placeCues: Set<string>;
  longestPlaceCue: number;
  placeAliases: Map<string, string>;
  orgAliases: Map<string, string>;
  placeAppositions: Set<string>;
  placePrefixes: Set<string>;
  placeShape: RegExp | null;
  placeEnding: RegExp | null;
  nationalityEnding: RegExp | null;
  firstNames: Set<string>;
  nameArticles: Set<string>;
  orgConjunctions: Set<string>;
  conjunctions: Set<string>;
  personNouns: Set<string>;
  orgNouns: Set<string>;
  ageAfterName: RegExp | null;
  placeHeadsAfter: Set<string>;
  notPlaceCues: Set<string>;
  orgSuffixes: Set<string>;
  orgPrefixes: Set<string>;
  nameTails: Set<string>;
  compoundSuffix: RegExp | null;
  /** The most tokens a known organisation's name has ("médecins sans frontières": 3). */
  longestOrganisation: number;
  /** First words of the known organisations and aliases of several words: most words start none. */
  organisationStarts: Set<string>;
  determiners: Set<string>;
  nameBeforeRole: boolean;
  personHeadsAfter: Set<string>;
  adjectiveEnding: RegExp | null;
}

const cache = new WeakMap<EntityRules, CompiledRules>();

/** Cuts a lexicon entry the way the tokenizer cuts text: "secrétaire d'État" -> "secretaire d' etat". */
function entryKey(entry: string, elision: RegExp | null): string {
  const words: string[] = [];
  for (const raw of entry.trim().split(/\s+/u)) {
    const m = elision?.exec(raw);
    if (m && m[0].length < raw.length) {
      words.push(nameKey(m[0]).replace(/’/gu, "'"));
      words.push(nameKey(raw.slice(m[0].length)));
    } else {
      words.push(nameKey(raw));
    }
  }
  return words.join(' ');
}

/**
 * A title's key is its words' keys joined by spaces, but one token may hold two words
 * ("porte-parole" -> "porte parole"): every way of reading the first token is indexed.
 */
function indexTitles(titles: Set<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const t of titles) {
    const words = t.split(' ');
    for (let firstLen = 1; firstLen <= words.length; firstLen++) {
      const first = words.slice(0, firstLen).join(' ');
      const lengths = index.get(first) ?? [];
      // Upper bound on tokens: never more than the words left after the first token.
      const most = words.length - firstLen + 1;
      if (!lengths.includes(most)) lengths.push(most);
      index.set(first, lengths);
    }
  }
  for (const lengths of index.values()) {
    const most = Math.max(...lengths);
    lengths.length = 0;
    for (let n = most; n >= 1; n--) lengths.push(n);
  }
  return index;
}

const foldAll = (words: Iterable<string>) => new Set([...words].map(nameKey));

export function compileRules(rules: EntityRules): CompiledRules {
  const known = cache.get(rules);
  if (known) return known;
  const titles = new Set(rules.titles.map((t) => entryKey(t, rules.elision)));
  const placeCues = new Set(rules.placeCues.map((c) => entryKey(c, rules.elision)));
  const compiled: CompiledRules = {
    stopwords: foldAll(rules.stopwords),
    connectors: new Set([...rules.connectors].map((c) => nameKey(c))),
    connectorPairs: new Set([...rules.connectorPairs].map((c) => entryKey(c, rules.elision))),
    elision: rules.elision,
    genitive: rules.genitive,
    hyphenParticles: new Set(rules.hyphenParticles),
    honorifics: new Set([...rules.honorifics].map((h) => h.toLowerCase())),
    titles,
    longestTitle: Math.max(0, ...[...titles].map((t) => t.split(' ').length)),
    titleLengthsByFirstWord: indexTitles(titles),
    orgHeads: new Set([...rules.orgHeads].map((h) => nameKey(h))),
    lowercaseOrgHeads: foldAll(rules.lowercaseOrgHeads),
    nationalities: foldAll(rules.nationalities),
    demonyms: foldAll(rules.demonyms),
    nameAdjectives: foldAll(rules.nameAdjectives),
    organisations: new Set([...rules.organisations].map((o) => entryKey(o, rules.elision))),
    compass: foldAll(rules.compass),
    placeCues,
    longestPlaceCue: Math.max(0, ...[...placeCues].map((c) => c.split(' ').length)),
    placeAliases: new Map(Object.entries(rules.placeAliases).map(([k, v]) => [entryKey(k, rules.elision), v])),
    orgAliases: new Map(Object.entries(rules.orgAliases).map(([k, v]) => [entryKey(k, rules.elision), entryKey(v, rules.elision)])),
    placeAppositions: foldAll(rules.placeAppositions),
    placePrefixes: foldAll(rules.placePrefixes),
    placeShape: rules.placeShape,
    placeEnding: rules.placeEnding,
    nationalityEnding: rules.nationalityEnding,
    firstNames: foldAll(rules.firstNames),
    nameArticles: foldAll(rules.nameArticles),
    orgConjunctions: foldAll(rules.orgConjunctions),
    conjunctions: foldAll(rules.conjunctions),
    personNouns: foldAll(rules.personNouns),
    orgNouns: foldAll(rules.orgNouns),
    ageAfterName: rules.ageAfterName,
    placeHeadsAfter: foldAll(rules.placeHeadsAfter),
    notPlaceCues: new Set(rules.notPlaceCues.map((c) => entryKey(c, rules.elision))),
    orgSuffixes: foldAll(rules.orgSuffixes),
    orgPrefixes: foldAll(rules.orgPrefixes),
    nameTails: foldAll(rules.nameTails),
    compoundSuffix: rules.compoundSuffix,
    determiners: foldAll(rules.determiners),
    nameBeforeRole: rules.nameBeforeRole,
    personHeadsAfter: foldAll(rules.personHeadsAfter),
    adjectiveEnding: rules.adjectiveEnding,
    longestOrganisation: 0,
    organisationStarts: new Set(),
  };
  for (const o of [...compiled.organisations, ...compiled.orgAliases.keys()]) {
    if (o.includes(' ')) compiled.organisationStarts.add(o.split(' ')[0]!);
  }
  // "Lt." is listed with its period, which the tokenizer leaves out: index it under "lt" too.
  for (const [first, lengths] of [...compiled.titleLengthsByFirstWord]) {
    if (first.endsWith('.') && !compiled.titleLengthsByFirstWord.has(first.slice(0, -1))) compiled.titleLengthsByFirstWord.set(first.slice(0, -1), lengths);
  }
  compiled.longestOrganisation = Math.max(0, ...[...compiled.organisations].map((o) => o.split(' ').length));
  cache.set(rules, compiled);
  return compiled;
}
