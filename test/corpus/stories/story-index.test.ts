import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article, entity } from '../fixtures.js';
import { clusterArticles, updateStories } from '../../../src/corpus/stories/update-stories.js';
import { openSqliteStore } from '../../../src/store/sqlite/sqlite-store.js';

// Invented: a dam breaks above the town of Vellardo (fr and en outlets), and, apart, a
// football final in Brelange. Names are spelled as each language would transliterate them.
const dam = [
  article({ id: 'd1', outlet: 'Le Quotidien Bleu', language: 'fr', published: '2024-11-02', title: 'Rupture du barrage de Vellardo : au moins 12 morts',
    text: 'Le barrage de Vellardo a cédé dans la nuit. Selon la protection civile, au moins 12 personnes sont mortes. Le préfet Oleg Vassiline a ordonné l’évacuation des villages en aval du barrage. Les secours cherchent des disparus dans la vallée de la Tesma.',
    entities: [entity('Vellardo', 'LOC', 3), entity('Oleg Vassiline', 'PER', 2), entity('Tesma', 'LOC')] }),
  article({ id: 'd2', outlet: 'Radio Monts', language: 'fr', published: '2024-11-03', title: 'Barrage de Vellardo : le bilan s’alourdit',
    text: 'Le bilan de la rupture du barrage de Vellardo atteint 19 morts. Le préfet Vassiline parle de « catastrophe ». Des milliers d’habitants de la vallée de la Tesma ont été évacués vers les gymnases.',
    entities: [entity('Vellardo', 'LOC', 2), entity('Vassiline', 'PER'), entity('Tesma', 'LOC')] }),
  article({ id: 'd3', outlet: 'Northern Wire', language: 'en', published: '2024-11-03', title: 'Vellardo dam collapse kills at least 19',
    text: 'A dam above Vellardo burst overnight, flooding the Tesma valley. Regional prefect Oleg Vasilin said 19 people had died and ordered further evacuations. Rescue teams are searching for the missing.',
    entities: [entity('Vellardo', 'LOC', 2), entity('Oleg Vasilin', 'PER'), entity('Tesma', 'LOC')] }),
];
const football = [
  article({ id: 'f1', outlet: 'Le Quotidien Bleu', language: 'fr', published: '2024-11-03', title: 'Brelange remporte la finale de la coupe',
    text: 'Le club de Brelange a remporté la finale de la coupe face à Sorvic, deux buts à un. L’entraîneur Marc Dufrenne a salué ses joueurs devant un stade comble.',
    entities: [entity('Brelange', 'LOC', 2), entity('Sorvic', 'LOC'), entity('Marc Dufrenne', 'PER')] }),
  article({ id: 'f2', outlet: 'Radio Monts', language: 'fr', published: '2024-11-04', title: 'Coupe : la fête à Brelange après la finale',
    text: 'Des milliers de supporters ont fêté la victoire de Brelange en finale de coupe. Marc Dufrenne promet de défendre le titre la saison prochaine face à Sorvic.',
    entities: [entity('Brelange', 'LOC', 2), entity('Marc Dufrenne', 'PER'), entity('Sorvic', 'LOC')] }),
];

function storyOf(run: ReturnType<typeof clusterArticles>, id: string): string | undefined {
  return run.rows.find((r) => r.articleId === id)?.storyId;
}

test('one story across outlets and languages; an unrelated story apart', () => {
  const run = clusterArticles([...dam, ...football], new Map());
  const d = storyOf(run, 'd1');
  assert.equal(storyOf(run, 'd2'), d);
  assert.equal(storyOf(run, 'd3'), d, 'the English article joins the French story');
  const f = storyOf(run, 'f1');
  assert.notEqual(f, d);
  assert.equal(storyOf(run, 'f2'), f);
  assert.equal(run.index.stories.size, 2);
});

test('an article outside the time window opens a new story', () => {
  const late = article({ ...dam[1]!, id: 'd9', published: '2025-03-01' });
  const run = clusterArticles([dam[0]!, late], new Map(), { windowDays: 21, threshold: 0.2, nameShare: 0.6, crossThreshold: 0.1, refineRounds: 3 });
  assert.notEqual(storyOf(run, 'd9'), storyOf(run, 'd1'));
});

test('stories are saved and a new article is assigned without touching the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-stories-'));
  const file = join(dir, 'r.db');
  try {
    const store = openSqliteStore(file);
    for (const a of [dam[0]!, dam[1]!, ...football]) store.saveArticle(a, `${a.id}.txt`, a.id);
    const first = updateStories(store, file);
    assert.equal(first.assigned, 4);
    assert.equal(first.stories.length, 2);
    store.saveArticle(dam[2]!, 'd3.txt', 'd3');
    const second = updateStories(store, file);
    assert.equal(second.assigned, 1, 'only the new article is assigned');
    assert.equal(second.created, 0);
    const damStory = second.stories.find((s) => s.articles.includes('d1'))!;
    assert.deepEqual([...damStory.articles].sort(), ['d1', 'd2', 'd3']);
    assert.deepEqual(damStory.languages, ['en', 'fr']);
    const again = updateStories(store, file, { rebuild: true });
    assert.equal(again.assigned, 5);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
