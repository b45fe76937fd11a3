import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

/** The package root, found from this file whether it runs from src/ (tests) or dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('recoupe: cannot find the package root');
    dir = parent;
  }
  return dir;
}

export function examplesDir(): string {
  return join(packageRoot(), 'examples');
}
