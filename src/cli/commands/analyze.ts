import type { Command } from '../command.js';
import { choiceOption } from '../command.js';
import { INPUT_OPTIONS, readOptionsWithFetch, hasInputs } from '../input-options.js';
import { runInputs } from '../../app/run-inputs.js';
import { Progress } from '../progress.js';
import { EXIT, UsageError } from '../../errors.js';
import { renderArticleText } from '../render-article.js';

const FORMATS = ['jsonl', 'json', 'text'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse inputs and print the results on stdout, without a store',
  usage: 'recoupe analyze [options] <file|folder|glob|-> ...',
  details: 'Inputs: plain text as scraped, HTML, JSON Lines ({url, html|text, outlet, published} per line), each also .gz.\nRejected inputs are reported on stderr, one line each; the exit code is 1 when any was rejected.',
  examples: [
    'recoupe analyze --manifest corpus/manifest.jsonl --format jsonl corpus/',
    'recoupe analyze --format text --outlet "Le Courrier" --published 2026-03-02 page.html',
    'recoupe analyze --format text https://example.org/news/article.html',
    'curl -s https://example.org/a.html | recoupe analyze --format json -',
  ],
  options: {
    ...INPUT_OPTIONS,
    format: { type: 'string', short: 'f', valueName: 'FMT', description: 'jsonl (one object per line), json (an array), text', default: 'jsonl' },
  },
  async run(values, positionals) {
    if (!hasInputs(values, positionals)) throw new UsageError('nothing to analyse: give files, folders, globs, URLs or - for stdin');
    const format = choiceOption(values, 'format', FORMATS, 'jsonl');
    const { options, rejections } = await readOptionsWithFetch(values, positionals);
    for (const r of rejections) process.stderr.write(`rejected ${r.input}: ${r.reason}\n`);
    const run = runInputs(positionals, options);
    const progress = new Progress(run.total, 'analyse');
    let rejected = rejections.length;
    let first = true;
    if (format === 'json') process.stdout.write('[');
    for (const outcome of run.outcomes()) {
      if (outcome.kind === 'rejected') {
        rejected++;
        progress.finish();
        process.stderr.write(`rejected ${outcome.rejection.input}: ${outcome.rejection.reason}\n`);
        continue;
      }
      if (outcome.kind !== 'article') continue;
      progress.tick();
      const a = outcome.article;
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(a)}\n`);
      else if (format === 'json') process.stdout.write(`${first ? '' : ','}\n${JSON.stringify(a, null, 2)}`);
      else process.stdout.write(`${renderArticleText(a, { color: Boolean(process.stdout.isTTY) })}\n`);
      first = false;
    }
    if (format === 'json') process.stdout.write(first ? ']\n' : '\n]\n');
    progress.finish();
    return rejected > 0 ? EXIT.rejected : EXIT.ok;
  },
};
