/**
 * Paths, folders and globs to the list of files to lint. Folders expand to the
 * extensions some input format reads, skipping node_modules, .git, dot-files,
 * package manifests and whatever `.transcriptlintignore` or `ignorePatterns` list.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fastGlob } from '../lazy-modules.js';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.transcriptlintignore';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const NOT_INPUT = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'composer.json', 'tsconfig.json', 'jsconfig.json']);

export class NoFilesError extends Error {}

export interface DiscoverOptions {
  cwd: string;
  extensions: readonly string[];
  /** Extra ignore patterns (from config), relative to cwd. */
  ignorePatterns?: readonly string[];
  /** false with --no-ignore. */
  useIgnoreFile?: boolean;
  /** false with --no-error-on-unmatched-pattern. */
  errorOnUnmatchedPattern?: boolean;
}

function loadIgnore(options: DiscoverOptions): Ignore {
  const ig = ignore();
  const file = path.join(options.cwd, IGNORE_FILE);
  if (options.useIgnoreFile !== false && existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  if (options.ignorePatterns) ig.add([...options.ignorePatterns]);
  return ig;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Absolute paths, sorted, without duplicates. Throws NoFilesError for a path or glob that matches nothing. */
export function discoverFiles(patterns: readonly string[], options: DiscoverOptions): string[] {
  const ig = loadIgnore(options);
  const isIgnored = (abs: string) => {
    const rel = toPosix(path.relative(options.cwd, abs));
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
  };
  const extensionGlob = `**/*.{${options.extensions.map((e) => e.replace(/^\./, '')).join(',')}}`;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = path.resolve(options.cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      stat = undefined;
      // It is there but cannot be followed or looked at (a symbolic link loop, no permission):
      // linting it says why, which "no files matching" would not.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && lstatSync(abs, { throwIfNoEntry: false })) {
        found.add(abs);
        continue;
      }
    }
    if (stat?.isFile()) {
      // A file named on the command line is linted whatever its extension.
      found.add(abs);
      continue;
    }
    const matches = fastGlob().sync(stat?.isDirectory() ? extensionGlob : toPosix(pattern), {
      cwd: stat?.isDirectory() ? abs : options.cwd,
      absolute: true,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      caseSensitiveMatch: false,
      ignore: ALWAYS_IGNORED,
    });
    const kept = matches.map((m) => path.normalize(m)).filter((m) => !NOT_INPUT.has(path.basename(m)) && !isIgnored(m));
    if (matches.length === 0 && options.errorOnUnmatchedPattern !== false) {
      if (!stat) throw new NoFilesError(`No files matching the pattern "${pattern}" were found.`);
      if (stat.isDirectory()) throw new NoFilesError(`No files matching the pattern "${pattern}" were found: it is a folder holding no file an input format reads (see --list-formats).`);
    }
    for (const m of kept) found.add(m);
  }
  return [...found].sort();
}
