import type { CompiledRules } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Candidate, DocContext, Evidence } from './candidates.js';
import type { EntityType } from '../../model/contract.js';
import { placeOf, compassPlaceOf, type PlaceRef } from './places.js';
import { expansionStart } from './acronym-definitions.js';

/** Only white space (or nothing) between two words of one name: a comma or a quote ends it. */
const JOINS = /^[^\S\n]*$/u;
const HAS_DIGIT = /\p{N}/u;
const INITIAL = /^\p{Lu}$/u;
/** How many words a title's complement may run before the comma of an apposition. */
const APPOSITION_REACH = 8;

/**
 * The names of one sentence, typed where the sentence says enough. Reads left to right: a title
 * or courtesy title ("le général russe", "M.") announces a person; an organisation head opens a
 * name that may go on in lower case ("ministère de la Défense russe"); otherwise a run of
 * capitalised words, joined by particles ("de", "al-", "of"), is a name whose type comes from the
 * lexicons, the gazetteer, or the words before it.
 */
export function sentenceNames(text: string, tokens: Token[], lex: CompiledRules, ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  let pendingTitle: { start: number; cueEnd: number } | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (pendingTitle && /,/u.test(t.gap) && i > 0) {
      // "le secrétaire de presse de Vladimir Poutine, Dmitri Peskov": the title before the comma is his.
      if (t.cap && !lex.stopwords.has(t.key) && i - pendingTitle.cueEnd <= APPOSITION_REACH) {
        const end = nameRunEnd(tokens, i, lex);
        out.push(candidate(text, tokens, i, end, lex, ctx, {
          title: text.slice(pendingTitle.start, tokens[i - 1]!.end).trim(), cue: 'apposition',
        }));
        pendingTitle = null;
        i = end;
        continue;
      }
      pendingTitle = null;
    }
    if (/[.;:!?()]/u.test(t.gap)) pendingTitle = null;

    const honorific = honorificLength(text, tokens, i, lex);
    if (honorific > 0 && i + 1 < tokens.length && tokens[i + 1]!.cap) {
      const start = i + 1;
      const end = nameRunEnd(tokens, start, lex);
      out.push(candidate(text, tokens, start, end, lex, ctx, { title: null, cue: 'honorific' }));
      i = end;
      continue;
    }

    const title = titleLength(tokens, i, lex);
    if (title > 0) {
      let j = i + title;
      for (;;) {
        while (j < tokens.length && lex.nationalities.has(tokens[j]!.key) && JOINS.test(tokens[j]!.gap)) j++;
        // "army spokesman Colonel Tomas Ardelan": titles follow one another.
        const more = j < tokens.length && JOINS.test(tokens[j]!.gap) ? titleLength(tokens, j, lex) : 0;
        if (more === 0) break;
        j += more;
      }
      const next = tokens[j];
      if (next && next.cap && JOINS.test(next.gap) && !lex.stopwords.has(next.key) && !lex.orgHeads.has(next.key)) {
        const end = nameRunEnd(tokens, j, lex);
        out.push(candidate(text, tokens, j, end, lex, ctx, {
          title: text.slice(tokens[i]!.start, tokens[j - 1]!.end), cue: 'title',
        }));
        i = end;
        continue;
      }
      pendingTitle = { start: tokens[i]!.start, cueEnd: j };
      i = j;
      continue;
    }

    const isHead = lex.orgHeads.has(t.key) && (t.cap || lex.lowercaseOrgHeads.has(t.key));
    if (isHead) {
      const end = orgPhraseEnd(tokens, i, lex);
      if (end > i + 1) {
        out.push(candidate(text, tokens, i, end, lex, ctx, { title: null, cue: 'org-head' }));
        i = end;
        continue;
      }
    }

    if (t.cap && !t.elided) {
      const start = i;
      // A capitalised stopword opens a sentence ("Mardi", "Plus tôt"), not a name.
      if (lex.stopwords.has(t.key) && !lex.organisations.has(t.key)) {
        i++;
        continue;
      }
      const end = nameRunEnd(tokens, start, lex);
      // A lone head word ("Army", "Union") is a common noun in title case, not a name; a lone
      // capital letter is an initial or OCR debris.
      if (end === start + 1 && ((lex.orgHeads.has(t.key) && !lex.organisations.has(t.key) && !t.acronym) || INITIAL.test(t.text))) {
        i = end;
        continue;
      }
      const split = firstNameSplit(tokens, start, end, lex);
      if (split > start) out.push(candidate(text, tokens, start, split, lex, ctx, { title: null, cue: null }));
      out.push(candidate(text, tokens, split, end, lex, ctx, { title: null, cue: null }));
      i = end;
      continue;
    }
    i++;
  }
  return applyAcronymDefinitions(text, tokens, out, lex, ctx);
}

