import { geoContains, geoGraticule10, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { html, type Html } from './html.js';
import { countries, type Country, type Detail } from './geo/world-geometry.js';
import type { MapPlace } from './geo/map-places.js';
import { SvgPathContext } from './geo/svg-path-context.js';

export interface MapOptions {
  /** The SVG's id, also the prefix of its title's id. */
  id: string;
  title: string;
  width: number;
  height: number;
}

/** Below this span (degrees) a map of one town would show only a blur of one coast. */
const MIN_LON_SPAN = 10;
const MIN_LAT_SPAN = 7;
/** Wider than this, a Mercator map distorts too much and clips the poles: show the whole world. */
const WORLD_LON_SPAN = 120;
const LABEL_FONT_PX = 12;

type Box = [[number, number], [number, number]];

/**
 * Projected country paths by view: the same places give the same projection, so the articles
 * of one story, or every article naming only Aleppo, share one drawing (about 20 ms at 1:50m).
 * A few hundred views of ~50 KB each bound the memory.
 */
const shapeCache = new Map<string, { c: Country; d: string }[]>();
const SHAPE_CACHE_SIZE = 300;

/**
 * An offline map as inline SVG: Natural Earth countries (world-atlas) projected and clipped on
 * the server by d3-geo, one circle per place sized by its events and figures, each circle a link
 * to the first sentence that names the place, with a `<title>` tooltip. No tile server, no
 * script, and nothing for the CSP to object to: styling is by class in the app's stylesheet,
 * geometry by presentation attributes.
 */
export function renderMap(places: MapPlace[], o: MapOptions): Html {
  const lons = places.map((p) => p.place.lon);
  const lats = places.map((p) => p.place.lat);
  const world = places.length === 0 || Math.max(...lons) - Math.min(...lons) > WORLD_LON_SPAN;
  const { projection, detail } = world ? worldProjection(o) : regionalProjection(lons, lats, o);
  const view = viewBounds(projection, o, world);
  const context = new SvgPathContext();
  const draw = geoPath(projection, context);
  const path = (object: Parameters<typeof draw>[0]): string => { draw(object); return context.result(); };
  const key = `${detail}|${o.width}x${o.height}|${projection.scale()}|${projection.translate().join(',')}`;
  let shapes = shapeCache.get(key);
  if (!shapes) {
    shapes = countries(detail).filter((c) => intersects(c.bounds, view)).map((c) => ({ c, d: path(c.feature) })).filter((x) => x.d !== '');
    shapeCache.set(key, shapes);
    if (shapeCache.size > SHAPE_CACHE_SIZE) shapeCache.delete(shapeCache.keys().next().value as string);
  }
  const shown = shapes.map((x) => x.c);
  const home = new Set<Country>();
  for (const p of places) {
    const c = shown.find((x) => contains(x.bounds, p.place.lon, p.place.lat) && geoContains(x.feature, [p.place.lon, p.place.lat]));
    if (c) home.add(c);
  }
  const land = shapes.map(({ c, d }) => html`<path class="${home.has(c) ? 'country home' : 'country'}" data-name="${c.name}" d="${d}"><title>${c.name}</title></path>`);
  const maxWeight = Math.max(1, ...places.map((p) => p.weight));
  const markers = places.map((p) => {
    const [x, y] = projection([p.place.lon, p.place.lat]) ?? [-1, -1];
    return { p, x, y, r: radius(p.weight, maxWeight) };
  }).filter((m) => m.x >= 0 && m.x <= o.width && m.y >= 0 && m.y <= o.height);
  // Biggest first, so the small circles drawn after them stay on top and clickable.
  markers.sort((a, b) => b.r - a.r);
  const labels = placeLabels(markers, o);
  const titleId = `${o.id}-title`;
  return html`<svg class="chart map" id="${o.id}" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${o.title}</title>
<rect class="sea" width="${o.width}" height="${o.height}"/>
<path class="graticule" d="${path(geoGraticule10())}"/>
<g class="countries">${land}</g>
<g class="markers">${markers.map((m) => html`<a class="marker" href="${m.p.items[0]?.href ?? '#'}" data-place="${m.p.place.name}" aria-label="${markerLabel(m.p)}"><title>${markerTitle(m.p)}</title><circle class="${m.p.weight === 0 ? 'dot mention' : 'dot'}" cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="${m.r.toFixed(1)}"/></a>`)}</g>
<g class="labels" aria-hidden="true">${labels.map((l) => html`<text class="place-label" x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}">${l.text}</text>`)}</g>
<text class="attribution" x="${o.width - 6}" y="${o.height - 6}" text-anchor="end">Natural Earth · GeoNames</text>
</svg>`;
}

function worldProjection(o: MapOptions): { projection: GeoProjection; detail: Detail } {
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [o.width - 4, o.height - 4]], { type: 'Sphere' });
  return { projection: projection.clipExtent([[0, 0], [o.width, o.height]]), detail: '110m' };
}

/** Mercator fitted to the places' box, widened to a minimum span and a margin on every side. */
function regionalProjection(lons: number[], lats: number[], o: MapOptions): { projection: GeoProjection; detail: Detail } {
  let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const widen = (lo: number, hi: number, min: number): [number, number] => {
    const span = Math.max(min, (hi - lo) * 1.5);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  [w, e] = widen(w, e, MIN_LON_SPAN);
  [s, n] = widen(s, n, MIN_LAT_SPAN);
  s = Math.max(-80, s);
  n = Math.min(80, n);
  const box: MultiPoint = { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] };
  const projection = geoMercator().fitExtent([[10, 10], [o.width - 10, o.height - 10]], box);
  return { projection: projection.clipExtent([[0, 0], [o.width, o.height]]), detail: '50m' };
}

/** The lon/lat box the map shows (Mercator: its corners; the world view: everything). */
function viewBounds(projection: GeoProjection, o: MapOptions, world: boolean): Box {
  if (world) return [[-180, -90], [180, 90]];
  const [w, n] = projection.invert?.([0, 0]) ?? [-180, 90];
  const [e, s] = projection.invert?.([o.width, o.height]) ?? [180, -90];
  return [[w, s], [e, n]];
}

function lonRanges(b: Box): [number, number][] {
  const [[w], [e]] = b;
  return w <= e ? [[w, e]] : [[w, 180], [-180, e]];
}

function intersects(a: Box, b: Box): boolean {
  if (a[0][1] > b[1][1] || a[1][1] < b[0][1]) return false;
  return lonRanges(a).some(([w1, e1]) => lonRanges(b).some(([w2, e2]) => w1 <= e2 && w2 <= e1));
}

function contains(b: Box, lon: number, lat: number): boolean {
  return lat >= b[0][1] && lat <= b[1][1] && lonRanges(b).some(([w, e]) => lon >= w && lon <= e);
}

/** Area grows with the count, so a place with four times the facts has twice the radius. */
function radius(weight: number, max: number): number {
  return 4 + 12 * Math.sqrt(weight / max);
}

function counts(p: MapPlace): string {
  const n = (kind: string) => p.items.filter((i) => i.kind === kind).length;
  const plural = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  const parts = [n('figure') && plural(n('figure'), 'figure'), n('event') && plural(n('event'), 'event'), n('mention') && plural(n('mention'), 'mention')].filter(Boolean);
  return parts.join(', ');
}

function markerLabel(p: MapPlace): string {
  return `${p.place.name}: ${counts(p)}`;
}

/** The tooltip: place, country, counts, then up to 12 of the facts with their outlet and date. */
function markerTitle(p: MapPlace): string {
  const spelled = p.spellings.filter((s) => s !== p.place.name);
  const lines = [
    `${p.place.name}${p.place.country ? ` (${p.place.country})` : ''}${spelled.length ? ` — as ${spelled.join(', ')}` : ''}`,
    counts(p),
    ...p.items.slice(0, 12).map((i) => `${i.outlet}: ${i.label}${i.date ? ` · ${i.date}` : ''}`),
  ];
  if (p.items.length > 12) lines.push(`… and ${p.items.length - 12} more`);
  return lines.join('\n');
}

interface Label { x: number; y: number; anchor: 'start' | 'end'; text: string; box: [number, number, number, number] }

/** Names beside the circles, biggest places first; a name that would overlap one already placed is left to the tooltip. */
function placeLabels(markers: { p: MapPlace; x: number; y: number; r: number }[], o: MapOptions): Label[] {
  const placed: Label[] = [];
  const overlaps = (b: Label['box']) => placed.some(({ box: c }) => b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3]);
  for (const m of [...markers].sort((a, b) => b.p.weight - a.p.weight)) {
    const text = m.p.place.name;
    const width = text.length * LABEL_FONT_PX * 0.58;
    const y = m.y + LABEL_FONT_PX * 0.35;
    for (const anchor of ['start', 'end'] as const) {
      const x = anchor === 'start' ? m.x + m.r + 3 : m.x - m.r - 3;
      const left = anchor === 'start' ? x : x - width;
      const box: Label['box'] = [left, y - LABEL_FONT_PX, left + width, y + 3];
      if (box[0] < 0 || box[2] > o.width || box[1] < 0 || box[3] > o.height || overlaps(box)) continue;
      placed.push({ x, y, anchor, text, box });
      break;
    }
  }
  return placed;
}
