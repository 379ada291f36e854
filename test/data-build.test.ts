/**
 * The build compiles lexicons and messages to JSON (scripts/compile-data.ts) and the
 * loader prefers that JSON while it is not older than the YAML: it must then say the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinLexicon, builtinMessages } from '../src/runner/lexicons.js';

const root = path.join(import.meta.dirname, '..');

describe('compiled lexicons and messages', () => {
  for (const kind of ['lexicon', 'messages'] as const) {
    for (const file of readdirSync(path.join(root, 'rules', kind)).filter((f) => f.endsWith('.yaml'))) {
      const locale = file.replace(/\.yaml$/, '');
      it(`${kind}/${locale}: what the loader reads equals the YAML source`, () => {
        const source = parse(readFileSync(path.join(root, 'rules', kind, file), 'utf8'));
        const loaded = kind === 'lexicon' ? builtinLexicon(locale) : builtinMessages(locale);
        expect(loaded).toEqual(source);
        const compiled = path.join(root, 'dist', 'rules', kind, `${locale}.json`);
        // A fresh build (npm install runs one) agrees with its source byte for byte in meaning.
        if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(path.join(root, 'rules', kind, file)).mtimeMs) {
          expect(JSON.parse(readFileSync(compiled, 'utf8'))).toEqual(source);
        }
      });
    }
  }
});
