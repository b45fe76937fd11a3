import type { ArticleOut } from '../../model/contract.js';
import { html, articleHref, type Html } from '../html.js';
import { claimValue } from '../article-body.js';

interface Chip { kind: 'event' | 'figure'; label: string; href: string; hedged: boolean }

const UNDATED = 'undated';

/**
 * Events and figures by the date they are about (not the publication date), one lane per
 * outlet: a table, because the CSP allows no inline style to place marks on an axis. Columns
 * are the dates that occur, in order (a range sorts by its start), undated last.
 */
export function timeline(articles: ArticleOut[], outletOf: (a: ArticleOut) => string): Html {
  const lanes = new Map<string, Map<string, Chip[]>>();
  const dates = new Set<string>();
  const put = (outlet: string, date: string | null, chip: Chip) => {
    const key = date ?? UNDATED;
    dates.add(key);
    const lane = lanes.get(outlet) ?? new Map<string, Chip[]>();
    lane.set(key, [...(lane.get(key) ?? []), chip]);
    lanes.set(outlet, lane);
  };
  for (const a of articles) {
    const outlet = outletOf(a);
    a.events.forEach((e, i) => put(outlet, e.date, { kind: 'event', label: e.type, href: articleHref(a.id, `event-${i}`), hedged: false }));
    a.claims.forEach((c, i) => put(outlet, c.date, { kind: 'figure', label: `${claimValue(c)} ${c.category}`, href: articleHref(a.id, `claim-${i}`), hedged: c.hedged }));
  }
  if (dates.size === 0) return html`<p class="empty">No dated events or figures in this story.</p>`;
  const columns = [...dates].sort((x, y) => (x === UNDATED ? 1 : y === UNDATED ? -1 : x.localeCompare(y)));
  const outlets = [...lanes.keys()].sort((x, y) => x.localeCompare(y));
  return html`<div class="table-wrap"><table id="timeline-table">
  <caption class="muted">Events and figures by the date they are about; one row per outlet.</caption>
  <thead><tr><th scope="col">Outlet</th>${columns.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
  <tbody>${outlets.map((o) => html`<tr><th scope="row">${o}</th>${columns.map((d) => html`<td>${(lanes.get(o)?.get(d) ?? []).map((c) =>
    html`<a class="chip chip-${c.kind}" href="${c.href}">${c.label}${c.hedged ? ' (hedged)' : ''}</a> `)}</td>`)}</tr>`)}</tbody>
</table></div>`;
}
