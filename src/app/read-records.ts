import { readFileSync, statSync } from 'node:fs';
import { resolve, relative, isAbsolute } from 'node:path';
import type { Rejection } from '../errors.js';
import { expandInputs, describeFsError } from '../stages/ingest/expand-inputs.js';
import { loadManifest, type Manifest, type ManifestEntry } from '../stages/ingest/manifest.js';
import { recordsFromBytes, DEFAULT_MAX_BYTES, type RawRecord } from '../stages/ingest/records.js';
import { isUrl, type FetchedPage } from '../stages/ingest/fetch-urls.js';
import type { GivenMeta } from './build-document.js';

export interface ReadOptions {
  /** Pages already fetched from the network (http(s) arguments and --urls lists). */
  fetched?: FetchedPage[];
  manifest?: string | null;
  outlet?: string | null;
  published?: string | null;
  language?: string | null;
  maxBytes?: number;
}

export type ReadItem =
  | { record: RawRecord; given: GivenMeta }
  | { rejection: Rejection };

export interface ReadPlan {
  /** Number of files (stdin counts as one), known before reading: the progress bar's total. */
  total: number;
  items: () => Generator<ReadItem>;
}

/**
 * Plans a run over the inputs: expands folders and globs, loads manifests, then reads one file
 * at a time (never the whole corpus in memory) and yields its records or its rejections.
 */
export function planRead(args: string[], options: ReadOptions = {}, stdin: () => Uint8Array = readStdin): ReadPlan {
  const expanded = expandInputs(args.filter((a) => !isUrl(a)));
  const fetched = options.fetched ?? [];
  const manifests = new Map<string, Manifest>();
  const early: Rejection[] = [...expanded.rejections];
  const explicit = options.manifest ? loadManifest(options.manifest) : null;
  if (explicit) early.push(...explicit.rejections);

  const manifestFor = (path: string | null): Manifest | null => {
    if (!path) return null;
    let m = manifests.get(path);
    if (!m) {
      m = loadManifest(path);
      manifests.set(path, m);
      early.push(...m.rejections);
    }
    return m;
  };

  function* items(): Generator<ReadItem> {
    for (const file of expanded.files) manifestFor(file.folderManifest);
    for (const rejection of early) yield { rejection };
    for (const file of expanded.files) {
      let bytes: Uint8Array;
      const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
      try {
        const size = statSync(file.path).size;
        // Checked before reading, so a huge file costs nothing.
        if (size > maxBytes) {
          yield { rejection: { input: file.path, code: 'too-large', reason: `${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)` } };
          continue;
        }
        bytes = readFileSync(file.path);
      } catch (err) {
        yield { rejection: { input: file.path, code: 'unreadable', reason: describeFsError(err) } };
        continue;
      }
      const abs = resolve(file.path);
      const entry = explicit?.entries.get(abs) ?? manifestFor(file.folderManifest)?.entries.get(abs) ?? null;
      for (const result of recordsFromBytes(file.path, bytes, options.maxBytes ?? DEFAULT_MAX_BYTES)) {
        if ('rejection' in result) yield result;
        else yield { record: result.record, given: givenMeta(result.record, entry, options) };
      }
    }
    for (const page of fetched) {
      for (const result of recordsFromBytes(page.input, page.bytes, options.maxBytes ?? DEFAULT_MAX_BYTES, page.charset)) {
        if ('rejection' in result) { yield result; continue; }
        const record = { ...result.record, url: result.record.url ?? page.url };
        yield { record, given: givenMeta(record, explicit?.entries.get(page.input) ?? null, options) };
      }
    }
    if (expanded.stdin) {
      for (const result of recordsFromBytes('-', stdin(), options.maxBytes ?? DEFAULT_MAX_BYTES)) {
        if ('rejection' in result) yield result;
        else yield { record: result.record, given: givenMeta(result.record, null, options) };
      }
    }
  }
  return { total: expanded.files.length + fetched.length + (expanded.stdin ? 1 : 0), items };
}

function givenMeta(record: RawRecord, entry: ManifestEntry | null, options: ReadOptions): GivenMeta {
  // A JSON Lines record's own fields describe it better than its file's manifest line.
  const fromManifest = record.line === null ? entry : null;
  return {
    outlet: options.outlet ?? fromManifest?.outlet ?? null,
    published: options.published ?? fromManifest?.published ?? null,
    url: fromManifest?.url ?? null,
    language: options.language ?? null,
    path: record.input,
  };
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch {
    return new Uint8Array();
  }
}

export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}
