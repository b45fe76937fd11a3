import type { ArticleOut } from '../../model/contract.js';
import { html, appHref, safeExternalUrl, type Html } from '../html.js';
import { layout } from '../layout.js';
import { renderArticleBody, claimValue, quoteSpeaker } from '../article-body.js';
import { collectPlaces } from '../geo/map-places.js';
import { renderMap } from '../svg-map.js';

/** One article: metadata, the clean text with spans highlighted, then figures, quotes, events and entities with links into the text. */
export function articlePage(a: ArticleOut): Html {
  const title = a.title ?? a.input.path ?? a.id;
  const url = safeExternalUrl(a.input.url);
  const id = encodeURIComponent(a.id);
  const body = html`
<p class="muted"><a href="/">‹ All articles</a></p>
<h1 id="article-title">${title}</h1>
<dl class="facts">
  <dt>Outlet</dt><dd>${a.outlet ? html`<a href="${appHref('/', { outlet: a.outlet })}">${a.outlet}</a>` : 'unknown'}</dd>
  <dt>Published</dt><dd>${a.published ?? 'undated'}</dd>
  <dt>Language</dt><dd>${a.language ?? 'unknown'}</dd>
  ${a.section ? html`<dt>Section</dt><dd>${a.section}</dd>` : ''}
  ${a.credits.length ? html`<dt>Credits</dt><dd>${a.credits.join(', ')}</dd>` : ''}
  ${a.input.url ? html`<dt>Address</dt><dd>${url ? html`<a href="${url}" rel="noopener noreferrer nofollow" target="_blank">${a.input.url}</a>` : a.input.url}</dd>` : ''}
  ${a.input.path ? html`<dt>Input</dt><dd>${a.input.path}</dd>` : ''}
  <dt>Id</dt><dd>${a.id}</dd>
  <dt>Export</dt><dd><a id="export-json" href="/article/${id}.json">JSON</a> · <a id="export-csv" href="/article/${id}.csv">CSV</a></dd>
</dl>
<div class="layout-article">
  <div>
    <h2>Text</h2>
    <p class="legend" aria-label="Legend"><span class="hl-entity">entity</span><span class="hl-quote">quote</span><span class="hl-claim">figure</span><span class="legend-target">linked span</span></p>
    <div class="body" id="article-body">${renderArticleBody(a)}</div>
    ${a.captions.length ? html`<h2>Captions</h2><ul class="items">${a.captions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
    ${a.related.length ? html`<h2>Related links (not part of the article)</h2><ul class="items">${a.related.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
  </div>
  <aside aria-label="What was found">
    <section id="figures"><h2>Figures (${a.claims.length})</h2>${figures(a)}</section>
    <section id="quotes"><h2>Quotes (${a.quotes.length})</h2>${quotes(a)}</section>
    <section id="events"><h2>Events (${a.events.length})</h2>${events(a)}</section>
    <section id="places"><h2>Places</h2>${places(a)}</section>
    <section id="entities"><h2>Entities (${a.entities.length})</h2>${entities(a)}</section>
  </aside>
</div>
`;
  return layout(title, 'article', body);
}

function none(what: string): Html {
  return html`<p class="empty">No ${what} found in this article.</p>`;
}

function figures(a: ArticleOut): Html {
  if (a.claims.length === 0) return none('figures');
  return html`<ul class="items">${a.claims.map((c, i) => html`<li class="figure">
  <a href="#claim-${i}"><strong>${claimValue(c)}</strong> ${c.category}</a>${c.hedged ? html` <span class="badge hedged">hedged</span>` : ''}${c.approximate ? html` <span class="badge">approx.</span>` : ''}
  <div class="meta">
    <span>source: ${c.source ?? 'the outlet'}</span>
    ${c.who ? html`<span>who: ${c.who}</span>` : ''}
    ${c.date ? html`<span>date: ${c.date}</span>` : ''}
    ${c.place ? html`<span>place: ${c.place}</span>` : ''}
    ${c.includes.length ? html`<span>including ${c.includes.map((x) => `${x.value}${x.who ? ` ${x.who}` : ''}`).join(', ')}</span>` : ''}
  </div>
</li>`)}</ul>`;
}

function quotes(a: ArticleOut): Html {
  if (a.quotes.length === 0) return none('quotes');
  return html`<ul class="items">${a.quotes.map((q, i) => html`<li class="quote">
  <a href="#quote-${i}"><strong>${quoteSpeaker(q)}</strong></a> <span class="badge">${q.kind}</span>${q.hedged ? html` <span class="badge hedged">hedged</span>` : ''}
  <div class="meta"><span>cue: ${q.cue ?? 'none'}</span>${q.speaker.text && q.speaker.text !== q.speaker.name ? html`<span>as “${q.speaker.text}”</span>` : ''}</div>
  <div>${clip(q.text)}</div>
</li>`)}</ul>`;
}

function events(a: ArticleOut): Html {
  if (a.events.length === 0) return none('events');
  return html`<ul class="items">${a.events.map((e, i) => html`<li class="event">
  <a href="#event-${i}"><strong>${e.type}</strong></a> ${e.date ?? 'undated'}
  <div class="meta">${e.actor ? html`<span>actor: ${[e.actor].flat().join(', ')}</span>` : ''}${e.place ? html`<span>place: ${e.place}</span>` : ''}</div>
</li>`)}</ul>`;
}

/** Places of the article's events, figures and place names, on a small offline map, then as links. */
function places(a: ArticleOut): Html {
  const { places: found, unknown } = collectPlaces([a], () => a.outlet ?? 'this article', true);
  if (found.length === 0) return html`<p class="empty">No place in this article is in the gazetteer${unknown.length ? ` (unknown: ${unknown.map((u) => u.name).join(', ')})` : ''}.</p>`;
  return html`<figure class="chart-box">${renderMap(found, { id: 'article-map', title: 'Places named in this article', width: 340, height: 230 })}</figure>
<ul class="items" id="article-places">${found.map((p) => html`<li><a href="${p.items[0].href.replace(/^[^#]*/u, '')}">${p.place.name}</a> <span class="muted">${p.place.country} · ${facts(p.weight)}</span></li>`)}</ul>
${unknown.length ? html`<p class="muted">Not in the gazetteer: ${unknown.map((u) => u.name).join(', ')}.</p>` : ''}`;
}

function facts(n: number): string {
  return n === 0 ? 'named only' : n === 1 ? '1 event or figure' : `${n} events and figures`;
}

function entities(a: ArticleOut): Html {
  if (a.entities.length === 0) return none('entities');
  return html`<ul class="items">${a.entities.map((e) => html`<li><strong>${e.name}</strong> <span class="badge">${e.type}</span> <span class="muted">×${e.mentions.length}</span></li>`)}</ul>`;
}

function clip(s: string, n = 220): string {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
