import type { Span } from '../../model/span.js';
import type { PhraseRules } from './rules.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';

/** Longest phrase read forwards as a speaker or a source, in words. */
const MAX_FORWARD_WORDS = 12;
/** Longest apposition taken after a comma ("le porte-parole du Kremlin, Dmitri Peskov,"). */
const MAX_APPOSITION_WORDS = 4;
/** Longest subject read backwards from a verb, in words. */
const MAX_SUBJECT_WORDS = 14;
/** Longest aside stepped over between a subject and its verb ("sous couvert d'anonymat", "speaking on condition of anonymity"). */
const MAX_ASIDE_WORDS = 6;

/**
 * The noun phrase that starts at `from` (after "selon", after an inverted verb): stops at
 * punctuation, at a clause-level preposition, or where a new determiner opens another phrase
 * ("selon Moscou le départ de …"). A proper-name apposition after a comma is kept, because the
 * name is the speaker ("le porte-parole, Dmitri Peskov, a dit" / "said the spokesman, John Doe").
 */
export function nounPhraseAfter(text: string, from: number, to: number, rules: PhraseRules): Span | null {
  const tokens = tokenize(text, from, Math.min(to, from + 400));
  let start = -1;
  let end = -1;
  let words = 0;
  let prev: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.text === '(' && start >= 0) {
        const close = tokens.findIndex((x, j) => j > i && x.text === ')');
        if (close > i && close - i <= 6) { end = tokens[close]!.end; i = close; continue; }
      }
      if (t.text === ',' && start >= 0) {
        const app = apposition(tokens, i + 1, rules);
        if (app) end = app;
      }
      if ((t.text === '-' || t.text === '’' || t.text === "'") && start >= 0) continue;
      // "M. Roudskoï", "Dr. Smith": a short capitalized abbreviation, then a capitalized name
      if (t.text === '.' && prev && /^\p{Lu}\p{L}{0,2}$/u.test(prev.text) && tokens[i + 1]?.word && isCapitalized(tokens[i + 1]!)) continue;
      break;
    }
    if (start < 0) {
      if (rules.phraseBreakers.has(t.lower) || rules.contentOpeners.has(t.lower)) return null;
      start = t.start;
    } else {
      const afterLink = prev !== null && rules.complementLinks.has(prev.lower);
      if (rules.phraseBreakers.has(t.lower) || rules.contentOpeners.has(t.lower) || rules.relativePronouns.has(t.lower)) break;
      if (rules.listJoiners.has(t.lower)) break;
      // "sa directrice des opérations": a determiner that is also a link ("des", "du") ties a complement
      if (rules.determiners.has(t.lower) && !afterLink && !rules.complementLinks.has(t.lower)) break;
    }
    words++;
    if (words > MAX_FORWARD_WORDS) break;
    if (!rules.complementLinks.has(t.lower) && !rules.determiners.has(t.lower)) end = t.end;
    prev = t;
  }
  return start >= 0 && end > start ? { start, end } : null;
}

/**
 * A name in apposition after a comma, closed by a comma, a period or the end: capitalized words,
 * optionally after an article and title words ("le colonel Tomas Ardelan", "la Dre Leïla Serrat").
 */
export function apposition(tokens: Token[], from: number, rules?: PhraseRules): number | null {
  let i = from;
  if (rules && tokens[i]?.word && rules.determiners.has(tokens[i]!.lower)) i++;
  while (rules && tokens[i]?.word && !isCapitalized(tokens[i]!) && rules.personTitles.has(tokens[i]!.lower) && i - from < 3) i++;
  if (rules && i > from && tokens[i - 1]?.text === '.') i++;
  const nameStart = i;
  let last = -1;
  while (i < tokens.length && i - nameStart < MAX_APPOSITION_WORDS) {
    const t = tokens[i]!;
    if (t.word && isCapitalized(t)) { last = t.end; i++; continue; }
    if (t.text === '.' && i > nameStart && /^\p{Lu}\p{L}{0,2}$/u.test(tokens[i - 1]!.text)) { i++; continue; }
    break;
  }
  if (last < 0) return null;
  const next = tokens[i];
  if (next === undefined || (!next.word && /[,.;:!?)]/u.test(next.text)) || (rules && next.word && rules.phraseBreakers.has(next.lower))) return last;
  return null;
}

/** A subject read backwards from a verb, with the parties of a list when it names several. */
export interface Subject {
  span: Span;
  /** One span per party of "l'ONU, la France et les Etats-Unis"; a single party otherwise. */
  parts: Span[];
}

/**
 * The subject of a verb at `verbStart`, read back to `clauseStart`. Comma-separated segments are
 * peeled from the right: a relative clause ("X, qui …,") is skipped, a list joined by "et"/"and"
 * gathers its members, and an introductory adverbial ("Fin juillet, …") is left out.
 */
