import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { PhraseRules } from '../quotes/rules.js';
import { antecedentBefore, nounPhraseAfter } from '../quotes/noun-phrase.js';
import { countWords, tokenize } from '../quotes/tokens.js';
import type { AttributionRules } from './rules.js';
import { globalOf, matchesOf, plainOf, allMatches } from '../../lang/match-all.js';
import { possibleMatches, stretchFilter } from '../../lang/required-literals.js';

/** "selon l'OSDH": the cue, the source it names, and the statement of its sentence it governs. */
export interface SourcePhrase {
  cue: string;
  makesQuote: boolean;
  /** From the cue to the end of the source. */
  span: Span;
  cueSpan: Span;
  source: Span;
  sentence: number;
  governs: Span;
}

const TRAILING = /[\s.,;:!?…»”"]+$/u;
const LEADING = /^[\s,;:—–-]+/u;

/*
 * Which part of the sentence a source phrase governs: what follows it when it opens the sentence
 * ("Selon X, …", "Et, selon X, …"), what precedes it when it closes the sentence ("…, selon X."),
 * and the whole sentence when it sits inside ("ont permis selon X le départ de …").
 */
export function findSourcePhrases(doc: Doc, rules: AttributionRules, phrases: PhraseRules): SourcePhrase[] {
  // The quotes and the attributions stages both read them: found once per document.
  const memo = found.get(doc);
  if (memo && memo.rules === rules && memo.phrases === phrases) return memo.result;
  const result = sourcePhrases(doc, rules, phrases);
  found.set(doc, { rules, phrases, result });
  return result;
}

const found = new WeakMap<Doc, { rules: AttributionRules; phrases: PhraseRules; result: SourcePhrase[] }>();

function sourcePhrases(doc: Doc, rules: AttributionRules, phrases: PhraseRules): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  const text = doc.text;
  // a cue whose words the text lacks is not run on any sentence
  const possible = possibleMatches(rules.cues, (c) => c.pattern, text);
  const cues = rules.cues.flatMap((cue, k) => (possible[k] ? [{ cue, k }] : []));
  // and one whose words the sentence lacks is not run on it
  const inStretch = cues.length > 0 ? stretchFilter(rules.cues, (c) => c.pattern, text) : null;
  doc.get('sentences').forEach((sentence, index) => {
    if (!inStretch) return;
    const may = inStretch(sentence.start, sentence.end);
    const body = text.slice(sentence.start, sentence.end);
    for (const { cue, k } of cues) {
      if (!may(k)) continue;
      for (const m of matchesOf(globalOf(cue.pattern), body)) {
        const cueStart = sentence.start + m.index!;
        const cueEnd = cueStart + m[0].trimEnd().length;
        const sourceStart = cueStart + m[0].length;
        let source = nounPhraseAfter(text, sourceStart, sentence.end, phrases) ?? pronounAfter(text, sourceStart, sentence.end, phrases);
        // "…, précise le texte, selon lequel « … »": the source is the relative pronoun's antecedent,
        // and the phrase governs what follows it
        const relative = relativeAfter(text, sourceStart, sentence.end, phrases);
        if (relative) {
          const antecedent = antecedentBefore(text, sentence.start, cueStart, phrases);
          if (!antecedent) continue;
          out.push({
            cue: cue.cue, makesQuote: cue.makesQuote, span: { start: cueStart, end: relative.end },
            cueSpan: { start: cueStart, end: cueEnd }, source: antecedent, sentence: index,
            governs: trim(text, { start: relative.end, end: clauseOf(text, sentence, cueStart, phrases, relative.end).end }),
          });
          continue;
        }
        if (!source) continue;
        if (cue.opensSentenceBeforeSomeone && !(m.index === 0 && namesSomeone(doc, source, phrases))) continue;
        // "selon l'ancienne formule": a rule or a plan says nothing
        const sourceWords = tokenize(text, source.start, source.end).filter((t) => t.word && !phrases.determiners.has(t.lower));
        if (rules.notSources && sourceWords.some((t, k) => k < 2 && rules.notSources!.has(t.lower))) continue;
        // "selon un bilan publié par le ministère": the agent is the source
        const agent = /^\s+(?:[\p{L}'’]+\s+){0,3}?(?<marker>\p{L}+)\s+/u.exec(text.slice(source.end, sentence.end));
        // "selon des témoins cités par le syndicat": the union relays the witnesses, who stay the source
        // (the participle may have been read into the source phrase: test from its last word on)
        const lastWord = /[\p{L}'’]+$/u.exec(text.slice(source.start, source.end))?.[0] ?? '';
        const relayed = agent !== null && rules.cues.some((c) => !c.makesQuote && [agent[0].trimStart(), lastWord + agent[0]].some((x) => plainOf(c.pattern).test(x)));
        const participle = /^\s+([\p{L}'’]+)/u.exec(text.slice(source.end, sentence.end))?.[1]?.toLowerCase();
        const reached = [participle, lastWord.toLowerCase()].some((w) => w !== undefined && phrases.reachedBy?.has(w));
        if (agent && !relayed && !reached && phrases.agentMarkers.has(agent.groups!.marker!.toLowerCase())) {
          const named = nounPhraseAfter(text, source.end + agent[0].length, sentence.end, phrases);
          if (named) source = named;
        }
        let phraseEnd = reached ? reachedEnd(text, source, sentence.end, phrases) : source.end;
        // "Selon l'OSDH, qui s'appuie sur un réseau de sources, au moins 12 civils …": at the head of
        // a sentence, a relative clause on the source belongs to the source phrase
        if (countWords(text.slice(sentence.start, cueStart)) <= 1) phraseEnd = afterRelative(text, phraseEnd, sentence.end, phrases);
        // the participle read into the source phrase ("un élu joint") is not part of the name
        if (reached && phrases.reachedBy?.has(lastWord.toLowerCase())) source = trim(text, { start: source.start, end: source.end - lastWord.length });
        out.push({
          cue: cue.cue, makesQuote: cue.makesQuote, span: { start: cueStart, end: source.end },
          cueSpan: { start: cueStart, end: cueEnd }, source, sentence: index,
          governs: governed(text, clauseOf(text, sentence, cueStart, phrases, phraseEnd), cueStart, phraseEnd),
        });
      }
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The clause of the sentence that holds the source phrase: a ";" or a clause of the reporter's own
 * ("…, while the Red Cross says …", "…, tandis que …") bounds what a source governs, and so does a
 * relative clause on the source itself ("…, according to the ministry, which said …").
 */
function clauseOf(text: string, sentence: Span, at: number, phrases: PhraseRules, phraseEnd = at): Span {
  const tokens = tokenize(text, sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const bound = t.text === ';' || (i > 0 && phrases.contentEnders.some((e) => e.every((w, k) => tokens[i + k]?.lower === w)))
      // a relative clause right after the source is on the source; one further on is the content's
      || (t.text === ',' && tokens[i + 1] !== undefined && phrases.relativePronouns.has(tokens[i + 1]!.lower) && t.start > at
        && (phraseEnd === at || /^\s*$/u.test(text.slice(phraseEnd, t.start))));
    if (!bound || (t.start > at && t.start < phraseEnd)) continue;
    if (t.start < at) start = t.end;
    else if (t.start > at) { end = t.start; break; }
  }
  return { start, end };
}

/**
 * "selon un élu joint par téléphone, qui a requis l'anonymat, …": the source phrase runs over the
 * participle of reaching and its agent, and over a relative clause on the source that a comma closes.
 */
function reachedEnd(text: string, source: Span, to: number, phrases: PhraseRules): number {
  const tail = text.slice(source.end, to);
  let agent: RegExpExecArray | null = null;
  for (const m of allMatches(/[\p{L}'’]+/gu, tail)) {
    if (m.index! > 40) break;
    if (phrases.agentMarkers.has(m[0].toLowerCase())) { agent = m; break; }
  }
  let end = source.end;
  if (agent) end = nounPhraseAfter(text, source.end + agent.index! + agent[0].length, to, phrases)?.end ?? end;
  return afterRelative(text, end, to, phrases);
}

/** The end of a relative clause closed by a comma right after `end` (", qui a requis l'anonymat,"), else `end`. */
function afterRelative(text: string, end: number, to: number, phrases: PhraseRules): number {
  const relative = /^\s*,\s*([\p{L}]+)\b[^,;]*,/u.exec(text.slice(end, to));
  return relative && phrases.relativePronouns.has(relative[1]!.toLowerCase()) ? end + relative[0].length - 1 : end;
}

/** A person or a body named in the source phrase, or a person's title heading it ("Pour l'analyste", "Pour Moscou"). */
function namesSomeone(doc: Doc, source: Span, phrases: PhraseRules): boolean {
  const named = doc.has('entities') && doc.get('entities').some((e) => (e.type === 'PER' || e.type === 'ORG' || e.type === 'LOC')
    && e.mentions.some((m) => m.start >= source.start && m.end <= source.end));
  if (named) return true;
  const words = tokenize(doc.text, source.start, source.end).filter((t) => t.word && !phrases.determiners.has(t.lower));
  return words.length > 0 && words.length <= 4 && phrases.personTitles.has(words[0]!.lower);
}

/** "selon lequel", "according to which": a relative pronoun right after the cue. */
function relativeAfter(text: string, from: number, to: number, phrases: PhraseRules): Span | null {
  const first = tokenize(text, from, to)[0];
  return first?.word && phrases.relativePronouns.has(first.lower) ? { start: first.start, end: first.end } : null;
}

/** "selon elle", "according to him": a pronoun alone names the source (resolved later). */
function pronounAfter(text: string, from: number, to: number, phrases: PhraseRules): Span | null {
  const first = tokenize(text, from, to)[0];
  if (!first?.word || !(phrases.pronouns.has(first.lower) || phrases.pronounKinds?.[first.lower])) return null;
  return { start: first.start, end: first.end };
}

function governed(text: string, sentence: Span, phraseStart: number, phraseEnd: number): Span {
  const before = text.slice(sentence.start, phraseStart);
  const after = text.slice(phraseEnd, sentence.end);
  if (countWords(before) <= 1) return trim(text, { start: phraseEnd, end: sentence.end });
  if (countWords(after) === 0) return trim(text, { start: sentence.start, end: phraseStart });
  return trim(text, sentence);
}

/** Trims spaces and end punctuation, keeping a closing quote mark whose opening one is kept. */
export function trim(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const start = span.start + (LEADING.exec(body)?.[0].length ?? 0);
  let end = span.end - (TRAILING.exec(body)?.[0].length ?? 0);
  if (end < start) end = start;
  const kept = text.slice(start, end);
  // 'dismissed as "wishful thinking"': an odd straight mark is an opening one whose closing mark was trimmed
  if ((kept.match(/"/gu) ?? []).length % 2 === 1 && text[end] === '"' && end < span.end) end++;
  if ((kept.match(/[«“]/gu) ?? []).length > (kept.match(/[»”]/gu) ?? []).length) {
    const close = text.slice(end, span.end).search(/[»”]/u);
    if (close >= 0) end += close + 1;
  }
  return { start, end };
}
