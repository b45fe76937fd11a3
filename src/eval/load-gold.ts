import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EvalError } from './errors.js';
import type { EvalDoc, GoldArticle, GoldFile } from './gold-file.js';
import { SCORED_NAMES } from './scope.js';

const GOLD_SUFFIX = '.gold.json';
const LINE_SUFFIX = /^(?<file>.+)#(?<line>\d+)$/u;

/**
 * The folder `doc` paths are relative to: the parent of the gold folder's parent
 * (`shared/gold/seeds` -> `shared`, `<repo>/gold/examples` -> `<repo>`).
 */
export function defaultDocRoot(goldDir: string): string {
  return dirname(dirname(resolve(goldDir)));
}

/** Resolves a gold `doc` ("corpus/seeds/000.txt", "examples/x.jsonl#2") against `root`. */
export function resolveDoc(doc: string, root: string): EvalDoc {
  const suffix = LINE_SUFFIX.exec(doc);
  const file = suffix?.groups?.file ?? doc;
  const line = suffix?.groups?.line !== undefined ? Number(suffix.groups.line) : null;
  const path = resolve(root, file);
  const manifest = join(dirname(path), 'manifest.jsonl');
  return { path, line, manifest: existsSync(manifest) ? manifest : null };
}

/**
 * The manifest line describing `doc`: manifest paths are relative to the manifest's folder;
 * a `#n` doc may have its own line (`x.jsonl#2`), else it shares the file's.
 */
export function findManifestEntry(doc: EvalDoc): Record<string, unknown> | null {
  if (doc.manifest === null) return null;
  const name = basename(doc.path);
  const wanted = doc.line === null ? [name] : [`${name}#${doc.line}`, name];
  const entries: Record<string, unknown>[] = [];
  for (const line of readFileSync(doc.manifest, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry: unknown = JSON.parse(line);
      if (entry !== null && typeof entry === 'object') entries.push(entry as Record<string, unknown>);
    } catch {
      // A broken manifest line only costs the fallback metadata; the analysis reports it.
    }
  }
  for (const key of wanted) {
    const hit = entries.find((e) => typeof e.path === 'string' && (e.path === key || basename(e.path) === key));
    if (hit) return hit;
  }
  return null;
}

/** Checks the few things scoring relies on; everything else may be absent. */
export function parseGoldFile(text: string, file: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EvalError('GOLD_FILE_INVALID', file, `not JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new EvalError('GOLD_FILE_INVALID', file, 'a gold file is a JSON object');
  }
  const gold = data as Record<string, unknown>;
  if (typeof gold.doc !== 'string' || gold.doc === '') {
    throw new EvalError('GOLD_FILE_INVALID', file, '"doc" must name the article');
  }
  for (const key of ['credits', 'captions', 'related', 'entities', 'optional_entities', 'quotes',
    'claims', 'optional_claims', 'events', 'labels', 'scored']) {
    if (gold[key] !== undefined && !Array.isArray(gold[key])) {
      throw new EvalError('GOLD_FILE_INVALID', file, `"${key}" must be a list`);
    }
  }
  for (const [index, quote] of ((gold.quotes ?? []) as Record<string, unknown>[]).entries()) {
    if (typeof quote?.contains !== 'string' || quote.contains.trim() === '') {
      throw new EvalError('GOLD_FILE_INVALID', file, `quotes[${index}] needs "contains"`);
    }
  }
  for (const [index, entity] of ((gold.entities ?? []) as Record<string, unknown>[]).entries()) {
    if (typeof entity?.name !== 'string' || typeof entity.type !== 'string') {
      throw new EvalError('GOLD_FILE_INVALID', file, `entities[${index}] needs "name" and "type"`);
    }
  }
  for (const name of (gold.scored ?? []) as unknown[]) {
    if (!(SCORED_NAMES as readonly unknown[]).includes(name)) {
      throw new EvalError('GOLD_FILE_INVALID', file, `"scored" names unknown field ${JSON.stringify(name)}`);
    }
  }
  return gold as unknown as GoldFile;
}

export interface LoadGoldOptions {
  /** Folder `doc` paths are relative to; defaults to the gold folder's grandparent. */
  root?: string;
}

/** Reads every `*.gold.json` of a folder, in file-name order, and resolves its doc. */
export function loadGoldFolder(goldDir: string, options: LoadGoldOptions = {}): GoldArticle[] {
  const dir = resolve(goldDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new EvalError('GOLD_FOLDER_NOT_FOUND', dir, 'no such folder');
  }
  const root = options.root !== undefined ? resolve(options.root) : defaultDocRoot(dir);
  const names = readdirSync(dir).filter((name) => name.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) {
    throw new EvalError('GOLD_FOLDER_EMPTY', dir, `no *${GOLD_SUFFIX} file`);
  }
  return names.map((name) => {
    const file = join(dir, name);
    const gold = parseGoldFile(readFileSync(file, 'utf8'), file);
    const doc = resolveDoc(gold.doc, root);
    if (!existsSync(doc.path)) {
      throw new EvalError('GOLD_DOC_NOT_FOUND', file, `doc ${gold.doc} not found at ${doc.path}`);
    }
    return { file, id: gold.doc, doc, gold, manifestEntry: findManifestEntry(doc) };
  });
}
