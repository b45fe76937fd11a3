import type { Doc, SentenceSpan } from '../../model/document.js';
import type { QuoteKind } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import { trim } from '../attributions/source-phrases.js';
import type { PhraseRules, QuoteRules, ReportingVerb } from './rules.js';
import { apposition, nounPhraseAfter, subjectBefore } from './noun-phrase.js';
import type { QuotedSpan } from './quote-marks.js';
import { countWords, isCapitalized, tokenize } from './tokens.js';
import { headMention, type Mention } from './speaker.js';
import { QUOTE_MIN_WORDS, holdsSpeakersWords } from './quoted-words.js';

/** A quotation before its speaker is resolved. */
export interface Candidate {
  kind: QuoteKind;
  content: Span;
  /** The words naming the speaker; null for a quote that takes its speaker from a neighbour. */
  speaker: Span | null;
  /** The parties of a group speaker. */
  parts: Span[];
  cue: string | null;
  cueSpan: Span | null;
  conditional: boolean;
  /** "…, adding that …": same speaker as the clause before. */
  continuation: boolean;
  /** The quoted span this candidate consumed, if any. */
  quoted: QuotedSpan | null;
  /** A line of dialogue: its speaker is its own incise's or nobody's, never a neighbour's. */
  dialogue?: boolean;
}

/** Longest subject between a quote and its verb in "…, she said" / "…, le ministre a-t-il dit". */
const POSTPOSED_SUBJECT_WORDS = 6;
/** A postposed subject of capitalised titles and a name may run longer ("Russian Defence Ministry spokesman Maj Gen Igor Konashenkov"). */
const POSTPOSED_NAMED_WORDS = 9;
/** Longest adjunct after a postposed "X said" ("…, X said in a statement."). */
const TRAILING_ADJUNCT_WORDS = 7;
/** How far after a verb the content opener ("que", "that") may come, past an audience ("told reporters that"). */
const OPENER_REACH = 6;

