import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, claim, label, quote } from '../fixtures.js';
import { compareStory } from '../../../src/corpus/compare/compare-story.js';
import { OutletRegistry } from '../../../src/corpus/compare/outlets.js';
import { reportTables } from '../../../src/corpus/compare/report-tables.js';
import { renderHtml, renderMarkdown } from '../../../src/corpus/compare/render.js';

// Invented: shelling of the town of Dravetz. A public broadcaster (fr) counts 8 civilians killed
// on the word of a monitoring group, a state-funded outlet (fr) gives 3 on the ministry's word
// and hedges the group's figure; an English private outlet carries wire copy.
const registry = new OutletRegistry([
  { name: 'Radio Aube', names: [], domains: ['radioaube.example'], country: 'XX', language: 'fr', owner: 'public broadcaster' },
  { name: 'Voix d’État', names: ['VdE'], domains: ['vde.example'], country: 'YY', language: 'fr', owner: 'state-funded' },
]);
const wire = 'Artillery fire hit the market district of Dravetz on Monday morning while traders were setting up their stalls near the old bridge';

const articles = [
  article({ id: 'a1', outlet: 'Radio Aube', language: 'fr', published: '2024-06-04', credits: ['Avec AFP'],
    text: 'Huit civils ont été tués lundi à Dravetz, selon l’Observatoire des civils.',
    claims: [claim({ category: 'killed', value: 8, who: 'civils', date: '2024-06-03', place: 'Dravetz', source: 'Observatoire des civils' })],
    quotes: [quote('Irina Valk', 'Nous avons compté huit morts', 'affirmer')],
    labels: [label('opposition armée', 'rebelles'), label('opposition armée', 'insurgés')] }),
  article({ id: 'a2', outlet: 'VdE', language: 'fr', published: '2024-06-05',
    text: 'Trois civils ont péri à Dravetz selon le ministère ; huit selon un observatoire, chiffre invérifiable.',
    claims: [
      claim({ category: 'killed', value: 3, who: 'civils', date: '2024-06-03', place: 'Dravetz', source: 'ministère de la Défense' }),
      claim({ category: 'killed', value: 8, who: 'civils', date: '2024-06-03', place: 'Dravetz', source: 'Observatoire des civils', hedged: true }),
    ],
    quotes: [quote('Irina Valk', 'Le bilan est de huit morts', 's\'être targué'), quote('Anton Brisk', 'Les terroristes se cachent au marché', 'déclarer')],
    labels: [label('opposition armée', 'terroristes'), label('opposition armée', 'terroristes', true), label('opposition armée', 'rebelles', false, true)] }),
  article({ id: 'a3', outlet: 'Morning Sentinel', input: { path: null, url: 'https://news.sentinel.example/dravetz' }, language: 'en', published: '2024-06-04', credits: ['AFP'],
    text: `${wire}. Eight civilians were killed, a monitoring group said.`,
    claims: [claim({ category: 'killed', value: 8, who: 'civilians', date: '2024-06-03', place: 'Dravetz', source: 'Observatoire des civils' })],
    events: [{ type: 'attack', actor: null, date: '2024-06-03', place: 'Dravetz', text: 'Artillery fire hit', start: 0, end: 17 }] }),
  article({ id: 'a4', outlet: 'Morning Sentinel Weekly', language: 'en', published: '2024-06-06',
    text: `${wire}, the agency reported.` }),
];

test('the ledger flags conflicting figures and marks the most conservative one', () => {
  const c = compareStory('s1', articles, registry);
  const killed = c.ledger.filter((r) => r.category === 'killed');
  const eight = killed.find((r) => r.value === 8)!;
  const three = killed.find((r) => r.value === 3)!;
  assert.deepEqual(eight.outlets.sort(), ['Morning Sentinel', 'Radio Aube', 'Voix d’État']);
  assert.equal(eight.stance, 'mixed', 'stated as fact by two outlets, hedged by one');
  assert.ok(eight.disputed && three.disputed);
  assert.equal(eight.subject, three.subject);
  assert.ok(three.conservative);
  assert.ok(!eight.conservative);
  assert.equal(three.source, 'ministère de la Défense');
});

test('words for the same actor: own, in quotes and reported, outlet by outlet', () => {
  const c = compareStory('s1', articles, registry);
  const byOutlet = Object.fromEntries(c.labels.map((l) => [l.outlet, l]));
  assert.deepEqual(byOutlet['Radio Aube']!.own, ['rebelles', 'insurgés']);
  assert.deepEqual(byOutlet['Voix d’État']!.own, ['terroristes']);
  assert.deepEqual(byOutlet['Voix d’État']!.inQuote, ['terroristes']);
  assert.deepEqual(byOutlet['Voix d’État']!.reported, ['rebelles']);
});

test('voices, sources, outlets from the registry or the domain', () => {
  const c = compareStory('s1', articles, registry);
  const valk = c.voices.filter((v) => v.speaker === 'Irina Valk');
  assert.deepEqual(valk.map((v) => [v.outlet, v.cues]), [['Radio Aube', ['affirmer']], ['Voix d’État', ['s\'être targué']]]);
  assert.equal(c.outlets.find((o) => o.name === 'Voix d’État')!.info!.owner, 'state-funded');
  const radio = c.sources.filter((s) => s.outlet === 'Radio Aube').map((s) => s.source).sort();
  assert.deepEqual(radio, ['AFP', 'Irina Valk', 'Observatoire des civils']);
  const sentinel = compareStory('s1', [{ ...articles[2]!, outlet: null }], registry);
  assert.equal(sentinel.outlets[0]!.name, 'news.sentinel.example');
});

test('only-here facts and shared copy', () => {
  const c = compareStory('s1', articles, registry);
  assert.ok(c.onlyHere.some((o) => o.kind === 'figure' && o.outlet === 'Voix d’État' && o.what.startsWith('killed 3')));
  assert.ok(c.onlyHere.some((o) => o.kind === 'event' && o.outlet === 'Morning Sentinel'));
  assert.ok(c.onlyHere.some((o) => o.kind === 'quote' && o.what.includes('Anton Brisk')));
  const pair = c.sharedCopy.find((p) => p.a === 'a3' && p.b === 'a4')!;
  assert.ok(pair.passages >= 10);
  const credits = c.sharedCopy.find((p) => [p.a, p.b].sort().join() === 'a1,a3')!;
  assert.deepEqual(credits.agencies, ['AFP']);
});

test('HTML escapes hostile article content and loads nothing from the network', () => {
  const hostile = article({ id: 'x1', outlet: '<script>alert(1)</script>', title: '"><img src=x onerror=alert(2)>', text: 'rien',
    quotes: [quote('</td><iframe src="https://evil.example">', 'a & b <b>bold</b>', 'dire')],
    labels: [label('<g>', "terro'ristes")] });
  const html = renderHtml([reportTables(compareStory('s<1>', [hostile, articles[0]!], registry))]);
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!html.includes('<img'));
  assert.ok(!html.includes('<iframe'));
  assert.ok(!html.includes('<b>bold'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('a &amp; b &lt;b&gt;bold&lt;/b&gt;'));
  assert.ok(!/<[^>]*\s(?:src|href)=/u.test(html), "no tag loads a resource");
  const md = renderMarkdown([reportTables(compareStory('s1', [hostile], registry))]);
  assert.ok(!md.includes('<script>'));
});
