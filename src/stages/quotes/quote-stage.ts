import type { Doc, QuoteSpan } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { spansOverlap } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { quotes as defaultQuotes } from '../../lang/xx/quotes.js';
import { attributions as defaultAttributions } from '../../lang/xx/attributions.js';
import { findSourcePhrases } from '../attributions/source-phrases.js';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js';
import { findDialogue } from './dialogue.js';
import { ReportedSpeech, type Candidate } from './reported-speech.js';
import { QUOTE_MIN_WORDS, holdsSpeakersWords } from './quoted-words.js';
import { SpeakerResolver, headMention, mentionsOf, type Mention, type Speaker } from './speaker.js';
import type { PhraseRules } from './rules.js';

/** An unattributed quote borrows the speaker of a quote at most this many paragraphs away. */
const NEIGHBOUR_PARAGRAPHS = 2;
/** An unattributed quote with no neighbour to borrow from is kept only when this long (not a slogan or a title). */
const ORPHAN_MIN_WORDS = 8;
/** A quote repeated elsewhere (headline, caption) is recognised from this many words on. */
const ECHO_MIN_WORDS = 4;

/**
 * Quotes: direct, mixed and indirect, each with its speaker and cue. Reads `entities` when an
 * earlier stage assigned it (speakers become canonical names) and `hedges` likewise.
 */
export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['sentences'],
  assigns: ['quotes'],
  run(doc, ctx) {
    const rules = ctx.lang.quotes ?? defaultQuotes;
    const attributionRules = ctx.lang.attributions ?? defaultAttributions;
    const paragraphs = doc.has('paragraphs') ? doc.get('paragraphs') : [{ start: 0, end: doc.text.length }];
    const quoted = findQuotedSpans(doc.text, paragraphs);
    const mentions = mentionsOf(doc);
    const speech = new ReportedSpeech(doc, rules, quoted, mentions);

    const sources = findSourcePhrases(doc, attributionRules, rules.phrases);
    const fromSources: Candidate[] = sources
      .filter((s) => s.makesQuote && !insideLongQuote(quoted, s.cueSpan))
      .map((s) => ({
        // short quoted terms under "selon X" are the reporter's ("les djihadistes, qualifiés de «rebelles», …, selon l'AFP"): only long ones make it mixed
        kind: quoted.some((q) => q.words >= QUOTE_MIN_WORDS && q.outer.start >= s.governs.start && q.outer.start < s.governs.end
          && holdsSpeakersWords(doc.text, q, s.governs, rules.phrases, mentions)) ? 'mixed' : 'indirect',
        content: s.governs, speaker: s.source, parts: [s.source], cue: s.cue, cueSpan: s.cueSpan,
        conditional: false, continuation: false, quoted: null,
      }));
    const fromVerbs = speech.fromVerbs().map((c) => trailingSourceCut(doc, c, sources));
    const dialogue = findDialogue(doc, rules, paragraphs);
    const kept = select([...dialogue.candidates, ...fromVerbs.filter((c) => !insideDialogue(dialogue.lines, c)), ...fromSources]);
    const orphans = leftoverQuotes(quoted, kept);

    const resolver = new SpeakerResolver(doc, rules.phrases);
    const speakers = new Map<Candidate, Speaker[]>();
    for (const c of [...kept].filter((c) => c.speaker).sort((a, b) => a.speaker!.start - b.speaker!.start)) {
      const parts = c.parts.length > 1 ? c.parts : [c.speaker!];
      const resolved = parts.map((p) => parts.length > 1 ? resolver.resolve(p) : resolver.resolve(c.speaker!));
      speakers.set(c, resolved);
    }
    for (const o of orphans) {
      // a headline or a caption quotes words the body quotes again with their speaker
      const echo = echoed(doc, o, kept, speakers);
      if (echo) { speakers.set(o, speakers.get(echo)!); o.cue = echo.cue; o.cueSpan = echo.cueSpan; o.speaker = echo.speaker; continue; }
      const introducer = colonSpeaker(doc, o, mentions, rules.phrases);
      if (introducer) o.speaker = introducer;
    }
    for (const c of orphans.filter((o) => o.speaker && !speakers.has(o))) speakers.set(c, [resolver.resolve(c.speaker!)]);
    const all = [...kept, ...orphans].sort((a, b) => a.content.start - b.content.start);
    for (const c of all) {
      if (speakers.has(c)) continue;
      if (c.dialogue) { speakers.set(c, []); continue; }
      const neighbour = c.continuation ? previousWithSpeaker(all, c, speakers) : borrow(doc, all, c, speakers, paragraphs);
      if (neighbour) {
        speakers.set(c, speakers.get(neighbour)!);
        // a quote that carries on a speaker's words carries on their verb too
        if (!c.continuation && c.cue === null) { c.cue = neighbour.cue; c.cueSpan = neighbour.cueSpan; c.speaker = neighbour.speaker; }
      }
      else if (!c.continuation && c.quoted && c.quoted.words >= ORPHAN_MIN_WORDS) speakers.set(c, []);
    }

    const out: QuoteSpan[] = [];
    for (const c of all) {
      const who = speakers.get(c);
      if (!who) continue;
      const first = who[0];
      out.push({
        start: c.content.start, end: c.content.end, kind: c.kind,
        speakerEntity: first?.entity ?? null, speakerSpan: c.speaker, speakerName: first?.name ?? null,
        cue: c.cue, cueSpan: c.cueSpan, hedged: c.conditional || hedged(doc, c),
        ...(who.length > 1 ? { speakers: who.map((s) => ({ name: s.name, entity: s.entity, span: s.span })) } : {}),
      });
    }
    doc.set('quotes', out);
  },
};

