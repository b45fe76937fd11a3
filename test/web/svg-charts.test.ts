import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTicks, parseDateSpan, renderTimelineChart } from '../../src/web/svg-timeline.js';
import { renderMap } from '../../src/web/svg-map.js';
import { collectPlaces } from '../../src/web/geo/map-places.js';
import { timelineMarks, OWN_ACCOUNT } from '../../src/web/timeline-marks.js';
import type { ArticleOut, ClaimOut, EventOut } from '../../src/model/contract.js';

const EVIL = '<script>alert(1)</script>"><b onmouseover=x>';
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

function claim(over: Partial<ClaimOut>): ClaimOut {
  return { category: 'killed', value: 5, min: null, max: null, approximate: false, who: null, date: null, place: null, source: null,
    hedged: false, includes: [], text: '5 morts', start: 0, end: 7, ...over } as ClaimOut;
}

function article(id: string, claims: ClaimOut[], events: Partial<EventOut>[] = [], over: Partial<ArticleOut> = {}): ArticleOut {
  return { id, input: { path: `${id}.txt`, url: null }, outlet: 'O', published: '2016-10-13', language: 'fr', title: id, section: null,
    credits: [], text: 'x'.repeat(40), captions: [], related: [], boilerplate: [], entities: [], quotes: [], claims,
    events: events.map((e) => ({ type: 'attack', actor: null, date: null, place: null, text: 'x', start: 0, end: 1, ...e })) as EventOut[],
    labels: [], ...over } as ArticleOut;
}

test('parseDateSpan: days, months, years and ranges as inclusive day numbers', () => {
  assert.deepEqual(parseDateSpan('2016-10-13'), { from: day('2016-10-13'), to: day('2016-10-13') });
  assert.deepEqual(parseDateSpan('2016-02'), { from: day('2016-02-01'), to: day('2016-02-29') });
  assert.deepEqual(parseDateSpan('2016'), { from: day('2016-01-01'), to: day('2016-12-31') });
  assert.deepEqual(parseDateSpan('2016-10-11/2016-10-13'), { from: day('2016-10-11'), to: day('2016-10-13') });
  for (const bad of [null, '', 'mardi', '2016-13-01', '2016-10-13/x']) assert.equal(parseDateSpan(bad), null, String(bad));
});

test('axisTicks: the finest step that fits, on days, Mondays, months or years', () => {
  const d0 = day('2016-10-10');
  assert.deepEqual(axisTicks(d0, d0 + 4, 8).map((t) => t.label), ['2016-10-10', '2016-10-11', '2016-10-12', '2016-10-13', '2016-10-14']);
  const weeks = axisTicks(d0, d0 + 40, 8);
  assert.ok(weeks.every((t) => new Date(t.day * DAY).getUTCDay() === 1), 'weekly ticks fall on Mondays');
  assert.deepEqual(axisTicks(day('2015-01-15'), day('2016-12-20'), 8).map((t) => t.label), ['2015-04', '2015-07', '2015-10', '2016-01', '2016-04', '2016-07', '2016-10']);
  const years = axisTicks(day('2001-03-01'), day('2019-01-01'), 8).map((t) => t.label);
  assert.ok(years.length <= 8 && years.every((y) => /^\d{4}$/u.test(y)), years.join(' '));
});

test('timeline: lanes per outlet or per source, one linked mark per fact, hostile names stay text', () => {
  const a = article('a1', [claim({ date: '2016-10-11', source: EVIL, hedged: true }), claim({ date: null })], [{ date: '2016-10' }]);
  const b = article('b2', [claim({ date: '2016-10-12/2016-10-14', source: 'OSDH' })]);
  const outletOf = (x: ArticleOut) => (x.id === 'a1' ? EVIL : 'Wire');
  const byOutlet = timelineMarks([a, b], outletOf, 'outlet');
  assert.deepEqual([...new Set(byOutlet.map((m) => m.lane))].sort(), [EVIL, 'Wire'].sort());
  assert.deepEqual([...new Set(timelineMarks([a, b], outletOf, 'source').map((m) => m.lane))].sort(), [EVIL, OWN_ACCOUNT, 'OSDH'].sort());
  const svg = renderTimelineChart(byOutlet, { id: 't', title: EVIL }).value;
  assert.ok(!svg.includes('<script') && !svg.includes('<b '), 'no hostile markup survives');
  assert.ok(svg.includes('&lt;b onmouseover=x&gt;'), 'the hostile name is escaped text');
  const links = [...svg.matchAll(/<a class="mark-link" href="(?<href>[^"]+)"/gu)].map((m) => m.groups?.href).sort();
  assert.deepEqual(links, ['/article/a1#claim-0', '/article/a1#claim-1', '/article/a1#event-0', '/article/b2#claim-0']);
  assert.match(svg, /<rect class="mark figure"/u, 'a range is a bar');
  assert.match(svg, /<rect class="mark event"/u, 'a month is a bar');
  assert.match(svg, /<circle class="mark figure hedged"/u);
  assert.match(svg, />undated<\/text>/u, 'undated facts get their own column');
});

test('map: known places become markers inside the view, unknown ones are listed, names stay text', () => {
  const a = article('a1', [claim({ place: 'Alep', source: EVIL }), claim({ place: 'Alep' }), claim({ place: 'Nowhere-sur-Rien' })], [{ place: 'Damas' }], { outlet: EVIL });
  const { places, unknown } = collectPlaces([a], (x) => x.outlet ?? '');
  assert.deepEqual(places.map((p) => [p.place.name, p.weight]), [['Aleppo', 2], ['Damascus', 1]]);
  assert.deepEqual(unknown, [{ name: 'Nowhere-sur-Rien', count: 1 }]);
  const svg = renderMap(places, { id: 'm', title: EVIL, width: 600, height: 400 }).value;
  assert.ok(!svg.includes('<script') && !svg.includes('<b '), 'no hostile markup survives');
  assert.match(svg, /<path class="country home" data-name="Syria"/u);
  const circles = [...svg.matchAll(/<circle class="dot" cx="(?<x>[\d.]+)" cy="(?<y>[\d.]+)" r="(?<r>[\d.]+)"/gu)].map((m) => m.groups!);
  assert.equal(circles.length, 2);
  for (const c of circles) assert.ok(Number(c.x) > 0 && Number(c.x) < 600 && Number(c.y) > 0 && Number(c.y) < 400, 'markers inside the view');
  assert.ok(Number(circles[0].r) > Number(circles[1].r), 'the place with more figures has the bigger circle');
  assert.ok(!/data-name="Brazil"/u.test(svg), 'countries far outside the view are culled');
  const world = renderMap(collectPlaces([article('w', [claim({ place: 'Tokyo' }), claim({ place: 'Lima' })])], () => 'O').places,
    { id: 'w', title: 'w', width: 600, height: 300 }).value;
  assert.match(world, /data-name="Brazil"/u, 'places far apart get the whole world');
});
