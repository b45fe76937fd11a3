import type { Command } from '../command.js';
import { INPUT_OPTIONS, DB_OPTION, readOptionsWithFetch, hasInputs, dbPath } from '../input-options.js';
import { ingestInputs } from '../../app/ingest.js';
import { EXIT, UsageError } from '../../errors.js';
import { progressSink } from '../progress.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse inputs into the store; each input ends analysed, duplicate or rejected',
  usage: 'recoupe ingest [options] <file|folder|glob|-> ...',
  details: 'Each article is written in one transaction. Running again skips inputs already done with the same bytes,\nso an interrupted run resumes where it stopped and a repeated run adds nothing.',
  examples: [
    'recoupe ingest --manifest corpus/manifest.jsonl corpus/',
    'recoupe ingest --db aleppo.db "scrapes/**/*.html.gz"',
    'recoupe ingest --urls pages.txt',
    'cat feed.jsonl | recoupe ingest -',
  ],
  options: { ...INPUT_OPTIONS, ...DB_OPTION },
  async run(values, positionals) {
    if (!hasInputs(values, positionals)) throw new UsageError('nothing to ingest: give files, folders, globs, URLs or - for stdin');
    const { options, rejections } = await readOptionsWithFetch(values, positionals);
    const summary = ingestInputs(positionals, options, dbPath(values), progressSink('ingest'), rejections);
    for (const r of summary.rejections.slice(0, 50)) process.stderr.write(`rejected ${r.input}: ${r.reason}\n`);
    if (summary.rejections.length > 50) process.stderr.write(`… and ${summary.rejections.length - 50} more (recoupe status)\n`);
    process.stdout.write(
      `${summary.analysed} analysed, ${summary.duplicate} duplicate, ${summary.rejected} rejected, ${summary.skipped} already stored (${dbPath(values)})\n`,
    );
    return summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
  },
};
