import type { Command } from '../command.js';
import { intOption, stringOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { EXIT } from '../../errors.js';

export const listCommand: Command = {
  name: 'list',
  summary: 'list stored articles, newest first, with filters and full-text search',
  usage: 'recoupe list [--outlet NAME] [--language CODE] [--search WORDS] [--limit N] [--offset N]',
  examples: ['recoupe list', 'recoupe list --search "couloirs humanitaires" --language fr', 'recoupe list --outlet "RT France" --limit 10'],
  options: {
    ...DB_OPTION,
    outlet: { type: 'string', valueName: 'NAME', description: 'only this outlet' },
    language: { type: 'string', valueName: 'CODE', description: 'only this language' },
    search: { type: 'string', short: 's', valueName: 'WORDS', description: 'full-text search (accents ignored)' },
    from: { type: 'string', valueName: 'DATE', description: 'published on or after' },
    to: { type: 'string', valueName: 'DATE', description: 'published on or before' },
    limit: { type: 'string', short: 'n', valueName: 'N', description: 'rows per page', default: '50' },
    offset: { type: 'string', valueName: 'N', description: 'rows to skip', default: '0' },
  },
  async run(values) {
    const store = openExistingStore(dbPath(values));
    try {
      const query = {
        outlet: stringOption(values, 'outlet') ?? undefined,
        language: stringOption(values, 'language') ?? undefined,
        search: stringOption(values, 'search') ?? undefined,
        from: stringOption(values, 'from') ?? undefined,
        to: stringOption(values, 'to') ?? undefined,
        limit: intOption(values, 'limit', 50),
        offset: intOption(values, 'offset', 0),
      };
      const rows = store.list(query);
      const total = store.count(query);
      for (const r of rows) {
        process.stdout.write(`${r.id}  ${r.published ?? '----------'}  ${(r.outlet ?? '?').padEnd(18).slice(0, 18)}  ${r.language ?? '??'}  q${String(r.quotes).padEnd(3)} f${String(r.claims).padEnd(3)} ${r.title ?? r.path ?? ''}\n`);
      }
      process.stderr.write(`${rows.length} of ${total} articles${query.offset ? ` from ${query.offset}` : ''}\n`);
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
