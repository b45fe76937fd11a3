import type { OptionSpec } from './command.js';
import type { ReadOptions } from '../app/read-records.js';
import { stringOption, intOption } from './command.js';
import { readFileSync } from 'node:fs';
import { UsageError, type Rejection } from '../errors.js';
import { fetchUrls, isUrl, urlsFromList } from '../stages/ingest/fetch-urls.js';
import { describeFsError } from '../stages/ingest/expand-inputs.js';

export const INPUT_OPTIONS: Record<string, OptionSpec> = {
  manifest: { type: 'string', valueName: 'FILE', description: 'manifest.jsonl with path, outlet, published, url per article' },
  outlet: { type: 'string', valueName: 'NAME', description: 'outlet of every input (overrides manifest and page)' },
  published: { type: 'string', valueName: 'DATE', description: 'publication date YYYY-MM-DD of every input' },
  language: { type: 'string', valueName: 'CODE', description: 'language of every input (ISO 639-1); detected when absent' },
  'max-mb': { type: 'string', valueName: 'MB', description: 'reject inputs larger than this', default: '16' },
  urls: { type: 'string', valueName: 'FILE', description: 'a list of page URLs to fetch, one per line (http(s) arguments are fetched too)' },
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

/**
 * The read options, with the pages of http(s) arguments and of the --urls list fetched first
 * (a few at a time); a page that cannot be fetched is a rejection like any unreadable file.
 */
export async function readOptionsWithFetch(values: Record<string, unknown>, positionals: string[]): Promise<{ options: ReadOptions; rejections: Rejection[] }> {
  const options = readOptions(values);
  const list = stringOption(values, 'urls');
  let urls = positionals.filter(isUrl);
  if (list) {
    try {
      urls = [...urls, ...urlsFromList(readFileSync(list, 'utf8'))];
    } catch (err) {
      throw new UsageError(`--urls ${list}: ${describeFsError(err)}`);
    }
  }
  if (urls.length === 0) return { options, rejections: [] };
  const { pages, rejections } = await fetchUrls(urls, { maxBytes: options.maxBytes });
  return { options: { ...options, fetched: pages }, rejections };
}

export function hasInputs(values: Record<string, unknown>, positionals: string[]): boolean {
  return positionals.length > 0 || stringOption(values, 'urls') !== null;
}

export function dbPath(values: Record<string, unknown>): string {
  return stringOption(values, 'db') ?? 'recoupe.db';
}
