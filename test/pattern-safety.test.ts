import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertSafePattern, UnsafePatternError } from '../src/text/pattern-safety.js';
import { entrySource } from '../src/text/phrases.js';
import { run, tempProject } from './helpers.js';

describe('pattern safety', () => {
  it.each(['(a+)+b', '(x*)*', '(a|ab)*c', '(\\w+\\s?)+$', '(a)\\1'])('refuses %s', (pattern) => {
    expect(() => assertSafePattern(pattern)).toThrowError(UnsafePatternError);
  });

  it.each(['visit our website', '(visit|check) (our|the) (web ?site|faq)', "[a-z]+n't", 'call [0-9+(][0-9 ()+-]{6,}', 'help ?cent(er|re)'])('accepts %s', (pattern) => {
    expect(() => assertSafePattern(entrySource(pattern))).not.toThrow();
  });

  it('every built-in lexicon entry is safe', () => {
    const dir = path.join(import.meta.dirname, '..', 'rules', 'lexicon');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const lexicon = parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, Record<string, unknown>>;
      for (const [group, categories] of Object.entries(lexicon)) {
        for (const [category, entries] of Object.entries(categories)) {
          if (!Array.isArray(entries)) continue;
          for (const entry of entries) {
            if (typeof entry !== 'string') continue;
            expect(() => assertSafePattern(entrySource(entry)), `${file} ${group}.${category}: ${entry}`).not.toThrow();
          }
        }
      }
    }
  });

  it('a config with a catastrophic pattern exits 2 naming the entry', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': "lexicon:\n  en:\n    runaround:\n      redirect: ['(a+)+b']\n", 'a.txt': 'Agent: hi\n' });
    const { code, stderr } = await run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/lexicon\.en\.runaround\.redirect\[0\]: pattern "\(a\+\)\+b" can backtrack catastrophically \(nested repetition/);
  });

  it('a config with an invalid pattern exits 2', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': "lexicon:\n  en:\n    runaround:\n      redirect: ['(unclosed']\n", 'a.txt': 'Agent: hi\n' });
    const { code, stderr } = await run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a valid pattern/);
  });
});
