import { readdirSync, statSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { globSync } from 'tinyglobby';
import type { Rejection } from '../../errors.js';
import { MANIFEST_NAME } from './manifest.js';

export interface InputFile {
  /** The path as the user gave it (or as found under a folder they gave). */
  path: string;
  /** The manifest of the folder this file was found in, if it has one. */
  folderManifest: string | null;
}

export interface ExpandedInputs {
  files: InputFile[];
  stdin: boolean;
  rejections: Rejection[];
}

const GLOB_CHARS = /[*?[\]{}]/u;

/**
 * Files, folders (recursive, sorted so runs are reproducible), globs and "-" for stdin.
 * A folder's manifest.jsonl describes the folder's articles and is not itself an article.
 */
export function expandInputs(args: string[]): ExpandedInputs {
  const out: ExpandedInputs = { files: [], stdin: false, rejections: [] };
  const seen = new Set<string>();
  const add = (path: string, folderManifest: string | null) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    out.files.push({ path, folderManifest });
  };
  for (const arg of args) {
    if (arg === '-') { out.stdin = true; continue; }
    let stat;
    try {
      stat = statSync(arg);
    } catch (err) {
      if (GLOB_CHARS.test(arg)) {
        const matches = globSync(arg, { onlyFiles: true, dot: false }).sort();
        if (matches.length === 0) out.rejections.push({ input: arg, code: 'unreadable', reason: 'glob matches no file' });
        for (const m of matches) if (basename(m) !== MANIFEST_NAME) add(m, null);
        continue;
      }
      out.rejections.push({ input: arg, code: 'unreadable', reason: describeFsError(err) });
      continue;
    }
    if (stat.isDirectory()) walk(arg, out, add);
    else add(arg, null);
  }
  return out;
}

function walk(dir: string, out: ExpandedInputs, add: (path: string, manifest: string | null) => void): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    out.rejections.push({ input: dir, code: 'unreadable', reason: describeFsError(err) });
    return;
  }
  const manifest = names.includes(MANIFEST_NAME) ? join(dir, MANIFEST_NAME) : null;
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      out.rejections.push({ input: path, code: 'unreadable', reason: describeFsError(err) });
      continue;
    }
    if (stat.isDirectory()) walk(path, out, add);
    else if (name !== MANIFEST_NAME) add(path, manifest);
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read (${code ?? String(err)})`;
}
