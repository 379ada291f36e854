import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../src/model.js';
import { run, tempProject } from './helpers.js';

const CHAT = 'Customer: My order is late.\nAgent: Please visit our website.\n';

describe('cli', () => {
  it('reports runaround on stdin at the column where the redirect starts, as the error recommended makes it', async () => {
    const { code, stdout } = await run(['--stdin', '--stdin-filename', 'chat.txt'], { stdin: 'Agent: Please visit our website.\n', cwd: tempProject({}) });
    expect(code).toBe(1);
    expect(stdout).toMatch(/chat\.txt\n/);
    expect(stdout).toMatch(/\n\s+1:15\s+error\s+Sends the customer to "visit our website".*runaround\n/);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('lints the bundled demo and exits 1', async () => {
    const root = path.join(import.meta.dirname, '..');
    const { code, stdout } = await run(['fixtures/demo'], { cwd: root });
    expect(code).toBe(1);
    expect(stdout).toMatch(/fixtures\/demo\/chats\.json\n/);
    expect(stdout).toMatch(/23:117\s+error\s+conv-1043 #4\s+Sends the customer to "fill out the return form"/);
    expect(stdout).not.toMatch(/call\.txt/);
  });

  it('prints ESLint-shaped JSON with conversation, turn and role on each message', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const { stdout } = await run(['chat.txt', '-f', 'json'], { cwd: dir });
    const results = JSON.parse(stdout) as LintResult[];
    expect(results).toHaveLength(1);
    const [result] = results;
    for (const key of ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']) {
      expect(result).toHaveProperty(key);
    }
    const runaround = result.messages.find((m) => m.ruleId === 'runaround')!;
    expect(runaround).toMatchObject({ severity: 2, line: 2, column: 15, endLine: 2, endColumn: 32, turn: 1, role: 'agent', transcriptId: path.join(dir, 'chat.txt') });
  });

  it('--rule overrides severity; warnings alone exit 0', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const { code, stdout } = await run(['chat.txt', '--rule', 'runaround: warn', '--rule', 'missing-thanks: warn'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/2:15\s+warning/);
  });

  it('--max-warnings turns warnings into exit 1; --quiet hides them', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const asWarning = ['--rule', 'runaround: warn', '--rule', 'missing-thanks: warn'];
    expect((await run(['chat.txt', ...asWarning, '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    expect((await run(['chat.txt', ...asWarning, '--max-warnings', '5'], { cwd: dir })).code).toBe(0);
    const quiet = await run(['chat.txt', ...asWarning, '--quiet'], { cwd: dir });
    expect(quiet.stdout).toBe('');
  });

  it('-o writes the report to a file', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const { stdout } = await run(['chat.txt', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'))[0].messages.length).toBeGreaterThan(0);
  });

  it('exits 2 with one line for bad usage and bad config', async () => {
    const dir = tempProject({ 'chat.txt': CHAT, 'bad/.transcriptlintrc.yaml': 'rules:\n  runaround: sometimes\n', 'bad/c.txt': CHAT });
    const cases: Array<[string[], RegExp]> = [
      [['--rule', 'no-such-rule: error', 'chat.txt'], /--rule: rules\.no-such-rule: unknown rule "no-such-rule"/],
      [['-f', 'nope', 'chat.txt'], /unknown formatter "nope"/],
      [['missing.txt'], /No files matching the pattern "missing.txt"/],
      [['bad/c.txt'], /bad\/\.transcriptlintrc\.yaml: rules\.runaround: expected one of "off", "warn", "error"/],
      [['--input-format', 'klingon', 'chat.txt'], /unknown format "klingon"/],
      [['--max-warnings', 'lots', 'chat.txt'], /--max-warnings: expected a whole number/],
      [[], /no files to lint/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv, { cwd: dir });
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
    const unknownOption = await run(['--frobnicate', 'chat.txt'], { cwd: dir });
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('a broken file is one fatal message; the other files are still linted', async () => {
    const dir = tempProject({
      'a.json': '{"messages": [\n  {"role": "agent" "text": "x"}]}',
      'b.txt': CHAT,
      'c.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'empty.json': '',
    });
    const { code, stdout } = await run(['.', '-f', 'json'], { cwd: dir });
    const results = JSON.parse(stdout) as LintResult[];
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    expect(byName['a.json'].messages[0]).toMatchObject({ fatal: true, severity: 2, line: 2, column: 20 });
    expect(byName['a.json'].messages[0].message).toMatch(/cannot read as json: JSON syntax error: comma expected/);
    expect(byName['c.json'].messages[0].message).toMatch(/binary file/);
    expect(byName['b.txt'].messages.some((m) => m.ruleId === 'runaround')).toBe(true);
    expect(byName['empty.json'].messages).toEqual([]);
    expect(code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is a fatal message', async () => {
    const dir = tempProject({ 'x.txt': CHAT });
    chmodSync(path.join(dir, 'x.txt'), 0o000);
    const { stdout } = await run(['x.txt', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(stdout)[0].messages[0].message).toMatch(/permission denied/);
  });

  it('--list-rules lists id, kind, severity and description', async () => {
    const { code, stdout } = await run(['--list-rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^runaround\s+sin\s+error\s+.*Agent sends the customer elsewhere/m);
    expect(stdout).toMatch(/^apathy\s+sin\s+warn\s+/m);
  });

  it('--print-config shows the merged config for a file', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'rules:\n  runaround: [error, { allowWithSteps: false }]\nlocale: en\n' });
    const { stdout } = await run(['--print-config', 'x.txt'], { cwd: dir });
    const config = JSON.parse(stdout);
    expect(config.rules.runaround).toEqual([2, { allowWithSteps: false }]);
    expect(config.rules['missing-thanks'][0]).toBe(1);
    expect(config.rules.apathy[0]).toBe(1);
    expect(config.locale).toBe('en');
  });

  it('inline directives suppress findings and keep them as suppressed', async () => {
    const dir = tempProject({ 'chat.txt': '# transcript-lint-disable-next-line runaround -- legal asked for this wording\nAgent: Please visit our website.\n' });
    const { stdout } = await run(['chat.txt', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result.messages.filter((m) => m.ruleId === 'runaround')).toEqual([]);
    expect(result.suppressedMessages[0]).toMatchObject({ ruleId: 'runaround', suppressions: [{ kind: 'directive', justification: 'legal asked for this wording' }] });
  });

  it('skips node_modules, dot folders and what .transcriptlintignore lists', async () => {
    const dir = tempProject({
      'a/chat.txt': CHAT,
      'node_modules/x/chat.txt': CHAT,
      'old/chat.txt': CHAT,
      '.transcriptlintignore': 'old/\n',
      'package.json': '{"name": "x"}',
    });
    const { stdout } = await run(['.', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(stdout) as LintResult[]).map((r) => path.relative(dir, r.filePath))).toEqual([path.join('a', 'chat.txt')]);
  });

  it('strips terminal control sequences from stylish output', async () => {
    const { stdout } = await run(['--stdin', '--stdin-filename', 'x.txt'], { stdin: 'Agent: Please visit our \u001b[31mwebsite\u001b]0;pwned\u0007.\n', cwd: tempProject({}) });
    expect(stdout).not.toMatch(/\u001b/);
  });
});
