/** Loads the built-in phrase lexicons (rules/lexicon/<locale>.yaml), once per locale. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { yaml } from '../lazy-modules.js';
import type { Lexicon } from '../text/phrases.js';
import { packageRoot } from './package-root.js';

const cache = new Map<string, Lexicon>();

/**
 * rules/<kind>/<locale>.yaml, read from its JSON build (dist/rules/<kind>/<locale>.json,
 * made by scripts/compile-data.ts) while that is at least as new as the YAML: JSON parses
 * some 70× faster. Undefined when the locale has no such file.
 */
function readData(kind: 'lexicon' | 'messages', locale: string): unknown {
  const root = packageRoot();
  const source = path.join(root, 'rules', kind, `${locale}.yaml`);
  let sourceTime: number;
  try {
    sourceTime = statSync(source).mtimeMs;
  } catch {
    return undefined;
  }
  try {
    const compiled = path.join(root, 'dist', 'rules', kind, `${locale}.json`);
    if (statSync(compiled).mtimeMs >= sourceTime) return JSON.parse(readFileSync(compiled, 'utf8'));
  } catch {
    // No build, or an unreadable one: the YAML is the source of truth.
  }
  return yaml().parse(readFileSync(source, 'utf8'));
}

export function builtinLexicon(locale: string): Lexicon {
  let lexicon = cache.get(locale);
  if (!lexicon) {
    lexicon = (readData('lexicon', locale) ?? {}) as Lexicon;
    cache.set(locale, lexicon);
  }
  return lexicon;
}

/** Locales that have a built-in lexicon. */
export function builtinLocales(): string[] {
  return ['en', 'el', 'hy', 'ka'].filter((l) => existsSync(path.join(packageRoot(), 'rules', 'lexicon', `${l}.yaml`)));
}

const messageCache = new Map<string, Record<string, Record<string, string>>>();

/** Translated rule messages (rules/messages/<locale>.yaml): rule id → message id → template. */
export function builtinMessages(locale: string): Record<string, Record<string, string>> {
  let messages = messageCache.get(locale);
  if (!messages) {
    messages = (readData('messages', locale) ?? {}) as Record<string, Record<string, string>>;
    messageCache.set(locale, messages);
  }
  return messages;
}
