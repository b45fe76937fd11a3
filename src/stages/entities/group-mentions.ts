import type { EntityRecord, MentionSpan, MetaMention } from '../../model/document.js';
import type { EntityType } from '../../model/contract.js';
import { SOFT_EVIDENCE, type Candidate } from './candidates.js';
import type { CompiledRules } from './lexicon.js';

/** A candidate and where it was read: the body text (source null) or a metadata field. */
export interface Found {
  candidate: Candidate;
  source: { field: MetaMention['field']; index: number } | null;
}

interface Group {
  type: EntityType;
  found: Found[];
  titles: Set<string>;
  placeId: string | null;
}

/**
 * One entity per referent. Persons: a lone word that ends a full name is that person
 * ("Roudskoï" -> "Sergueï Roudskoï"); organisations: same words, an acronym defined in
 * parentheses, or a shorter form of the same head ("ministère de la Défense" ⊂ "ministère de la
 * Défense russe"); places: the same gazetteer entry ("Alep", "Alep-Est"). Unresolved lone words
 * take the type of the entity they match, or MISC.
 */
export function groupMentions(all: Found[], lex: CompiledRules): EntityRecord[] {
  const found = oneTypePerName(confirmWeak(all));
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const surnames = new Map<string, Group>();
  const acronyms = new Map<string, Group>();
  const places = new Map<string, Group>();

  const open = (f: Found, type: EntityType): Group => {
    const g: Group = { type, found: [], titles: new Set(), placeId: f.candidate.place?.id ?? null };
    groups.push(g);
    return g;
  };
  const add = (g: Group, f: Found): void => {
    g.found.push(f);
    if (f.candidate.title) g.titles.add(f.candidate.title);
    if (!byKey.has(`${g.type}:${f.candidate.key}`)) byKey.set(`${g.type}:${f.candidate.key}`, g);
  };

  // Longest names first, so that lone surnames and acronyms find the full name wherever it is.
  const ordered = [...found].sort((a, b) => b.candidate.words.length - a.candidate.words.length || a.candidate.start - b.candidate.start);
  for (const f of ordered) {
    const c = f.candidate;
    if (c.acronymOf) continue;
    // "Warren said", "Haddad, elle, …": a lone word that ends a person's name found earlier is that
    // person, whatever the gazetteer or a neighbouring word guessed for this one mention.
    const person = c.words.length === 1 && c.type !== 'PER' && SOFT_EVIDENCE.has(c.evidence) ? surnames.get(c.key) : undefined;
    if (person) {
      add(person, f);
      continue;
    }
    if (c.type === 'PER') {
      const g = byKey.get(`PER:${c.key}`) ?? (c.words.length === 1 ? surnames.get(c.key) : undefined) ?? open(f, 'PER');
      add(g, f);
      for (const s of surnameKeys(c, lex)) if (!surnames.has(s)) surnames.set(s, g);
    } else if (c.type === 'LOC') {
      const id = c.place?.id ?? `key:${c.key}`;
      const g = places.get(id) ?? byKey.get(`LOC:${c.key}`) ?? open(f, 'LOC');
      places.set(id, g);
      add(g, f);
    } else if (c.type === 'ORG') {
      const alias = lex.orgAliases.get(c.key);
      const g = byKey.get(`ORG:${c.key}`) ?? (alias ? byKey.get(`ORG:${alias}`) ?? acronyms.get(alias) : undefined)
        ?? acronyms.get(c.key) ?? longerOrg(groups, c, lex) ?? open(f, 'ORG');
      add(g, f);
      // "Nations unies" and "ONU" are one body, whichever comes first.
      if (alias && !byKey.has(`ORG:${alias}`)) byKey.set(`ORG:${alias}`, g);
    }
  }
  // Acronyms defined in parentheses join their long form, and every later use of the acronym does too.
  for (const f of found) {
    const c = f.candidate;
    if (!c.acronymOf) continue;
    const g = byKey.get(`${c.type}:${c.acronymOf}`) ?? open(f, c.type ?? 'ORG');
    add(g, f);
    acronyms.set(c.key, g);
  }
  for (const f of ordered) {
    const c = f.candidate;
    if (c.type !== null && c.type !== 'MISC') continue;
    const g = surnames.get(c.key) ?? acronyms.get(c.key) ?? byKey.get(`PER:${c.key}`) ?? byKey.get(`ORG:${c.key}`)
      ?? byKey.get(`LOC:${c.key}`) ?? byKey.get(`MISC:${c.key}`)
      // The last guess: "Saldarie", "Morvania" have the ending of a country's name.
      ?? (c.type === null && c.words.length === 1 && lex.placeEnding?.test(c.key) ? open(f, 'LOC') : open(f, 'MISC'));
    add(g, f);
  }
  // A lone acronym read before its definition ("OSDH" in a caption) joins it too.
  for (const g of [...groups]) {
    if (g.type !== 'ORG' || g.found.length === 0) continue;
    const key = g.found[0]!.candidate.key;
    const target = acronyms.get(key);
    if (target && target !== g && g.found.every((f) => f.candidate.key === key)) {
      for (const f of g.found) target.found.push(f);
      g.found = [];
    }
  }
  // A name only the headline carries ("Syrie : à Alep, …") is the headline's, not one the article names.
  return toRecords(groups.filter((g) => g.found.length > 0 && g.found.some((f) => f.source?.field !== 'title')));
}

