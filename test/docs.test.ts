/**
 * Docs that are tests: every "Incorrect" example in docs/rules/<id>.md must
 * raise that rule, every "Correct" example must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { RuleTester } from '../src/rule-tester.js';

const docsDir = path.join(import.meta.dirname, '..', 'docs', 'rules');
const FILENAMES: Record<string, string> = { text: 'example.txt', json: 'example.json', jsonl: 'example.jsonl', macro: 'example.md', yaml: 'macros.yaml' };

interface Example {
  section: 'incorrect' | 'correct';
  lang: string;
  code: string;
  line: number;
}

export function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let section: Example['section'] | undefined;
  let localeSection = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]);
    if (heading) {
      const title = heading[1].trim().toLowerCase();
      section = title === 'incorrect' ? 'incorrect' : title === 'correct' ? 'correct' : undefined;
      localeSection = /\((el|hy|ka)\)$/.test(title);
      continue;
    }
    // In a language section, a line ending "(incorrect):" or "(correct):" labels the example after it.
    const label = localeSection ? /\((incorrect|correct)\)\s*\S?\s*$/i.exec(lines[i]) : null;
    if (label) {
      section = label[1].toLowerCase() as Example["section"];
      continue;
    }
    const fence = /^```(\w+)/.exec(lines[i]);
    if (fence && section) {
      const start = i;
      const body: string[] = [];
      while (++i < lines.length && !lines[i].startsWith('```')) body.push(lines[i]);
      if (FILENAMES[fence[1]]) out.push({ section, lang: fence[1], code: body.join('\n') + '\n', line: start + 1 });
    }
  }
  return out;
}

const tester = new RuleTester();
const docs = readdirSync(docsDir).filter((f) => f.endsWith('.md'));

describe('rule docs', () => {
  it('every built-in rule has a doc page', () => {
    const missing = [...builtinRules.keys()].filter((id) => !docs.includes(`${id}.md`));
    expect(missing).toEqual([]);
  });

  for (const file of docs) {
    const id = file.replace(/\.md$/, '');
    const rule = builtinRules.get(id);
    if (!rule) continue;
    const markdown = readFileSync(path.join(docsDir, file), 'utf8');
    describe(id, () => {
      const all = examples(markdown);
      it('has incorrect and correct examples, and cites its seed', () => {
        expect(all.some((e) => e.section === 'incorrect')).toBe(true);
        expect(all.some((e) => e.section === 'correct')).toBe(true);
        expect(markdown).toMatch(/## Why/);
      });
      for (const example of all) {
        it(`${example.section} example at line ${example.line}`, () => {
          const { messages } = tester.lint(id, rule, {
            code: example.code,
            filename: FILENAMES[example.lang],
            channel: example.lang === 'macro' || example.lang === 'yaml' ? 'macro' : undefined,
          });
          if (example.section === 'incorrect') expect(messages.length, `${file}:${example.line} should raise ${id}`).toBeGreaterThan(0);
          else expect(messages.map((m) => m.message), `${file}:${example.line} should not raise ${id}`).toEqual([]);
        });
      }
    });
  }
});
