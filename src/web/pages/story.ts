import type { ArticleOut } from '../../model/contract.js';
import type { OnlyHere, StoryComparison } from '../../corpus/compare/compare-story.js';
import { figureText, type Carrier } from '../../corpus/compare/ledger.js';
import { html, articleHref, type Html } from '../html.js';
import { layout } from '../layout.js';
import { timeline } from './timeline.js';
import { storyNav } from './story-nav.js';

/**
 * One story side by side: outlets with their registry badges, figure ledger (each carrier links
 * to the sentence in its article), voices, sources, words for the same actor, only-here facts.
 */
export function storyPage(c: StoryComparison, articles: Map<string, ArticleOut>, total: number, outletOf: (a: ArticleOut) => string): Html {
  const s = c.story;
  const body = html`
<p class="muted"><a href="/stories">‹ All stories</a></p>
<h1 id="story-title">Story ${s.id}</h1>
${storyNav(s.id, 'compare')}
<p class="meta"><span>${s.size} articles</span><span>${s.first ?? '?'}${s.last && s.last !== s.first ? ` → ${s.last}` : ''}</span><span>${s.languages.join(', ')}</span></p>
${total > articles.size ? html`<p class="empty">This story has ${total} articles; the comparison covers the ${articles.size} oldest.</p>` : ''}
<h2>Outlets (${c.outlets.length})</h2>
<ul class="items" id="story-outlets">${c.outlets.map((o) => html`<li>
  <strong>${o.name}</strong>${o.info?.owner ? html` <span class="badge">${o.info.owner}</span>` : ''}${o.info?.country ? html` <span class="badge">${o.info.country}</span>` : ''}${o.info ? '' : html` <span class="badge">not in registry</span>`}
  <ul>${o.articles.map((a) => html`<li><a href="${articleHref(a.id)}">${a.title ?? a.id}</a> <span class="muted">${a.published ?? 'undated'} · ${a.language ?? '??'}</span></li>`)}</ul>
</li>`)}</ul>
<h2>Figure ledger (${c.ledger.length})</h2>
${c.ledger.length === 0 ? html`<p class="empty">No figures in this story.</p>` : html`<div class="table-wrap"><table id="ledger-table">
  <thead><tr><th scope="col">Figure</th><th scope="col">Who</th><th scope="col">Date</th><th scope="col">Place</th><th scope="col">Source</th><th scope="col">Stance</th><th scope="col">Carried by</th></tr></thead>
  <tbody>${c.ledger.map((r) => html`<tr>
    <td><strong>${figureText(r)}</strong> ${r.category}${r.disputed ? html` <span class="badge hedged">disputed</span>` : ''}${r.conservative ? html` <span class="badge">lowest</span>` : ''}</td>
    <td>${r.who ?? ''}</td><td>${r.date ?? ''}</td><td>${r.place ?? ''}</td><td>${r.source ?? 'the outlet'}</td>
    <td>${r.stance === 'fact' ? 'as fact' : r.stance}</td>
    <td>${r.carriers.map((k) => html`<a href="${carrierHref(k, articles)}">${k.outlet}</a>${k.hedged ? ' (hedged)' : ''} `)}</td>
  </tr>`)}</tbody></table></div>`}
<h2>Timeline</h2>
<p class="muted">As a chart, with lanes per outlet or per source: <a href="/story/${encodeURIComponent(s.id)}/timeline">timeline</a>; places: <a href="/story/${encodeURIComponent(s.id)}/map">map</a>.</p>
${timeline([...articles.values()], outletOf)}
<h2>Voices (${c.voices.length})</h2>
${c.voices.length === 0 ? html`<p class="empty">No quotes in this story.</p>` : html`<div class="table-wrap"><table id="voices-table">
  <thead><tr><th scope="col">Outlet</th><th scope="col">Speaker</th><th scope="col" class="num">Quotes</th><th scope="col">Cues</th></tr></thead>
  <tbody>${c.voices.map((v) => html`<tr><td>${v.outlet}</td><td>${v.speaker}</td><td class="num">${v.quotes}</td><td>${v.cues.join(', ')}</td></tr>`)}</tbody></table></div>`}
<h2>Sources cited (${c.sources.length})</h2>
${c.sources.length === 0 ? html`<p class="empty">No sources cited.</p>` : html`<div class="table-wrap"><table id="sources-table">
  <thead><tr><th scope="col">Outlet</th><th scope="col">Source</th><th scope="col">As</th><th scope="col" class="num">Times</th></tr></thead>
  <tbody>${c.sources.map((x) => html`<tr><td>${x.outlet}</td><td>${x.source}</td><td>${x.as.join(', ')}</td><td class="num">${x.count}</td></tr>`)}</tbody></table></div>`}
<h2>Words for the same actor (${c.labels.length})</h2>
${c.labels.length === 0 ? html`<p class="empty">No actor labels found.</p>` : html`<div class="table-wrap"><table id="labels-table">
  <thead><tr><th scope="col">Actor group</th><th scope="col">Outlet</th><th scope="col">Its own words</th><th scope="col">In quotes</th><th scope="col">Reported</th></tr></thead>
  <tbody>${c.labels.map((l) => html`<tr><td>${l.group}</td><td>${l.outlet}</td><td>${l.own.join(', ')}</td><td>${l.inQuote.join(', ')}</td><td>${l.reported.join(', ')}</td></tr>`)}</tbody></table></div>`}
<h2>Only in one outlet (${c.onlyHere.length})</h2>
${c.onlyHere.length === 0 ? html`<p class="empty">Every fact here appears in more than one outlet.</p>` : html`<ul class="items" id="only-here">${c.onlyHere.map((o) => html`<li><span class="badge">${o.kind}</span> <strong>${o.outlet}</strong>: <a href="${onlyHereHref(o, articles)}">${o.what}</a></li>`)}</ul>`}
${c.sharedCopy.length ? html`<h2>Shared copy (${c.sharedCopy.length})</h2><ul class="items">${c.sharedCopy.map((x) => html`<li>${x.outletA} and ${x.outletB}: ${x.passages} shared passages${x.agencies.length ? `, both credit ${x.agencies.join(', ')}` : ''}</li>`)}</ul>` : ''}
`;
  return layout(`Story ${s.id}`, 'stories', body);
}

/** A quote reported by one outlet opens at that quote (its text is part of `what`). */
function onlyHereHref(o: OnlyHere, articles: Map<string, ArticleOut>): string {
  const index = o.kind === 'quote' ? articles.get(o.articleId)?.quotes.findIndex((q) => q.text !== '' && o.what.includes(q.text)) ?? -1 : -1;
  return articleHref(o.articleId, index >= 0 ? `quote-${index}` : '');
}

/** The carrier's figure in its article: the first claim with the same text, else the article top. */
function carrierHref(k: Carrier, articles: Map<string, ArticleOut>): string {
  const index = articles.get(k.articleId)?.claims.findIndex((c) => c.text === k.text) ?? -1;
  return articleHref(k.articleId, index >= 0 ? `claim-${index}` : '');
}
