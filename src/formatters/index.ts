/**
 * Formatter lookup. Built-in formatters load lazily, so start-up pays only for
 * the one asked for.
 */
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const builtin: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
};

export function builtinFormatterNames(): string[] {
  return Object.keys(builtin);
}

export class UnknownFormatterError extends Error {}

export async function loadFormatter(name = 'stylish'): Promise<Formatter> {
  const load = builtin[name];
  if (!load) {
    throw new UnknownFormatterError(`unknown formatter "${name}" (expected one of: ${builtinFormatterNames().join(', ')})`);
  }
  return (await load()).default;
}
