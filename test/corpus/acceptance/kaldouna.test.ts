import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { recoupe, tempDir } from '../../helpers/cli.js';
import type { StoryComparison } from '../../../src/corpus/compare/compare-story.js';
import type { StorySummary } from '../../../src/corpus/stories/update-stories.js';

// The project's own multi-outlet, two-language story (examples/README.md, "The siege of
// Kaldouna"): 8 articles from 8 outlets in French and English, conflicting figures, different
// words for the same fighters, two pairs of articles sharing wire copy. Everything is invented.
test('the Kaldouna siege: stories and the expected comparison (examples/README.md)', () => {
  const dir = tempDir('recoupe-kaldouna-');
  const db = join(dir, 'demo.db');
  try {
    const demo = recoupe(['demo', '--db', db]);
    assert.equal(demo.status, 0, demo.stderr);
    const run = recoupe(['stories', '--db', db, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const stories = JSON.parse(run.stdout) as StorySummary[];
    assert.deepEqual(stories.map((s) => s.size), [8, 3, 2], 'Kaldouna, the Lauze flood, the Port-Lazare strike');
    const siege = stories[0]!;
    assert.deepEqual(siege.languages, ['en', 'fr']);
    assert.equal(siege.outlets.length, 8);
    assert.equal(siege.first, '2025-03-03');
    assert.equal(siege.last, '2025-03-06');

    const out = recoupe(['compare', siege.id, '--db', db, '--format', 'json']);
    assert.equal(out.status, 0, out.stderr);
    const c = JSON.parse(out.stdout) as StoryComparison;

    // Outlets from the registry, with their owner type.
    const owner = Object.fromEntries(c.outlets.map((o) => [o.name, o.info?.owner ?? null]));
    assert.equal(owner['Horizon 24'], 'state-funded');
    assert.equal(owner['Radio Publique Internationale'], 'public broadcaster');
    assert.equal(owner['The Northern Ledger'], 'private');

    // The ledger: each conflicting pair of figures shares a subject, is DISPUTED, and the lowest is marked,
    // across languages ("soldiers" / "militaires" / "servicemen").
    const rows = (category: string, who: string) => c.ledger.filter((r) => r.category === category && r.whoKey === who);
    const disputedBetween = (category: string, who: string, low: number, high: number) => {
      const rs = rows(category, who);
      const los = rs.filter((r) => (r.value ?? r.min) === low);
      const his = rs.filter((r) => (r.value ?? r.min) === high);
      assert.ok(los.length > 0 && his.length > 0, `${category} ${who}: ${low} and ${high} are in the ledger`);
      // The same figure may also appear under another place (the wire copy's "Dalvane"): one pair must meet.
      const lo = los.find((l) => his.some((h) => h.subject === l.subject));
      const hi = his.find((h) => h.subject === lo?.subject);
      assert.ok(lo && hi, `${category} ${who}: ${low} and ${high} are about the same thing`);
      assert.ok(lo.disputed && hi.disputed, `${category} ${who}: flagged`);
      assert.ok(lo.conservative && !hi.conservative, `${category} ${who}: ${low} is the conservative figure`);
      return { lo, hi };
    };
    // Civilians killed: defence ministry 9 against Sarn Watch's "at least 37".
    const civ = disputedBetween('killed', 'g:civilian', 9, 37);
    assert.match(civ.lo.source ?? '', /Defence Ministry|ministère saldarien de la Défense/u);
    // Soldiers killed at the checkpoint: army 6 against the rebels' "around forty", French and English outlets together.
    const soldiers = disputedBetween('killed', 'g:soldier', 6, 40);
    const soldierOutlets = new Set(rows('killed', 'g:soldier').flatMap((r) => r.outlets));
    assert.ok(soldierOutlets.has('Horizon 24') && soldierOutlets.has('Atlantic Public Radio'), 'fr and en figures meet');
    assert.doesNotMatch(soldiers.hi.source ?? '', /army|ministry|armée|ministère/iu, 'the higher toll is the rebels\' word');
    assert.doesNotMatch(soldiers.lo.source ?? '', /rebel|group|FLHS|USLF/iu);
    // Civilians who left by the corridors: 1 200 (army, 4 March) against more than 2 300 (ministry).
    disputedBetween('evacuated', 'g:civilian', 1200, 2300);
    // Corridors: 2 on 4 March, then 3.
    disputedBetween('corridors', 'g:corridor', 2, 3);
    // Displaced in the province (UN): 15 000 then nearly 20 000, an update rather than a dispute
    // when the two are dated apart; both are in the ledger, from French and English outlets.
    const displaced = rows('displaced', 'g:person');
    assert.ok(displaced.some((r) => r.value === 15000 && r.outlets.includes('Actu Continu')));
    assert.ok(displaced.some((r) => r.value === 20000 && r.outlets.includes('Atlantic Public Radio')));
    // 142 "terroristes éliminés" is the state channel's figure alone, in both its editions.
    const fighters = c.ledger.filter((r) => r.value === 142);
    assert.deepEqual(fighters.flatMap((r) => r.outlets).sort(), ['Horizon 24', 'Horizon 24 English']);
    assert.ok(c.ledger.filter((r) => r.outlets.includes('Horizon 24')).some((r) => r.stance === 'hedged'), 'Horizon 24 hedges a figure');

    // Words for the same actor, outlet by outlet.
    const armed = Object.fromEntries(c.labels.filter((l) => l.group === 'armed-opposition').map((l) => [l.outlet, l]));
    assert.ok(armed['Radio Publique Internationale']!.own.includes('rebelles'));
    assert.ok(armed['Actu Continu']!.own.includes('rebelles'));
    assert.ok(armed["L'Écho du Jour"]!.own.includes('insurgés'), 'its own paragraphs');
    assert.ok(armed["L'Écho du Jour"]!.own.includes('rebelles'), 'its wire paragraphs');
    for (const term of ['terroristes', 'extrémistes', 'groupes armés']) assert.ok(armed['Horizon 24']!.own.includes(term), `Horizon 24 says ${term}`);
    assert.ok(!armed['Horizon 24']!.own.includes('rebelles'), 'Horizon 24 only reports "rebelles"');
    for (const term of ['militants', 'terrorists', 'extremists']) assert.ok(armed['Horizon 24 English']!.own.includes(term), `Horizon 24 English says ${term}`);
    for (const term of ['insurgents', 'rebels']) assert.ok(armed['The Northern Ledger']!.own.includes(term), `The Northern Ledger says ${term}`);
    assert.ok(armed['Atlantic Public Radio']!.own.includes('rebels'));
    assert.ok(!armed['Atlantic Public Radio']!.own.some((t) => /terror/u.test(t)));
    for (const term of ['militants', 'insurgents']) assert.ok(armed['Briefly World']!.own.includes(term), `Briefly World says ${term}`);

    // The army spokesman is quoted everywhere, with a different verb.
    const ardelan = c.voices.filter((v) => /Ardelan/u.test(v.speaker));
    assert.ok(new Set(ardelan.map((v) => v.outlet)).size >= 7, 'Ardelan is quoted by (nearly) every outlet');
    const cues = new Set(ardelan.flatMap((v) => v.cues));
    for (const cue of ['affirmer', 'reconnaître', 'marteler', 'insist', 'claim', 'say']) assert.ok(cues.has(cue), `cue ${cue}`);

    // Shared copy: exactly the two wire pairs, word for word.
    const pairs = c.sharedCopy.filter((p) => p.passages > 0).map((p) => [p.outletA, p.outletB].sort().join(' + ')).sort();
    assert.deepEqual(pairs, ["Actu Continu + L'Écho du Jour", 'Briefly World + The Northern Ledger']);
    for (const p of c.sharedCopy) assert.ok(p.passages >= 20, `${p.outletA} / ${p.outletB}: several paragraphs`);

    // Only here: the state channel's 142 is reported by one outlet family only, each edition apart.
    assert.ok(c.onlyHere.some((o) => o.kind === 'figure' && o.what.startsWith('corridors 2')));

    // The other two stories stay apart and are about their own places.
    assert.ok(stories[1]!.top.some((n) => /Lauze/u.test(n)));
    assert.ok(stories[2]!.top.some((n) => /Port-Lazare/u.test(n)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