export function subjectBefore(text: string, clauseStart: number, verbStart: number, rules: PhraseRules, loose = false): Subject | null {
  const tokens = tokenize(text, clauseStart, verbStart);
  const segments: Token[][] = [[]];
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (t.text === ',') segments.push([]);
    else if (t.word || t.text === '-' || t.text === '(' || t.text === ')') segments[segments.length - 1]!.push(t);
    // "Col. Joseph Nkemelu", "St. Luke's": the period of an abbreviation; "Patients' groups": a possessive mark
    else if (t.text === '.' && prev && /^\p{Lu}\p{L}{0,2}$/u.test(prev.text) && tokens[i + 1]?.word && isCapitalized(tokens[i + 1]!)) continue;
    else if ((t.text === "'" || t.text === '’') && prev?.word && prev.end === t.start && tokens[i + 1]?.word) continue;
    else segments.push([]);
  }
  const nonEmpty = segments.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return null;
  // "…, and both sides said": a coordinated clause starts after its conjunction
  const tail = nonEmpty[nonEmpty.length - 1]!;
  const coordinatedClause = tail.length > 1 && rules.listJoiners.has(tail[0]!.lower) && nonEmpty.length > 1;
  if (coordinatedClause) nonEmpty[nonEmpty.length - 1] = tail.slice(1);
  let k = nonEmpty.length - 1;
  // "Un officier, sous couvert d'anonymat, a expliqué", "a hospital source, speaking on condition of anonymity, said": an aside between subject and verb
  // ("…, and rebel groups denied": the words after the conjunction are the new clause's subject, not an aside)
  while (k > 0 && !coordinatedClause && !looksLikeNounPhrase(nonEmpty[k]!, rules) && !rules.relativePronouns.has(nonEmpty[k]![0]!.lower)
    && !rules.listJoiners.has(nonEmpty[k]![0]!.lower) && nonEmpty[k]!.length <= MAX_ASIDE_WORDS && looksLikeNounPhrase(nonEmpty[k - 1]!, rules)
    // ("Michael O'Leary, connu pour son franc-parler, a reproché": an aside after a name too)
    && (rules.determiners.has(nonEmpty[k - 1]![0]!.lower) || (nonEmpty[k - 1]!.length <= 4 && nonEmpty[k - 1]!.every((t) => isCapitalized(t))))) k--;
  let last = nonEmpty[k]!;
  // "Smith, who …, said" / "le général, qui a dit": the subject is before the relative pronoun
  const relativeSubject = last.length === 1 && rules.relativePronouns.has(last[0]!.lower);
  while (k > 0 && rules.relativePronouns.has(last[0]!.lower)) { k--; last = nonEmpty[k]!; }
  if (rules.relativePronouns.has(last[0]!.lower)) return null;
  // "la katiba Tinzar, un groupe actif dans la zone, qui affirme": a descriptive apposition
  // before the pronoun describes the name before it, which is the antecedent
  const before = nonEmpty[k - 1];
  if (relativeSubject && before && rules.determiners.has(last[0]!.lower) && last[1] !== undefined && !isCapitalized(last[1])) {
    const named = trailingNounPhrase(before, rules);
    if (named && named.some((t) => isCapitalized(t)) && named.length <= MAX_SUBJECT_WORDS) return { span: spanOf(named), parts: [spanOf(named)] };
  }
  // "…, according to the ministry, which said": the relative's antecedent is the noun phrase ending the segment
  if (relativeSubject) last = trailingNounPhrase(last, rules) ?? last;
  const previousSegment = nonEmpty[k - 1];
  // "The Tinzar brigade, a jihadist group that operates in …, claimed": an indefinite
  // apposition describes the named phrase before it
  if (previousSegment && k === nonEmpty.length - 1 && rules.indefinites?.has(last[0]!.lower) && last.length > 1
    && previousSegment.length <= 5 && previousSegment.slice(1).some((t) => isCapitalized(t)) && looksLikeNounPhrase(previousSegment, rules)
    && !previousSegment.some((t) => rules.phraseBreakers.has(t.lower) || rules.relativePronouns.has(t.lower) || rules.contentOpeners.has(t.lower))) {
    return { span: spanOf(previousSegment), parts: [spanOf(previousSegment)] };
  }
  // "a claim the army dismissed as": a relative clause without its pronoun; the verb's subject is the last noun phrase
  const inner = last.findIndex((t, i) => i > 0 && rules.determiners.has(t.lower) && !rules.complementLinks.has(t.lower) && isContentWord(last[i - 1]!, rules));
  if (inner > 0 && !last.some((t) => rules.listJoiners.has(t.lower))) last = last.slice(inner);
  // "Sarn Watch, a rights group, said": the name before a descriptive apposition is the subject
  const previous = nonEmpty[k - 1];
  if (previous && k === nonEmpty.length - 1 && rules.determiners.has(last[0]!.lower) && last[1] !== undefined && !isCapitalized(last[1])
    && previous.length <= 4 && isCapitalized(previous[0]!) && !rules.phraseBreakers.has(previous[0]!.lower)
    && previous.every((t) => isCapitalized(t) || rules.complementLinks.has(t.lower))) {
    return { span: spanOf(previous), parts: [spanOf(previous)] };
  }
  if (last.length > MAX_SUBJECT_WORDS) return null;
  const parts: Span[] = [];
  const joinerAt = last.findIndex((t) => rules.listJoiners.has(t.lower));
  if (joinerAt > 0 && joinerAt < last.length - 1) {
    // members before the last comma: short noun phrases only
    const members: Span[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const seg = nonEmpty[j]!;
      if (seg.length > 4 || !looksLikeNounPhrase(seg, rules)) break;
      members.unshift(spanOf(seg));
    }
    parts.push(...members, spanOf(last.slice(0, joinerAt)), spanOf(last.slice(joinerAt + 1)));
  }
  // after a quote ('"…," army spokesman Colonel X said') a bare title may open the subject
  const named = loose && (last.some((t) => isCapitalized(t)) || last.length <= 3);
  // "…, and residents reached by telephone said": a bare noun phrase, up to its first link word
  let bareSubject = false;
  if (coordinatedClause && k === nonEmpty.length - 1 && !looksLikeNounPhrase(last, rules)) {
    const link = last.findIndex((t) => !(isContentWord(t, rules) || isCapitalized(t)));
    const bare = link < 0 ? last : last.slice(0, Math.max(1, link));
    if (bare.length <= 4 && bare.every((t) => isContentWord(t, rules) || isCapitalized(t))) { last = bare; bareSubject = true; }
  }
  if (!looksLikeNounPhrase(last, rules) && !named && parts.length === 0 && !bareSubject) return null;
  const span = parts.length > 0 ? { start: parts[0]!.start, end: parts[parts.length - 1]!.end } : spanOf(last);
  return { span, parts: parts.length > 0 ? parts : [span] };
}

