import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { Candidate } from './reported-speech.js';
import type { QuoteRules } from './rules.js';
import { nounPhraseAfter } from './noun-phrase.js';
import { countWords } from './tokens.js';
import { allMatches } from '../../lang/match-all.js';

/** How many characters of a line of dialogue may lie between its incise's verb and the mark that ends the incise. */
const INCISE_REACH = 80;

/*
 * Lines of dialogue (French interviews and fiction): "— Messieurs, dit-il aux arrivants, comme je
 * suis seul ici…". A dash opens each line, at a paragraph's start or after the end of a sentence
 * ("… sans grâce. — Messieurs, …"). A line is speech up to the next line; its incise ("dit-il",
 * "demanda le notaire", "fit-elle") names the speaker and cuts it in two when speech resumes after
 * it. Dashes also open list items in news pages, so a run of dash lines counts as dialogue only
 * when one of its lines has an incise or the paragraph before it ends with a colon.
 */
export function findDialogue(doc: Doc, rules: QuoteRules, paragraphs: Span[]): { lines: Span[]; candidates: Candidate[] } {
  const dialogue = rules.dialogue;
  if (!dialogue) return { lines: [], candidates: [] };
  const text = doc.text;
  const lines: { span: Span; paragraph: number }[] = [];
  paragraphs.forEach((p, index) => {
    const body = text.slice(p.start, p.end);
    const starts: number[] = dialogue.lineStart.test(body) ? [0] : [];
    for (const m of allMatches(dialogue.inlineStart, body)) {
      const at = m.index! + m[0].length - m.groups!.dash!.length - 1;
      if (at > 0) starts.push(at);
    }
    starts.forEach((s, i) => lines.push({ span: { start: p.start + s, end: p.start + (starts[i + 1] ?? body.length) }, paragraph: index }));
  });
  // runs of lines that follow each other, in one paragraph or in the next
  const runs: (typeof lines)[] = [];
  for (const line of lines) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && (prev.span.end === line.span.start || line.paragraph - prev.paragraph === 1)) run!.push(line); else runs.push([line]);
  }
  const out: Candidate[] = [];
  const kept: Span[] = [];
  for (const run of runs) {
    const read = run.map((l) => readLine(doc, rules, l.span));
    const opened = paragraphs[run[0]!.paragraph - 1] !== undefined && /:\s*$/u.test(text.slice(paragraphs[run[0]!.paragraph - 1]!.start, paragraphs[run[0]!.paragraph - 1]!.end));
    if (!opened && !read.some((r) => r.some((c) => c.speaker !== null))) continue;
    for (const r of read) out.push(...r);
    kept.push(...run.map((l) => l.span));
  }
  return { lines: kept, candidates: out };
}

/** One line of dialogue: its speech, split by its incise when speech resumes after it. */
function readLine(doc: Doc, rules: QuoteRules, line: Span): Candidate[] {
  const text = doc.text;
  const dash = /^[\s—–-]+/u.exec(text.slice(line.start, line.end))?.[0].length ?? 0;
  const start = line.start + dash;
  const incise = findIncise(doc, rules, start, line.end);
  const make = (content: Span): Candidate => ({
    kind: 'direct', content, speaker: incise?.speaker ?? null, parts: incise?.speaker ? [incise.speaker] : [],
    cue: incise?.lemma ?? null, cueSpan: incise?.verb ?? null, conditional: false, continuation: false, quoted: null, dialogue: true,
  });
  if (!incise) {
    const content = trimSpan(text, { start, end: line.end });
    return countWords(text.slice(content.start, content.end)) > 0 ? [make(content)] : [];
  }
  const out: Candidate[] = [];
  const before = trimSpan(text, { start, end: incise.verb.start });
  if (countWords(text.slice(before.start, before.end)) > 0) out.push(make(before));
  const after = trimSpan(text, { start: incise.end, end: line.end });
  if (incise.end < line.end && countWords(text.slice(after.start, after.end)) > 0) out.push(make(after));
  return out;
}

interface Incise { verb: Span; lemma: string | null; speaker: Span | null; end: number }

/** The first incise of a line: a reporting verb (or any verb with an inverted subject pronoun) right after a comma, "?", "!" or "…". */
function findIncise(doc: Doc, rules: QuoteRules, from: number, to: number): Incise | null {
  const text = doc.text;
  const dialogue = rules.dialogue!;
  const verbs = rules.verbs.find(text, from, to);
  for (let i = from; i < to; i++) {
    if (!/[,!?…]/u.test(text[i]!)) continue;
    let at = i + 1;
    while (at < to && /[\s»”"]/u.test(text[at]!)) at++;
    if (at >= to) break;
    const verb = verbs.find((v) => v.start === at);
    const inverted = verb ? null : dialogue.invertedVerb.exec(text.slice(at, Math.min(to, at + 40)));
    if (!verb && !inverted) continue;
    let speaker: Span | null = null;
    let verbSpan: Span;
    let lemma: string | null;
    if (verb) {
      verbSpan = { start: verb.start, end: verb.end };
      lemma = verb.lemma;
      speaker = verb.clitic ?? nounPhraseAfter(text, verb.end, to, rules.phrases);
      if (!speaker) continue;
    } else {
      const pronoun = inverted!.groups!.pronoun!;
      verbSpan = { start: at, end: at + inverted![0].length };
      speaker = { start: verbSpan.end - pronoun.length, end: verbSpan.end };
      // "fit-il", "songea-t-elle": a verb the lexicon does not list has no infinitive to give
      lemma = null;
    }
    const rest = text.slice(speaker.end, Math.min(to, speaker.end + INCISE_REACH));
    const stop = rest.search(/[,.;:!?…]/u);
    const end = stop < 0 ? Math.min(to, speaker.end + rest.length) : speaker.end + stop + 1;
    return { verb: verbSpan, lemma, speaker, end };
  }
  return null;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,—–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
