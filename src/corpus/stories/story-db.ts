import Database from 'better-sqlite3';

/**
 * The story tables (migration 2: stories, story_articles), read and written through their own
 * connection to the store's file: the `Store` interface is about articles, and the WAL journal
 * lets both connections work on one file.
 */
export class StoryDb {
  private readonly db: Database.Database;

  constructor(file: string, readonly: boolean) {
    this.db = new Database(file, { readonly, fileMustExist: true });
  }

  /** Whether the file has the story tables (a store made before migration 2, opened read-only, has not). */
  hasTables(): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_articles'").get() !== undefined;
  }

  /** article id → story id. */
  assignments(): Map<string, string> {
    if (!this.hasTables()) return new Map();
    const rows = this.db.prepare('SELECT article_id, story_id FROM story_articles').all() as { article_id: string; story_id: string }[];
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  clear(): void {
    this.db.transaction(() => {
      this.db.exec('DELETE FROM story_articles; DELETE FROM stories;');
    }).immediate();
  }

  /** Saves new assignments in one transaction: a killed run keeps all of them or none. */
  save(rows: { articleId: string; storyId: string; score: number }[]): void {
    const story = this.db.prepare("INSERT INTO stories (id) VALUES (?) ON CONFLICT(id) DO UPDATE SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const link = this.db.prepare('INSERT INTO story_articles (article_id, story_id, score) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const r of rows) {
        story.run(r.storyId);
        link.run(r.articleId, r.storyId, r.score);
      }
    }).immediate();
  }

  close(): void {
    this.db.close();
  }
}
