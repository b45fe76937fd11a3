import type { OptionSpec } from './command.js';
import type { ReadOptions } from '../app/read-records.js';
import { stringOption, intOption } from './command.js';
import { UsageError } from '../errors.js';

export const INPUT_OPTIONS: Record<string, OptionSpec> = {
  manifest: { type: 'string', valueName: 'FILE', description: 'manifest.jsonl with path, outlet, published, url per article' },
  outlet: { type: 'string', valueName: 'NAME', description: 'outlet of every input (overrides manifest and page)' },
  published: { type: 'string', valueName: 'DATE', description: 'publication date YYYY-MM-DD of every input' },
  language: { type: 'string', valueName: 'CODE', description: 'language of every input (ISO 639-1); detected when absent' },
  'max-mb': { type: 'string', valueName: 'MB', description: 'reject inputs larger than this', default: '16' },
};

export const DB_OPTION: Record<string, OptionSpec> = {
  db: { type: 'string', valueName: 'PATH', description: 'the embedded database file', default: 'recoupe.db' },
};

export function readOptions(values: Record<string, unknown>): ReadOptions {
  const published = stringOption(values, 'published');
  if (published && !/^\d{4}-\d{2}-\d{2}$/u.test(published)) throw new UsageError(`--published wants YYYY-MM-DD, got "${published}"`);
  return {
    manifest: stringOption(values, 'manifest'),
    outlet: stringOption(values, 'outlet'),
    published,
    language: stringOption(values, 'language'),
    maxBytes: intOption(values, 'max-mb', 16) * 1024 * 1024,
  };
}

export function dbPath(values: Record<string, unknown>): string {
  return stringOption(values, 'db') ?? 'recoupe.db';
}
