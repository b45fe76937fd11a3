import type { CompiledRules } from './lexicon.js';
import type { Token } from './tokens.js';
import { SOFT_EVIDENCE, type Candidate, type DocContext, type Evidence } from './candidates.js';
import type { EntityType } from '../../model/contract.js';
import { placeOf, compassPlaceOf, isMajorPlace, isBigPlace, type PlaceRef } from './places.js';
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
  // A headline in title case ("Corridors Remain Open In The North") capitalises articles too.
  const titleCase = tokens.length > 3 && tokens.filter((t) => t.cap).length / tokens.length > 0.6;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (pendingTitle && /,/u.test(t.gap) && i > 0) {
      // "le secrétaire de presse de Vladimir Poutine, Dmitri Peskov": the title before the comma is his.
      // ("Its spokesman, Major General Igor Konashenkov": a title after the comma is read as one.)
      if (t.cap && !lex.stopwords.has(t.key) && i - pendingTitle.cueEnd <= APPOSITION_REACH && titleLength(tokens, i, lex) === 0) {
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

    // "Médecins sans frontières", "France 24", "Jeunes agriculteurs": a known body whatever its case inside.
    // "a raconté à Côte Ouest Matin Yannick Le Goff": the article's own outlet, whatever its words.
    const known = t.cap ? Math.max(knownOrganisationLength(tokens, i, lex), outletLength(tokens, i, ctx)) : 0;
    if (known > 1) {
      out.push(candidate(text, tokens, i, i + known, lex, ctx, { title: null, cue: 'known' }));
      i += known;
      continue;
    }

    const honorific = honorificLength(text, tokens, i, lex);
    if (honorific > 0 && i + 1 < tokens.length && tokens[i + 1]!.cap) {
      const start = i + 1;
      const end = nameRunEnd(tokens, start, lex);
      out.push(candidate(text, tokens, start, end, lex, ctx, { title: null, cue: 'honorific' }));
      i = end;
      continue;
    }

    // "the Justice Ministry", "Defence Ministry": a title word before a capitalised head names the body.
    const headAfterTitle = (n: number): boolean => {
      const w = tokens[i + n];
      return w !== undefined && t.cap && w.cap && JOINS.test(w.gap) && lex.orgHeads.has(w.key);
    };
    const title = titleLength(tokens, i, lex);
    // "Cheikh Maqsoud", "Sheikh Saeed": a title word that begins a listed place's name is the place's
    // (the listed names only: the gazetteer's "Prince Albert" is more often a prince).
    const titledPlace = title > 0 && t.cap && lex.placeAliases.has(tokens.slice(i, nameRunEnd(tokens, i, lex)).map((w) => w.key).join(' '));
    if (title > 0 && !headAfterTitle(title) && !titledPlace) {
      let j = i + title;
      for (;;) {
        while (j < tokens.length && lex.nationalities.has(tokens[j]!.key) && JOINS.test(tokens[j]!.gap)) j++;
        // "army spokesman Colonel Tomas Ardelan", "Lt. Col. Mak Hazukay": titles follow one another.
        const more = j < tokens.length && joinsAfterTitle(tokens, j) ? titleLength(tokens, j, lex) : 0;
        if (more === 0) break;
        j += more;
      }
      const next = tokens[j];
      if (next && next.cap && joinsAfterTitle(tokens, j) && !lex.stopwords.has(next.key) && !lex.orgHeads.has(next.key)) {
        const end = nameRunEnd(tokens, j, lex);
        const title = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
        const split = personPlaceSplit(tokens, j, end, lex);
        out.push(candidate(text, tokens, j, split?.nameEnd ?? end, lex, ctx, { title, cue: 'title' }));
        if (split) out.push(candidate(text, tokens, split.placeStart, end, lex, ctx, { title: null, cue: null }));
        i = end;
        continue;
      }
      pendingTitle = { start: tokens[i]!.start, cueEnd: j };
      i = j;
      continue;
    }

    // "Marine Tondelier": a head word that is also a first name, before a capitalised word, opens a person's name.
    const after = tokens[i + 1];
    const firstName = t.cap && lex.firstNames.has(t.key) && after !== undefined && after.cap && JOINS.test(after.gap) && !lex.orgHeads.has(after.key);
    const isHead = lex.orgHeads.has(t.key) && (t.cap || lex.lowercaseOrgHeads.has(t.key)) && !firstName;
    if (isHead) {
      const end = orgPhraseEnd(tokens, i, lex);
      if (end > i + 1) {
        out.push(candidate(text, tokens, i, end, lex, ctx, { title: null, cue: 'org-head' }));
        i = end;
        continue;
      }
    }

    // "selon L'Équipe", "dans L'Express": an elided article with a capital inside a sentence opens a name.
    const following = tokens[i + 1];
    if (t.elided && !t.initial && !titleCase && /^\p{Lu}/u.test(t.text) && lex.nameArticles.has(t.key)
      && following !== undefined && following.cap && !lex.stopwords.has(following.key)) {
      const end = nameRunEnd(tokens, i + 1, lex);
      out.push(candidate(text, tokens, i, end, lex, ctx, { title: null, cue: 'article' }));
      i = end;
      continue;
    }

    if (t.cap && !t.elided) {
      const start = i;
      const next = tokens[i + 1];
      const nameFollows = next !== undefined && next.cap && JOINS.test(next.gap) && !lex.stopwords.has(next.key);
      // "selon Le Parisien", "à La Londe-les-Maures", "the village near The Hague": inside a
      // sentence a capitalised article is the first word of a name.
      const articleName = lex.nameArticles.has(t.key) && !t.initial && !titleCase && nameFollows;
      // "North Kivu", "Southern Lebanon": a compass word capitalised before a name is part of it.
      // (Before a known place, "East Aleppo", the part stays the place's own mention.)
      const compassName = lex.compass.has(t.key) && nameFollows && placeOf(next.key, lex) === null;
      // "New York", "Los Angeles": a stopword that begins a known place.
      const placeName = nameFollows && placeOf(`${t.key} ${next.key}`, lex) !== null;
      // "Jan Egeland": a first name that is also a stopword (a month's abbreviation) before a name opens it.
      const firstNameStop = lex.firstNames.has(t.key) && nameFollows && !titleCase && !lex.firstNames.has(next.key);
      // A capitalised stopword opens a sentence ("Mardi", "Plus tôt"), not a name.
      if (lex.stopwords.has(t.key) && !lex.organisations.has(t.key) && !articleName && !compassName && !placeName && !firstNameStop) {
        i++;
        continue;
      }
      if (articleName) {
        const end = nameRunEnd(tokens, start + 1, lex);
        out.push(candidate(text, tokens, start, end, lex, ctx, { title: null, cue: 'article' }));
        i = end;
        continue;
      }
      // "EN DIRECT", "LIVE UPDATES": capitals next to a shouted stopword are a kicker, not an acronym.
      if (t.acronym && shoutedNeighbour(tokens, i, lex)) {
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
      const split = Math.max(firstNameSplit(tokens, start, end, lex), bodySplit(tokens, start, end, lex), placeHeadSplit(tokens, start, end, lex));
      const tail = tokens[end];
      if (tail && !tail.cap && JOINS.test(tail.gap) && lex.nameTails.has(tail.key) && !placeOf(tokens.slice(split, end).map((w) => w.key).join(' '), lex)) {
        out.push(candidate(text, tokens, split, end + 1, lex, ctx, { title: null, cue: null }));
        if (split > start) out.splice(out.length - 1, 0, candidate(text, tokens, start, split, lex, ctx, { title: null, cue: null }));
        i = end + 1;
        continue;
      }
      if (split > start) out.push(candidate(text, tokens, start, split, lex, ctx, { title: null, cue: null }));
      const place = personPlaceSplit(tokens, split, end, lex);
      out.push(candidate(text, tokens, split, place?.nameEnd ?? end, lex, ctx, { title: null, cue: null }));
      if (place) out.push(candidate(text, tokens, place.placeStart, end, lex, ctx, { title: null, cue: null }));
      i = end;
      continue;
    }
    i++;
  }
  return coordinate(tokens, applyAcronymDefinitions(text, tokens, out, lex, ctx), lex);
}

/** An all-capitals stopword joined to token i ("EN DIRECT"): the words are shouted, not an acronym. */
function shoutedNeighbour(tokens: Token[], i: number, lex: CompiledRules): boolean {
  const shouted = (t: Token | undefined): boolean => t !== undefined && t.text.length > 1 && t.text === t.text.toUpperCase()
    && /\p{L}/u.test(t.text) && lex.stopwords.has(t.key) && !lex.orgNouns.has(t.key);
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (tokens[i]!.text.length < 4) return false;
  return (shouted(before) && JOINS.test(tokens[i]!.gap)) || (shouted(after) && JOINS.test(after!.gap));
}

/** The gap before token j joins it to a title: white space, or an abbreviation's period ("Lt. Col."). */
function joinsAfterTitle(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (JOINS.test(t.gap)) return true;
  const before = tokens[j - 1];
  return before !== undefined && before.text.length <= 4 && /^\.[^\S\n]?$/u.test(t.gap);
}

/** A known organisation of two or more words starting at token i ("Médecins sans frontières"), longest first. */
function knownOrganisationLength(tokens: Token[], i: number, lex: CompiledRules): number {
  // A token may hold two words ("Croix-Rouge" -> "croix rouge"): its first word starts the name.
  const firstWord = tokens[i]!.key.split(' ')[0]!;
  if (!lex.organisationStarts.has(firstWord)) return 0;
  for (let len = Math.min(lex.longestOrganisation, tokens.length - i); len >= 2; len--) {
    const span = tokens.slice(i, i + len);
    if (span.slice(1).some((t) => !JOINS.test(t.gap))) continue;
    const key = span.map((t) => t.key).join(' ');
    if (lex.organisations.has(key) || lex.orgAliases.has(key)) {
      // "France 2" but not "France 2030": a known name ends where the text's name ends.
      const after = tokens[i + len];
      if (after && JOINS.test(after.gap) && (after.cap || HAS_DIGIT.test(after.text)) && !lex.stopwords.has(after.key)) continue;
      return len;
    }
  }
  return 0;
}

/** The outlet's name of two or more words starting at token i, longest first; 0 if none. */
function outletLength(tokens: Token[], i: number, ctx: DocContext): number {
  let best = 0;
  for (const key of ctx.outlet) {
    const words = key.split(' ');
    if (words.length < 2 || words.length <= best || i + words.length > tokens.length) continue;
    const span = tokens.slice(i, i + words.length);
    if (span.slice(1).some((t) => !JOINS.test(t.gap))) continue;
    if (span.map((t) => t.key).join(' ') === key) best = words.length;
  }
  return best;
}

/**
 * "a raconté à l'AFP Issa Maïga": an acronym or a known body at the head of a run, followed by a
 * person's name, is a name of its own. Returns the index where the second name starts, or start.
 */
function bodySplit(tokens: Token[], start: number, end: number, lex: CompiledRules): number {
  const head = tokens[start]!;
  const next = tokens[start + 1];
  if (end - start < 2 || !next || next.acronym) return start;
  if (!head.acronym && !lex.organisations.has(head.key)) return start;
  // "raconte à l'AFP Mohammed, un enseignant": a known body, then a first name alone.
  if (end - start === 2) return lex.firstNames.has(next.key) && !lex.orgHeads.has(next.key) ? start + 1 : start;
  const rest = tokens.slice(start + 1, end);
  if (rest.some((t) => lex.orgHeads.has(t.key))) return start;
  return lex.firstNames.has(next.key) || rest.length >= 2 ? start + 1 : start;
}

/**
 * "Senator Elizabeth Warren of Massachusetts": a person's name, then "of"/"de" and a known place,
 * are two names. Only when the first part is a person's (a first name, no organisation head).
 */
function personPlaceSplit(tokens: Token[], start: number, end: number, lex: CompiledRules): { nameEnd: number; placeStart: number } | null {
  for (let k = start + 2; k < end - 1; k++) {
    const c = connectorLength(tokens, k, lex);
    if (c === 0 || k + c >= end) continue;
    const before = tokens.slice(start, k);
    if (before.some((t) => lex.orgHeads.has(t.key)) || (!lex.firstNames.has(before[0]!.key) && before.length < 2)) continue;
    const place = tokens.slice(k + c, end).map((t) => t.key).join(' ');
    if (placeOf(place, lex)) return { nameEnd: k, placeStart: k + c };
  }
  return null;
}

/**
 * "entre Collobrières et Pierrefeu-du-Var", "Uganda and Congo": two names joined by a conjunction
 * are of one kind; an untyped one takes the other's type.
 */
function coordinate(tokens: Token[], found: Candidate[], lex: CompiledRules): Candidate[] {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    const k0 = tokens.findIndex((t) => t.start >= a.end);
    const conj = tokens[k0];
    if (!conj || tokens[k0 + 1]?.start !== b.start || !lex.conjunctions.has(conj.key) || /[,;:.!?()]/u.test(conj.gap)) continue;
    const [typed, untyped] = a.type !== null && b.type === null ? [a, b] : b.type !== null && a.type === null ? [b, a] : [null, null];
    // Places and persons only: "the European Union and Morvania" coordinates a body with a country.
    if (!typed || !untyped || (typed.type !== 'LOC' && typed.type !== 'PER') || typed.evidence === 'multi-word' || typed.evidence === 'unknown') continue;
    untyped.type = typed.type;
    untyped.evidence = 'coordination';
    untyped.weak = false;
  }
  return found;
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
    // "Marine Le Pen", "Yves Le Drian": a capitalised article inside a name, before its last part.
    const after = tokens[end + 1];
    if (t.cap && JOINS.test(t.gap) && (lex.nameArticles.has(t.key) || lex.connectors.has(t.key)) && after && after.cap
      && JOINS.test(after.gap) && !lex.stopwords.has(after.key)) {
      end += 2;
      continue;
    }
    // "Food and Drug Administration": "and" joins two parts of one body when a head word follows.
    if (!t.cap && JOINS.test(t.gap) && lex.orgConjunctions.has(t.key) && after && after.cap && JOINS.test(after.gap)) {
      const tail = nameRunEnd(tokens, end + 1, lex);
      if (tokens.slice(end + 1, tail).some((w) => lex.orgHeads.has(w.key))) {
        end = tail;
        continue;
      }
    }
    if (!t.cap && JOINS.test(t.gap) && lex.nameAdjectives.has(t.key) && tokens[end - 1]!.cap) {
      end++;
      continue;
    }
    const c = connectorLength(tokens, end, lex);
    const joined = tokens[end + c];
    if (c > 0 && joined && joined.cap && JOINS.test(joined.gap) && !lex.stopwords.has(joined.key) && !joined.acronym) {
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

/**
 * "a indiqué à Genève Jens Laerke": a known place after a place cue, at the head of a run, followed by two or more
 * capitalised words that are not a place with it, is a name of its own. Returns the split index.
 */
function placeHeadSplit(tokens: Token[], start: number, end: number, lex: CompiledRules): number {
  // only where a place adjunct stands ("à Genève …"); "the Sahel Conflict Monitor" is one name
  if (end - start < 3 || start === 0 || !lex.placeCues.has(tokens[start - 1]!.key)) return start;
  const key = (a: number, b: number) => tokens.slice(a, b).map((t) => t.key).join(' ');
  if (placeOf(key(start, end), lex)) return start;
  for (let k = start + 1; k <= end - 2; k++) {
    if (!placeOf(key(start, k), lex)) continue;
    const rest = tokens.slice(k, end);
    if (rest.some((t) => lex.orgHeads.has(t.key) || !t.cap)) return start;
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
      // "l'émissaire de l'ONU Staffan de Mistura": a first name before a name is a person, not the body's.
      // After an acronym that is a whole name ("ONU"), two capitalised words are a person's too.
      if (t.cap && !lex.orgHeads.has(t.key) && (lex.firstNames.has(t.key) || (end === head + 1 && tokens[head]!.acronym))
        && nameRunEnd(tokens, end, lex) > end + 1) break;
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

interface Cue { title: string | null; cue: 'title' | 'apposition' | 'honorific' | 'org-head' | 'known' | 'article' | null }

function candidate(text: string, tokens: Token[], start: number, end: number, lex: CompiledRules, ctx: DocContext, cue: Cue): Candidate {
  const words = tokens.slice(start, end);
  const first = words[0]!;
  if (first.initial && words.length > 1 && ctx.lowercase.has(first.key) && cue.cue === null && !lex.firstNames.has(first.key)) {
    // "Corridors Remain Open", "Dommage Vladimir…": a common word capitalised by position is not a name's first word.
    return candidate(text, tokens, start + 1, end, lex, ctx, cue);
  }
  const second = words[1];
  if (first.initial && words.length > 2 && cue.cue === null && second && !second.cap && lex.connectors.has(second.key)
    && !lex.orgHeads.has(first.key) && !lex.firstNames.has(first.key) && !placeOf(words.map((w) => w.key).join(' '), lex)) {
    // "Shares of Halvorsen Biotech fell", "Habitants de Valcros …": a sentence's first word before "of"/"de" is a common noun.
    return candidate(text, tokens, start + (lex.connectors.has(words[2]!.key) ? 3 : 2), end, lex, ctx, cue);
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
  const [type, evidence, place] = classify(text, tokens, start, end, key, lex, cue, ctx);
  c.type = type;
  c.evidence = evidence;
  c.place = place;
  // A sentence's first word is capitalised by grammar: without evidence it waits for the document.
  c.weak = first.initial && evidence === 'unknown';
  if (c.title && type !== 'PER') c.title = null;
  return c;
}

function classify(text: string, tokens: Token[], start: number, end: number, key: string, lex: CompiledRules, cue: Cue, ctx: DocContext): [EntityType | null, Evidence, PlaceRef | null] {
  const words = tokens.slice(start, end);
  const first = words[0]!;
  const alias = lex.orgAliases.get(key);
  if (lex.organisations.has(key) || (alias !== undefined && lex.organisations.has(alias))) return ['ORG', 'known-organisation', null];
  if (ctx.outlet.has(key)) return ['ORG', 'outlet', null];
  if (cue.cue === 'org-head') return ['ORG', 'org-head', null];
  if (cue.cue === 'article') {
    // "Le Caire", "La Londe-les-Maures", "The Hague" are places; "Le Parisien", "Les Républicains", "The Boston Globe" are not.
    const bare = words.slice(1).map((w) => w.key).join(' ');
    const place = placeOf(key, lex) ?? placeOf(bare, lex);
    if (place) return ['LOC', 'place', place];
    if (lex.placeShape?.test(words.slice(1).map((w) => w.text).join(' ')) || precededByPlaceCue(tokens, start, lex)) return ['LOC', 'place-shape', null];
    if (words.length > 2 && lex.firstNames.has(words[1]!.key)) return ['PER', 'first-name', null];
    return ['ORG', 'article-name', null];
  }
  // "Var-Matin", "Météo-France": the second half of one hyphenated word says press or public body.
  const parts = key.split(' ');
  if (words.length === 1 && parts.length === 2 && /[-‐]/u.test(first.text) && (lex.orgSuffixes.has(parts[1]!) || lex.orgPrefixes.has(parts[0]!))) {
    return ['ORG', 'org-suffix', null];
  }
  // "the Tinzar brigade": a unit's noun taken into the name.
  if (words.length > 1 && !words[words.length - 1]!.cap && lex.nameTails.has(words[words.length - 1]!.key)) return ['ORG', 'org-head', null];
  // "Samira, 34 ans, …", "Oleksandra, a 41-year-old nurse": an age is said of a person, whatever the name.
  if (lex.ageAfterName?.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 40))) return ['PER', 'age', null];
  // "le groupe paramilitaire Azov", "la société Lactalis": a body's noun before the name, even a town's name.
  if (cue.cue === null && orgNounBefore(tokens, start, lex)) return ['ORG', 'apposition', null];
  // "Grève des dockers…" opens a title: a word the text also writes in lower case is no town.
  const commonWord = first.initial && words.length === 1 && ctx.lowercase.has(key);
  const place = commonWord ? null : placeOf(key, lex);
  // "la conquête de Gaston", "son fils Florian": a first name alone is a person, unless a place cue
  // says otherwise or the place is a country or a big city ("Florence", "Victoria").
  if (place && words.length === 1 && !first.initial && lex.firstNames.has(key) && !isBigPlace(key) && !precededByPlaceCue(tokens, start, lex)) {
    return ['PER', 'first-name', null];
  }
  if (place && (cue.cue === null || cue.cue === 'apposition')) return ['LOC', 'place', place];
  if (cue.cue === 'title' || cue.cue === 'honorific') return ['PER', cue.cue, null];
  if (cue.cue === 'apposition' && !words.some((w) => lex.orgHeads.has(w.key) || w.acronym)) return ['PER', 'title', null];
  const compass = compassPlaceOf(key, lex);
  if (compass) return ['LOC', 'compass-place', compass];
  // "Marine Tondelier": a first name that is also a head word ("Marine", "Garde") opens a person's name.
  const personFirst = words.length > 1 && lex.firstNames.has(first.key) && first.cap && !lex.orgHeads.has(words[1]!.key)
    && !words.slice(1).some((w) => lex.orgHeads.has(w.key));
  if (words.length > 1 && !personFirst && words.some((w) => lex.orgHeads.has(w.key) && w.cap)) return ['ORG', 'org-head', null];
  if (lex.placeShape?.test(words.map((w) => w.text).join(' '))) return ['LOC', 'place-shape', null];
  if (lex.firstNames.has(first.key) && (words.length > 1 || !first.initial)) return ['PER', 'first-name', null];
  // "whose son Matan", "la vendeuse Aminata": the noun right before a name says what it is.
  const before = tokens[start - 1];
  const next = tokens[end];
  if (before && !before.cap && JOINS.test(first.gap) && lex.personNouns.has(before.key)) return ['PER', 'apposition', null];
  // "the Trump administration", "the Netanyahu government": a leader's name before what he leads.
  // (Not a people's adjective: "the Saldarian government".)
  if (next && JOINS.test(next.gap) && !next.cap && lex.personHeadsAfter.has(next.key.replace(POSSESSIVE_END, '')) && words.length <= 3
    && !(words.length === 1 && lex.nationalityEnding?.test(key))) {
    return ['PER', 'apposition', null];
  }
  // "In Oxfordshire, residents …": a place cue before the name outweighs what follows the comma.
  const cued = precededByPlaceCue(tokens, start, lex);
  // "Lactalis, le géant laitier", "Jérôme Bayle, éleveur à …", "Kaldouna, ville du …": what the apposition calls it.
  const apposed = cued ? null : appositionType(tokens, end, lex);
  if (apposed) return [apposed, apposed === 'LOC' ? 'place-apposition' : 'apposition', null];
  if (words.length === 1 && lex.demonyms.has(key)) return ['MISC', 'demonym', null];
  if (words.every((w) => lex.nationalities.has(w.key))) return ['MISC', 'demonym', null];
  if (words.length === 1 && first.acronym && !ctx.lowercase.has(key)) return ['ORG', 'acronym', null];
  if (lex.placePrefixes.has(parts[0]!) && key.includes(' ') && !words.some((w) => lex.orgHeads.has(w.key))) return ['LOC', 'place-shape', null];
  if (lex.placeShape?.test(words.map((w) => w.text).join(' '))) return ['LOC', 'place-shape', null];
  // "Goldman Sachs analyst Terence Flynn", "the former Undertones singer": a name before a role is its employer.
  // (Not a sentence's lone first word: "Far-right minister Itamar Ben-Gvir".)
  if (lex.nameBeforeRole && next && JOINS.test(next.gap) && !next.cap && (titleLength(tokens, end, lex) > 0 || lex.personNouns.has(next.key))
    && !(first.initial && words.length === 1)) {
    return ['ORG', 'before-title', null];
  }
  if (cued) return ['LOC', 'place-cue', null];
  if (next && JOINS.test(next.gap) && !next.cap && lex.placeHeadsAfter.has(next.key)) return ['LOC', 'place-head', null];
  // Two to four capitalised words that no lexicon knows are, in news copy, mostly a person; with
  // a country or a big city among them and no first name, a body ("Paris Saint-Germain", "Nikkei Asia").
  // ("Staffan de Mistura": a particle inside counts for nothing.)
  const content = words.filter((w) => w.cap || !lex.connectors.has(w.key));
  if (content.length >= 2 && content.length <= 4 && !INITIAL.test(words[words.length - 1]!.text)
    && !content.some((w) => HAS_DIGIT.test(w.text) || ctx.lowercase.has(w.key))) {
    // (Not the first word: "Israel Katz", "Jordan Bardella" are persons.)
    if (!lex.firstNames.has(first.key) && words.slice(1).some((w) => isMajorPlace(w.key, lex))) return ['ORG', 'multi-word', null];
    return ['PER', 'multi-word', null];
  }
  return [null, 'unknown', null];
}

/** "administration's": a possessive on a lower-case word, which the tokenizer keeps. */
const POSSESSIVE_END = /['’]s$/u;

/** The gap an English possessive leaves after the tokenizer drops it ("Britain's" -> "Britain" + "'s "). */
const POSSESSIVE_GAP = /^['’]s?[^\S\n]+$/u;

/** Words of an apposition before its noun: articles and adjectives ("le géant laitier", "a civil society leader"). */
const APPOSITION_LEAD = 4;

/** How many adjectives may stand between a body's noun and its name ("le groupe paramilitaire Azov"). */
const NOUN_ADJECTIVES = 2;

/** "le syndicat SUD-Rail", "le quotidien sénégalais Le Soleil", "the charity Oxfam": an organisation's noun right before. */
function orgNounBefore(tokens: Token[], start: number, lex: CompiledRules): boolean {
  if (!JOINS.test(tokens[start]!.gap)) return false;
  for (let k = start - 1; k >= Math.max(0, start - 1 - NOUN_ADJECTIVES); k--) {
    const t = tokens[k]!;
    // "l'ONG SOS Horizons", "the NGO Sea Watch": the noun may be an acronym itself.
    if (t.acronym && k === start - 1 && lex.orgNouns.has(t.key)) return true;
    if (t.cap || lex.stopwords.has(t.key)) return false;
    if (lex.orgNouns.has(t.key)) return true;
    if (!JOINS.test(t.gap) || !(lex.nationalities.has(t.key) || lex.nameAdjectives.has(t.key) || lex.nationalityEnding?.test(t.key) || lex.adjectiveEnding?.test(t.key))) return false;
  }
  return false;
}

/** "near Saint-Aulin, a spokeswoman for the agency, Claire Manoury, …": the role is the next name's. */
function introducesNextName(tokens: Token[], from: number): boolean {
  for (let k = from + 1; k < Math.min(tokens.length, from + APPOSITION_REACH); k++) {
    const t = tokens[k]!;
    if (/[.;:!?()]/u.test(t.gap)) return false;
    if (/,/u.test(t.gap)) return t.cap;
  }
  return false;
}

/**
 * "X, (le/un/the/a) … NOUN": the noun of an apposition right after a name says what the name is.
 * A title or a person's noun ("élu", "nurse") makes a person, an organisation's noun ("géant",
 * "operator") an organisation, a place's ("ville", "town") a place. Reads past articles and
 * adjectives, stops at a stopword that is no article (a relative pronoun, a verb) or a name.
 */
function appositionType(tokens: Token[], end: number, lex: CompiledRules): EntityType | null {
  const first = tokens[end];
  if (!first || !/^\s*,\s*$/u.test(first.gap)) return null;
  for (let k = end; k < Math.min(tokens.length, end + APPOSITION_LEAD + 1); k++) {
    const t = tokens[k]!;
    // "Thames Water, Britain's largest water company": a possessive name is read past.
    if (k > end && !JOINS.test(t.gap) && !POSSESSIVE_GAP.test(t.gap)) return null;
    if (t.cap && k > end && !POSSESSIVE_GAP.test(tokens[k + 1]?.gap ?? '')) return null;
    if (t.cap) continue;
    if (titleLength(tokens, k, lex) > 0 || lex.personNouns.has(t.key)) return introducesNextName(tokens, k) ? null : 'PER';
    if (lex.orgNouns.has(t.key)) return 'ORG';
    if (lex.placeAppositions.has(t.key)) return 'LOC';
    if (lex.stopwords.has(t.key) && !lex.determiners.has(t.key)) return null;
    if (HAS_DIGIT.test(t.text)) return null;
  }
  return null;
}

/** "Kaldouna, ville du Haut-Sarn": a place described right after its name. */
function followedByPlaceApposition(tokens: Token[], end: number, lex: CompiledRules): boolean {
  const next = tokens[end];
  return next !== undefined && /^\s*,\s*$/u.test(next.gap) && lex.placeAppositions.has(next.key);
}

function precededByPlaceCue(tokens: Token[], start: number, lex: CompiledRules): boolean {
  // "dans la région de l'Azaouane": an elided article between the cue and the name is read past.
  const article = tokens[start - 1];
  if (article?.elided && lex.nameArticles.has(article.key) && !article.initial && cueBefore(tokens, start - 1, start, lex)) return true;
  return cueBefore(tokens, start, start, lex);
}

function cueBefore(tokens: Token[], before: number, start: number, lex: CompiledRules): boolean {
  for (let len = Math.min(lex.longestPlaceCue, before); len >= 1; len--) {
    const span = tokens.slice(before - len, before);
    // "À Kaldouna, …": a cue may carry the capital of the sentence's first word.
    if (span.some((t, k) => t.cap && !(k === 0 && t.initial)) || !JOINS.test(tokens[start]!.gap)) continue;
    if (lex.placeCues.has(span.map((t) => t.key).join(' '))) return !blockedCue(tokens, before, lex);
  }
  return false;
}

/** "according to Vitaliy Maletskyi", "grâce à Karim": a cue inside a longer phrase that is none. */
function blockedCue(tokens: Token[], start: number, lex: CompiledRules): boolean {
  for (let len = Math.min(4, start); len >= 2; len--) {
    if (lex.notPlaceCues.has(tokens.slice(start - len, start).map((t) => t.key).join(' '))) return true;
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
    // "(Ocha)", "(Unicef)": French writes an acronym said as a word with one capital.
    const wordAcronym = !t.acronym && /^\p{Lu}\p{Ll}{2,5}$/u.test(t.text) && !lex.firstNames.has(t.key) && placeOf(t.key, lex) === null;
    if ((!t.acronym && !wordAcronym) || !/\(\s*$/u.test(t.gap) || !/^\s*\)/u.test(text.slice(t.end, t.end + 3))) continue;
    let start = expansionStart(tokens, a);
    // "Bureau de coordination des affaires humanitaires (Ocha)": an acronym from another language
    // names the body whose head opened the phrase right before it.
    if (start < 0) start = headedPhraseStart(tokens, a, out, lex);
    if (start < 0 || (wordAcronym && a - start < 3)) continue;
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

/** How many words a body's name may run from its head to an acronym in parentheses. */
const HEADED_REACH = 10;

/** The first token of an organisation phrase opened by a head word that runs, unbroken, up to the acronym at a. */
function headedPhraseStart(tokens: Token[], a: number, found: Candidate[], lex: CompiledRules): number {
  const opening = tokens[a]!.start;
  for (let k = found.length - 1; k >= 0; k--) {
    const c = found[k]!;
    if (c.end > opening) continue;
    if (c.type !== 'ORG' || c.evidence !== 'org-head') return -1;
    const first = tokens.findIndex((t) => t.start === c.start);
    if (first < 0 || a - first > HEADED_REACH || !lex.orgHeads.has(tokens[first]!.key)) return -1;
    for (let j = first + 1; j < a; j++) if (!JOINS.test(tokens[j]!.gap)) return -1;
    return first;
  }
  return -1;
}