/** "…, citing two officials." / "…, cité par l'AFP" closing a statement: the source phrase is not part of it. */
function trailingSourceCut(doc: Doc, c: Candidate, sources: { span: Span }[]): Candidate {
  for (const s of sources) {
    if (s.span.start <= c.content.start || s.span.start >= c.content.end) continue;
    if (!/^[\s.,;:!?»”"]*$/u.test(doc.text.slice(s.span.end, c.content.end))) continue;
    const head = doc.text.slice(c.content.start, s.span.start).replace(/[\s,;:—–-]+$/u, '');
    return { ...c, content: { start: c.content.start, end: c.content.start + head.length } };
  }
  return c;
}

/** 'Martell, the addictions doctor, is more blunt: "…"': a quote after a colon is the words of the clause's named subject. */
function colonSpeaker(doc: Doc, c: Candidate, mentions: Mention[], phrases: PhraseRules): Span | null {
  if (!c.quoted) return null;
  const before = doc.text.slice(Math.max(0, c.quoted.outer.start - 3), c.quoted.outer.start);
  if (!/:\s*$/u.test(before)) return null;
  const si = doc.sentenceAt(Math.max(0, c.quoted.outer.start - 2));
  if (si < 0) return null;
  const sentence = doc.get('sentences')[si]!;
  const clause = { start: sentence.start, end: c.quoted.outer.start };
  const person = mentions.find((m) => m.type === 'PER' && m.start >= clause.start && m.end <= clause.end);
  const head = person ?? headMention(doc.text, clause, mentions, phrases);
  // "Pollution de la Sèvre : « … »": a place or a thing before the colon is the topic, not a speaker
  return head && (head.type === 'PER' || head.type === 'ORG') ? { start: head.start, end: head.end } : null;
}

/** Words folded for comparison: letters and digits only, lower case. */
function folded(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** The attributed quote elsewhere in the article that holds the same words as an orphan quote ("Hôpital de Valmont : « Nous ne pouvons plus … »"). */
function echoed(doc: Doc, o: Candidate, kept: Candidate[], speakers: Map<Candidate, Speaker[]>): Candidate | null {
  const words = folded(doc.text.slice(o.content.start, o.content.end));
  if (words.split(' ').length < ECHO_MIN_WORDS) return null;
  return kept.find((k) => k.quoted && k.quoted !== o.quoted && speakers.get(k)?.length
    && folded(doc.text.slice(k.quoted.inner.start, k.quoted.inner.end)).includes(words)) ?? null;
}

/** A verb inside a line of dialogue is its incise or words of its speech: the line speaks for itself. */
function insideDialogue(lines: Span[], c: Candidate): boolean {
  const at = c.cueSpan ?? c.content;
  return lines.some((l) => l.start <= at.start && at.start < l.end);
}

function insideLongQuote(quoted: QuotedSpan[], span: Span): boolean {
  return quoted.some((q) => q.words >= QUOTE_MIN_WORDS && q.inner.start <= span.start && span.end <= q.inner.end);
}

/**
 * One candidate per statement: a verb that sits inside another candidate's content reports a
 * statement within that statement ("X a réaffirmé prendre «…», a indiqué Y" is Y's); among
 * candidates over the same words, verbs beat "selon" and quotes beat bare verbs.
 */
function select(candidates: Candidate[]): Candidate[] {
  const rank = (c: Candidate) => (c.quoted || c.dialogue ? 0 : 1) + (c.cue && c.speaker && !c.continuation ? 0 : 0);
  const byRank = [...candidates].sort((a, b) => rank(a) - rank(b) || (b.content.end - b.content.start) - (a.content.end - a.content.start));
  const nested = (c: Candidate) => candidates.some((o) => o !== c && c.cueSpan !== null
    && o.content.start <= c.cueSpan.start && c.cueSpan.end <= o.content.end && !(o.cueSpan && c.content.start <= o.cueSpan.start && o.cueSpan.end <= c.content.end));
  const kept: Candidate[] = [];
  for (const c of byRank) {
    if (nested(c)) continue;
    if (kept.some((k) => overlapShare(k.content, c.content) > 0.5)) continue;
    kept.push(c);
  }
  return kept;
}

function overlapShare(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / Math.min(a.end - a.start, b.end - b.start);
}

/** Quoted words that no reporting clause claimed: a quote on its own, continuing a speaker's words. */
function leftoverQuotes(quoted: QuotedSpan[], kept: Candidate[]): Candidate[] {
  return quoted
    .filter((q) => q.words >= QUOTE_MIN_WORDS && !kept.some((k) => spansOverlap(k.content, q.inner)))
    .map((q) => ({
      kind: 'direct' as const, content: q.inner, speaker: null, parts: [], cue: null, cueSpan: null,
      conditional: false, continuation: false, quoted: q,
    }));
}

function previousWithSpeaker(all: Candidate[], c: Candidate, speakers: Map<Candidate, Speaker[]>): Candidate | null {
  const before = all.filter((o) => o.content.start < c.content.start && speakers.get(o)?.length);
  return before[before.length - 1] ?? null;
}

/**
 * The speaker of an unattributed quote: the quote that continues it (an unclosed quote, usually
 * reopened next paragraph), else the statement just before it — in the same or the previous
 * paragraph for any statement, two paragraphs back for a quote.
 */
function borrow(doc: Doc, all: Candidate[], c: Candidate, speakers: Map<Candidate, Speaker[]>, paragraphs: Span[]): Candidate | null {
  const paragraphOf = (at: number) => paragraphs.findIndex((p) => p.start <= at && at < p.end);
  const here = paragraphOf(c.content.start);
  if (c.quoted && !c.quoted.closed) {
    const next = all.find((o) => o.content.start > c.content.start && speakers.get(o)?.length);
    if (next && paragraphOf(next.content.start) - here <= (c.quoted.continues ? NEIGHBOUR_PARAGRAPHS : 1)) return next;
  }
  const prev = previousWithSpeaker(all, c, speakers);
  if (!prev) return null;
  const distance = here - paragraphOf(prev.content.start);
  if (distance <= 1 || (distance <= NEIGHBOUR_PARAGRAPHS && prev.quoted)) return prev;
  void doc;
  return null;
}

/** A quote is hedged when a hedge of its sentences stands outside the speaker's own quoted words. */
function hedged(doc: Doc, c: Candidate): boolean {
  if (!doc.has('hedges')) return false;
  const first = doc.sentenceAt(c.content.start);
  const last = doc.sentenceAt(Math.max(c.content.start, c.content.end - 1));
  return doc.get('hedges').some((h) => h.covers.some((s) => s >= first && s <= last)
    && !(c.quoted && c.quoted.inner.start <= h.start && h.end <= c.quoted.inner.end));
}
