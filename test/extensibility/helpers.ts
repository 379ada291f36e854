import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const root = path.join(import.meta.dirname, '..', '..');
export const fixtures = path.join(root, 'fixtures', 'plugins');

export function fixture(relative: string): string {
  return readFileSync(path.join(fixtures, relative), 'utf8');
}

/** Installs a fixture plugin into `dir/node_modules` (as `npm install` would, a copy), optionally under another name. */
export function installPlugin(dir: string, name: string, as = name): string {
  const target = path.join(dir, 'node_modules', as);
  cpSync(path.join(fixtures, name), target, { recursive: true });
  return target;
}

/** `transcript-lint` itself next to the plugin (its peer dependency): the built package of this repository. */
export function linkTranscriptLint(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, path.join(dir, 'node_modules', 'transcript-lint'), 'dir');
}