function honorificLength(text: string, tokens: Token[], i: number, lex: CompiledRules): number {
  const t = tokens[i]!;
  const dotted = text[t.end] === '.' ? `${t.text.toLowerCase()}.` : null;
  if ((dotted && lex.honorifics.has(dotted)) || lex.honorifics.has(t.text.toLowerCase())) return 1;
  return 0;
}

/** The longest title starting at token i ("secrétaire d'État"), a nationality before it included in English. */
function titleLength(tokens: Token[], i: number, lex: CompiledRules): number {
  const lead = lex.nationalities.has(tokens[i]!.key) && tokens[i]!.cap ? 1 : 0;
  const first = tokens[i + lead];
  const lengths = first ? lex.titleLengthsByFirstWord.get(first.key) : undefined;
  if (!lengths) return 0;
  for (const len of lengths) {
    if (i + lead + len > tokens.length) continue;
    const span = tokens.slice(i + lead, i + lead + len);
    if (span.slice(1).some((t) => !JOINS.test(t.gap))) continue;
    const key = span.map((t) => t.key).join(' ');
    // "Gen." and "Lt." are listed with their period, which the tokenizer leaves out.
    if (lex.titles.has(key) || lex.titles.has(`${key}.`)) return lead + len;
  }
  return 0;
}

/** A connector ("de", "de la", "d'", "of the") at token j: how many tokens it takes, 0 if none. */
function connectorLength(tokens: Token[], j: number, lex: CompiledRules): number {
  const a = tokens[j];
  const b = tokens[j + 1];
  if (!a || a.cap || !JOINS.test(a.gap)) return 0;
  if (b && lex.connectorPairs.has(`${a.key} ${b.key}`) && JOINS.test(b.gap)) return 2;
  return lex.connectors.has(a.key) ? 1 : 0;
}

/** End (exclusive) of a run of capitalised words joined by connectors and name adjectives. */
export function nameRunEnd(tokens: Token[], start: number, lex: CompiledRules): number {
  let end = start + 1;
  while (end < tokens.length) {
    const t = tokens[end]!;
    // "George W. Bush": an initial's period does not end the name.
    const afterInitial = INITIAL.test(tokens[end - 1]!.text) && /^\.\s?$/u.test(t.gap);
    if (t.cap && (JOINS.test(t.gap) || afterInitial) && !lex.stopwords.has(t.key) && !startsTitle(tokens, end, lex)) {
      end++;
      continue;
    }
    if (!t.cap && JOINS.test(t.gap) && lex.nameAdjectives.has(t.key) && tokens[end - 1]!.cap) {
      end++;
      continue;
    }
    const c = connectorLength(tokens, end, lex);
    const after = tokens[end + c];
    if (c > 0 && after && after.cap && JOINS.test(after.gap) && !lex.stopwords.has(after.key) && !after.acronym) {
      end += c + 1;
      continue;
    }
    break;
  }
  return end;
}

/**
 * "au micro du Matin Libre Karim Oudjane": a first name inside a run, after a word that is not a
 * first name or a particle and before a surname, starts a second name. Returns the split index.
 */
function firstNameSplit(tokens: Token[], start: number, end: number, lex: CompiledRules): number {
  for (let k = start + 1; k < end - 1; k++) {
    const before = tokens[k - 1]!;
    if (!lex.firstNames.has(tokens[k]!.key) || !tokens[k + 1]!.cap) continue;
    if (lex.firstNames.has(before.key) || lex.connectors.has(before.key) || !before.cap) continue;
    return k;
  }
  return start;
}

