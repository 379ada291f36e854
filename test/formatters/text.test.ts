import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { LintResult } from '../../src/model.js';
import { tempProject } from '../helpers.js';
import { FILES, HOSTILE_ID, lintSample, sampleResults } from './fixture.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function lines(text: string): string[] {
  return text.split('\n').filter(Boolean);
}

describe('compact formatter', () => {
  it('prints ESLint\'s `path: line N, col M, Error - message (rule)` lines and a count', async () => {
    const dir = tempProject(FILES);
    const { stdout, code } = await lintSample('compact', dir);
    expect(code).toBe(1);
    const total = (await sampleResults(dir)).reduce((n, r) => n + r.messages.length, 0);
    const rows = lines(stdout);
    expect(rows.at(-1)).toBe(`${total} problems`);
    expect(rows).toHaveLength(total + 1);
    expect(rows).toContain(`${path.join(dir, 'bad.json')}: line 2, col 20, Error - cannot read as json: JSON syntax error: comma expected`);
    expect(stdout).toMatch(new RegExp(`^${path.join(dir, 'chat.txt')}: line 2, col 15, Error - Sends the customer to "visit our website".* \\(runaround\\)$`, 'm'));
    expect(stdout).toMatch(/: line \d+, col \d+, Warning - .* \([a-z-]+\)$/m);
  });

  it('prints nothing when there is nothing to report, and strips control sequences', async () => {
    const clean = await lintSample('compact', tempProject({ 'empty.json': '' }));
    expect(clean.stdout).toBe('');
    const { stdout } = await lintSample('compact');
    expect(stdout).toContain('Placeholder "{{ name | <script>]]>"&\'red }}"');
    expect(stdout).not.toMatch(CONTROL);
  });
});

describe('unix formatter', () => {
  it('prints ESLint\'s `path:line:col: message [Error/rule]` lines and a count', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('unix', dir);
    const total = (await sampleResults(dir)).reduce((n, r) => n + r.messages.length, 0);
    const rows = lines(stdout);
    expect(rows.at(-1)).toBe(`${total} problems`);
    expect(rows).toContain(`${path.join(dir, 'bad.json')}:2:20: cannot read as json: JSON syntax error: comma expected [Error]`);
    expect(stdout).toMatch(new RegExp(`^${path.join(dir, 'chat.txt')}:2:15: Sends the customer to "visit our website".* \\[Error/runaround\\]$`, 'm'));
    expect(stdout).toMatch(/:\d+:\d+: .* \[Warning\/[a-z-]+\]$/m);
  });

  it('strips control sequences', async () => {
    const { stdout } = await lintSample('unix');
    expect(stdout).toContain('{{ name | <script>]]>"&\'red }}');
    expect(stdout).not.toMatch(CONTROL);
  });
});

describe('github formatter', () => {
  it('escapes data and properties as GitHub\'s toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeData('x\u001b[31my\u001b]0;t\u0007z\u0000')).toBe('xyz');
  });

  it('prints one workflow command per finding with file, position, title and message', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('github', dir);
    const eslint = await sampleResults(dir);
    const rows = lines(stdout);
    expect(rows).toHaveLength(eslint.reduce((n, r) => n + r.messages.length, 0));
    for (const row of rows) expect(row).toMatch(/^::(error|warning) file=[^:]+(,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?)?,title=[^:]+::\S/);
    expect(rows).toContainEqual(expect.stringMatching(/^::error file=chat\.txt,line=2,col=15,endLine=2,endColumn=32,title=runaround::Sends the customer to "visit our website"/));
    expect(rows).toContain('::error file=bad.json,line=2,col=20,title=transcript-lint%3A fatal::cannot read as json: JSON syntax error: comma expected');
    expect(rows.some((r) => r.startsWith('::error file=sub dir/we ird#1.txt,line=1,'))).toBe(true);
    // A file with several conversations names the conversation in the title, escaped.
    const multi = rows.filter((r) => r.includes('file=multi.json'));
    expect(multi.some((r) => /title=runaround - conv-2 #1 \(agent\)::/.test(r))).toBe(true);
    expect(multi.some((r) => r.includes('title=runaround - c-<b>"&\']]>%25%2C%3A #2 (agent)::'))).toBe(true);
    expect(HOSTILE_ID).toContain('\u001b');
    expect(stdout).not.toMatch(CONTROL);
  });

  it('cannot be made to emit a second command by text with line breaks', () => {
    const result: LintResult = {
      filePath: '/p/a,b:c.txt',
      messages: [{ ruleId: 'runaround', severity: 2, message: 'bad\n::add-mask::secret\r\n::set-env name=X::1 100%', line: 3, column: 4, endLine: 3, endColumn: 9 }],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
    const out = github([result], { cwd: '/p', color: false, rulesMeta: {} }) as string;
    expect(out).toBe('::error file=a%2Cb%3Ac.txt,line=3,col=4,endLine=3,endColumn=9,title=runaround::bad%0A::add-mask::secret%0D%0A::set-env name=X::1 100%25\n');
    expect(lines(out)).toHaveLength(1);
  });
});
