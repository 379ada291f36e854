import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding this package's package.json, from source or from dist/ alike. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'rules'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('transcript-lint: cannot find the package folder');
    dir = parent;
  }
  return dir;
}