/**
 * One name, one type per article: mentions typed only by soft evidence (a neighbouring word, the
 * shape of the name) take the type that stronger evidence gives the same name elsewhere.
 */
function oneTypePerName(all: Found[]): Found[] {
  const strong = new Map<string, Candidate>();
  for (const f of all) {
    const c = f.candidate;
    if (c.type && c.type !== 'MISC' && !SOFT_EVIDENCE.has(c.evidence) && !strong.has(c.key)) strong.set(c.key, c);
  }
  for (const f of all) {
    const c = f.candidate;
    const s = strong.get(c.key);
    if (!s || s.type === c.type || !SOFT_EVIDENCE.has(c.evidence)) continue;
    c.type = s.type;
    c.place = s.place;
    c.weak = false;
  }
  return all;
}

/** A weak candidate (an unknown capitalised first word) stays only if the document names it elsewhere. */
function confirmWeak(all: Found[]): Found[] {
  const strong = new Set<string>();
  for (const f of all) {
    if (f.candidate.weak) continue;
    strong.add(f.candidate.key);
    for (const w of f.candidate.words) strong.add(w);
  }
  return all.filter((f) => !f.candidate.weak || strong.has(f.candidate.key));
}

/** "Sergueï Roudskoï" -> "roudskoi"; "Bachar al-Assad" -> "al assad", "assad". */
function surnameKeys(c: Candidate, lex: CompiledRules): string[] {
  if (c.words.length < 2) return [];
  const last = c.words[c.words.length - 1]!;
  const keys = [last];
  const parts = last.split(' ');
  if (parts.length > 1 && lex.hyphenParticles.has(parts[0]!)) keys.push(parts.slice(1).join(' '));
  return keys;
}

/** An organisation already found whose content words include all of this one's, under the same head. */
function longerOrg(groups: Group[], c: Candidate, lex: CompiledRules): Group | undefined {
  const content = c.words.filter((w) => !lex.connectors.has(w) && !lex.stopwords.has(w));
  if (content.length < 2) return undefined;
  return groups.find((g) => g.type === 'ORG' && g.found.some((f) => {
    const other = f.candidate.words.filter((w) => !lex.connectors.has(w) && !lex.stopwords.has(w));
    return other[0] === content[0] && content.every((w) => other.includes(w));
  }));
}

function toRecords(groups: Group[]): EntityRecord[] {
  const records = groups.map((g) => {
    const body = g.found.filter((f) => f.source === null).map((f) => f.candidate).sort((a, b) => a.start - b.start);
    const meta = g.found.filter((f) => f.source !== null);
    return { g, body, meta, first: body[0]?.start ?? Number.MAX_SAFE_INTEGER };
  });
  records.sort((a, b) => a.first - b.first);
  return records.map(({ g, body, meta }, index) => {
    const mentions: MentionSpan[] = [];
    for (const c of body) {
      if (!mentions.some((m) => m.start === c.start && m.end === c.end)) mentions.push({ start: c.start, end: c.end, entity: index });
    }
    const record: EntityRecord = { name: canonicalName(g), type: g.type, mentions };
    if (g.titles.size > 0) record.titles = [...g.titles];
    if (g.placeId && !g.placeId.startsWith('-:')) record.placeId = g.placeId;
    if (meta.length > 0) {
      record.elsewhere = meta.map((f) => ({
        field: f.source!.field, index: f.source!.index, start: f.candidate.start, end: f.candidate.end, text: f.candidate.text,
      }));
    }
    return record;
  });
}

/**
 * The fullest form: the longest person name, the longest organisation name that is not an
 * acronym; for a place, the plain name rather than a part of it ("Alep", not "Alep-Est").
 */
function canonicalName(g: Group): string {
  const cs = g.found.map((f) => f.candidate);
  if (g.type === 'LOC') {
    const plain = cs.filter((c) => c.evidence !== 'compass-place');
    const pool = plain.length > 0 ? plain : cs;
    return pool.reduce((a, b) => (b.text.length < a.text.length ? b : a)).text;
  }
  const pool = g.type === 'ORG' && cs.some((c) => !c.acronymOf && !isAcronym(c.text)) ? cs.filter((c) => !c.acronymOf && !isAcronym(c.text)) : cs;
  return pool.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.text.length > a.text.length) ? b : a)).text;
}

function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(text);
}
