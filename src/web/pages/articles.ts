import type { ArticleSummary } from '../../store/store.js';
import type { Facets } from '../facets.js';
import { html, appHref, articleHref, type Html } from '../html.js';
import { layout } from '../layout.js';
import { PAGE_SIZE, filterParams, type ListParams } from '../query.js';

export interface ArticlesPageData {
  params: ListParams;
  rows: ArticleSummary[];
  total: number;
  facets: Facets;
}

const fmt = new Intl.NumberFormat('en-US');

/** The home page: filters, full-text search, one page of results, pager and export links. */
export function articlesPage(d: ArticlesPageData): Html {
  const { params: p, rows, total } = d;
  const filters = filterParams(p);
  const first = (p.page - 1) * PAGE_SIZE;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const heading = p.q ? `Search: ${p.q}` : 'Articles';
  const outletOptions = d.facets.outlets.filter((o) => o.outlet !== null);
  if (p.outlet && !outletOptions.some((o) => o.outlet === p.outlet)) outletOptions.unshift({ outlet: p.outlet, articles: 0, languages: [], first: null, last: null, quotes: 0, claims: 0 });
  const languageOptions = d.facets.languages.filter((l) => l.language !== null);

  const body = html`
<h1>${heading}</h1>
<form class="filters" method="get" action="/" role="search" aria-label="Filter articles">
  <label class="wide">Full-text search (accents ignored; press / to focus)
    <input type="search" id="q" name="q" value="${p.q}" placeholder="e.g. couloirs humanitaires" autocomplete="off">
  </label>
  <label>Outlet
    <select name="outlet" id="outlet">
      <option value="">All outlets</option>
      ${outletOptions.map((o) => html`<option value="${o.outlet}"${o.outlet === p.outlet ? html` selected` : ''}>${o.outlet} (${fmt.format(o.articles)})</option>`)}
    </select>
  </label>
  <label>Language
    <select name="language" id="language">
      <option value="">All languages</option>
      ${languageOptions.map((l) => html`<option value="${l.language}"${l.language === p.language ? html` selected` : ''}>${l.language} (${fmt.format(l.articles)})</option>`)}
    </select>
  </label>
  <label>Published from <input type="date" name="from" id="from" value="${p.from}"></label>
  <label>Published to <input type="date" name="to" id="to" value="${p.to}"></label>
  <div class="actions"><button type="submit">Apply</button> <a href="/">Reset</a></div>
</form>
<div class="summary-line">
  <p id="result-count" aria-live="polite">${total === 0 ? 'No articles match.' : `${fmt.format(Math.min(first + 1, total))}–${fmt.format(Math.min(first + rows.length, total))} of ${fmt.format(total)} articles`}</p>
  <p class="actions">Export these: <a id="export-jsonl" href="${appHref('/export.jsonl', filters)}">JSONL</a> <a id="export-csv" href="${appHref('/export.csv', filters)}">CSV (one row per figure)</a></p>
</div>
${rows.length === 0
  ? html`<p class="empty">${total === 0 ? 'Nothing here. Try fewer filters or other words.' : 'This page is past the last result.'}</p>`
  : html`<ol class="results" start="${first + 1}">${rows.map(resultRow)}</ol>`}
${pager(p, lastPage, filters)}
`;
  return layout(heading, 'articles', body);
}

function resultRow(r: ArticleSummary): Html {
  return html`<li>
  <a class="title" href="${articleHref(r.id)}">${r.title ?? r.path ?? r.id}</a>
  <div class="meta">
    <span>${r.outlet ?? 'unknown outlet'}</span>
    <span>${r.published ?? 'undated'}</span>
    <span>${r.language ?? '??'}</span>
    <span>${r.quotes} quote${r.quotes === 1 ? '' : 's'}</span>
    <span>${r.claims} figure${r.claims === 1 ? '' : 's'}</span>
    <span class="muted">${r.id}</span>
  </div>
</li>`;
}

function pager(p: ListParams, lastPage: number, filters: Record<string, string>): Html {
  const link = (page: number, label: string, rel: string) =>
    html`<a rel="${rel}" href="${appHref('/', { ...filters, page: page === 1 ? undefined : page })}">${label}</a>`;
  const off = (label: string) => html`<span aria-disabled="true">${label}</span>`;
  return html`<nav class="pager" aria-label="Pages">
  ${p.page > 1 ? link(1, '« First', 'first') : off('« First')}
  ${p.page > 1 ? link(Math.min(p.page - 1, lastPage), '‹ Previous', 'prev') : off('‹ Previous')}
  <span>Page ${p.page} of ${lastPage}</span>
  ${p.page < lastPage ? link(p.page + 1, 'Next ›', 'next') : off('Next ›')}
  ${p.page < lastPage ? link(lastPage, 'Last »', 'last') : off('Last »')}
</nav>`;
}
