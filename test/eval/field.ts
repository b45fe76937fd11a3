import type { ArticleOut } from '../../src/model/contract.js';
import type { GoldArticle } from '../../src/eval/gold-file.js';
import { scoreArticle } from '../../src/eval/score-article.js';
import type { FieldName, FieldResult } from '../../src/eval/types.js';

/** Scores one article and returns one field's result (failing loudly if it was not scored). */
export function field(g: GoldArticle, o: ArticleOut | null, name: FieldName): FieldResult {
  const result = scoreArticle(g, o).fields.find((f) => f.field === name);
  if (!result) throw new Error(`field ${name} not scored`);
  return result;
}

/** The findings of a result as "kind: text" lines, the easiest thing to assert on. */
export function lines(result: FieldResult): string[] {
  return result.findings.map((f) => (f.attribute && f.kind === 'wrong'
    ? `${f.kind} ${f.attribute}: ${f.text} (${f.expected} / ${f.got})`
    : `${f.kind}: ${f.text}`));
}
