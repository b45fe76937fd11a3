import type { ArticleOut } from '../model/contract.js';
import type { Rejection } from '../errors.js';
import { planRead, type ReadOptions } from './read-records.js';
import { analyzeRecord } from './analyze.js';
import type { Stage } from '../pipeline/stage.js';
import type { RawRecord } from '../stages/ingest/records.js';

export type Outcome =
  | { kind: 'article'; article: ArticleOut; record: RawRecord }
  | { kind: 'rejected'; rejection: Rejection; contentHash: string | null }
  | { kind: 'skipped'; input: string };

export interface RunHooks {
  /** Records for which this returns true are not analysed again (a resumed ingest). */
  skip?: (record: RawRecord) => boolean;
  stages?: Stage[];
}

/** Every input to an outcome: an article, a rejection with its reason, or skipped as already done. */
export function runInputs(args: string[], options: ReadOptions, hooks: RunHooks = {}): { total: number; outcomes: () => Generator<Outcome> } {
  const plan = planRead(args, options);
  function* outcomes(): Generator<Outcome> {
    for (const item of plan.items()) {
      if ('rejection' in item) {
        yield { kind: 'rejected', rejection: item.rejection, contentHash: null };
        continue;
      }
      const { record, given } = item;
      if (hooks.skip?.(record)) {
        yield { kind: 'skipped', input: record.input };
        continue;
      }
      let article: ArticleOut;
      try {
        article = analyzeRecord(record, given, hooks.stages);
      } catch (err) {
        yield { kind: 'rejected', rejection: { input: record.input, code: 'analysis-error', reason: `analysis failed: ${(err as Error).message}` }, contentHash: record.contentHash };
        continue;
      }
      if (article.text.trim() === '') {
        yield { kind: 'rejected', rejection: { input: record.input, code: 'no-text', reason: 'no article text found after cleaning' }, contentHash: record.contentHash };
        continue;
      }
      yield { kind: 'article', article, record };
    }
  }
  return { total: plan.total, outcomes };
}
