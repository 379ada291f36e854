/** Loads the built-in phrase lexicons (rules/lexicon/<locale>.yaml), once per locale. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Lexicon } from '../text/phrases.js';
import { packageRoot } from './package-root.js';

const cache = new Map<string, Lexicon>();

export function builtinLexicon(locale: string): Lexicon {
  let lexicon = cache.get(locale);
  if (!lexicon) {
    const file = path.join(packageRoot(), 'rules', 'lexicon', `${locale}.yaml`);
    lexicon = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Lexicon) : {};
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
    const file = path.join(packageRoot(), 'rules', 'messages', `${locale}.yaml`);
    messages = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, string>>) : {};
    messageCache.set(locale, messages);
  }
  return messages;
}
