import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../src/app/package-paths.js';
import { recoupe, tempDir } from '../../helpers/cli.js';
import type { StoryComparison } from '../../../src/corpus/compare/compare-story.js';

// The acceptance test: the two reference articles (VOA Afrique 2016-10-13, RT France
// 2016-10-28) are one story after ingest + stories, and compare shows who says what, on whose
// word, in which words.
const SEEDS = join(packageRoot(), '..', 'shared', 'corpus', 'seeds');

test('the reference pair: one story, compared outlet by outlet (needs ../shared)', (t) => {
  if (!existsSync(join(SEEDS, 'manifest.jsonl'))) { t.skip('../shared/corpus/seeds is not here'); return; }
  const dir = tempDir('recoupe-seeds-');
  const db = join(dir, 'seeds.db');
  try {
    const ingest = recoupe(['ingest', '--db', db, '--manifest', join(SEEDS, 'manifest.jsonl'), SEEDS]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const stories = recoupe(['stories', '--db', db, '--json']);
    assert.equal(stories.status, 0, stories.stderr);
    const list = JSON.parse(stories.stdout) as { id: string; outlets: string[]; size: number }[];
    assert.equal(list.length, 1, 'the same offensive on Aleppo, two weeks apart, is one story');
    assert.deepEqual(list[0]!.outlets, ['RT France', 'VOA Afrique']);

    const run = recoupe(['compare', list[0]!.id, '--db', db, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const c = JSON.parse(run.stdout) as StoryComparison;
    const VOA = 'VOA Afrique';
    const RT = 'RT France';

    // Both outlets quote Roudskoï.
    for (const outlet of [VOA, RT]) {
      assert.ok(c.voices.some((v) => v.outlet === outlet && /Roudsko/u.test(v.speaker) && v.quotes > 0), `${outlet} quotes Roudskoï`);
    }

    // Sources: VOA the OSDH and AFP copy; RT the Russian defence ministry and AFP.
    const sources = (outlet: string) => c.sources.filter((s) => s.outlet === outlet);
    assert.ok(sources(VOA).some((s) => /Observatoire syrien|OSDH/u.test(s.source)), 'VOA cites the OSDH');
    assert.ok(sources(VOA).some((s) => s.source === 'AFP' && s.as.includes('credit')), 'VOA carries AFP copy');
    assert.ok(sources(RT).some((s) => /minist\S+ de la Défense russe|minist\S+ russe de la Défense/u.test(s.source)), 'RT cites the Russian defence ministry');
    assert.ok(sources(RT).some((s) => s.source === 'AFP'), 'RT cites AFP');
    assert.ok(!sources(RT).some((s) => /Observatoire syrien|OSDH/u.test(s.source)), 'RT does not cite the OSDH');

    // Words for the fighters: VOA's "rebelles" against RT's own words and RT's reported "rebelles".
    const armed = (outlet: string) => c.labels.find((l) => l.group === 'armed-opposition' && l.outlet === outlet)!;
    assert.ok(armed(VOA).own.includes('rebelles'));
    for (const term of ['djihadistes', 'terroristes', 'extrémistes']) assert.ok(armed(RT).own.includes(term), `RT says ${term}`);
    assert.ok(!armed(RT).own.includes('rebelles'), 'RT never says "rebelles" in its own voice');
    assert.deepEqual(armed(RT).reported, ['rebelles'], '"qualifiés de «rebelles» par la presse occidentale"');
    for (const term of ['djihadistes', 'terroristes', 'extrémistes']) assert.ok(!armed(VOA).own.includes(term), `VOA does not say ${term}`);

    // The Moscow figures are hedged ("sans que ces chiffres puissent être vérifiés").
    const figure = (category: string, value: number) => c.ledger.find((r) => r.category === category && r.value === value);
    const civilians = figure('evacuated', 169);
    const fighters = figure('surrendered', 69);
    assert.ok(civilians && fighters, '169 civilians and 69 fighters are in the ledger');
    for (const r of [civilians, fighters]) {
      assert.equal(r.stance, 'hedged');
      assert.deepEqual(r.outlets, [VOA]);
    }
    // Sourced figures on each side of the city, each from its own source.
    assert.equal(figure('killed', 56)?.outlets.join(), VOA);
    assert.match(figure('killed', 56)?.source ?? '', /Observatoire syrien/u);
    assert.equal(figure('killed', 43)?.outlets.join(), RT);
    assert.match(figure('killed', 43)?.source ?? '', /Défense/u);

    // The "Lire aussi" link's figures (Mosul, 60 dead) belong to another article.
    assert.ok(!c.ledger.some((r) => r.value === 60 || /Mossoul|Mosul/u.test(r.place ?? '')), 'no Mosul figure');
    assert.ok(!JSON.stringify(c.onlyHere).includes('Mossoul'));

    // The text, Markdown and HTML views carry the same story.
    const text = recoupe(['compare', '--db', db]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Sergueï Roudskoï\s+RT France/u);
    assert.match(text.stdout, /hedged/u);
    const md = recoupe(['compare', '--db', db, '--format', 'md']);
    assert.match(md.stdout, /^## Figure ledger$/mu);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
