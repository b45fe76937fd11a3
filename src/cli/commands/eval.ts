import { loadGoldFolder } from '../../eval/load-gold.js';
import { evaluate, type AnalyzeDocs } from '../../eval/evaluate.js';
import type { Floors } from '../../eval/aggregate.js';
import { renderReport } from '../../eval/report.js';
import type { EvalReport } from '../../eval/types.js';

export type { AnalyzeDocs } from '../../eval/evaluate.js';
export type { EvalDoc } from '../../eval/gold-file.js';

export interface EvalCommandArgs {
  /** Folder of `*.gold.json` files (`--gold`). */
  gold: string;
  /** `--format`: a terminal table, or the whole report as JSON. */
  format: 'text' | 'json';
  /**
   * The analysis to score, injected by the CLI so this command does not depend on the
   * pipeline. Called once with every doc, in gold-file order; must return one ArticleOut per
   * doc in that order, or null for a doc it could not analyse. Typically:
   * `(docs) => analyze(docs)` from src/app/analyze.ts, each doc read as its manifest says
   * (`line` set: only that line of the JSON Lines file).
   */
  analyze: AnalyzeDocs;
  /** Folder the gold `doc` paths are relative to; default: the gold folder's grandparent. */
  root?: string;
  /** Quality floors (fractions); a run below one fails. */
  floors?: Floors;
}

export interface EvalCommandResult {
  report: EvalReport;
  /** What to print: the table or the JSON, ending with a newline. */
  text: string;
  /** True when a doc was not analysed or a floor was not met: the CLI exits non-zero. */
  failed: boolean;
}

/**
 * `recoupe eval --gold <folder> [--format text|json]`: loads the gold files, runs the
 * injected analysis on their docs and scores it. Throws EvalError (with a `code`) for a
 * missing or empty gold folder, an invalid gold file, a missing doc, or an analysis that does
 * not answer once per doc; never exits the process itself.
 */
export async function evalCommand(args: EvalCommandArgs): Promise<EvalCommandResult> {
  const golds = loadGoldFolder(args.gold, args.root !== undefined ? { root: args.root } : {});
  const outputs = await args.analyze(golds.map((g) => g.doc));
  const report = evaluate(args.gold, golds, outputs, args.floors ?? {});
  return {
    report,
    text: renderReport(report, args.format),
    failed: report.notAnalysed.length > 0 || report.failures.length > 0,
  };
}
