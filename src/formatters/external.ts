/**
 * Formatters from outside: ESLint formatter packages and files, found by ESLint's
 * rules, so the ecosystem of `eslint-formatter-*` packages works with -f.
 *
 *   -f ./reports/mine.js     a path (has / or \, or ends in .js/.cjs/.mjs), relative to cwd
 *   -f foo                   eslint-formatter-foo, then transcript-lint-formatter-foo, then foo
 *   -f @x                    @x/eslint-formatter, then @x/transcript-lint-formatter
 *   -f @x/foo                @x/eslint-formatter-foo, then @x/transcript-lint-formatter-foo, then @x/foo
 *   -f eslint-formatter-foo  that package as named
 *
 * Packages resolve from the cwd (as ESLint does), then from transcript-lint's own
 * install. The module's default export (or module.exports) is called as ESLint
 * calls formatters: `(results, { cwd, rulesMeta, color, maxWarningsExceeded })`,
 * sync or async.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../linter/rule.js';
import type { LintMessage, LintResult } from '../model.js';
import { stripControl } from './sanitize.js';
import { ruleDocUrl } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';

/** An ESLint formatter: `(results, context) => string`, maybe async. */
type EslintFormatter = (results: unknown[], context: Record<string, unknown>) => unknown;

/** A name that cannot be resolved, or a module that is no formatter. The CLI reports it and exits 2. */
export class ExternalFormatterError extends Error {}

export function isFormatterPath(name: string): boolean {
  if (name.startsWith('@')) return false; // a scoped package, as ESLint reads it
  return /[\\/]/.test(name) || /\.(?:c|m)?js$/i.test(name);
}

/** The package names `-f name` may mean, in the order they are tried. */
export function packageCandidates(name: string): string[] {
  const n = name.replace(/\\/g, '/');
  const own = (base: string) => base.startsWith('eslint-formatter') || base.startsWith('transcript-lint-formatter');
  const names: string[] = [];
  if (n.startsWith('@')) {
    const slash = n.indexOf('/');
    const scope = slash === -1 ? n : n.slice(0, slash);
    const rest = slash === -1 ? '' : n.slice(slash + 1);
    if (!rest) names.push(`${scope}/eslint-formatter`, `${scope}/transcript-lint-formatter`);
    else if (own(rest)) names.push(n);
    else names.push(`${scope}/eslint-formatter-${rest}`, `${scope}/transcript-lint-formatter-${rest}`, n);
  } else if (own(n)) {
    names.push(n);
  } else {
    names.push(`eslint-formatter-${n}`, `transcript-lint-formatter-${n}`, n);
  }
  return [...new Set(names)];
}

function isNotFound(error: unknown, request: string): boolean {
  const e = error as NodeJS.ErrnoException;
  return e?.code === 'MODULE_NOT_FOUND' && typeof e.message === 'string' && e.message.includes(`'${request}'`);
}

/** Resolves `-f name` to a file, or undefined when no candidate is installed. */
export function resolveExternalFormatter(name: string, cwd: string): string | undefined {
  if (isFormatterPath(name)) {
    const file = path.resolve(cwd, name.replace(/\\/g, '/'));
    if (!existsSync(file) || !statSync(file).isFile()) throw new ExternalFormatterError(`cannot find formatter file "${file}"`);
    return file;
  }
  const requirers = [createRequire(path.join(cwd, 'noop.js')), createRequire(import.meta.url)];
  for (const requirer of requirers) {
    for (const candidate of packageCandidates(name)) {
      try {
        return requirer.resolve(candidate);
      } catch (error) {
        if (isNotFound(error, candidate)) continue;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new ExternalFormatterError(`cannot load formatter "${name}" from package "${candidate}": ${reason}`);
      }
    }
  }
  return undefined;
}

function pickFunction(module: Record<string, unknown>): EslintFormatter | undefined {
  const found = [module.default, (module.default as Record<string, unknown> | undefined)?.default].find((f) => typeof f === 'function');
  return found as EslintFormatter | undefined;
}

function cleanMessage(message: LintMessage): LintMessage {
  return {
    ...message,
    message: stripControl(message.message),
    ...(message.transcriptId !== undefined ? { transcriptId: stripControl(message.transcriptId) } : {}),
    ...(message.suggestions ? { suggestions: message.suggestions.map((s) => ({ ...s, desc: stripControl(s.desc) })) } : {}),
  };
}

/**
 * ESLint-shaped copies: the formatter may sort or change them without touching
 * ours, and message text loses terminal control sequences, since most ESLint
 * formatters print to a terminal and escape nothing.
 */
export function toEslintResults(results: LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    messages: result.messages.map(cleanMessage),
    suppressedMessages: (result.suppressedMessages ?? []).map(cleanMessage),
    usedDeprecatedRules: [...(result.usedDeprecatedRules ?? [])],
    ...(result.transcripts ? { transcripts: result.transcripts.map((t) => ({ ...t })) } : {}),
  }));
}

/** Rule meta with `docs.url` absolute, as ESLint formatters link to it. */
export function eslintRulesMeta(rulesMeta: Record<string, RuleMeta>): Record<string, RuleMeta> {
  return Object.fromEntries(Object.entries(rulesMeta).map(([id, meta]) => [id, { ...meta, docs: { ...meta.docs, url: ruleDocUrl(id, meta) } }]));
}

/** Imports a resolved formatter module and adapts it to this tool's Formatter. */
export async function importExternalFormatter(name: string, file: string): Promise<Formatter> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ExternalFormatterError(`cannot load formatter "${name}" (${file}): ${reason}`);
  }
  const format = pickFunction(module);
  if (!format) throw new ExternalFormatterError(`formatter "${name}" (${file}) does not export a function`);
  return async (results: LintResult[], context: FormatterContext) => {
    const output = await format(toEslintResults(results), {
      cwd: context.cwd,
      color: context.color,
      rulesMeta: eslintRulesMeta(context.rulesMeta),
      ...(context.maxWarningsExceeded ? { maxWarningsExceeded: context.maxWarningsExceeded } : {}),
    });
    return output === undefined || output === null ? '' : String(output);
  };
}
