import type { ArticleOut } from '../../model/contract.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import { collectPlaces } from '../geo/map-places.js';
import { renderMap } from '../svg-map.js';
import { cappedNote, storyNav } from './story-nav.js';

/**
 * The places of a story's events and figures on an offline map, then the same places as a
 * table with a link to every sentence (the map's accessible twin, and where many facts at one
 * place can each be reached).
 */
export function storyMapPage(id: string, articles: ArticleOut[], total: number, outletOf: (a: ArticleOut) => string): Html {
  const { places, unknown } = collectPlaces(articles, outletOf);
  const body = html`
<p class="muted"><a href="/stories">‹ All stories</a></p>
<h1 id="story-title">Story ${id}: map</h1>
${storyNav(id, 'map')}
${cappedNote(total, articles.length)}
${places.length === 0
    ? html`<p class="empty" id="map-empty">No event or figure in this story has a place the gazetteer knows.</p>`
    : html`<figure class="chart-box map-box">${renderMap(places, { id: 'story-map', title: `Places of the events and figures of story ${id}`, width: 960, height: 540 })}
<figcaption class="muted">Circle area grows with the number of events and figures at the place; hover for details, click for the first sentence. Country shapes: Natural Earth 1:50m (public domain) via world-atlas; coordinates: GeoNames (CC BY 4.0).</figcaption></figure>`}
${places.length ? html`<h2>Places (${places.length})</h2>
<div class="table-wrap"><table id="places-table">
  <thead><tr><th scope="col">Place</th><th scope="col">Country</th><th scope="col" class="num">Lat, lon</th><th scope="col">Events and figures</th></tr></thead>
  <tbody>${places.map((p) => html`<tr data-place="${p.place.name}">
    <th scope="row">${p.place.name}${p.spellings.some((s) => s !== p.place.name) ? html` <span class="muted">(${p.spellings.filter((s) => s !== p.place.name).join(', ')})</span>` : ''}</th>
    <td>${p.place.country}</td>
    <td class="num">${p.place.lat.toFixed(2)}, ${p.place.lon.toFixed(2)}</td>
    <td>${p.items.map((i) => html`<a class="chip chip-${i.kind === 'event' ? 'event' : 'figure'}" href="${i.href}">${i.label}</a> <span class="muted">${i.outlet}${i.date ? ` · ${i.date}` : ''}</span><br>`)}</td>
  </tr>`)}</tbody></table></div>` : ''}
${unknown.length ? html`<h2>Not on the map (${unknown.length})</h2>
<p class="muted">Places named in events or figures that the gazetteer does not know (regions, districts, misread names).</p>
<ul class="items" id="places-unknown">${unknown.map((u) => html`<li>${u.name} <span class="muted">×${u.count}</span></li>`)}</ul>` : ''}
`;
  return layout(`Story ${id}: map`, 'stories', body);
}