function startsTitle(tokens: Token[], i: number, lex: CompiledRules): boolean {
  return titleLength(tokens, i, lex) > 0 && !lex.nationalities.has(tokens[i]!.key);
}

/**
 * End (exclusive) of an organisation's name opened by a head word: the head, capitalised words
 * or nationalities right after it, then complements "de/des/du X" where X is capitalised, or
 * lower case for the first one only ("Centre de réconciliation russe"), then nationalities.
 * A later complement naming a place or an acronym is another name ("Conseil de sécurité | de l'ONU").
 */
export function orgPhraseEnd(tokens: Token[], head: number, lex: CompiledRules): number {
  let end = head + 1;
  const modifiers = (): void => {
    while (end < tokens.length) {
      const t = tokens[end]!;
      if (!JOINS.test(t.gap)) break;
      if ((t.cap && !lex.stopwords.has(t.key)) || lex.nationalities.has(t.key) || lex.nameAdjectives.has(t.key) || nationalityLike(t, lex)) end++;
      else break;
    }
  };
  modifiers();
  for (let groups = 0; end < tokens.length; groups++) {
    const c = connectorLength(tokens, end, lex);
    if (c === 0) break;
    const w = tokens[end + c];
    if (!w || !JOINS.test(w.gap)) break;
    if (w.cap) {
      if (groups > 0 && (w.acronym || placeOf(w.key, lex) || lex.organisations.has(w.key))) break;
      if (lex.stopwords.has(w.key)) break;
    } else if (groups > 0 || lex.stopwords.has(w.key) || lex.connectors.has(w.key) || w.text.length < 3 || HAS_DIGIT.test(w.text)) {
      break;
    }
    end += c + 1;
    modifiers();
  }
  return end;
}

/** "beldorienne", "saldarien": a nationality no lexicon lists, known by its ending. */
function nationalityLike(t: Token, lex: CompiledRules): boolean {
  return !t.cap && t.text.length >= 6 && lex.nationalityEnding !== null && lex.nationalityEnding.test(t.key) && !lex.stopwords.has(t.key);
}

interface Cue { title: string | null; cue: 'title' | 'apposition' | 'honorific' | 'org-head' | null }

function candidate(text: string, tokens: Token[], start: number, end: number, lex: CompiledRules, ctx: DocContext, cue: Cue): Candidate {
  const words = tokens.slice(start, end);
  const first = words[0]!;
  if (first.initial && words.length > 1 && ctx.lowercase.has(first.key) && cue.cue === null && !lex.firstNames.has(first.key)) {
    // "Corridors Remain Open", "Dommage Vladimir…": a common word capitalised by position is not a name's first word.
    return candidate(text, tokens, start + 1, end, lex, ctx, cue);
  }
  const key = words.map((w) => w.key).join(' ');
  const c: Candidate = {
    start: first.start,
    end: words[words.length - 1]!.end,
    text: text.slice(first.start, words[words.length - 1]!.end),
    key,
    words: words.map((w) => w.key),
    type: null,
    evidence: 'unknown',
    place: null,
    title: cue.title,
    weak: false,
    acronymOf: null,
  };
  const [type, evidence, place] = classify(tokens, start, end, key, lex, cue, ctx);
  c.type = type;
  c.evidence = evidence;
  c.place = place;
  // A sentence's first word is capitalised by grammar: without evidence it waits for the document.
  c.weak = first.initial && evidence === 'unknown';
  if (c.title && type !== 'PER') c.title = null;
  return c;
}

