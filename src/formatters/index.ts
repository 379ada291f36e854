/**
 * Formatter lookup. Built-in formatters load lazily, so start-up pays only for
 * the one asked for; any other name is looked up as an ESLint formatter package
 * or file (see external.ts).
 */
import { ExternalFormatterError, importExternalFormatter, packageCandidates, resolveExternalFormatter } from './external.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const builtin: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  'json-with-metadata': () => import('./json-with-metadata.js'),
  jsonl: () => import('./jsonl.js'),
  compact: () => import('./compact.js'),
  unix: () => import('./unix.js'),
  checkstyle: () => import('./checkstyle.js'),
  junit: () => import('./junit.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  summary: () => import('./summary.js'),
  html: () => import('./html.js'),
};

export function builtinFormatterNames(): string[] {
  return Object.keys(builtin);
}

export class UnknownFormatterError extends Error {}

export interface LoadFormatterOptions {
  /** Where formatter files and packages are resolved from; the process's cwd by default. */
  cwd?: string;
}

/**
 * A built-in formatter by name, else an ESLint formatter package or file:
 * `foo` → eslint-formatter-foo (or transcript-lint-formatter-foo), `@x/foo` →
 * @x/eslint-formatter-foo, `./path/to/formatter.js` → that file.
 */
export async function loadFormatter(name = 'stylish', { cwd = process.cwd() }: LoadFormatterOptions = {}): Promise<Formatter> {
  const load = Object.hasOwn(builtin, name) ? builtin[name] : undefined;
  if (load) return (await load()).default;
  try {
    const file = resolveExternalFormatter(name, cwd);
    if (!file) {
      throw new UnknownFormatterError(
        `unknown formatter "${name}" (expected one of: ${builtinFormatterNames().join(', ')}; or an installed ESLint formatter package such as ${packageCandidates(name)[0]}, or a path to a formatter file)`,
      );
    }
    return await importExternalFormatter(name, file);
  } catch (error) {
    if (error instanceof ExternalFormatterError) throw new UnknownFormatterError(error.message);
    throw error;
  }
}
