import type { ArticleOut } from '../model/contract.js';
import type { Rejection } from '../errors.js';

export type InputStatus = 'analysed' | 'duplicate' | 'rejected';

export interface ArticleSummary {
  id: string;
  outlet: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
  path: string | null;
  quotes: number;
  claims: number;
}

export interface StatusReport {
  articles: number;
  counts: Record<InputStatus, number>;
  reasons: { code: string; count: number }[];
  rejections: { input: string; code: string; reason: string }[];
}

export interface ListQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  language?: string;
  /** Full-text search over titles and bodies. */
  search?: string;
  from?: string;
  to?: string;
}

/**
 * Where analysed articles live. The embedded SQLite store is the default; every method that
 * writes does so in one transaction, so a killed run never leaves half an article behind.
 */
export interface Store {
  /** True when this input, with these exact bytes, already ended as analysed, duplicate or rejected. */
  isDone(input: string, contentHash: string): boolean;
  /** Stores an article and its input's outcome together; `duplicate` when the same article is already stored. */
  saveArticle(article: ArticleOut, input: string, contentHash: string): InputStatus;
  saveRejection(rejection: Rejection, contentHash: string | null): void;
  status(): StatusReport;
  list(query?: ListQuery): ArticleSummary[];
  count(query?: ListQuery): number;
  get(id: string): ArticleOut | null;
  /** Article ids starting with a prefix, so users may type the first characters of an id. */
  resolveId(prefix: string): string[];
  all(): Iterable<ArticleOut>;
  close(): void;
}
