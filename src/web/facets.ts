import Database from 'better-sqlite3';

export interface OutletFacet {
  outlet: string | null;
  articles: number;
  languages: string[];
  first: string | null;
  last: string | null;
  quotes: number;
  claims: number;
}

export interface Facets {
  outlets: OutletFacet[];
  languages: { language: string | null; articles: number }[];
}

/**
 * Per-outlet and per-language counts for the filters and the Outlets page. The Store interface
 * has no aggregate query, so this reads the SQLite `articles` table through its own read-only
 * connection. The aggregate is a scan of the table, so it is cached and recomputed only when
 * `PRAGMA data_version` says another connection (an ingest) has committed since.
 */
export class FacetCache {
  private readonly db: Database.Database;
  private version = -1;
  private cached: Facets | null = null;

  constructor(path: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    // Memory-mapped reads halve the cost of the aggregate's table scan (measured, bench/web.bench.ts).
    this.db.pragma('mmap_size = 1073741824');
  }

  get(): Facets {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.cached && version === this.version) return this.cached;
    const outlets = (this.db.prepare(`SELECT outlet, count(*) AS articles, group_concat(DISTINCT language) AS languages,
        min(published) AS first, max(published) AS last, sum(quotes) AS quotes, sum(claims) AS claims
        FROM articles GROUP BY outlet ORDER BY articles DESC, outlet`).all() as
        { outlet: string | null; articles: number; languages: string | null; first: string | null; last: string | null; quotes: number; claims: number }[])
      .map((r) => ({ ...r, languages: r.languages ? r.languages.split(',').sort() : [] }));
    const languages = this.db.prepare('SELECT language, count(*) AS articles FROM articles GROUP BY language ORDER BY articles DESC, language')
      .all() as Facets['languages'];
    this.cached = { outlets, languages };
    this.version = version;
    return this.cached;
  }

  close(): void {
    this.db.close();
  }
}
