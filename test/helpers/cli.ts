import { spawnSync, spawn, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/app/package-paths.js';

export const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export function recoupe(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: options.input, cwd: options.cwd, maxBuffer: 256 * 1024 * 1024 });
}

export function recoupeAsync(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'recoupe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
