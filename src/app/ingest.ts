import type { Rejection } from '../errors.js';
import type { ReadOptions } from './read-records.js';
import { runInputs } from './run-inputs.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

export interface IngestSummary {
  analysed: number;
  duplicate: number;
  rejected: number;
  skipped: number;
  rejections: Rejection[];
}

/** Analyses inputs into the store, skipping those already done with the same bytes. */
export interface ProgressSink {
  start?(total: number): void;
  tick(): void;
  finish(): void;
}

/** `early`: inputs already rejected before reading (pages that could not be fetched). */
export function ingestInputs(args: string[], options: ReadOptions, db: string, progress?: ProgressSink, early: Rejection[] = []): IngestSummary {
  const store = openSqliteStore(db);
  const summary: IngestSummary = { analysed: 0, duplicate: 0, rejected: 0, skipped: 0, rejections: [] };
  try {
    for (const rejection of early) {
      store.saveRejection(rejection, null);
      summary.rejected++;
      summary.rejections.push(rejection);
    }
    const run = runInputs(args, options, { skip: (record) => store.isDone(record.input, record.contentHash) });
    progress?.start?.(run.total);
    for (const outcome of run.outcomes()) {
      if (outcome.kind === 'skipped') { summary.skipped++; progress?.tick(); continue; }
      if (outcome.kind === 'rejected') {
        store.saveRejection(outcome.rejection, outcome.contentHash);
        summary.rejected++;
        summary.rejections.push(outcome.rejection);
        continue;
      }
      const status = store.saveArticle(outcome.article, outcome.record.input, outcome.record.contentHash);
      summary[status === 'duplicate' ? 'duplicate' : 'analysed']++;
      progress?.tick();
    }
    progress?.finish();
  } finally {
    store.close();
  }
  return summary;
}
