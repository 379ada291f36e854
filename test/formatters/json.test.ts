import { describe, expect, it } from 'vitest';
import { jsonl } from '../../src/formatters/jsonl.js';
import type { LintResult } from '../../src/model.js';
import { tempProject } from '../helpers.js';
import { FILES, lintSample, sampleResults } from './fixture.js';

describe('json-with-metadata formatter', () => {
  it('is ESLint\'s { results, metadata: { cwd, rulesMeta } }', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('json-with-metadata', dir);
    const report = JSON.parse(stdout);
    expect(report.results).toEqual(await sampleResults(dir));
    expect(report.metadata.cwd).toBe(dir);
    expect(report.metadata.rulesMeta.runaround).toMatchObject({ id: 'runaround', kind: 'sin', docs: { description: expect.any(String), seed: expect.any(String) } });
    expect(report.metadata.maxWarningsExceeded).toBeUndefined();
  });

  it('says when --max-warnings was exceeded', async () => {
    const { stdout } = await lintSample('json-with-metadata', tempProject({ 'chat.txt': FILES['chat.txt'] }), ['--max-warnings', '0']);
    expect(JSON.parse(stdout).metadata.maxWarningsExceeded).toEqual({ maxWarnings: 0, foundWarnings: expect.any(Number) });
  });
});

describe('jsonl formatter', () => {
  it('writes one LintResult per line', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('jsonl', dir);
    const lines = stdout.split('\n');
    expect(lines.at(-1)).toBe('');
    const parsed = lines.slice(0, -1).map((line) => JSON.parse(line) as LintResult);
    expect(parsed).toEqual(await sampleResults(dir));
  });

  it('keeps line separators inside strings escaped', () => {
    const result = { filePath: '/x', messages: [{ ruleId: 'r', severity: 1, message: 'a\u2028b\nc', line: 1, column: 1 }] } as unknown as LintResult;
    const out = jsonl([result, result], { cwd: '/', color: false, rulesMeta: {} }) as string;
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out.split('\n')).toHaveLength(3);
    expect(JSON.parse(out.split('\n')[0]).messages[0].message).toBe('a\u2028b\nc');
    expect(jsonl([], { cwd: '/', color: false, rulesMeta: {} })).toBe('');
  });
});
