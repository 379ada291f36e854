/** docs/ci.md and .pre-commit-hooks.yaml: the YAML parses and names real formatters and options. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinFormatterNames } from '../../src/formatters/index.js';

const ROOT = path.join(import.meta.dirname, '../..');

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('CI docs', () => {
  it('.pre-commit-hooks.yaml defines a node hook running transcript-lint on macro files', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'transcript-lint', language: 'node', entry: 'transcript-lint' });
    const files = new RegExp(hooks[0].files as string);
    for (const f of ['macros/refund.md', 'macros/a.markdown', 'macros/b.txt', 'library.yaml', 'library.yml', 'library.json']) expect(files.test(f), f).toBe(true);
    for (const f of ['src/index.ts', 'image.png']) expect(files.test(f), f).toBe(false);
  });

  it('every YAML example in docs/ci.md parses, and its commands use built-in formatters', () => {
    const markdown = readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
    const blocks = yamlBlocks(markdown);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(() => parse(block)).not.toThrow();
    const workflow = parse(blocks[0]);
    const steps = workflow.jobs['lint-macros'].steps as Array<Record<string, any>>;
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(workflow.jobs['lint-macros'].permissions['security-events']).toBe('write');
    const gitlab = parse(blocks[1]);
    expect(gitlab['transcript-lint'].artifacts.reports.junit).toBe('transcript-lint-junit.xml');
    for (const [, name] of markdown.matchAll(/transcript-lint [^\n]*?-f ([\w-]+)/g)) expect(builtinFormatterNames()).toContain(name);
  });
});
