import Database from 'better-sqlite3';

export interface StoryRow {
  id: string;
  articles: number;
  outlets: string[];
  languages: string[];
  first: string | null;
  last: string | null;
  quotes: number;
  claims: number;
}

/** A story page compares at most this many articles, so one request never loads a whole corpus. */
export const STORY_ARTICLE_CAP = 300;

/**
 * Stories as `recoupe stories` saved them (tables of migration 2), read through their own
 * read-only connection: `savedStories` re-clusters every stored article, too slow per request.
 * The list is one aggregate over story_articles, cached until `PRAGMA data_version` changes.
 */
export class StoryQueries {
  private readonly db: Database.Database;
  private version = -1;
  private cached: StoryRow[] | null = null;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    // Memory-mapped reads halve the cost of the aggregate's table scan (measured, bench/web.bench.ts).
    this.db.pragma('mmap_size = 1073741824');
  }

  hasStories(): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_articles'").get() !== undefined;
  }

  list(): StoryRow[] {
    if (!this.hasStories()) return [];
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.cached && version === this.version) return this.cached;
    const rows = this.db.prepare(`SELECT sa.story_id AS id, count(*) AS articles,
        json_group_array(DISTINCT a.outlet) AS outlets, json_group_array(DISTINCT a.language) AS languages,
        min(a.published) AS first, max(a.published) AS last, sum(a.quotes) AS quotes, sum(a.claims) AS claims
      FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      GROUP BY sa.story_id ORDER BY articles DESC, first, id`).all() as (Omit<StoryRow, 'outlets' | 'languages'> & { outlets: string; languages: string })[];
    const strings = (json: string) => (JSON.parse(json) as (string | null)[]).filter((x): x is string => x !== null).sort((x, y) => x.localeCompare(y));
    this.cached = rows.map((r) => ({ ...r, outlets: strings(r.outlets), languages: strings(r.languages) }));
    this.version = version;
    return this.cached;
  }

  /** The story's article ids, oldest first, at most `STORY_ARTICLE_CAP`, and how many it has in all. */
  articleIds(storyId: string): { ids: string[]; total: number } {
    if (!this.hasStories()) return { ids: [], total: 0 };
    const total = (this.db.prepare('SELECT count(*) AS n FROM story_articles WHERE story_id = ?').get(storyId) as { n: number }).n;
    const ids = (this.db.prepare(`SELECT sa.article_id AS id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      WHERE sa.story_id = ? ORDER BY a.published, a.id LIMIT ?`).all(storyId, STORY_ARTICLE_CAP) as { id: string }[]).map((r) => r.id);
    return { ids, total };
  }

  close(): void {
    this.db.close();
  }
}
