import type { StatusReport } from '../../store/store.js';
import type { Facets } from '../facets.js';
import { html, appHref, type Html } from '../html.js';
import { layout } from '../layout.js';

const fmt = new Intl.NumberFormat('en-US');

/** Overview of the store: input outcomes, then one row per outlet with links to its articles. */
export function outletsPage(facets: Facets, status: StatusReport): Html {
  const body = html`
<h1>Outlets and overview</h1>
<div class="cards" id="overview">
  <div><strong>${fmt.format(status.articles)}</strong> articles</div>
  <div><strong>${fmt.format(facets.outlets.filter((o) => o.outlet !== null).length)}</strong> outlets</div>
  <div><strong>${fmt.format(facets.languages.length)}</strong> languages</div>
  <div><strong>${fmt.format(status.counts.duplicate)}</strong> duplicate inputs</div>
  <div><strong>${fmt.format(status.counts.rejected)}</strong> rejected inputs</div>
</div>
<h2>Outlets</h2>
${facets.outlets.length === 0 ? html`<p class="empty">The store holds no articles yet. Run <code>recoupe ingest</code> or <code>recoupe demo</code>.</p>` : html`
<div class="table-wrap"><table id="outlets-table">
  <caption class="muted">Each outlet's articles, languages, publication dates, quotes and figures.</caption>
  <thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Articles</th><th scope="col">Languages</th><th scope="col">First</th><th scope="col">Last</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Figures</th></tr></thead>
  <tbody>
  ${facets.outlets.map((o) => html`<tr>
    <th scope="row">${o.outlet === null ? html`<span class="muted">unknown outlet</span>` : html`<a href="${appHref('/', { outlet: o.outlet })}">${o.outlet}</a>`}</th>
    <td class="num">${fmt.format(o.articles)}</td>
    <td>${o.languages.join(', ')}</td>
    <td>${o.first ?? '—'}</td>
    <td>${o.last ?? '—'}</td>
    <td class="num">${fmt.format(o.quotes)}</td>
    <td class="num">${fmt.format(o.claims)}</td>
  </tr>`)}
  </tbody>
</table></div>`}
${status.reasons.length ? html`<h2>Why inputs were rejected</h2>
<div class="table-wrap"><table id="reasons-table"><thead><tr><th scope="col">Reason</th><th scope="col" class="num">Inputs</th></tr></thead>
<tbody>${status.reasons.map((r) => html`<tr><td>${r.code}</td><td class="num">${fmt.format(r.count)}</td></tr>`)}</tbody></table></div>` : ''}
`;
  return layout('Outlets', 'outlets', body);
}
