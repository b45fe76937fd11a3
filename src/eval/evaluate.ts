import type { ArticleOut } from '../model/contract.js';
import { aggregate, type Floors } from './aggregate.js';
import { EvalError } from './errors.js';
import type { EvalDoc, GoldArticle } from './gold-file.js';
import { scoreArticle } from './score-article.js';
import type { EvalReport } from './types.js';

/**
 * The analysis `eval` scores, injected by the caller so that scoring never depends on the
 * pipeline. It receives one EvalDoc per gold file, in gold-file order, and must return one
 * entry per doc in the same order: the article's output, or null when the doc could not be
 * analysed (rejected, duplicate), which scores as an empty output.
 */
export type AnalyzeDocs = (docs: EvalDoc[]) => Promise<ReadonlyArray<ArticleOut | null>>;

/** Scores outputs already lined up with their gold files (outputs[i] is for golds[i]). */
export function evaluate(
  goldLabel: string,
  golds: readonly GoldArticle[],
  outputs: ReadonlyArray<ArticleOut | null>,
  floors: Floors = {},
): EvalReport {
  if (outputs.length !== golds.length) {
    throw new EvalError('ANALYZE_MISMATCH', goldLabel,
      `${golds.length} gold file(s) but ${outputs.length} output(s); analyze must answer once per doc, null when not analysed`);
  }
  return aggregate(goldLabel, golds.map((g, i) => scoreArticle(g, outputs[i] ?? null)), floors);
}
