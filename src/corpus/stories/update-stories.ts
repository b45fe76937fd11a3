import type { ArticleOut } from '../../model/contract.js';
import type { Store } from '../../store/store.js';
import { articleFeatures, type ArticleFeatures } from './features.js';
import { StoryIndex, assignmentOrder, DEFAULT_STORY_OPTIONS, type StoryOptions } from './story-index.js';
import { StoryDb } from './story-db.js';

export interface StorySummary {
  id: string;
  size: number;
  articles: string[];
  outlets: string[];
  languages: string[];
  first: string | null;
  last: string | null;
  top: string[];
}

export interface StoryRun { stories: StorySummary[]; assigned: number; created: number; articles: Map<string, ArticleOut> }

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86400000).toISOString().slice(0, 10);
}

/** Rebuilds the in-memory index from articles and their saved assignments, then assigns the rest. */
export function clusterArticles(articles: ArticleOut[], saved: Map<string, string>, options: StoryOptions = DEFAULT_STORY_OPTIONS) {
  const index = new StoryIndex(options);
  const features = articles.map(articleFeatures);
  for (const f of features) index.observe(f);
  const fresh: ArticleFeatures[] = [];
  for (const f of [...features].sort(assignmentOrder)) {
    const storyId = saved.get(f.id);
    if (storyId) index.attach(f, storyId);
    else fresh.push(f);
  }
  const first = new Map(fresh.map((f) => [f.id, index.assign(f).storyId]));
  const refined = options.refineRounds > 0 ? index.refine(fresh, first, options.refineRounds) : new Map([...first].map(([id, storyId]) => [id, { storyId, score: 1 }]));
  const before = new Set(saved.values());
  const rows = fresh.map((f) => ({ articleId: f.id, ...refined.get(f.id)! }));
  const created = new Set(rows.map((r) => r.storyId).filter((id) => !before.has(id)));
  return { index, rows, created: created.size };
}

export function summarize(index: StoryIndex): StorySummary[] {
  return [...index.stories.values()]
    .map((s) => ({
      id: s.id, size: s.articles.length, articles: [...s.articles], outlets: [...s.outlets].sort(), languages: [...s.languages].sort(),
      first: isoDay(s.first), last: isoDay(s.last), top: index.topNames(s.id),
    }))
    .sort((a, b) => b.size - a.size || (a.first ?? '').localeCompare(b.first ?? '') || a.id.localeCompare(b.id));
}

/** `recoupe stories`: assigns stored articles that have no story yet, and saves the assignments. */
export function updateStories(store: Store, file: string, opts: { rebuild?: boolean; options?: StoryOptions } = {}): StoryRun {
  const db = new StoryDb(file, false);
  try {
    if (opts.rebuild) db.clear();
    const articles = [...store.all()];
    const { index, rows, created } = clusterArticles(articles, db.assignments(), opts.options);
    db.save(rows);
    return { stories: summarize(index), assigned: rows.length, created, articles: new Map(articles.map((a) => [a.id, a])) };
  } finally {
    db.close();
  }
}

/** Stories as saved, without assigning anything (read-only): for `compare` and exports. */
export function savedStories(store: Store, file: string): StoryRun {
  const db = new StoryDb(file, true);
  try {
    const saved = db.assignments();
    const articles = [...store.all()].filter((a) => saved.has(a.id));
    const { index } = clusterArticles(articles, saved);
    return { stories: summarize(index), assigned: 0, created: 0, articles: new Map(articles.map((a) => [a.id, a])) };
  } finally {
    db.close();
  }
}
