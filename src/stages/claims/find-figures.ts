import type { ClaimCategory, ClaimFields } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import { readNumbers, type NumberMention } from './read-numbers.js';
import type { CategoryCue, ClaimRules } from './rules.js';
import { allMatches } from '../../lang/match-all.js';

/** A figure about people or acts read in one sentence, before its source, date and place are known. */
export interface Figure extends Span, Pick<ClaimFields, 'category' | 'value' | 'min' | 'max' | 'approximate' | 'who' | 'includes'> {
  /** The number itself. */
  figure: Span;
  /** Where the next number of the sentence starts (or the sentence ends): what lies between is this figure's own. */
  nextAt: number;
}

// How far a figure's predicate may be from its noun phrase ("56 civils, dont sept enfants, ont été tués").
const PREDICATE_WINDOW = 90;
// How far back a qualifier, governing noun or verb may start.
const LOOK_BACK = 60;
// How far back a governing phrase with a gap may start ("the death toll from floods that swept
// through the valley rose to").
const LONG_LOOK_BACK = 140;
// Quotation marks around a figure ('to have killed “around forty” soldiers') hide nothing.
const OPENING_QUOTE = /[«“"]\s*$/u;
const CLOSING_QUOTE = /^\s*[»”"]/u;
const NOUN = /^\s*(?<noun>\p{L}[\p{L}\p{M}'’-]*)/u;
const CLAUSE_END = /[.;:!?()«»"“”]/u;

interface Read {
  n: NumberMention;
  start: number;
  qualifier: 'min' | 'max' | 'approximate' | null;
  /** End of the noun phrase after the number. */
  npEnd: number;
  who: string | null;
  counted: ClaimCategory | null;
  casualty: boolean;
  /** "a hundred or so": approximate by a word after the number. */
  approximateAfter: boolean;
}

/**
 * Every figure in a sentence, in text order. `previous` is the category of the last figure of the
 * paragraph before this sentence: "un chiffre bien plus faible, « pas plus de 400 personnes »"
 * counts what it counted.
 */
export function findFigures(text: string, sentence: Span, excluded: Span[], rules: ClaimRules, previous: ClaimCategory | null = null): Figure[] {
  const numbers = readNumbers(text, sentence.start, sentence.end, rules.numbers)
    .filter((n) => !excluded.some((x) => x.start < n.end && n.start < x.end))
    .filter((n) => !rules.notCounts.test(text.slice(n.end, n.end + 30)));
  const reads = numbers.map((n) => readAround(text, sentence, n, rules));
  const figures: Figure[] = [];
  const used = new Set<number>();
  for (let i = 0; i < reads.length; i++) {
    if (used.has(i)) continue;
    const r = reads[i]!;
    let end = r.npEnd;
    const includes: { value: number; who: string | null }[] = [];
    let value = r.n.value;
    let who = r.who;

    // "dont sept enfants": parts of this figure, not figures of their own.
    if (rules.partsCue.test(text.slice(end, sentence.end))) {
      let j = i + 1;
      while (j < reads.length && reads[j]!.start - end < 40 && !CLAUSE_END.test(text.slice(end, reads[j]!.start).replace(/^[\s,]+/u, ''))) {
        includes.push({ value: reads[j]!.n.value, who: reads[j]!.who });
        used.add(j);
        end = reads[j]!.npEnd;
        j++;
        if (j >= reads.length || !rules.coordinator.test(text.slice(end, reads[j]!.start)) && !/^\s*,\s*$/u.test(text.slice(end, reads[j]!.start))) break;
      }
    } else if (r.counted === null) {
      // "six élèves et neuf adultes": one figure of 15 made of its parts, when neither noun is counted itself.
      let j = i + 1;
      const parts = [{ value: r.n.value, who: r.who }];
      while (j < reads.length && reads[j]!.counted === null && rules.coordinator.test(text.slice(end, reads[j]!.start))
        && /^\s*\p{L}+\s*$/u.test(text.slice(end, reads[j]!.start))) {
        parts.push({ value: reads[j]!.n.value, who: reads[j]!.who });
        used.add(j);
        end = reads[j]!.npEnd;
        j++;
      }
      if (parts.length > 1) {
        includes.push(...parts);
        value = parts.reduce((sum, p) => sum + p.value, 0);
        who = parts.map((p) => p.who).filter(Boolean).join(coordinatorWord(text, r.npEnd, reads[i + 1]!.start));
      }
    }

    const category = r.counted ?? categoryBefore(text, sentence, r, rules) ?? predicateAfter(text, sentence, end, reads, i, rules)
      ?? sharedPredicate(text, sentence, reads, i, rules) ?? sameAsBefore(text, sentence, r, figures, rules, previous);
    if (!category) continue;
    if (r.casualty) who = peopleNoun(text, sentence, r.start, rules);

    const figure: Figure = {
      start: r.start, end, category, value, min: null, max: null,
      approximate: r.n.approximate || r.approximateAfter, who, includes, figure: { start: r.n.start, end: r.n.end },
      nextAt: reads.find((x, k) => k > i && !used.has(k) && x.start >= end)?.start ?? sentence.end,
    };
    if (r.n.atLeast || r.qualifier === 'min') [figure.min, figure.value] = [value, null];
    else if (r.qualifier === 'max') [figure.max, figure.value] = [value, null];
    else if (r.qualifier === 'approximate') figure.approximate = true;
    figures.push(figure);
  }
  return figures;
}

/** The qualifier before a number and the noun phrase after it. */
function readAround(text: string, sentence: Span, n: NumberMention, rules: ClaimRules): Read {
  const before = text.slice(Math.max(sentence.start, n.start - LOOK_BACK), n.start);
  let start = n.start;
  let qualifier: Read['qualifier'] = null;
  for (const q of rules.qualifiers) {
    const m = q.pattern.exec(before);
    if (m) {
      qualifier = q.effect;
      start = n.start - (before.length - m.index);
      break;
    }
  }
  let pos = n.end;
  const closing = CLOSING_QUOTE.exec(text.slice(pos, sentence.end));
  if (closing) pos += closing[0].length;
  const after = rules.approximateAfter.exec(text.slice(pos, sentence.end));
  if (after) pos += after[0].length;
  const skip = rules.beforeNoun.exec(text.slice(pos, sentence.end));
  if (skip) pos += skip[0].length;
  const rest = text.slice(pos, sentence.end);
  let counted: ClaimCategory | null = null;
  let npEnd = n.end;
  let who: string | null = null;
  for (const cue of rules.countedNouns) {
    const m = cue.pattern.exec(rest);
    if (m) {
      counted = cue.category;
      npEnd = pos + m[0].length;
      who = m[0].trim();
      break;
    }
  }
  if (!counted) {
    const m = NOUN.exec(rest);
    if (m) {
      npEnd = pos + m[0].length;
      who = m.groups!.noun!;
    }
  }
  const casualty = counted !== null && rules.casualtyNouns.test(rest);
  return { n, start, qualifier, npEnd, who, counted, casualty, approximateAfter: after !== null };
}

/** "le départ de 169 civils", "tuant au moins 15 civils": what governs the figure from before it. */
function categoryBefore(text: string, sentence: Span, r: Read, rules: ClaimRules): ClaimCategory | null {
  const before = text.slice(Math.max(sentence.start, r.start - LOOK_BACK), r.start).replace(OPENING_QUOTE, '');
  const long = text.slice(Math.max(sentence.start, r.start - LONG_LOOK_BACK), r.start).replace(OPENING_QUOTE, '');
  return firstCue(before, rules.governingNouns) ?? firstCue(before, rules.objectVerbs) ?? firstCue(long, rules.longGoverning)
    ?? numberOf(long, rules);
}

/** "put the number of people who had reached the camps at 800": what the number counts is named before it. */
function numberOf(before: string, rules: ClaimRules): ClaimCategory | null {
  const m = rules.numberOf.exec(before);
  if (!m) return null;
  const what = m.groups!.what!;
  for (const cue of rules.countedNouns) if (unanchored(cue.pattern).test(what)) return cue.category;
  let best: { at: number; category: ClaimCategory } | null = null;
  for (const cue of rules.predicates) {
    const p = cue.pattern.exec(what);
    if (p && (!best || p.index < best.at)) best = { at: p.index, category: cue.category };
  }
  return best?.category ?? null;
}

/**
 * A bare number after a figure of its sentence counts the same thing ("up from 15,000", "police
 * counted 4,500", "la police en a compté 4 500", "the true number is closer to 12,000") when
 * nothing after it says otherwise: no noun of its own, only a preposition or the clause's end.
 */
function sameAsBefore(text: string, sentence: Span, r: Read, earlier: Figure[], rules: ClaimRules, before: ClaimCategory | null): ClaimCategory | null {
  const last = earlier[earlier.length - 1];
  const category = last?.category
    ?? (before !== null && rules.figureNoun.test(text.slice(sentence.start, r.start)) ? before : null);
  if (!category) return null;
  const after = text.slice(r.n.end, r.n.end + 30);
  // Carried over from another sentence, it may name its people ("« pas plus de 400 personnes »").
  const named = last === undefined && r.who !== null && wholePeopleNoun(rules.peopleNouns).test(r.who);
  if (!rules.bareNumberEnd.test(after) && !named) return null;
  // "a man, 45," is an age in apposition, not a count.
  if (/\p{L}\s*,\s*$/u.test(text.slice(Math.max(0, r.start - 3), r.start)) && /^\s*,/u.test(after)) return null;
  return category;
}

/** "56 civils … ont été tués": the predicate in the figure's clause, before any other figure. */
function predicateAfter(text: string, sentence: Span, from: number, reads: Read[], i: number, rules: ClaimRules): ClaimCategory | null {
  let to = Math.min(sentence.end, from + PREDICATE_WINDOW);
  for (const later of reads.slice(i + 1)) {
    if (later.n.start >= from) {
      to = Math.min(to, later.start);
      break;
    }
  }
  let window = text.slice(from, to);
  const clauseEnd = /[.;:!?]/u.exec(window);
  if (clauseEnd) window = window.slice(0, clauseEnd.index);
  let best: { at: number; category: ClaimCategory } | null = null;
  for (const cue of rules.predicates) {
    const m = cue.pattern.exec(window);
    if (m && (!best || m.index < best.at)) best = { at: m.index, category: cue.category };
  }
  return best?.category ?? null;
}

/**
 * "au moins 38 combattants loyalistes et au moins 32 insurgés ont péri": figures joined by a
 * coordinator share the predicate after the last of them.
 */
function sharedPredicate(text: string, sentence: Span, reads: Read[], i: number, rules: ClaimRules): ClaimCategory | null {
  let j = i;
  while (j + 1 < reads.length) {
    const between = text.slice(reads[j]!.npEnd, reads[j + 1]!.start);
    // (", et" more often opens a clause of its own: "a effectué 20 797 vols, et 1 250 passagers ont été évacués")
    if (between.includes(',')) return null;
    const joined = between.split(/\s+/u).filter(Boolean);
    // a word or two finishing the noun phrase ("loyalistes"), then the coordinator
    if (joined.length === 0 || joined.length > 3 || !rules.coordinator.test(joined[joined.length - 1]!)) return null;
    j++;
    const next = reads[j]!;
    const found = next.counted ?? predicateAfter(text, sentence, next.npEnd, reads, j, rules);
    if (found) return found;
  }
  return null;
}

function firstCue(text: string, cues: CategoryCue[]): ClaimCategory | null {
  for (const cue of cues) if (cue.pattern.test(text)) return cue.category;
  return null;
}

/** Who "43 morts" are: the people noun nearest before the figure in its sentence, else the first after. */
function peopleNoun(text: string, sentence: Span, at: number, rules: ClaimRules): string | null {
  const found = allMatches(rules.peopleNouns, text.slice(sentence.start, sentence.end));
  const before = found.filter((m) => sentence.start + m.index! < at);
  // after the figure, only in its own clause: "20 morts, selon les secouristes" counts no rescuers
  const clauseEnd = /[,;:(]/u.exec(text.slice(at, sentence.end));
  const limit = clauseEnd ? at + clauseEnd.index : sentence.end;
  const m = before[before.length - 1] ?? found.find((x) => sentence.start + x.index! >= at && sentence.start + x.index! < limit);
  return m ? m[0] : null;
}

function coordinatorWord(text: string, a: number, b: number): string {
  return ` ${text.slice(a, b).trim()} `;
}

// Patterns derived from the rules, compiled once per rule rather than once per figure.
const unanchoredCache = new WeakMap<RegExp, RegExp>();
/** A counted-noun cue without its leading "^\s*": it may stand anywhere in "the number of …". */
function unanchored(pattern: RegExp): RegExp {
  let re = unanchoredCache.get(pattern);
  if (!re) unanchoredCache.set(pattern, re = new RegExp(pattern.source.replace(/^\^\\s\*/u, ''), 'iu'));
  return re;
}
const wholeCache = new WeakMap<RegExp, RegExp>();
/** The people nouns as a whole string ("personnes", not "des personnes blessées"). */
function wholePeopleNoun(pattern: RegExp): RegExp {
  let re = wholeCache.get(pattern);
  if (!re) wholeCache.set(pattern, re = new RegExp(`^(?:${pattern.source})$`, 'iu'));
  return re;
}
