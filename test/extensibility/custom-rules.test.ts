/** Declarative rules written in config alone, through the CLI: enforced, listed, reported by every formatter, validated. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { run, tempProject } from '../helpers.js';

const REFUND_RULE = `
root: true
extends: recommended
customRules:
  refund-timeframe:
    type: conditional
    description: A reply that mentions a refund says when it will arrive
    message: 'Mentions "{{match}}" but not when it will arrive; give a time frame.'
    severity: error
    if: { en: ['refund(s|ed)?', money back] }
    then: { en: ['within \\d+ (business |working )?days', 'by (monday|tuesday|wednesday|thursday|friday|tomorrow)'] }
`;
const CHAT = 'Customer: My blender broke.\nAgent: Sorry to hear that! I have issued a refund.\n';

describe('a team rule in config alone', () => {
  it('"a reply that mentions a refund must state when it will arrive" is enforced with line:column', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': REFUND_RULE, 'chat.txt': CHAT, 'ok.txt': 'Agent: I have issued a refund; it arrives within 5 business days.\n' });
    const { code, stdout } = await run(['chat.txt', 'ok.txt', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1);
    const [chat, ok] = JSON.parse(stdout) as LintResult[];
    expect(chat.messages.filter((m) => m.ruleId === 'refund-timeframe')).toEqual([
      expect.objectContaining({ severity: 2, messageId: 'missing', line: 2, column: 44, endLine: 2, endColumn: 50, message: 'Mentions "refund" but not when it will arrive; give a time frame.', turn: 1, role: 'agent' }),
    ]);
    expect(ok.messages.filter((m) => m.ruleId === 'refund-timeframe')).toEqual([]);
    const stylish = await run(['chat.txt'], { cwd: dir });
    expect(stylish.stdout).toMatch(/2:44\s+error\s+Mentions "refund" but not when it will arrive; give a time frame\s+refund-timeframe/);
  });

  it('appears in --list-rules, --print-config and the formatters\' rule metadata', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': REFUND_RULE, 'chat.txt': CHAT });
    const list = await run(['--list-rules'], { cwd: dir });
    expect(list.stdout).toMatch(/^refund-timeframe\s+style\s+error\s+A reply that mentions a refund says when it will arrive$/m);
    expect(list.stdout).toMatch(/^runaround\s+sin/m);
    const printed = JSON.parse((await run(['--print-config', 'chat.txt'], { cwd: dir })).stdout);
    expect(printed.rules['refund-timeframe']).toEqual([2, {}]);
    expect(printed.customRules['refund-timeframe'].type).toBe('conditional');
    expect(printed.ruleModules).toEqual(['refund-timeframe']);
    const meta = JSON.parse((await run(['chat.txt', '-f', 'json-with-metadata'], { cwd: dir })).stdout);
    expect(meta.metadata.rulesMeta['refund-timeframe']).toMatchObject({ id: 'refund-timeframe', kind: 'style', docs: { description: 'A reply that mentions a refund says when it will arrive' } });
    const sarif = JSON.parse((await run(['chat.txt', '-f', 'sarif'], { cwd: dir })).stdout);
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
    expect(rules.find((r) => r.id === 'refund-timeframe')?.shortDescription.text).toBe('A reply that mentions a refund says when it will arrive');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'refund-timeframe');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 44 });
    for (const format of ['compact', 'unix', 'checkstyle', 'junit', 'github']) {
      expect((await run(['chat.txt', '-f', format], { cwd: dir })).stdout, format).toContain('refund-timeframe');
    }
  });

  it('is switched off or on like any rule: rules:, overrides, --rule, a nearer config', async () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': REFUND_RULE + "overrides:\n  - files: ['macros/**']\n    rules: { refund-timeframe: off }\n",
      'chat.txt': CHAT,
      'macros/a.txt': CHAT,
      'team/.transcriptlintrc.yaml': 'rules: { refund-timeframe: warn }\n',
      'team/chat.txt': CHAT,
      'other/.transcriptlintrc.yaml': "customRules:\n  refund-timeframe: { type: existence, message: 'Refund word: {{match}}', phrases: [money back], severity: warn }\n",
      'other/chat.txt': 'Agent: You get your money back, a refund.\n',
    });
    const findings = async (argv: string[]) => {
      const results = JSON.parse((await run([...argv, '-f', 'json'], { cwd: dir })).stdout) as LintResult[];
      return results.map((r) => [path.relative(dir, r.filePath), r.messages.filter((m) => m.ruleId === 'refund-timeframe').map((m) => `${m.severity} ${m.message}`)]);
    };
    expect(await findings(['chat.txt', 'macros/a.txt', 'team/chat.txt', 'other/chat.txt'])).toEqual([
      ['chat.txt', ['2 Mentions "refund" but not when it will arrive; give a time frame.']],
      ['macros/a.txt', []],
      // A nearer config redefines the id: its phrases replace the outer definition's.
      ['other/chat.txt', ['1 Refund word: money back']],
      ['team/chat.txt', ['1 Mentions "refund" but not when it will arrive; give a time frame.']],
    ]);
    expect(await findings(['chat.txt', '--rule', 'refund-timeframe: off'])).toEqual([['chat.txt', []]]);
  });

  it('a substitution rule fixes with --fix', async () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': "root: true\nextends: recommended\ncustomRules:\n  house-words:\n    type: substitution\n    message: 'Say \"{{replacement}}\", not \"{{match}}\".'\n    swap: { 'dear valued customer': 'hi', ASAP: 'by 5 pm today' }\n",
      'macro.md': 'Dear valued customer,\n\nWe will fix it ASAP.\n',
    });
    const dry = await run(['macro.md', '--fix-dry-run', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(dry.stdout)[0].output).toBe('Hi,\n\nWe will fix it by 5 pm today.\n');
    await run(['macro.md', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'macro.md'), 'utf8')).toBe('Hi,\n\nWe will fix it by 5 pm today.\n');
    const list = await run(['--list-rules'], { cwd: dir });
    expect(list.stdout).toMatch(/^house-words\s+style\s+warn\s+fixable\s+Say "…", not "…"\.$/m);
  });

  it('a changed definition is not served from the cache', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': REFUND_RULE, 'chat.txt': CHAT });
    expect((await run(['chat.txt', '--cache'], { cwd: dir })).stdout).toMatch(/give a time frame/);
    writeFileSync(path.join(dir, '.transcriptlintrc.yaml'), REFUND_RULE.replace('give a time frame', 'say when'));
    expect((await run(['chat.txt', '--cache'], { cwd: dir })).stdout).toMatch(/Mentions "refund" but not when it will arrive; say when/);
  });
});

describe('config errors name the file and the key, and exit 2', () => {
  const custom = (body: string) => `customRules:\n  house:\n${body.replace(/^/gm, '    ')}\n`;
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['unknown type', { '.transcriptlintrc.yaml': custom('type: spelling\nmessage: x') }, /^transcript-lint: \.transcriptlintrc\.yaml: customRules\.house\.type: expected one of "existence"/],
    ['unsafe pattern', { '.transcriptlintrc.yaml': custom("type: existence\nmessage: x\nphrases: { en: ['ok', '(a+)+b'] }") }, /\.transcriptlintrc\.yaml: customRules\.house\.phrases\.en\[1\]: pattern "\(a\+\)\+b" can backtrack catastrophically/],
    ['unknown placeholder', { '.transcriptlintrc.yaml': custom("type: existence\nmessage: 'Hi {{name}}'\nphrases: [x]") }, /customRules\.house\.message: unknown placeholder \{\{name\}\}/],
    ['unknown key', { '.transcriptlintrc.yaml': custom('type: metric\nmeasure: words\nmax: 3\nmessage: x\nmaximum: 4') }, /customRules\.house: unknown key "maximum"/],
    ['not an object', { '.transcriptlintrc.yaml': 'customRules:\n  house: loud\n' }, /\.transcriptlintrc\.yaml: customRules\.house: must be object/],
    ['a built-in id', { '.transcriptlintrc.yaml': "customRules:\n  runaround: { type: existence, message: x, phrases: [x] }\n" }, /customRules\.runaround: "runaround" is already a rule/],
    ['a plugin-style id', { '.transcriptlintrc.yaml': "customRules:\n  acme/x: { type: existence, message: x, phrases: [x] }\n" }, /customRules\.acme\/x: "\/" is kept for plugin rules/],
    ['a rule no config defines', { '.transcriptlintrc.yaml': 'rules: { house: error }\n' }, /\.transcriptlintrc\.yaml: rules\.house: unknown rule "house" \(see --list-rules\)/],
    ['a plugin rule with no plugin', { '.transcriptlintrc.yaml': 'rules: { acme/case-number: error }\n' }, /rules\.acme\/case-number: unknown rule "acme\/case-number": no plugin "acme" is loaded/],
    ['a scorecard naming an undefined rule', { '.transcriptlintrc.yaml': 'scorecard: { autoFail: [house] }\n' }, /scorecard\.autoFail\[0\]: unknown rule "house"/],
    ['a missing plugin', { '.transcriptlintrc.yaml': 'plugins: [acme]\n' }, /\.transcriptlintrc\.yaml: plugins\[0\]: cannot find plugin "transcript-lint-plugin-acme" from .* \(install it next to the config: npm install --save-dev transcript-lint-plugin-acme\)/],
    ['a missing plugin preset', { '.transcriptlintrc.yaml': 'extends: plugin:@acme/strict\n' }, /extends: "plugin:@acme\/strict": cannot find plugin "@acme\/transcript-lint-plugin"/],
    ['a path without ./', { '.transcriptlintrc.yaml': 'extends: configs/base.yaml\n' }, /cannot find plugin "transcript-lint-plugin-configs".*; a path to a config file starts with \.\/ or \.\.\//],
    ['plugins not a list', { '.transcriptlintrc.yaml': 'plugins: acme\n' }, /\.transcriptlintrc\.yaml: plugins: must be array/],
    ['customRules in an override', { '.transcriptlintrc.yaml': "overrides:\n  - files: ['*.txt']\n    customRules: {}\n" }, /overrides\.0: unknown key "customRules"/],
  ];
  for (const [name, files, message] of cases) {
    it(name, async () => {
      const dir = tempProject({ ...files, 'chat.txt': CHAT });
      const { code, stderr } = await run(['chat.txt'], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }

  it('--rule naming an undefined rule', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const { code, stderr } = await run(['chat.txt', '--rule', 'house: error'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--rule: rules\.house: unknown rule "house"/);
  });
});
