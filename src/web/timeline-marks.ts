import type { ArticleOut } from '../model/contract.js';
import { articleHref } from './html.js';
import { claimValue } from './article-body.js';

export type LaneMode = 'outlet' | 'source';

/** One event or figure of a story, placed on the date it is about. */
export interface TimelineMark {
  kind: 'event' | 'figure';
  lane: string;
  date: string | null;
  label: string;
  href: string;
  hedged: boolean;
  outlet: string;
  source: string | null;
}

/** The lane of an event when lanes are per source: events carry no source, the outlet tells them. */
export const OWN_ACCOUNT = "outlet's own account";

/**
 * Every event and figure of the articles, each with the link to its sentence. Per source, a
 * figure goes to the lane of whoever the article says gave it (an entity's canonical name, so
 * "l'OSDH" and "OSDH" meet); an event or an unsourced figure to the outlet's own account.
 */
export function timelineMarks(articles: ArticleOut[], outletOf: (a: ArticleOut) => string, mode: LaneMode): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const a of articles) {
    const outlet = outletOf(a);
    a.events.forEach((e, i) => marks.push({
      kind: 'event', lane: mode === 'outlet' ? outlet : OWN_ACCOUNT, date: e.date, outlet, source: null, hedged: false,
      label: `${e.type}${e.place ? ` · ${e.place}` : ''}`, href: articleHref(a.id, `event-${i}`),
    }));
    a.claims.forEach((c, i) => marks.push({
      kind: 'figure', lane: mode === 'outlet' ? outlet : c.source ?? OWN_ACCOUNT, date: c.date, outlet, source: c.source, hedged: c.hedged,
      label: `${claimValue(c)} ${c.category}${c.who ? ` (${c.who})` : ''}${c.place ? ` · ${c.place}` : ''}`, href: articleHref(a.id, `claim-${i}`),
    }));
  }
  return marks;
}
