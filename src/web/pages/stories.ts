import type { StoryRow } from '../story-queries.js';
import { html, appHref, type Html } from '../html.js';
import { layout } from '../layout.js';

export const STORIES_PAGE_SIZE = 50;
const fmt = new Intl.NumberFormat('en-US');

/** Stories saved by `recoupe stories`, largest first, one page at a time. */
export function storiesPage(all: StoryRow[], page: number, hasTables: boolean): Html {
  const lastPage = Math.max(1, Math.ceil(all.length / STORIES_PAGE_SIZE));
  const rows = all.slice((page - 1) * STORIES_PAGE_SIZE, page * STORIES_PAGE_SIZE);
  const link = (p: number, label: string) => html`<a href="${appHref('/stories', { page: p === 1 ? undefined : p })}">${label}</a>`;
  const off = (label: string) => html`<span aria-disabled="true">${label}</span>`;
  const body = html`
<h1>Stories</h1>
<p class="muted">Articles grouped across outlets and languages by <code>recoupe stories</code>; open one to compare the outlets side by side. To search articles, use <a href="/">Articles</a>.</p>
${all.length === 0
  ? html`<p class="empty" id="no-stories">${hasTables ? 'No stories yet.' : 'This store has no story tables yet.'} Run <code>recoupe stories</code> on the store, then reload.</p>`
  : html`<p id="story-count">${fmt.format(all.length)} stories</p>
<div class="table-wrap"><table id="stories-table">
  <thead><tr><th scope="col">Story</th><th scope="col">Outlets</th><th scope="col">Languages</th><th scope="col">Dates</th><th scope="col" class="num">Articles</th><th scope="col" class="num">Figures</th><th scope="col" class="num">Quotes</th></tr></thead>
  <tbody>${rows.map((s) => html`<tr>
    <th scope="row"><a href="/story/${encodeURIComponent(s.id)}">${s.id}</a></th>
    <td>${s.outlets.join(', ')}</td>
    <td>${s.languages.join(', ')}</td>
    <td>${s.first ?? '?'}${s.last && s.last !== s.first ? ` → ${s.last}` : ''}</td>
    <td class="num">${fmt.format(s.articles)}</td>
    <td class="num">${fmt.format(s.claims)}</td>
    <td class="num">${fmt.format(s.quotes)}</td>
  </tr>`)}</tbody>
</table></div>
<nav class="pager" aria-label="Pages">
  ${page > 1 ? link(page - 1, '‹ Previous') : off('‹ Previous')}
  <span>Page ${page} of ${lastPage}</span>
  ${page < lastPage ? link(page + 1, 'Next ›') : off('Next ›')}
</nav>`}
`;
  return layout('Stories', 'stories', body);
}
