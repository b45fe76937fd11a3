import type { DateSpan, Doc } from '../../model/document.js';
import type { ClaimRules } from './rules.js';
import type { Figure } from './find-figures.js';
import { heldTime, type AccountTime } from './account-time.js';

/**
 * A figure's date: the first date in its own words (up to the next number: "12 were killed on
 * Monday and 3 on Tuesday", "15,000 at the start of the week and about 11,000 last week"); else
 * the nearest date before it in its sentence (not the day of a statement when another day is
 * there); else the first date after it before the next number; else the publication day when
 * its words say it holds now ("nearly 20,000 had now fled", "sont toujours hébergés"); else the
 * first date after it in the sentence; else the account's
 * time (see account-time.ts). A date left empty by the dates stage (an onset it could not place:
 * "since the siege began") leaves the figure undated.
 */
export function claimDate(doc: Doc, s: number, f: Figure, rules: ClaimRules, time: AccountTime | null, previous: { date: string | null; sentence: number } | null = null,
  earlierFigure: number | null = null): string | null {
  const sentence = doc.get('sentences')[s]!;
  const relatives = rules.relativeClause
    ? [...doc.text.slice(sentence.start, sentence.end).matchAll(rules.relativeClause)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }))
    : [];
  // "Sarn Watch, a group whose researchers left last year, has counted …": a day told in a relative
  // clause the figure is not in belongs to that clause (windows since a day still date the figure)
  const inOtherClause = (d: DateSpan) => d.kind !== 'period' && relatives.some((r) => r.start <= d.start && d.end <= r.end && !(r.start <= f.start && f.start < r.end));
  // "2,300 civilians left in two days through three corridors": a window after an earlier figure of
  // the sentence is that figure's, not this one's
  const earlierOwns = (d: DateSpan) => d.kind === 'period' && earlierFigure !== null && d.start > earlierFigure && d.end <= f.start
    && !rules.sinceClause?.test(doc.text.slice(Math.max(sentence.start, d.start - 12), d.start + 12));
  const here = doc.has('dates') ? doc.get('dates').filter((d) => d.start >= sentence.start && d.end <= sentence.end && !inOtherClause(d) && !earlierOwns(d)) : [];
  const at = f.figure.start;
  const value = (v: string) => (v === '' ? null : v);
  // Its own words end at the next number or at the first clause mark after its noun phrase; a
  // date right before the next number is that number's ("…, et mercredi 15 autres civils").
  const mark = /[,;:(]/u.exec(doc.text.slice(f.end, f.nextAt));
  const ownEnd = mark ? f.end + mark.index : f.nextAt;
  const own = here.find((d) => d.start >= at && d.start < ownEnd && !(f.nextAt < sentence.end && /^\s*$/u.test(doc.text.slice(d.end, f.nextAt))));
  // "killed since the army launched an offensive on Sept. 22": the day opens a window to publication
  const sinceDay = here.find((d) => d.start >= f.end && d.start < f.nextAt && d.kind === 'day' && doc.meta.published
    && rules.sinceClause?.test(doc.text.slice(f.end, d.start)) && !/[.;:]/u.test(doc.text.slice(f.end, d.start)));
  if (sinceDay && doc.meta.published && sinceDay.value < doc.meta.published) return `${sinceDay.value}/${doc.meta.published}`;
  if (own) return value(own.value);
  // The day a statement was made ("a annoncé mercredi la préfecture, qui fait état de…") dates
  // the statement; an earlier day of the sentence, when there is one, dates what it reports.
  const before = here.filter((d) => d.end <= at);
  const told = (d: { start: number }) => rules.statementBefore.test(doc.text.slice(Math.max(sentence.start, d.start - 40), d.start));
  const happened = before.filter((d) => !told(d));
  const later = here.find((d) => d.start >= at && d.start < f.nextAt);
  // "the army said on Wednesday that 15 soldiers were killed … early on Monday": the day of what
  // is told beats the day it was told
  const pick = happened[happened.length - 1] ?? (later && later.kind !== 'period' ? later : undefined) ?? before[before.length - 1];
  if (pick) return value(pick.value);
  if (later) return value(later.value);
  if (doc.meta.published && rules.nowCue.test(doc.text.slice(f.start, ownEnd))) return doc.meta.published;
  const after = here.find((d) => d.start >= at);
  if (after) return value(after.value);
  // "Rebel fire killed more than 80 over the same period": the time of the figure before
  if (previous?.date && s - previous.sentence <= 2 && rules.samePeriod?.test(doc.text.slice(sentence.start, sentence.end))) return previous.date;
  return heldTime(time, s);
}
