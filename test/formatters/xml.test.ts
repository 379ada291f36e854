import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { junit } from '../../src/formatters/junit.js';
import { xmlEscape, xmlText } from '../../src/formatters/xml.js';
import type { LintResult } from '../../src/model.js';
import { run, tempProject } from '../helpers.js';
import { FILES, HOSTILE_ID, lintSample, sampleResults } from './fixture.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['testsuite', 'testcase', 'file', 'error', 'failure'].includes(name),
});

/** Characters XML 1.0 cannot hold, raw or as references. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const ILLEGAL_REFERENCE = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/i;

function parse(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(ILLEGAL_RAW);
  expect(xml).not.toMatch(ILLEGAL_REFERENCE);
  expect(xml).not.toContain('\u001b');
  return parser.parse(xml);
}

function result(filePath: string, messages: LintResult['messages']): LintResult {
  return { filePath, messages, suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: messages.length, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] };
}

describe('xml escaping', () => {
  it('escapes markup, keeps line breaks as references, drops escapes and illegal characters', () => {
    expect(xmlEscape('<a href="x">&\'</a>]]>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;]]&gt;');
    expect(xmlEscape('a\tb\nc\r')).toBe('a&#9;b&#10;c&#13;');
    expect(xmlEscape('x\u001b[31my\u001b]0;title\u0007z\u0000\u0001\u000b\u0085\ufffe')).toBe('xyz');
    // Lone surrogates go; a pair (an emoji) and other non-ASCII text stay as they are.
    expect(xmlEscape('\ud83d\ude00 Ελληνικά \ud800x\udc00')).toBe('\ud83d\ude00 Ελληνικά x');
    expect(xmlText('line 1\nline 2 <b>\r')).toBe('line 1\nline 2 &lt;b&gt;&#13;');
  });
});

describe('junit formatter', () => {
  it('has a suite per file, a failing testcase per finding, a passing testcase for a clean file, and counts that add up', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('junit', dir);
    const eslint = await sampleResults(dir);
    const doc = parse(stdout);
    const suites = doc.testsuites.testsuite as any[];
    expect(suites).toHaveLength(eslint.length);

    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const suite of suites) {
      const file = eslint.find((r) => path.relative(dir, r.filePath).split(path.sep).join('/') === suite.name)!;
      expect(file, suite.name).toBeDefined();
      const cases = suite.testcase as any[];
      const fatal = file.messages.filter((m) => m.fatal).length;
      expect(cases).toHaveLength(Math.max(file.messages.length, 1));
      expect(Number(suite.tests)).toBe(cases.length);
      expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(cases.filter((c) => c.error).length);
      expect(Number(suite.errors)).toBe(fatal);
      expect(Number(suite.failures)).toBe(file.messages.length - fatal);
      tests += Number(suite.tests);
      failures += Number(suite.failures);
      errors += Number(suite.errors);
    }
    expect(Number(doc.testsuites.tests)).toBe(tests);
    expect(Number(doc.testsuites.failures)).toBe(failures);
    expect(Number(doc.testsuites.errors)).toBe(errors);
    expect(failures).toBeGreaterThan(0);

    const byName = Object.fromEntries(suites.map((s) => [s.name, s]));
    expect(byName['empty.json'].testcase).toEqual([{ name: 'empty.json', classname: 'empty.json', file: 'empty.json', time: '0' }]);
    // The suppressed runaround is not a failing testcase.
    expect(byName['suppressed.txt'].testcase.some((c: any) => String(c.name).startsWith('runaround'))).toBe(false);
    expect(byName['bad.json'].testcase[0].error[0]).toMatchObject({ type: 'fatal', message: expect.stringMatching(/cannot read as json/) });
    const runaround = byName['chat.txt'].testcase.find((c: any) => c.name.startsWith('runaround'));
    expect(runaround.name).toBe('runaround 2:15 #2 (agent)');
    expect(runaround.failure[0].type).toBe('runaround');
    expect(runaround.failure[0]['#text']).toMatch(/^chat\.txt: line 2, col 15, Error - Sends the customer to "visit our website".* \(runaround\)\n/);
    expect(runaround.failure[0]['#text']).toContain('docs/rules/runaround.md');
    expect(byName['sub dir/we ird#1.txt']).toBeDefined();
  });

  it('escapes hostile transcript text and conversation ids so the XML still parses to the same text', async () => {
    const { stdout } = await lintSample('junit');
    const suites = parse(stdout).testsuites.testsuite as any[];
    const hostile = suites.find((s) => s.name === 'hostile.txt').testcase[0].failure[0];
    expect(hostile.message).toContain('{{ name | <script>]]>"&\'red }}');
    expect(hostile['#text']).toContain('{{ name | <script>]]>"&\'red }}');
    const multi = suites.find((s) => s.name === 'multi.json').testcase.map((c: any) => c.name);
    expect(multi.some((n: string) => n.includes('c-<b>"&\']]>%,:'))).toBe(true);
    expect(HOSTILE_ID).toContain('\u001b[2J');
    expect(stdout).not.toContain('<script>');
  });

  it('writes an empty report for no files', () => {
    const doc = parse(junit([], { cwd: '/', color: false, rulesMeta: {} }) as string);
    expect(doc.testsuites).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });
});

describe('checkstyle formatter', () => {
  it('has ESLint\'s shape: a <file> per file and an <error> per finding with severity, message (rule) and source', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('checkstyle', dir);
    const eslint = await sampleResults(dir);
    const doc = parse(stdout);
    expect(doc.checkstyle.version).toBe('4.3');
    const files = doc.checkstyle.file as any[];
    expect(files.map((f) => f.name).sort()).toEqual(eslint.map((r) => r.filePath).sort());
    for (const file of files) {
      const messages = eslint.find((r) => r.filePath === file.name)!.messages;
      expect(file.error ?? []).toHaveLength(messages.length);
    }
    const chat = files.find((f) => f.name === path.join(dir, 'chat.txt'));
    expect(chat.error.find((e: any) => e.source === 'transcript-lint.rules.runaround')).toEqual({
      line: '2',
      column: '15',
      severity: 'error',
      message: expect.stringMatching(/^Sends the customer to "visit our website".* \(runaround\)$/),
      source: 'transcript-lint.rules.runaround',
    });
    expect(chat.error.some((e: any) => e.severity === 'warning')).toBe(true);
    const bad = files.find((f) => f.name === path.join(dir, 'bad.json'));
    expect(bad.error[0]).toMatchObject({ severity: 'error', source: '', message: expect.stringMatching(/cannot read as json/) });
  });

  it('escapes hostile transcript text and file names', async () => {
    const { stdout } = await lintSample('checkstyle');
    const files = parse(stdout).checkstyle.file as any[];
    const hostile = files.find((f) => f.name.endsWith('hostile.txt')).error[0];
    expect(hostile.message).toContain('{{ name | <script>]]>"&\'red }}');
    const xml = checkstyle([result('/p/<a b="c">&\u001b[1m\u0002.txt', [{ ruleId: 'x', severity: 1, message: 'line 1\nline 2 \ud800 ]]>', line: 1, column: 1 }])], { cwd: '/p', color: false, rulesMeta: {} }) as string;
    const file = parse(xml).checkstyle.file[0];
    expect(file.name).toBe('/p/<a b="c">&.txt');
    expect(file.error[0].message).toBe('line 1\nline 2  ]]> (x)');
  });

  it('lints to a parseable report through the CLI even for files with odd names', async () => {
    const dir = tempProject({ 'a&b <c>.txt': 'Agent: Please visit our website.\n' });
    const { stdout } = await run(['.', '-f', 'checkstyle'], { cwd: dir });
    expect(parse(stdout).checkstyle.file[0].name).toBe(path.join(dir, 'a&b <c>.txt'));
  });
});
