import type { Command } from '../command.js';
import { choiceOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { EXIT } from '../../errors.js';
import { articlesCsvHeader, articleCsvRows } from '../../app/csv.js';
import { eventsCsvHeader, eventsCsvRows } from '../../corpus/compare/events-csv.js';

const FORMATS = ['jsonl', 'csv', 'events-csv'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export stored articles: JSON Lines (the output contract), CSV (one row per figure) or an ACLED-like events table',
  usage: 'recoupe export --format jsonl|csv|events-csv [--db PATH] > file',
  details: 'csv: one row per figure (claim) with its article, outlet, date, category, value, source and sentence;\nopens in a spreadsheet (UTF-8 with BOM, RFC 4180 quoting).',
  examples: ['recoupe export --format jsonl > articles.jsonl', 'recoupe export --format csv > figures.csv', 'recoupe export --format events-csv > events.csv'],
  options: {
    ...DB_OPTION,
    format: { type: 'string', short: 'f', valueName: 'FMT', description: FORMATS.join(' or '), default: 'jsonl' },
  },
  async run(values) {
    const format = choiceOption(values, 'format', FORMATS, 'jsonl');
    const store = openExistingStore(dbPath(values));
    try {
      if (format === 'events-csv') {
        process.stdout.write(`\uFEFF${eventsCsvHeader()}\r\n${eventsCsvRows([...store.all()]).map((r) => `${r}\r\n`).join('')}`);
        return EXIT.ok;
      }
      if (format === 'csv') process.stdout.write(`\uFEFF${articlesCsvHeader()}\r\n`);
      for (const a of store.all()) {
        if (format === 'jsonl') process.stdout.write(`${JSON.stringify(a)}\n`);
        else for (const row of articleCsvRows(a)) process.stdout.write(`${row}\r\n`);
      }
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
