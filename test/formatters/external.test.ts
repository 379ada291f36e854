import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/formatters/index.js';
import { isFormatterPath, packageCandidates } from '../../src/formatters/external.js';
import type { LintResult } from '../../src/model.js';
import { run, tempProject } from '../helpers.js';
import { CHAT, HOSTILE } from './fixture.js';

const ROOT = path.join(import.meta.dirname, '../..');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Dumps what an ESLint formatter is handed. */
const DUMP = `module.exports = function (results, context) {
  return JSON.stringify({ results, context });
};
`;

function project(extra: Record<string, string> = {}): string {
  return tempProject({
    // These tests are about loading formatters, not severities: the sample's findings stay warnings, so a clean load exits 0.
    '.transcriptlintrc.yaml': 'rules:\n  runaround: warn\n  missing-thanks: warn\n',
    'chat.txt': CHAT,
    'hostile.txt': `Agent: Hi ${HOSTILE}, thanks!\n`,
    'node_modules/eslint-formatter-dump/package.json': '{"name": "eslint-formatter-dump", "version": "1.0.0", "main": "index.js"}',
    'node_modules/eslint-formatter-dump/index.js': DUMP,
    'node_modules/@acme/eslint-formatter/package.json': '{"name": "@acme/eslint-formatter", "version": "1.0.0"}',
    'node_modules/@acme/eslint-formatter/index.js': 'module.exports = (results) => `acme root: ${results.length} files`;\n',
    'node_modules/@acme/eslint-formatter-fancy/package.json': '{"name": "@acme/eslint-formatter-fancy", "version": "1.0.0"}',
    'node_modules/@acme/eslint-formatter-fancy/index.js': 'module.exports = () => "acme fancy";\n',
    'node_modules/transcript-lint-formatter-own/package.json': '{"name": "transcript-lint-formatter-own", "version": "1.0.0", "type": "module", "exports": "./index.js"}',
    'node_modules/transcript-lint-formatter-own/index.js': 'export default async (results, context) => { await new Promise((r) => setTimeout(r, 1)); return `own: ${results.flatMap((r) => r.messages).length} findings in ${context.cwd}`; };\n',
    'node_modules/eslint-formatter-notfn/package.json': '{"name": "eslint-formatter-notfn", "version": "1.0.0"}',
    'node_modules/eslint-formatter-notfn/index.js': 'module.exports = { format: "not a function" };\n',
    'node_modules/eslint-formatter-json/package.json': '{"name": "eslint-formatter-json", "version": "1.0.0"}',
    'node_modules/eslint-formatter-json/index.js': 'module.exports = () => "not the built-in";\n',
    'reports/mine.cjs': 'module.exports = (results) => "cjs file: " + results.length;\n',
    'reports/mine.mjs': 'export default async function (results) { return "esm file: " + results.length; }\n',
    'reports/transpiled.js': 'exports.__esModule = true; exports.default = (results) => "transpiled: " + results.length;\n',
    'reports/broken.mjs': 'export default (results) => {\n',
    'bare.js': 'module.exports = () => "bare file";\n',
    ...extra,
  });
}

