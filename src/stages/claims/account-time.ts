import type { DateSpan, Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';

/**
 * The time of the account: news prose names the day of what it tells in the lede ("Police
 * arrested 37 people on Tuesday night") and the paragraphs after it go on telling that day
 * ("About a dozen officers were hurt, the prefecture said") until another time is named. The
 * first day (or range of days) of the first dated paragraph among the article's first two holds
 * for the undated sentences after it, up to the first sentence that names any date. A later
 * date does not start a new hold: past the lede, an undated figure ("says nine civilians have
 * died") is a running total, left undated by careful readers.
 */
export interface AccountTime {
  value: string;
  /** Sentence indices (exclusive) between which undated sentences take `value`. */
  from: number;
  until: number;
}

// The lede is the first or second paragraph: a dateline or standfirst may come first.
const LEDE_PARAGRAPHS = 2;

export function accountTime(doc: Doc, statementBefore: RegExp | null = null): AccountTime | null {
  if (!doc.has('dates') || !doc.has('sentences')) return null;
  const sentences = doc.get('sentences');
  const headings: Span[] = doc.has('headings') ? doc.get('headings') : [];
  const isHeading = (s: Span) => headings.some((h) => h.start < s.end && s.start < h.end);
  const dates = doc.get('dates');
  const datesIn = (s: Span): DateSpan[] => dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const paragraphs: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (isHeading(s)) continue;
    if (!paragraphs.includes(s.paragraph)) paragraphs.push(s.paragraph);
    if (paragraphs.length > LEDE_PARAGRAPHS) break;
    const usable = datesIn(s).filter((d) => (d.kind === 'day' || d.kind === 'range') && d.value !== '');
    // "the army said on Wednesday that … early on Monday": the account tells Monday
    const told = (d: DateSpan) => statementBefore !== null && statementBefore.test(doc.text.slice(Math.max(s.start, d.start - 40), d.start));
    const lede = usable.find((d) => !told(d)) ?? usable[0];
    if (!lede) continue;
    let until = i + 1;
    while (until < sentences.length && datesIn(sentences[until]!).length === 0) until++;
    return { value: lede.value, from: i, until };
  }
  return null;
}

/** The account's time for sentence `s`, when it has no date of its own and stands in the hold. */
export function heldTime(time: AccountTime | null, s: number): string | null {
  return time && s > time.from && s < time.until ? time.value : null;
}
