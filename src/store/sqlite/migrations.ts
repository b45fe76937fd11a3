/** Schema versions, applied in order, each once, each in its own transaction. Never edit one that shipped. */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        outlet TEXT,
        published TEXT,
        language TEXT,
        title TEXT,
        path TEXT,
        url TEXT,
        quotes INTEGER NOT NULL DEFAULT 0,
        claims INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        json TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_language ON articles(language);

      CREATE TABLE inputs (
        input TEXT PRIMARY KEY,
        content_hash TEXT,
        status TEXT NOT NULL CHECK (status IN ('analysed', 'duplicate', 'rejected')),
        article_id TEXT REFERENCES articles(id),
        code TEXT,
        reason TEXT,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX inputs_status ON inputs(status);

      -- remove_diacritics: "roudskoi" finds "Roudskoï".
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      -- One story per article; an assignment is kept until "recoupe stories --rebuild".
      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        story_id TEXT NOT NULL REFERENCES stories(id),
        score REAL NOT NULL,
        assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
    `,
  },
  {
    version: 3,
    // Lists are newest first, filtered by outlet or language and paged: each filter gets an index
    // in list order, so a deep page walks an index instead of sorting the table. The facets and
    // summary indexes cover the per-outlet and per-story totals, so those never read article texts.
    sql: `
      DROP INDEX IF EXISTS articles_outlet;
      DROP INDEX IF EXISTS articles_published;
      DROP INDEX IF EXISTS articles_language;
      CREATE INDEX articles_list ON articles(published DESC, id);
      CREATE INDEX articles_outlet_list ON articles(outlet, published DESC, id);
      CREATE INDEX articles_language_list ON articles(language, published DESC, id);
      CREATE INDEX articles_facets ON articles(outlet, language, published, quotes, claims);
      CREATE INDEX articles_summary ON articles(id, outlet, language, published, quotes, claims);
    `,
  },
];