function classify(tokens: Token[], start: number, end: number, key: string, lex: CompiledRules, cue: Cue, ctx: DocContext): [EntityType | null, Evidence, PlaceRef | null] {
  const words = tokens.slice(start, end);
  const first = words[0]!;
  const orgKey = lex.orgAliases.get(key) ?? key;
  if (lex.organisations.has(orgKey)) return ['ORG', 'known-organisation', null];
  if (ctx.outlet.has(key)) return ['ORG', 'outlet', null];
  if (cue.cue === 'org-head') return ['ORG', 'org-head', null];
  // "Grève des dockers…" opens a title: a word the text also writes in lower case is no town.
  const commonWord = first.initial && words.length === 1 && ctx.lowercase.has(key);
  const place = commonWord ? null : placeOf(key, lex);
  if (place && (cue.cue === null || cue.cue === 'apposition')) return ['LOC', 'place', place];
  if (cue.cue === 'title' || cue.cue === 'honorific') return ['PER', cue.cue, null];
  if (cue.cue === 'apposition' && !words.some((w) => lex.orgHeads.has(w.key) || w.acronym)) return ['PER', 'title', null];
  const compass = compassPlaceOf(key, lex);
  if (compass) return ['LOC', 'compass-place', compass];
  if (words.length > 1 && words.some((w) => lex.orgHeads.has(w.key) && w.cap)) return ['ORG', 'org-head', null];
  if (lex.firstNames.has(first.key) && (words.length > 1 || !first.initial)) return ['PER', 'first-name', null];
  if (words.length === 1 && lex.demonyms.has(key)) return ['MISC', 'demonym', null];
  if (words.every((w) => lex.nationalities.has(w.key))) return ['MISC', 'demonym', null];
  if (words.length === 1 && first.acronym && !ctx.lowercase.has(key)) return ['ORG', 'acronym', null];
  if (lex.placePrefixes.has(key.split(' ')[0]!) && key.includes(' ')) return ['LOC', 'place-shape', null];
  if (lex.placeShape?.test(words.map((w) => w.text).join(' '))) return ['LOC', 'place-shape', null];
  if (precededByPlaceCue(tokens, start, lex)) return ['LOC', 'place-cue', null];
  if (followedByPlaceApposition(tokens, end, lex)) return ['LOC', 'place-apposition', null];
  // Two to four capitalised words that no lexicon knows are, in news copy, mostly a person.
  if (words.length >= 2 && words.length <= 4 && !INITIAL.test(words[words.length - 1]!.text)
    && !words.some((w) => HAS_DIGIT.test(w.text) || ctx.lowercase.has(w.key))) {
    return ['PER', 'multi-word', null];
  }
  return [null, 'unknown', null];
}

/** "Kaldouna, ville du Haut-Sarn": a place described right after its name. */
function followedByPlaceApposition(tokens: Token[], end: number, lex: CompiledRules): boolean {
  const next = tokens[end];
  return next !== undefined && /^\s*,\s*$/u.test(next.gap) && lex.placeAppositions.has(next.key);
}

function precededByPlaceCue(tokens: Token[], start: number, lex: CompiledRules): boolean {
  for (let len = Math.min(lex.longestPlaceCue, start); len >= 1; len--) {
    const span = tokens.slice(start - len, start);
    // "À Kaldouna, …": a cue may carry the capital of the sentence's first word.
    if (span.some((t, k) => t.cap && !(k === 0 && t.initial)) || !JOINS.test(tokens[start]!.gap)) continue;
    if (lex.placeCues.has(span.map((t) => t.key).join(' '))) return true;
  }
  return false;
}

/**
 * "l'Observatoire syrien des droits de l'Homme (OSDH)": the long form becomes one organisation
 * (or place) name, whatever the runs found inside it, and the acronym points to it.
 */
function applyAcronymDefinitions(text: string, tokens: Token[], found: Candidate[], lex: CompiledRules, ctx: DocContext): Candidate[] {
  let out = found;
  for (let a = 1; a < tokens.length; a++) {
    const t = tokens[a]!;
    if (!t.acronym || !/\(\s*$/u.test(t.gap) || !/^\s*\)/u.test(text.slice(t.end, t.end + 3))) continue;
    const start = expansionStart(tokens, a);
    if (start < 0) continue;
    const long = candidate(text, tokens, start, a, lex, ctx, { title: null, cue: null });
    if (long.type !== 'LOC') {
      long.type = 'ORG';
      long.evidence = 'acronym-definition';
    }
    long.weak = false;
    const short = candidate(text, tokens, a, a + 1, lex, ctx, { title: null, cue: null });
    short.type = long.type;
    short.evidence = 'acronym-definition';
    short.acronymOf = long.key;
    out = out.filter((c) => c.end <= long.start || c.start >= short.end);
    out.push(long, short);
  }
  return out.sort((x, y) => x.start - y.start);
}
