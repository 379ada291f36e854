import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { mergeResults, parseResults } from '../../src/report/merge.js';
import { run } from '../helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const HALF_A = ['fixtures/demo/call.txt', 'fixtures/demo/chats.json', 'fixtures/demo/macros/library.yaml', 'fixtures/demo/more.jsonl'];
const HALF_B = ['fixtures/demo/chats.jsonl', 'fixtures/demo/macros/password-reset.txt', 'fixtures/demo/macros/refund-status.md', 'fixtures/demo/macros/returns.md', 'fixtures/demo/greek.jsonl'];

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'tl-merge-'));
}

describe('report merge', () => {
  it('merging two halves gives the summary of linting everything', async () => {
    const dir = tmp();
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    expect((await run([...HALF_A, '-f', 'json', '-o', a], { cwd: ROOT })).code).toBe(1);
    expect((await run([...HALF_B, '-f', 'json', '-o', b], { cwd: ROOT })).code).toBe(1);
    const whole = await run(['fixtures/demo', '-f', 'summary'], { cwd: ROOT });
    // shards in either order, -f summary being the default for report merge
    const merged = await run(['report', 'merge', b, a], { cwd: ROOT });
    expect(merged.code).toBe(0);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(whole.stdout);
    expect(merged.stdout).toMatch(/Agents\n/);
  });

  it('with --keep-conversations the merged html report equals the html report of everything', async () => {
    const dir = tmp();
    await run([...HALF_A, '-f', 'json', '--keep-conversations', '-o', path.join(dir, 'part-1.json')], { cwd: ROOT });
    await run([...HALF_B, '-f', 'json', '--keep-conversations', '-o', path.join(dir, 'part-2.json')], { cwd: ROOT });
    await run(['fixtures/demo', '-f', 'html', '-o', path.join(dir, 'whole.html')], { cwd: ROOT });
    // a glob, expanded by the tool (as when the shell passes it through quoted)
    const merged = await run(['report', 'merge', path.join(dir, 'part-*.json'), '-f', 'html', '-o', path.join(dir, 'merged.html')], { cwd: ROOT });
    expect(merged).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'merged.html'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.html'), 'utf8'));
  });

  it('-f json merges into one LintResult array, sorted by path, later parts winning', () => {
    const r = (filePath: string, n: number): LintResult => ({
      filePath, messages: [], suppressedMessages: [], errorCount: n, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [],
    });
    const merged = mergeResults([[r('/b', 1), r('/a', 1)], [r('/b', 2)]]);
    expect(merged.map((x) => [x.filePath, x.errorCount])).toEqual([['/a', 1], ['/b', 2]]);
  });

  it('exits 2 naming the file for input that is not -f json output, and for bad usage', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'notjson.json'), '{oops');
    writeFileSync(path.join(dir, 'object.json'), '{"filePath":"x"}');
    writeFileSync(path.join(dir, 'wrong.json'), '[{"file":"x"}]');
    const cases: Array<[string[], RegExp]> = [
      [['report', 'merge', 'notjson.json'], /notjson\.json: not JSON/],
      [['report', 'merge', 'object.json'], /object\.json: expected an array of results/],
      [['report', 'merge', 'wrong.json'], /wrong\.json: \[0\] is not a lint result/],
      [['report', 'merge', 'missing.json'], /missing\.json: cannot read: ENOENT/],
      [['report', 'merge', 'none-*.json'], /no files match "none-\*\.json"/],
      [['report', 'merge'], /no result files given; usage: transcript-lint report merge/],
      [['report', 'merge', 'object.json', '-f', 'nope'], /object\.json: expected an array/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv, { cwd: dir });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toMatch(message);
    }
    expect(() => parseResults('[]', 'empty.json')).not.toThrow();
  });
});
