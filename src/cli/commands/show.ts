import type { Command } from '../command.js';
import { choiceOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { renderArticleText } from '../render-article.js';
import { EXIT, RecoupeError, UsageError } from '../../errors.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'show one stored article: metadata, highlighted body, quotes, figures, events',
  usage: 'recoupe show [--format text|json] ID',
  details: 'ID may be the first characters of an article id, as long as only one article starts with them.',
  examples: ['recoupe show 3f9a2c', 'recoupe show --format json 3f9a2c11d0e4b7a8'],
  options: {
    ...DB_OPTION,
    format: { type: 'string', short: 'f', valueName: 'FMT', description: 'text or json', default: 'text' },
  },
  async run(values, positionals) {
    const prefix = positionals[0];
    if (!prefix) throw new UsageError('which article? give its id (see "recoupe list")');
    const format = choiceOption(values, 'format', ['text', 'json'] as const, 'text');
    const store = openExistingStore(dbPath(values));
    try {
      const ids = store.resolveId(prefix);
      if (ids.length === 0) throw new RecoupeError(`no article with an id starting "${prefix}"`, EXIT.failure);
      if (ids.length > 1) throw new RecoupeError(`"${prefix}" matches ${ids.length} articles: ${ids.join(', ')}`, EXIT.usage);
      const article = store.get(ids[0]!)!;
      process.stdout.write(format === 'json' ? `${JSON.stringify(article, null, 2)}\n` : `${renderArticleText(article, { color: Boolean(process.stdout.isTTY) })}\n`);
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
