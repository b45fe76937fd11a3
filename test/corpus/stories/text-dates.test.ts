import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDay, explicitDays, latestYear } from '../../../src/corpus/stories/text-dates.js';
import { articleFeatures, dayNumber } from '../../../src/corpus/stories/features.js';
import { DEFAULT_STORY_OPTIONS, StoryIndex, yearsApart } from '../../../src/corpus/stories/story-index.js';
import { clusterArticles } from '../../../src/corpus/stories/update-stories.js';
import { article } from '../fixtures.js';

test('explicit dates in English, French and German; no date without a year', () => {
  const d = dayNumber('2013-05-03');
  assert.deepEqual(explicitDays('May 03, 2013. Le 3 mai 2013, am 3. Mai 2013, on 3 May 2013, 03.05.2013, 2013-05-03'), [d, d, d, d, d, d]);
  assert.deepEqual(explicitDays('He may 3 times say so; on Tuesday, 3 May'), []);
  assert.equal(datelineDay('Storm hits coast\nMarch 8, 2013\nA storm...'), dayNumber('2013-03-08'));
  assert.equal(latestYear('after the 2004 quake and the 1999 floods, 12,000 homes'), 2004);
  assert.equal(latestYear('a 2,500-tonne ship'), null);
});

// Invented: two quakes near Valdora, told with the same names, nine years apart.
const quake = (id: string, text: string) => article({ id, outlet: null, language: 'en', published: null, title: null, text, entities: [] });
const older = [
  quake('q1', 'A strong earthquake struck Valdora province on Sunday, the Geological Survey said. Governor Anselm Tirado said houses collapsed in Valdora. It was the worst since 2004.'),
  quake('q2', 'Rescuers searched collapsed houses in Valdora province after the earthquake, Governor Anselm Tirado said. The Geological Survey measured the quake offshore. In 2004 a quake killed 40.'),
];
const newer = [
  quake('q3', 'January 5, 2013\nTremor shakes Valdora: the Geological Survey put the magnitude at 6.1. Governor Anselm Tirado reported cracked bridges and power cuts.'),
  quake('q4', 'January 6, 2013\nPower returns slowly in Valdora after the tremor. Governor Anselm Tirado inspected cracked bridges; the Geological Survey warned of aftershocks.'),
];

test('two quakes with the same names, years apart by their dates, are two stories', () => {
  const f = [...older, ...newer].map(articleFeatures);
  const index = new StoryIndex();
  for (const x of f) index.observe(x);
  index.attach(f[0]!, 's1');
  assert.equal(yearsApart(f[1]!, index.stories.get('s1')!), false, 'both undated');
  assert.equal(yearsApart(f[2]!, index.stories.get('s1')!), true, 'dated 2013 against a story naming nothing after 2004');
  index.attach(f[2]!, 's2');
  assert.equal(yearsApart(f[3]!, index.stories.get('s2')!), false, 'dated a day apart');
  // Four articles give a small corpus's weights (the shared names weigh a lot): a strong penalty shows the effect.
  const options = { ...DEFAULT_STORY_OPTIONS, yearPenalty: 1 };
  const run = clusterArticles([...older, ...newer], new Map(), options);
  const story = (id: string) => run.rows.find((r) => r.articleId === id)!.storyId;
  assert.equal(story('q1'), story('q2'));
  assert.equal(story('q3'), story('q4'));
  assert.notEqual(story('q1'), story('q3'));
  const blind = clusterArticles([...older, ...newer], new Map(), { ...options, yearPenalty: 0 });
  assert.equal(new Set(blind.rows.map((r) => r.storyId)).size, 1, 'without the dates they merge');
});
