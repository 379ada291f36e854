/** CI and writer workflows: baseline, cache, directives, ignore patterns, init. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../src/model.js';
import { Engine } from '../src/runner/engine.js';
import { run, tempProject } from './helpers.js';

const REDIRECT = 'Agent: Please visit our website.\n';

describe('baseline (bulk suppressions)', () => {
  it('--suppress-all records old findings; later runs gate only new ones; prune drops fixed ones', async () => {
    const dir = tempProject({ 'macros/a.txt': REDIRECT, 'macros/b.txt': 'Agent: Sorry! I have fixed it. Thanks!\n' });
    const first = await run(['macros', '--suppress-all', '--max-warnings', '0'], { cwd: dir });
    expect(first.code).toBe(0);
    const file = JSON.parse(readFileSync(path.join(dir, 'transcript-lint-suppressions.json'), 'utf8'));
    expect(file['macros/a.txt'].runaround).toEqual({ count: 1 });

    expect((await run(['macros', '--max-warnings', '0'], { cwd: dir })).code).toBe(0);

    writeFileSync(path.join(dir, 'macros/a.txt'), REDIRECT + 'Agent: Or check our FAQ.\n');
    const grown = await run(['macros', '--max-warnings', '0', '-f', 'json'], { cwd: dir });
    expect(grown.code).toBe(1);
    expect((JSON.parse(grown.stdout) as LintResult[]).find((r) => r.filePath.endsWith('a.txt'))!.messages.filter((m) => m.ruleId === 'runaround')).toHaveLength(2);

    writeFileSync(path.join(dir, 'macros/a.txt'), 'Agent: I have done it for you. Thanks!\n');
    await run(['macros', '--prune-suppressions'], { cwd: dir });
    const pruned = JSON.parse(readFileSync(path.join(dir, 'transcript-lint-suppressions.json'), 'utf8'));
    expect(pruned['macros/a.txt']?.runaround).toBeUndefined();
  });

  it('--suppress-rule records only that rule', async () => {
    const dir = tempProject({ 'a.txt': 'Customer: hi\nAgent: Please visit our website.\n' });
    await run(['a.txt', '--suppress-rule', 'missing-thanks'], { cwd: dir });
    const file = JSON.parse(readFileSync(path.join(dir, 'transcript-lint-suppressions.json'), 'utf8'));
    expect(Object.keys(file['a.txt'])).toEqual(['missing-thanks']);
  });
});

describe('cache', () => {
  it('a second run on unchanged files reads no file contents, and edits are seen', () => {
    const dir = tempProject({ 'a.txt': REDIRECT, 'b.txt': 'Agent: Thanks, all done.\n' });
    const reads: string[] = [];
    const readFile = (file: string) => {
      reads.push(path.basename(file));
      return readFileSync(file);
    };
    const first = new Engine({ cwd: dir, cache: true, readFile }).lintFiles(['.']);
    expect(reads.sort()).toEqual(['a.txt', 'b.txt']);
    expect(existsSync(path.join(dir, '.transcriptlintcache'))).toBe(true);

    reads.length = 0;
    const second = new Engine({ cwd: dir, cache: true, readFile }).lintFiles(['.']);
    expect(reads).toEqual([]);
    expect(second.map((r) => r.messages.map((m) => m.ruleId))).toEqual(first.map((r) => r.messages.map((m) => m.ruleId)));

    writeFileSync(path.join(dir, 'b.txt'), 'Agent: Check our FAQ, it is all there.\n');
    const third = new Engine({ cwd: dir, cache: true, readFile }).lintFiles(['.']);
    expect(reads).toEqual(['b.txt']);
    expect(third[1].messages.some((m) => m.ruleId === 'runaround')).toBe(true);
  });

  it('a changed config is a cache miss', () => {
    const dir = tempProject({ 'a.txt': REDIRECT });
    new Engine({ cwd: dir, cache: true }).lintFiles(['.']);
    const off = new Engine({ cwd: dir, cache: true, rules: { runaround: 'off' } }).lintFiles(['.']);
    expect(off[0].messages.some((m) => m.ruleId === 'runaround')).toBe(false);
  });

  it('--cache-strategy content hashes the bytes', () => {
    const dir = tempProject({ 'a.txt': REDIRECT });
    let reads = 0;
    const readFile = (file: string) => (reads++, readFileSync(file));
    new Engine({ cwd: dir, cache: true, cacheStrategy: 'content', readFile }).lintFiles(['.']);
    const again = new Engine({ cwd: dir, cache: true, cacheStrategy: 'content', readFile }).lintFiles(['.']);
    expect(reads).toBe(2); // read to hash, not linted again
    expect(again[0].messages.some((m) => m.ruleId === 'runaround')).toBe(true);
  });
});

describe('directives and ignores', () => {
  it('--report-unused-disable-directives reports a directive that suppressed nothing', async () => {
    const dir = tempProject({ 'a.txt': '# transcript-lint-disable-next-line runaround\nAgent: Thanks, done.\nCustomer: ok\n' });
    const { stdout, code } = await run(['a.txt', '--report-unused-disable-directives', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 1, column: 1, message: "Unused transcript-lint-disable-next-line directive (no problems were reported from 'runaround')." });
  });

  it('--no-inline-config ignores directives', async () => {
    const dir = tempProject({ 'a.txt': '# transcript-lint-disable\nAgent: Please visit our website.\n' });
    const { stdout } = await run(['a.txt', '--no-inline-config', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'runaround')).toBe(true);
  });

  it('a disable/enable block covers only what lies between', async () => {
    const dir = tempProject({ 'a.txt': '# transcript-lint-disable runaround\nAgent: Please visit our website.\n# transcript-lint-enable runaround\nAgent: Please check our FAQ.\n' });
    const { stdout } = await run(['a.txt', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result.messages.filter((m) => m.ruleId === 'runaround').map((m) => m.line)).toEqual([4]);
    expect(result.suppressedMessages.map((m) => m.line)).toEqual([2]);
  });

  it('--ignore-pattern and --no-error-on-unmatched-pattern', async () => {
    const dir = tempProject({ 'a/x.txt': REDIRECT, 'b/x.txt': REDIRECT });
    const { stdout } = await run(['.', '--ignore-pattern', 'b/', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(stdout) as LintResult[]).map((r) => path.relative(dir, r.filePath))).toEqual([path.join('a', 'x.txt')]);
    expect((await run(['nothing/*.txt', '--no-error-on-unmatched-pattern'], { cwd: dir })).code).toBe(0);
  });
});

describe('init', () => {
  it('writes a starter config without asking when not on a terminal, and never overwrites', async () => {
    const dir = tempProject({});
    const first = await run(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    const text = readFileSync(path.join(dir, '.transcriptlintrc.yaml'), 'utf8');
    expect(text).toMatch(/^extends: recommended$/m);
    expect((await run(['--print-config', 'x.txt'], { cwd: dir })).code).toBe(0);
    const second = await run(['init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists/);
  });
});
