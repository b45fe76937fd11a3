import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDevSet } from './dev-set-score.js';

/*
 * Speaker accuracy on the dev set (test/stages/quotes/dev-set/README.md): 8 invented articles,
 * (measured: before the gender and description rules fr 68.4, en 67.9, all 68.1; after them fr 94.7, en 89.3, all 92.0)
 * annotated before the stage ran on them. Floors sit a little under the figures measured when
 * they were set, never lowered silently: `right` counts expected quotes found with the right
 * speaker, over all expected quotes (a missed quote is a wrong speaker).
 * Print the misses: RECOUPE_DEV_MISSES=1 node --test dist/test/stages/quotes/speaker-dev-set.test.js
 */
const FLOORS: Record<string, number> = { fr: 92, en: 87, all: 90 };

test('quote speakers on the dev set stay above their floors', () => {
  for (const s of scoreDevSet()) {
    const accuracy = (100 * s.right) / s.expected;
    if (process.env.RECOUPE_DEV_MISSES) {
      console.log(`${s.language}: found ${s.found}/${s.expected}, speaker right ${s.right} (${accuracy.toFixed(1)} of all, ${(100 * s.right / Math.max(1, s.found)).toFixed(1)} of found)`);
      for (const m of s.misses) console.log('  ' + m);
    }
    assert.ok(accuracy >= FLOORS[s.language]!, `${s.language}: speaker accuracy ${accuracy.toFixed(1)} under its floor ${FLOORS[s.language]}`);
  }
});