describe('ESLint formatter packages and files', () => {
  it('names: short, scoped and full names map to packages as ESLint maps them', () => {
    expect(packageCandidates('pretty')).toEqual(['eslint-formatter-pretty', 'transcript-lint-formatter-pretty', 'pretty']);
    expect(packageCandidates('eslint-formatter-pretty')).toEqual(['eslint-formatter-pretty']);
    expect(packageCandidates('transcript-lint-formatter-x')).toEqual(['transcript-lint-formatter-x']);
    expect(packageCandidates('@acme')).toEqual(['@acme/eslint-formatter', '@acme/transcript-lint-formatter']);
    expect(packageCandidates('@acme/fancy')).toEqual(['@acme/eslint-formatter-fancy', '@acme/transcript-lint-formatter-fancy', '@acme/fancy']);
    expect(packageCandidates('@acme/eslint-formatter-fancy')).toEqual(['@acme/eslint-formatter-fancy']);
    expect(['./x.js', 'a/b', 'a\\b', 'x.cjs', 'x.mjs', 'x.js'].every(isFormatterPath)).toBe(true);
    expect(['pretty', '@acme/fancy', '@acme', 'eslint-formatter-x'].some(isFormatterPath)).toBe(false);
  });

  it('-f pretty runs the published eslint-formatter-pretty (ESM) on our results', async () => {
    // Resolved from the cwd, as ESLint does: a project with the package installed.
    const dir = project();
    mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules/eslint-formatter-pretty'), path.join(dir, 'node_modules/eslint-formatter-pretty'), 'dir');
    const { code, stdout, stderr } = await run(['chat.txt', 'hostile.txt', '-f', 'pretty', '--rule', 'runaround: error'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const plain = stdout.replace(ANSI, '');
    expect(plain).toMatch(/chat\.txt:2:15\n/);
    expect(plain).toMatch(/2:15\s+Sends the customer to "visit our website".*\s+runaround\n/);
    expect(plain).toMatch(/\d+ warnings?\n\s+1 error\n/);
    // Hostile text reaches it without its escape sequences.
    expect(plain).toContain('<script>]]>"&\'red');
    expect(stdout).not.toContain('pwned');
  });

  it('-f pretty also resolves from transcript-lint\'s own install when the project does not have it', async () => {
    const { code, stdout } = await run(['chat.txt', '-f', 'pretty'], { cwd: project() });
    expect(code).toBe(0);
    expect(stdout.replace(ANSI, '')).toMatch(/Sends the customer to "visit our website"/);
  });

  it('hands the formatter ESLint results and context: cwd, rulesMeta with absolute docs URLs, color, maxWarningsExceeded', async () => {
    const dir = project();
    const { code, stdout } = await run(['chat.txt', 'hostile.txt', '-f', 'dump', '--max-warnings', '0', '--color'], { cwd: dir });
    expect(code).toBe(1);
    const { results, context } = JSON.parse(stdout) as { results: LintResult[]; context: Record<string, any> };
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['chat.txt', 'hostile.txt']);
    const runaround = results[0].messages.find((m) => m.ruleId === 'runaround')!;
    expect(runaround).toMatchObject({ severity: 1, line: 2, column: 15, endLine: 2, endColumn: 32, turn: 1, role: 'agent' });
    for (const key of ['suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']) {
      expect(results[0]).toHaveProperty(key);
    }
    expect(results[1].messages[0].message).toContain('<script>]]>"&\'red');
    expect(results[1].messages[0].message).not.toMatch(/\u001b|\u0007/);
    expect(context.cwd).toBe(dir);
    expect(context.color).toBe(true);
    expect(context.maxWarningsExceeded).toEqual({ maxWarnings: 0, foundWarnings: expect.any(Number) });
    expect(context.rulesMeta.runaround.docs.url).toBe('https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/runaround.md');
    expect(context.rulesMeta.apathy.docs.url).toMatch(/^https:\/\/github\.com\/transcript-lint\/transcript-lint\/blob\/main\/docs\/rules\/apathy\.md$/);
  });

  it('finds scoped packages, its own transcript-lint-formatter-* packages, full names and async formatters', async () => {
    const dir = project();
    const out = async (name: string) => {
      const { code, stdout, stderr } = await run(['chat.txt', '-f', name], { cwd: dir });
      expect(stderr, name).toBe('');
      expect(code, name).toBe(0);
      return stdout.trim();
    };
    expect(await out('@acme')).toBe('acme root: 1 files');
    expect(await out('@acme/fancy')).toBe('acme fancy');
    expect(await out('@acme/eslint-formatter-fancy')).toBe('acme fancy');
    expect(await out('own')).toMatch(/^own: \d+ findings in /);
    expect(await out('transcript-lint-formatter-own')).toMatch(/^own: /);
    expect(await out('eslint-formatter-dump')).toMatch(/^\{"results"/);
    // Built-in names win over installed packages.
    expect(await out('json')).toMatch(/^\[\{"filePath"/);
  });

  it('loads formatter files relative to the cwd: CommonJS, ESM, transpiled default exports', async () => {
    const dir = project();
    const out = async (name: string) => (await run(['chat.txt', '-f', name], { cwd: dir })).stdout.trim();
    expect(await out('./reports/mine.cjs')).toBe('cjs file: 1');
    expect(await out('reports/mine.mjs')).toBe('esm file: 1');
    expect(await out('reports\\mine.cjs')).toBe('cjs file: 1');
    expect(await out(path.join(dir, 'reports/transpiled.js'))).toBe('transpiled: 1');
    expect(await out('bare.js')).toBe('bare file');
  });

  it('fails with one line and exit 2 for unknown names, missing files and modules that are no formatter', async () => {
    const dir = project();
    const cases: Array<[string, RegExp]> = [
      ['nope', /unknown formatter "nope" \(expected one of: stylish, json, .*sarif.*; or an installed ESLint formatter package such as eslint-formatter-nope, or a path to a formatter file\)/],
      ['@nobody/thing', /unknown formatter "@nobody\/thing".*@nobody\/eslint-formatter-thing/],
      ['./missing.js', /cannot find formatter file ".*missing\.js"/],
      ['notfn', /formatter "notfn" \(.*eslint-formatter-notfn\/index\.js\) does not export a function/],
      ['reports/broken.mjs', /cannot load formatter "reports\/broken\.mjs" \(.*broken\.mjs\): /],
    ];
    for (const [name, message] of cases) {
      const { code, stdout, stderr } = await run(['chat.txt', '-f', name], { cwd: dir });
      expect(code, name).toBe(2);
      expect(stdout, name).toBe('');
      expect(stderr.trim().split('\n'), name).toHaveLength(1);
      expect(stderr, name).toMatch(message);
    }
  });

  it('gives the formatter copies: sorting or changing them leaves the caller\'s results alone', async () => {
    const dir = project({ 'mutate.cjs': 'module.exports = (results) => { results.reverse(); results[0].messages.length = 0; results[0].messages.push = null; return "done"; };\n' });
    const format = await loadFormatter('./mutate.cjs', { cwd: dir });
    const results = [
      { filePath: '/a', messages: [{ ruleId: 'r', severity: 1, message: 'm', line: 1, column: 1 }], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
      { filePath: '/b', messages: [{ ruleId: 'r', severity: 1, message: 'n', line: 1, column: 1 }], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
    ] as LintResult[];
    const before = structuredClone(results);
    expect(await format(results, { cwd: dir, color: false, rulesMeta: {} })).toBe('done');
    expect(results).toEqual(before);
  });

  it('runs the custom formatter example from docs/formatters.md', async () => {
    const markdown = readFileSync(path.join(ROOT, 'docs/formatters.md'), 'utf8');
    const example = /```js\n(\/\/ reports\/count-by-rule\.mjs[^\n]*\n[\s\S]*?)```/.exec(markdown)![1];
    const dir = project({ 'reports/count-by-rule.mjs': example });
    const { code, stdout } = await run(['chat.txt', '-f', './reports/count-by-rule.mjs'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+1 {2}runaround {2}Agent sends the customer elsewhere/m);
  });
});
