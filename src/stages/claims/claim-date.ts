import type { Doc } from '../../model/document.js';
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
export function claimDate(doc: Doc, s: number, f: Figure, rules: ClaimRules, time: AccountTime | null): string | null {
  const sentence = doc.get('sentences')[s]!;
  const here = doc.has('dates') ? doc.get('dates').filter((d) => d.start >= sentence.start && d.end <= sentence.end) : [];
  const at = f.figure.start;
  const value = (v: string) => (v === '' ? null : v);
  // Its own words end at the next number or at the first clause mark after its noun phrase; a
  // date right before the next number is that number's ("…, et mercredi 15 autres civils").
  const mark = /[,;:(]/u.exec(doc.text.slice(f.end, f.nextAt));
  const ownEnd = mark ? f.end + mark.index : f.nextAt;
  const own = here.find((d) => d.start >= at && d.start < ownEnd && !(f.nextAt < sentence.end && /^\s*$/u.test(doc.text.slice(d.end, f.nextAt))));
  if (own) return value(own.value);
  // The day a statement was made ("a annoncé mercredi la préfecture, qui fait état de…") dates
  // the statement; an earlier day of the sentence, when there is one, dates what it reports.
  const before = here.filter((d) => d.end <= at);
  const told = (d: { start: number }) => rules.statementBefore.test(doc.text.slice(Math.max(sentence.start, d.start - 40), d.start));
  const happened = before.filter((d) => !told(d));
  const pick = happened[happened.length - 1] ?? before[before.length - 1];
  if (pick) return value(pick.value);
  const later = here.find((d) => d.start >= at && d.start < f.nextAt);
  if (later) return value(later.value);
  if (doc.meta.published && rules.nowCue.test(doc.text.slice(f.start, ownEnd))) return doc.meta.published;
  const after = here.find((d) => d.start >= at);
  if (after) return value(after.value);
  return heldTime(time, s);
}