/** A lower-case word that is neither a determiner nor a link: a noun or adjective a new noun phrase may follow. */
function isContentWord(t: Token, rules: PhraseRules): boolean {
  return t.word && !isCapitalized(t) && !rules.determiners.has(t.lower) && !rules.complementLinks.has(t.lower)
    && !rules.phraseBreakers.has(t.lower) && !rules.listJoiners.has(t.lower) && !rules.relativePronouns.has(t.lower)
    && !rules.contentOpeners.has(t.lower) && !/^\p{N}/u.test(t.text);
}

/** The noun phrase that ends a segment ("according to the ministry" -> "the ministry"). */
function trailingNounPhrase(seg: Token[], rules: PhraseRules): Token[] | null {
  for (let i = seg.length - 1; i >= 0; i--) {
    const t = seg[i]!;
    if (rules.determiners.has(t.lower) && (i === 0 || !rules.complementLinks.has(seg[i - 1]!.lower))) return seg.slice(i);
  }
  let i = seg.length;
  while (i > 0 && isCapitalized(seg[i - 1]!)) i--;
  return i < seg.length ? seg.slice(i) : null;
}

function looksLikeNounPhrase(seg: Token[], rules: PhraseRules): boolean {
  const first = seg[0]!;
  if (rules.nonSubjects?.has(first.lower)) return false;
  // "Après avoir appelé …": a capitalised preposition opens an adjunct, not a noun phrase
  if (!rules.pronouns.has(first.lower) && (rules.phraseBreakers.has(first.lower) || rules.complementLinks.has(first.lower))) {
    return rules.determiners.has(first.lower);
  }
  return rules.determiners.has(first.lower) || rules.pronouns.has(first.lower) || isCapitalized(first)
    || rules.latter.some((l) => l[0] === first.lower);
}

function spanOf(seg: Token[]): Span {
  return { start: seg[0]!.start, end: seg[seg.length - 1]!.end };
}

/** The noun phrase that ends the text before a ", selon lequel" (its antecedent): "précise le texte" -> "le texte". */
export function antecedentBefore(text: string, from: number, to: number, rules: PhraseRules): Span | null {
  const tokens = tokenize(text, from, to);
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  let start = end;
  while (start > 0 && tokens[start - 1]!.word) start--;
  const seg = tokens.slice(start, end);
  const np = seg.length > 0 ? trailingNounPhrase(seg, rules) : null;
  return np && np.length <= MAX_SUBJECT_WORDS ? spanOf(np) : null;
}