const CLOSING = /[»”"]/u;
/** Fewest words a statement inside a relative clause must have ("…, who said the road was closed, …"). */
const RELATIVE_MIN_WORDS = 5;

export class ReportedSpeech {
  constructor(
    private readonly doc: Doc,
    private readonly rules: QuoteRules,
    private readonly quoted: QuotedSpan[],
    private readonly mentions: Mention[] = [],
  ) {}

  private verbs: ReportingVerb[] = [];
  /** Candidates found beside another one (the direct quote after "a dit … :"). */
  private extra: Candidate[] = [];

  private get phrases(): PhraseRules { return this.rules.phrases; }

  /** One candidate per reporting verb that has a speaker and some content. */
  fromVerbs(): Candidate[] {
    const text = this.doc.text;
    const sentences = this.doc.get('sentences');
    const out: Candidate[] = [];
    this.verbs = this.rules.verbs.find(text, 0, text.length);
    for (const verb of this.verbs) {
      const si = this.doc.sentenceAt(verb.start);
      if (si < 0) continue;
      const sentence = sentences[si]!;
      const inside = this.quoted.find((q) => q.outer.start < verb.start && verb.start < q.outer.end);
      if (inside) {
        const incise = this.incise(verb, inside, sentence);
        if (incise) out.push(incise);
        continue;
      }
      const c = verb.continuation ? this.continuation(verb, sentence) : this.inverted(verb, sentence) ?? this.postposed(verb, sentence) ?? this.forward(verb, sentence);
      if (c) out.push(c);
    }
    return [...out, ...this.extra];
  }

  /** «Nous sommes prêts, a-t-il dit, à discuter» and the unclosed «… Alep, a indiqué le général X, précisant …». */
  private incise(verb: ReportingVerb, q: QuotedSpan, sentence: SentenceSpan): Candidate | null {
    if (q.words < QUOTE_MIN_WORDS && q.closed) return null;
    const comma = this.commaBefore(verb.start, q.inner.start, true);
    if (comma < 0) return null;
    const speaker = verb.clitic ?? this.speakerAfter(verb.end, Math.min(sentence.end, q.outer.end));
    if (!speaker) return null;
    const after = this.doc.text.slice(speaker.end, speaker.end + 3);
    if (!/^\s*[,.;]/u.test(after) && !verb.clitic) return null;
    const cut: QuotedSpan = q.closed ? q : { ...q, inner: trim(this.doc.text, { start: q.inner.start, end: comma }), outer: { start: q.outer.start, end: comma } };
    return this.aroundQuote(cut, verb, speaker, [speaker]);
  }

  /** ", a annoncé le général X" / "a-t-il assuré" / '," said Smith': the content comes before. */
  private inverted(verb: ReportingVerb, sentence: SentenceSpan): Candidate | null {
    const text = this.doc.text;
    const told = this.previousSentence(verb, sentence);
    if (told) return told;
    const before = text.slice(Math.max(0, verb.start - 3), verb.start);
    const afterMark = /[,»”"]\s*$/u.test(before);
    let speaker: Span | null = verb.clitic;
    if (!speaker) {
      if (!afterMark) return null;
      if (!this.commaClosesStatement(verb, sentence)) return null;
      speaker = this.speakerAfter(verb.end, sentence.end);
      if (!speaker) return null;
      const first = tokenize(text, speaker.start, speaker.end)[0];
      if (!first || this.phrases.contentOpeners.has(first.lower)) return null;
      // a pronoun after the verb is the subject of the content ("said she had …"); inversion takes nouns
      if (this.phrases.pronouns.has(first.lower) && speaker.end - speaker.start === first.end - first.start) return null;
      if (!(this.phrases.determiners.has(first.lower) || isCapitalized(first)
        || this.phrases.latter.some((l) => l[0] === first.lower))) return null;
      // "…, said the figure was closer to a half": the noun phrase is the subject of what was said
      const next = tokenize(text, speaker.end, sentence.end)[0];
      if (next?.word && this.phrases.finiteVerbs?.has(next.lower)) return null;
    }
    return this.contentBefore(verb, verb.start, sentence, speaker, [speaker]);
  }

  /** "Les trottinettes seront retirées. C'est ce qu'a annoncé X, mercredi.": the previous sentence is the content. */
  private previousSentence(verb: ReportingVerb, sentence: SentenceSpan): Candidate | null {
    const cue = this.phrases.previousSentenceCue;
    if (!cue || !cue.test(this.doc.text.slice(sentence.start, verb.start))) return null;
    const si = this.doc.sentenceAt(sentence.start);
    if (si <= 0) return null;
    const previous = this.doc.get('sentences')[si - 1]!;
    const speaker = this.speakerAfter(verb.end, sentence.end);
    if (!speaker) return null;
    const content = trim(this.doc.text, previous);
    return this.candidate(this.kindOf(content), content, verb, speaker, [speaker]);
  }

  /** '"…," she said.' / "…, Lonechild said in a statement.": subject and verb after the content. */
  private postposed(verb: ReportingVerb, whole: SentenceSpan): Candidate | null {
    const text = this.doc.text;
    // a headline without a final period runs into the next paragraph for the segmenter; a line break ends it
    const lineEnd = text.indexOf('\n', verb.end);
    const sentence = lineEnd >= 0 && lineEnd < whole.end && !text.slice(whole.start, verb.start).includes('\n') ? { ...whole, end: lineEnd } : whole;
    const comma = text.slice(verb.end, sentence.end).search(/[,;]/u);
    const tailEnd = comma >= 0 ? verb.end + comma : sentence.end;
    const tail = text.slice(verb.end, tailEnd);
    const tailTokens = tokenize(text, verb.end, tailEnd).filter((t) => t.word);
    if (tailTokens.some((t) => this.phrases.contentOpeners.has(t.lower))) return null;
    if (/[:«“"]/u.test(tail)) return null;
    // the words after the verb must be an adjunct ("on Monday", "while sitting in …", "to CBC"), not its object
    const first = tailTokens[0];
    const adjunct = first && (this.phrases.phraseBreakers.has(first.lower) || this.phrases.complementLinks.has(first.lower))
      && !this.phrases.determiners.has(first.lower);
    if (!adjunct && countWords(tail) > TRAILING_ADJUNCT_WORDS) return null;
    // "…," she told the Northern Ledger by phone: the object of "tell" is the audience, not the content
    const audience = this.phrases.audienceVerbs.has(verb.lemma);
    if (first && !adjunct && !audience && (this.phrases.determiners.has(first.lower)
      || !(this.phrases.audiences.has(first.lower) || isCapitalized(first)))) return null;
    // "…, Lavrov said Moscow would decide on Friday": a name then a finite verb is what was said
    if (first && !adjunct && tailTokens[1] && this.phrases.finiteVerbs?.has(tailTokens[1].lower)) return null;
    // "…, a spokeswoman for the agency, Claire Manoury, told reporters": a title and a name in apposition
    // "…, Paolo Ferrante, qui appelle à …": a relative clause of its own, not a postposed subject
    const justBefore = tokenize(text, Math.max(sentence.start, verb.start - 12), verb.start).filter((t) => t.word).pop();
    if (justBefore && this.phrases.relativePronouns.has(justBefore.lower)) return null;
    let head = text.slice(sentence.start, verb.start).replace(/,\s*$/u, '');
    let mark = Math.max(head.lastIndexOf(','), head.search(/[»”"][^»”"]*$/u));
    if (mark < 0) return null;
    // '"…," a citizen, whose name is redacted, wrote': step over the relative clause
    const relative = tokenize(text, sentence.start + mark + 1, sentence.start + head.length).find((t) => t.word);
    if (relative && this.phrases.relativePronouns.has(relative.lower) && text[sentence.start + mark] === ',') {
      head = head.slice(0, mark);
      mark = Math.max(head.lastIndexOf(','), head.search(/[»”"][^»”"]*$/u));
      if (mark < 0) return null;
    }
    let subjectStart = sentence.start + mark + 1;
    let subject = subjectBefore(text, subjectStart, sentence.start + head.length, this.phrases, true);
    if (!subject) return null;
    const subjectWords = tokenize(text, subject.span.start, subject.span.end).filter((t) => t.word);
    const titled = subjectWords.filter((t) => !isCapitalized(t)).length <= 2;
    if (subjectWords.length > (titled ? POSTPOSED_NAMED_WORDS : POSTPOSED_SUBJECT_WORDS)) return null;
    if (text.slice(subjectStart, subject.span.start).trim() !== '') return null;
    const title = head.slice(0, mark).replace(/,\s*$/u, '');
    // '"…," its director, Dr X, told': the comma inside the closing mark is not the title's
    const titleMark = Math.max(title.lastIndexOf(','), title.search(/[»”"][^»”"]*$/u));
    const nameOnly = tokenize(text, subject.span.start, subject.span.end).every((t) => !t.word || isCapitalized(t));
    // ('"…, …," Halas told': the name follows the closing mark, there is no title to widen to)
    if (nameOnly && titleMark >= 0 && !/[»”"]\s*$/u.test(title) && !/[»”"]/u.test(head[mark]!)) {
      const wider = subjectBefore(text, sentence.start + titleMark + 1, sentence.start + title.length, this.phrases);
      if (wider && countWords(text.slice(wider.span.start, wider.span.end)) <= 2 * POSTPOSED_SUBJECT_WORDS) {
        subjectStart = sentence.start + titleMark + 1;
        subject = { span: { start: wider.span.start, end: subject.span.end }, parts: [{ start: wider.span.start, end: subject.span.end }] };
      }
    }
    const c = this.contentBefore(verb, subjectStart, sentence, subject.span, subject.parts);
    if (c && !c.quoted && this.isAdverbial(c.content)) return null;
    // "La maire de Brissac, Catherine Vautrin-Moreau, a accusé …": a title, then the name in apposition, then the verb
    if (c && !c.quoted && /,/u.test(text.slice(subject.span.end, verb.start))) return null;
    return c && this.throughIncise(c, tailEnd, sentence);
  }

  /** "At the same time, X said", "En juillet, X a dit": an introductory adverbial is not a statement. */
  private isAdverbial(span: Span): boolean {
    const words = tokenize(this.doc.text, span.start, span.end).filter((t) => t.word);
    const first = words[0];
    return !!first && words.length <= 6 && (this.phrases.phraseBreakers.has(first.lower) || this.phrases.complementLinks.has(first.lower));
  }

  /** "Most of those detained, he said, had come …": a statement split by its reporting clause runs on after it. */
  private throughIncise(c: Candidate, clauseEnd: number, sentence: SentenceSpan): Candidate {
    const text = this.doc.text;
    if (c.quoted || text[clauseEnd] !== ',') return c;
    const rest = trim(text, { start: clauseEnd + 1, end: this.clauseEnd(sentence, clauseEnd + 1) });
    const first = tokenize(text, rest.start, rest.end)[0];
    if (!first || countWords(text.slice(rest.start, rest.end)) < 2 || this.verbs.some((v) => v.start >= rest.start && v.start < rest.end)) return c;
    if (this.phrases.determiners.has(first.lower) || isCapitalized(first)) return c;
    return { ...c, content: trim(text, { start: c.content.start, end: rest.end }), kind: this.kindOf({ start: c.content.start, end: rest.end }) };
  }

  /** The content that ends at the comma or closing mark just before `clauseStart`. */
  private contentBefore(verb: ReportingVerb, clauseStart: number, sentence: SentenceSpan, speaker: Span, parts: Span[]): Candidate | null {
    const text = this.doc.text;
    const q = this.quoted.find((x) => x.outer.end <= clauseStart && /^[\s,]*$/u.test(text.slice(x.outer.end, clauseStart)) && x.outer.end > sentence.start - 1)
      ?? this.quoted.find((x) => x.closed && x.outer.end <= clauseStart && x.outer.end >= clauseStart - 3 && /^[\s,]*$/u.test(text.slice(x.outer.end, clauseStart)));
    if (q) return this.aroundQuote(q, verb, speaker, parts);
    const comma = this.commaBefore(clauseStart, sentence.start);
    if (comma < 0) return null;
    const content = trim(text, { start: this.contentStart(sentence, comma), end: comma });
    if (countWords(text.slice(content.start, content.end)) < 2) return null;
    return this.candidate(this.kindOf(content), content, verb, speaker, parts);
  }

  /** A quote followed (or split) by its reporting clause: direct when the quote is the whole statement, mixed when words of the reporter lead into it. */
  private aroundQuote(q: QuotedSpan, verb: ReportingVerb, speaker: Span, parts: Span[]): Candidate {
    const text = this.doc.text;
    const si = this.doc.sentenceAt(q.outer.start);
    const sentence = si >= 0 ? this.doc.get('sentences')[si]! : null;
    const lead = sentence ? text.slice(this.contentStart(sentence, q.outer.start), q.outer.start) : '';
    // a lead that is a sentence of its own ("… higher still. “Since …”", kept together by the segmenter) is not part of the statement
    if (sentence && countWords(lead) > 0 && !/[:.!?]\s*$/u.test(lead)) {
      const content = trim(text, { start: this.contentStart(sentence, q.outer.start), end: q.outer.end });
      return { ...this.candidate(holdsSpeakersWords(text, q, content, this.phrases, this.mentions) ? 'mixed' : 'indirect', content, verb, speaker, parts), quoted: q };
    }
    return { ...this.candidate('direct', q.inner, verb, speaker, parts), quoted: q };
  }

  /** "X a annoncé que …", "X said …", "Il a déclaré : « … »": subject before, content after. */
  private forward(verb: ReportingVerb, sentence: SentenceSpan): Candidate | null {
    const text = this.doc.text;
    const clauseStart = this.clauseStart(sentence, verb.start);
    const subject = this.coordinated(verb, sentence) ?? subjectBefore(text, clauseStart, verb.start, this.phrases);
    if (!subject) return null;
    let start = verb.end;
    const tokens = tokenize(text, verb.end, sentence.end);
    const opener = tokens.slice(0, OPENER_REACH).findIndex((t) => this.phrases.contentOpeners.has(t.lower));
    if (opener > 0 && tokens.slice(0, opener).every((t) => t.word || t.text === ',')) start = tokens[opener]!.start;
    // "told the EBC the rebels would not stop": the named audience of "tell" is not the content
    else if (opener < 0 && this.phrases.audienceVerbs.has(verb.lemma)) {
      const audience = this.mentions.find((m) => (m.type === 'ORG' || m.type === 'PER') && m.start >= verb.end && /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(verb.end, m.start)));
      if (audience && tokenize(text, audience.end, sentence.end).filter((t) => t.word).length >= 3) start = audience.end;
    }
    const lead0 = /^[\s:,]*/u.exec(text.slice(start))![0].length;
    const opensQuote = this.quoted.some((x) => x.outer.start === start + lead0 && x.words >= QUOTE_MIN_WORDS);
    // an act verb reports speech when quoted words follow it in its clause ("accuse les rebelles d'avoir « … »")
    const clauseEnd = this.clauseEnd(sentence, start);
    const quotesInClause = this.quoted.some((x) => x.outer.start > start && x.outer.start < clauseEnd
      && holdsSpeakersWords(text, x, { start, end: clauseEnd }, this.phrases, this.mentions));
    // "a jugé « prématuré » de parler …": the speaker's own word right after the verb
    const quotedRightAfter = this.quoted.some((x) => x.outer.start >= start && /^[\s,:]*(?:[\p{L}'’]+\s+){0,1}$/u.test(text.slice(start, x.outer.start)));
    if (verb.needsOpener && opener < 0 && !opensQuote && !quotesInClause && !quotedRightAfter) return null;
    const lead = /^[\s:,]*/u.exec(text.slice(start))![0].length;
    const q = this.quoted.find((x) => x.outer.start === start + lead);
    if (q && q.words >= QUOTE_MIN_WORDS) {
      const rest = text.slice(q.outer.end, Math.max(q.outer.end, sentence.end));
      if (countWords(rest) === 0 || q.outer.end >= sentence.end) return { ...this.candidate('direct', q.inner, verb, subject.span, subject.parts), quoted: q };
    }
    let end = this.clauseEnd(sentence, start);
    // "A local official, who asked not to be named, said …": a relative clause's verb reports no more than its clause
    if (this.inRelativeClause(verb, sentence)) {
      const comma = text.slice(start, end).indexOf(',');
      if (comma >= 0) end = start + comma;
      // "who asked not to be named": an aside too short to be a statement
      if (comma >= 0 && countWords(text.slice(start, end)) < RELATIVE_MIN_WORDS) return null;
    }
    // "affirment … et accusent …": the next coordinated verb starts a statement of its own
    const next = this.verbs.find((v) => v.start > start && v.start < end && (this.joinerBefore(v) !== null || v.continuation));
    if (next) {
      const absolute = next.continuation ? this.absoluteSubject(next, sentence) : null;
      end = absolute ? absolute.start : next.continuation ? this.gerundStart(next) : this.joinerBefore(next)!;
    }
    const open = this.quoted.find((x) => x.outer.start >= start && x.outer.start < end && x.outer.end > end);
    if (open) end = open.outer.end;
    // "a dit douter de l'offre : « … »": the words after the colon are a direct quote of their own
    const colonQuote = this.quoted.find((x) => x.outer.start > start && x.outer.start < end && x.words >= QUOTE_MIN_WORDS
      && /:\s*$/u.test(text.slice(start, x.outer.start)));
    if (colonQuote) {
      end = start + text.slice(start, colonQuote.outer.start).lastIndexOf(':');
      this.extra.push({ ...this.candidate('direct', colonQuote.inner, verb, subject.span, subject.parts), quoted: colonQuote });
    }
    const content = trim(text, { start, end });
    // "police counted 4,500": a figure alone is a statement
    if (countWords(text.slice(content.start, content.end)) < 2 && !/\p{N}/u.test(text.slice(content.start, content.end))) return null;
    return this.candidate(this.kindOf(content), content, verb, subject.span, subject.parts);
  }

  /**
   * Whether the comma before a verb closes a statement (", a annoncé X") rather than a subject's
   * relative clause or apposition ("X, qui …, a dit", "Its spokesman, Colonel X, said that").
   */
  private commaClosesStatement(verb: ReportingVerb, sentence: SentenceSpan): boolean {
    const text = this.doc.text;
    const after = text.slice(verb.end, Math.min(sentence.end, verb.end + 40));
    const firstAfter = tokenize(text, verb.end, Math.min(sentence.end, verb.end + 40))[0];
    if (/^\s*[:«“"]/u.test(after) || (firstAfter && this.phrases.contentOpeners.has(firstAfter.lower))) return false;
    const head = text.slice(sentence.start, verb.start).replace(/[\s,]+$/u, '');
    if (/[»”"]$/u.test(head)) return true;
    const cut = head.lastIndexOf(',');
    if (cut < 0) return true;
    const segment = tokenize(text, sentence.start + cut + 1, sentence.start + head.length);
    const words = segment.filter((t) => t.word);
    if (words.length > 0 && this.phrases.relativePronouns.has(words[0]!.lower)) return false;
    let k = 0;
    if (words[k] && this.phrases.determiners.has(words[k]!.lower)) k++;
    while (words[k] && !isCapitalized(words[k]!) && this.phrases.personTitles.has(words[k]!.lower)) k++;
    const name = words.slice(k);
    const isName = name.length > 0 && words.length <= 6 && name.every((t) => isCapitalized(t) || this.phrases.complementLinks.has(t.lower))
      && isCapitalized(name[0]!) && segment.every((t) => t.word || t.text === '-' || t.text === '.');
    if (isName) return false;
    // "Ben Myers, the president of …, told": a title in apposition to a named subject
    const before = head.slice(0, cut).replace(/[\s,]+$/u, '');
    const prevCut = Math.max(before.lastIndexOf(','), -1);
    const prevSpan = { start: sentence.start + prevCut + 1, end: sentence.start + before.length };
    const prevText = text.slice(prevSpan.start, prevSpan.end).trim();
    const named = this.mentions.some((m) => (m.type === 'PER' || m.type === 'ORG') && m.end === prevSpan.end
      && text.slice(prevSpan.start, m.start).trim().split(/\s+/u).filter(Boolean).length <= 2);
    return !(named && countWords(prevText) <= 6);
  }

  /** "X, who asked not to be named, said": the verb right after ", who" / ", qui". */
  private inRelativeClause(verb: ReportingVerb, sentence: SentenceSpan): boolean {
    const tokens = tokenize(this.doc.text, Math.max(sentence.start, verb.start - 24), verb.start);
    const words = tokens.filter((t) => t.word);
    const pronoun = words.length > 0 ? tokens.lastIndexOf(words.find((t) => this.phrases.relativePronouns.has(t.lower)) ?? tokens[0]!) : -1;
    if (pronoun < 1 || !this.phrases.relativePronouns.has(tokens[pronoun]!.lower)) return false;
    return tokens[pronoun - 1]!.text === ',' && tokens.slice(pronoun + 1).every((t) => t.word) && tokens.length - pronoun <= 4;
  }

  /** "tout en réclamant": where the words that lead into a carrying-on participle start. */
  private gerundStart(verb: ReportingVerb): number {
    const tokens = tokenize(this.doc.text, Math.max(0, verb.start - 12), verb.start);
    let at = verb.start;
    for (let i = tokens.length - 1; i >= 0 && this.phrases.gerundMarkers.has(tokens[i]!.lower); i--) at = tokens[i]!.start;
    return at;
  }

  /** The start of a list joiner ("et", "and") right before a verb, when there is one. */
  private joinerBefore(verb: ReportingVerb): number | null {
    const tokens = tokenize(this.doc.text, Math.max(0, verb.start - 16), verb.start);
    // "et les a appelées à …": an object pronoun may stand between the conjunction and the verb
    while (tokens.length > 1 && this.phrases.objectPronouns?.has(tokens[tokens.length - 1]!.lower)) tokens.pop();
    const last = tokens[tokens.length - 1];
    if (!last) return null;
    const joins = this.phrases.listJoiners.has(last.lower) || this.phrases.contentEnders.some((e) => e.length === 1 && e[0] === last.lower);
    return joins ? last.start : null;
  }

  /** "X affirment … et accusent …": a verb right after "et" shares the subject of the verb before it in the sentence. */
  private coordinated(verb: ReportingVerb, sentence: SentenceSpan): { span: Span; parts: Span[] } | null {
    const joiner = this.joinerBefore(verb);
    if (joiner === null) return null;
    const prev = [...this.verbs].reverse().find((v) => v.end <= verb.start && v.start >= sentence.start);
    const shared = prev ? subjectBefore(this.doc.text, this.clauseStart(sentence, prev.start), prev.start, this.phrases) : null;
    if (shared) return shared;
    // "le colonel X a décrété trois jours de deuil et promis de « … »": the subject of the
    // auxiliary the participle shares, though the first verb reports no speech
    const finite = tokenize(this.doc.text, sentence.start, joiner).filter((t) => t.word && this.phrases.finiteVerbs?.has(t.lower)).pop();
    if (!finite) return null;
    return subjectBefore(this.doc.text, this.clauseStart(sentence, finite.start), finite.start, this.phrases);
  }

  /**
   * The speaker after an inverted verb, past the adjuncts a reporter slips in between
   * ("a affirmé à l'AMP le colonel X", "a réagi sur notre antenne Y", "a déclaré lundi à Genève …, Z").
   * With entity mentions, the head mention of the stretch decides; without, the first noun phrase after the adjuncts.
   */
  private speakerAfter(from: number, to: number): Span | null {
    const text = this.doc.text;
    const found = nounPhraseAfter(text, from, to, this.phrases);
    const lead = found ? tokenize(text, found.start, found.end)[0] : undefined;
    // "à l'AFP avoir vu …": a phrase opened by a preposition is an adjunct, not the speaker
    const direct = lead && this.phrases.complementLinks.has(lead.lower) && !this.phrases.determiners.has(lead.lower) ? null : found;
    const tokens = tokenize(text, from, to);
    let stop = tokens.findIndex((t) => !t.word && /[.;:!?)]/u.test(t.text));
    const comma = tokens.findIndex((t) => t.text === ',');
    const stretchEnd = (() => {
      if (comma < 0 || (stop >= 0 && stop < comma)) return stop < 0 ? to : tokens[stop]!.start;
      const app = apposition(tokens, comma + 1, this.phrases);
      return app ?? tokens[comma]!.start;
    })();
    const stretch = { start: from, end: Math.max(from, direct && direct.end > stretchEnd ? direct.end : stretchEnd) };
    // "a raconté à l'AFP avoir vu": a name inside an adjunct is the audience, not the speaker
    const head = headMention(text, stretch, this.mentions, this.phrases, true);
    // "a indiqué à Genève Jens Laerke": a person after a place adjunct is still the speaker
    if (!direct && !this.firstIsBreaker(from, to) && head?.type !== 'PER') return null;
    const headInDirect = !!head && !!direct && direct.start <= head.start && head.end <= direct.end;
    // "a annoncé la préfecture lors d'un point presse à Vérignac": a noun phrase right after the verb is the speaker, whatever is named after it
    if (head && (!direct || this.firstIsBreaker(from, to) || (!headInDirect && !this.phrases.determiners.has(tokenize(text, direct.start, direct.end)[0]?.lower ?? '')))) {
      return this.widenToTitle(head, stretch.start);
    }
    if (head && headInDirect) return this.widenToTitle(head, stretch.start);
    // "said the agency's representative in Tazalt, Ingrid Halvorsen": the name in apposition to the description
    if (direct && head?.type === 'PER' && head.start >= direct.end && /^[^.;:!?]*,\s*$/u.test(text.slice(direct.end, head.start))) {
      return { start: direct.start, end: head.end };
    }
    if (direct) return direct;
    // no noun phrase right away: skip adjuncts up to the next determiner
    const det = tokens.findIndex((t, i) => i > 0 && t.word && this.phrases.determiners.has(t.lower) && !this.phrases.complementLinks.has(tokens[i - 1]!.lower));
    // only adjuncts may be stepped over ("lundi", "à l'AMP", "sur notre antenne"), never a verb ("à l'AFP avoir vu des …")
    const adjunctOnly = tokens.slice(0, Math.max(0, det)).every((t) => !t.word || isCapitalized(t) || this.phrases.complementLinks.has(t.lower)
      || this.phrases.determiners.has(t.lower) || this.phrases.phraseBreakers.has(t.lower));
    if (det > 0 && adjunctOnly && (comma < 0 || det < comma)) return nounPhraseAfter(text, tokens[det]!.start, to, this.phrases);
    return null;
  }

  private firstIsBreaker(from: number, to: number): boolean {
    const first = tokenize(this.doc.text, from, to).find((t) => t.word);
    return !!first && (this.phrases.phraseBreakers.has(first.lower) || this.phrases.complementLinks.has(first.lower));
  }

  /** "le colonel Tomas Ardelan": a mention with the title words and determiner right before it, not crossing a preposition or another mention. */
  private widenToTitle(head: Span, floor: number): Span {
    const tokens = tokenize(this.doc.text, floor, head.start);
    let start = head.start;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (!t.word || this.phrases.phraseBreakers.has(t.lower) || this.phrases.complementLinks.has(t.lower)) break;
      if (this.mentions.some((m) => m.start <= t.start && t.end <= m.end)) break;
      if (isCapitalized(t) && !this.phrases.determiners.has(t.lower)) break;
      start = t.start;
      if (this.phrases.determiners.has(t.lower)) break;
    }
    return { start, end: head.end };
  }

  /** ", adding that …": the speaker is the clause before's; resolved by the stage. */
  private continuation(verb: ReportingVerb, sentence: SentenceSpan): Candidate | null {
    const text = this.doc.text;
    const absolute = this.absoluteSubject(verb, sentence);
    if (absolute) {
      const content = trim(text, { start: verb.end, end: this.clauseEnd(sentence, verb.end) });
      if (countWords(text.slice(content.start, content.end)) < 3) return null;
      return this.candidate(this.kindOf(content), content, verb, absolute, [absolute]);
    }
    const before = tokenize(text, Math.max(sentence.start, verb.start - 12), verb.start);
    const last = before[before.length - 1];
    // "…, adding that": after a comma; "tout en réclamant": the French gerund after "en"
    if (!last || (last.text !== ',' && !(this.phrases.gerundMarkers.has(last.lower) && before.length > 1))) return null;
    let end = this.clauseEnd(sentence, verb.end);
    const next = this.verbs.find((v) => v.start > verb.end && v.start < end && v.continuation);
    if (next) end = next.start;
    const content = trim(text, { start: verb.end, end });
    if (countWords(text.slice(content.start, content.end)) < 3) return null;
    if (verb.needsOpener) {
      const opener = tokenize(text, verb.end, content.end).slice(0, OPENER_REACH).some((t) => this.phrases.contentOpeners.has(t.lower));
      // ("la qualifiant de « piège »": a quoted word of the speaker's is enough)
      const quote = this.quoted.some((x) => x.outer.start >= content.start && x.outer.start < content.end && (x.words >= 2 || x.outer.start - content.start < 12));
      if (!opener && !quote) return null;
    }
    return { ...this.candidate(this.kindOf(content), content, verb, null, []), continuation: true };
  }

  /**
   * "Moscou a nié, le ministère russe de la Défense affirmant que …": a participle with a noun
   * phrase of its own right before it, after a comma, has that subject (an absolute construction).
   */
  private absoluteSubject(verb: ReportingVerb, sentence: SentenceSpan): Span | null {
    const text = this.doc.text;
    const head = text.slice(sentence.start, verb.start);
    const comma = head.lastIndexOf(',');
    if (comma < 0) return null;
    const np = trim(text, { start: sentence.start + comma + 1, end: verb.start });
    const words = tokenize(text, np.start, np.end).filter((t) => t.word);
    if (words.length < 1 || words.length > 8) return null;
    const first = words[0]!;
    if (!(this.phrases.determiners.has(first.lower) || isCapitalized(first)) || this.phrases.phraseBreakers.has(first.lower)) return null;
    if (words.some((t) => this.phrases.finiteVerbs?.has(t.lower) || this.phrases.relativePronouns.has(t.lower) || this.phrases.contentOpeners.has(t.lower)
      || this.phrases.gerundMarkers.has(t.lower))) return null;
    if (this.verbs.some((v) => v !== verb && v.start >= np.start && v.start < np.end)) return null;
    return np;
  }

  private candidate(kind: QuoteKind, content: Span, verb: ReportingVerb, speaker: Span | null, parts: Span[]): Candidate {
    return {
      kind, content, speaker, parts, cue: verb.lemma, cueSpan: { start: verb.start, end: verb.end },
      conditional: verb.conditional, continuation: false, quoted: null,
    };
  }

  /** Mixed when the content holds someone's quoted words, not just a quoted term. */
  private kindOf(content: Span): QuoteKind {
    const inner = this.quoted.some((q) => q.outer.start >= content.start && q.outer.start < content.end
      && holdsSpeakersWords(this.doc.text, q, content, this.phrases, this.mentions));
    return inner ? 'mixed' : 'indirect';
  }

  /** The comma (or colon) right before `at`, skipping spaces; -1 when there is none. */
  private commaBefore(at: number, floor: number, orEnd = false): number {
    let i = at - 1;
    while (i >= floor && /\s/u.test(this.doc.text[i]!)) i--;
    if (i >= floor && orEnd && /[?!…]/u.test(this.doc.text[i]!)) return i + 1;
    return i >= floor && /[,;:—–]/u.test(this.doc.text[i]!) ? i : -1;
  }

  /** Where the statement of a sentence starts: after a ";" or ":" before `at`, else the sentence start. */
  private contentStart(sentence: Span, at: number): number {
    const head = this.doc.text.slice(sentence.start, at);
    const cut = Math.max(head.lastIndexOf(';'), -1);
    return cut >= 0 ? sentence.start + cut + 1 : sentence.start;
  }

  /** Where the clause holding a verb starts: after a ";", ":" or a clause opener ("alors que", "but"). */
  private clauseStart(sentence: Span, at: number): number {
    const tokens = tokenize(this.doc.text, sentence.start, at);
    for (let i = tokens.length - 1; i >= 0; i--) {
      const t = tokens[i]!;
      if (t.text === ';' || t.text === ':' || CLOSING.test(t.text) || t.text === '«' || t.text === '“') return t.end;
      for (const opener of this.phrases.clauseOpeners) {
        const n = opener.length;
        if (i - n + 1 < 0) continue;
        if (!opener.every((w, k) => tokens[i - n + 1 + k]!.lower === w)) continue;
        // "X, a group that operates in the area, claimed": a "that" clause closed by a comma
        // before the verb was a relative clause on the subject, not the verb's clause
        if (n === 1 && this.phrases.contentOpeners.has(t.lower) && tokens.slice(i + 1).some((x) => x.text === ',')) continue;
        return t.end;
      }
    }
    return sentence.start;
  }

  /** Where reported content ends: the sentence end, or a clause opener that starts the reporter's own words. */
  private clauseEnd(sentence: Span, from: number): number {
    const tokens = tokenize(this.doc.text, from, sentence.end);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.text === ';') return t.start;
      for (const ender of [...this.phrases.contentEnders, ...this.phrases.summaries]) {
        if (ender.every((w, k) => tokens[i + k]?.lower === w)) return t.start;
      }
    }
    return sentence.end;
  }
}
