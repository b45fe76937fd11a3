import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Rejection } from '../../errors.js';

/** Metadata a page does not carry itself (corpus/README: one JSON object per line). */
export interface ManifestEntry {
  path: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface Manifest {
  /** By absolute path of the article file. */
  entries: Map<string, ManifestEntry>;
  rejections: Rejection[];
}

export const MANIFEST_NAME = 'manifest.jsonl';

export function loadManifest(manifestPath: string): Manifest {
  const entries = new Map<string, ManifestEntry>();
  const rejections: Rejection[] = [];
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (err) {
    rejections.push({ input: manifestPath, code: 'unreadable', reason: `cannot read manifest: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    return { entries, rejections };
  }
  const base = dirname(resolve(manifestPath));
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const input = `${manifestPath}:${i + 1}`;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      rejections.push({ input, code: 'bad-manifest-line', reason: 'manifest line is not JSON' });
      return;
    }
    if (typeof row !== 'object' || row === null || typeof row.path !== 'string') {
      rejections.push({ input, code: 'bad-manifest-line', reason: 'manifest line has no "path"' });
      return;
    }
    entries.set(resolve(base, row.path), {
      path: row.path,
      outlet: typeof row.outlet === 'string' ? row.outlet : null,
      published: typeof row.published === 'string' ? row.published : null,
      url: typeof row.url === 'string' ? row.url : null,
    });
  });
  return { entries, rejections };
}
