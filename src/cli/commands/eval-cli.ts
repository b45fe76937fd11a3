import type { Command } from '../command.js';
import { choiceOption, stringOption } from '../command.js';
import { evalCommand, type EvalDoc } from './eval.js';
import { runInputs } from '../../app/run-inputs.js';
import type { ArticleOut } from '../../model/contract.js';
import { EXIT, UsageError } from '../../errors.js';

export const evalCliCommand: Command = {
  name: 'eval',
  summary: 'score the analysis of gold articles: precision, recall and F1 per field, and every miss',
  usage: 'recoupe eval --gold DIR [--format text|json]',
  details: 'DIR holds *.gold.json files (format: docs/eval.md); each names its article, whose folder has a manifest.jsonl.\nExit code 4 when an article could not be analysed.',
  examples: ['recoupe eval --gold ../shared/gold/seeds', 'recoupe eval --gold examples/gold --format json > scores.json'],
  options: {
    gold: { type: 'string', short: 'g', valueName: 'DIR', description: 'folder of *.gold.json files' },
    format: { type: 'string', short: 'f', valueName: 'FMT', description: 'text or json', default: 'text' },
    root: { type: 'string', valueName: 'DIR', description: "folder the gold files' doc paths are relative to (default: the gold folder's grandparent)" },
  },
  async run(values) {
    const gold = stringOption(values, 'gold');
    if (!gold) throw new UsageError('--gold DIR is required');
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const root = stringOption(values, 'root');
    const result = await evalCommand({ gold, format, analyze: async (docs) => docs.map(analyzeEvalDoc), ...(root ? { root } : {}) });
    process.stdout.write(result.text);
    return result.failed ? EXIT.belowFloor : EXIT.ok;
  },
};

/** One gold article analysed as `analyze` would, with its folder's manifest. */
export function analyzeEvalDoc(doc: EvalDoc): ArticleOut | null {
  const run = runInputs([doc.path], { manifest: doc.manifest });
  for (const outcome of run.outcomes()) {
    if (outcome.kind !== 'article') continue;
    if (doc.line === null || outcome.record.line === doc.line) return outcome.article;
  }
  return null;
}
