import type { ArticleOut } from '../model/contract.js';
import type { GoldFile } from './gold-file.js';
import type { FieldKind, FieldName, FieldResult, Finding } from './types.js';

/** What every field scorer reads: one gold file and the output for the same article. */
export interface ScoreInput {
  article: string;
  gold: GoldFile;
  out: ArticleOut;
  manifestEntry: Record<string, unknown> | null;
}

export function emptyResult(field: FieldName, kind: FieldKind): FieldResult {
  return { field, kind, counts: { tp: 0, fp: 0, fn: 0 }, attributes: {}, findings: [] };
}

export function finding(
  input: ScoreInput,
  field: FieldName,
  kind: Finding['kind'],
  text: string,
  extra: Pick<Finding, 'attribute' | 'expected' | 'got'> = {},
): Finding {
  return { article: input.article, field, kind, text, ...extra };
}

/** An output with nothing in it: what a doc `analyze` could not read is scored against. */
export function emptyArticle(path: string | null): ArticleOut {
  return {
    id: '', input: { path, url: null }, outlet: null, published: null, language: null,
    title: null, section: null, credits: [], text: '', captions: [], related: [],
    boilerplate: [], entities: [], quotes: [], claims: [], events: [], labels: [],
  };
}
