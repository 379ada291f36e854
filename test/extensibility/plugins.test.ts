/** Plugins (packages and paths), plugin presets, plugin input formats, and --rulesdir. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePluginPreset, pluginNamespace, pluginPackageName } from '../../src/config/plugins.js';
import type { LintResult } from '../../src/model.js';
import { RuleTester } from '../../src/rule-tester.js';
import { Engine } from '../../src/runner/engine.js';
import { run, tempProject } from '../helpers.js';
import { fixture, fixtures, installPlugin, linkTranscriptLint } from './helpers.js';

const CHAT = [
  'Customer: My parcel never came.',
  'Agent: I have opened a case with the courier.',
  'Agent: Unlike Globex, we track every parcel.',
  '',
].join('\n');

const ruleIds = (result: LintResult) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

describe('plugin names', () => {
  it('follow ESLint\'s convention', () => {
    expect(pluginPackageName('acme')).toBe('transcript-lint-plugin-acme');
    expect(pluginPackageName('transcript-lint-plugin-acme')).toBe('transcript-lint-plugin-acme');
    expect(pluginPackageName('@acme')).toBe('@acme/transcript-lint-plugin');
    expect(pluginPackageName('@acme/qa')).toBe('@acme/transcript-lint-plugin-qa');
    expect(pluginPackageName('@acme/transcript-lint-plugin-qa')).toBe('@acme/transcript-lint-plugin-qa');
    expect(pluginNamespace('transcript-lint-plugin-acme')).toBe('acme');
    expect(pluginNamespace('@acme/transcript-lint-plugin')).toBe('@acme');
    expect(pluginNamespace('@acme/transcript-lint-plugin-qa')).toBe('@acme/qa');
    expect(parsePluginPreset('plugin:acme/recommended')).toEqual({ plugin: 'acme', config: 'recommended' });
    expect(parsePluginPreset('acme/recommended')).toEqual({ plugin: 'acme', config: 'recommended' });
    expect(parsePluginPreset('plugin:@acme/qa/strict')).toEqual({ plugin: '@acme/qa', config: 'strict' });
    expect(parsePluginPreset('./base.yaml')).toBeUndefined();
    expect(parsePluginPreset('recommended')).toBeUndefined();
  });
});

describe('a plugin package installed next to the project', () => {
  for (const extendsName of ['plugin:acme/recommended', 'acme/recommended', 'plugin:transcript-lint-plugin-acme/recommended']) {
    it(`adds its rules and a preset that extends names (${extendsName})`, async () => {
      const dir = tempProject({ '.transcriptlintrc.yaml': `root: true\nextends: ['${extendsName}']\n`, 'chat.txt': CHAT });
      installPlugin(dir, 'transcript-lint-plugin-acme');
      const { code, stdout } = await run(['chat.txt', '-f', 'json'], { cwd: dir });
      expect(code).toBe(1);
      const [result] = JSON.parse(stdout) as LintResult[];
      expect(ruleIds(result)).toEqual(['2:8 acme/case-number', '3:15 acme/no-competitors']);
      expect(result.messages[0]).toMatchObject({ severity: 2, messageId: 'missing', endColumn: 28, message: 'Says "I have opened a case" but gives no case number; quote it (ACME-12345) so the customer can refer to it.' });
      expect(result.messages[1]).toMatchObject({ severity: 1, messageId: 'found', message: 'Names a competitor ("Globex"); say what Acme can do instead.' });
    });
  }

  it('plugins: loads it without switching anything on; rules: does, with options checked against its schema', async () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': 'root: true\nplugins: [acme]\n',
      'chat.txt': CHAT,
      'on/.transcriptlintrc.yaml': 'rules:\n  acme/case-number: [warn, { prefix: CS }]\n',
      'on/chat.txt': CHAT.replace('courier.', 'courier.\nAgent: Your case is CS-4711.'),
      'on/no.txt': CHAT,
      'bad/.transcriptlintrc.yaml': 'rules:\n  acme/case-number: [warn, { prefix: 7 }]\n',
      'bad/chat.txt': CHAT,
      'typo/.transcriptlintrc.yaml': 'rules:\n  acme/case-numbers: warn\n',
      'typo/chat.txt': CHAT,
    });
    installPlugin(dir, 'transcript-lint-plugin-acme');
    const results = JSON.parse((await run(['chat.txt', 'on', '-f', 'json'], { cwd: dir })).stdout) as LintResult[];
    expect(results.map((r) => [path.relative(dir, r.filePath), ruleIds(r).filter((id) => id.includes('acme/'))])).toEqual([
      ['chat.txt', []],
      ['on/chat.txt', []],
      ['on/no.txt', ['2:8 acme/case-number']],
    ]);
    expect(results[2].messages[0].message).toMatch(/quote it \(CS-12345\)/);
    const cli = await run(['chat.txt', '--rule', 'acme/no-competitors: error', '-f', 'json'], { cwd: dir });
    expect(ruleIds((JSON.parse(cli.stdout) as LintResult[])[0])).toContain('3:15 acme/no-competitors');
    const bad = await run(['bad/chat.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\/\.transcriptlintrc\.yaml: rules\.acme\/case-number\.prefix: must be string/);
    const typo = await run(['typo/chat.txt'], { cwd: dir });
    expect(typo.stderr).toMatch(/typo\/\.transcriptlintrc\.yaml: rules\.acme\/case-numbers: unknown rule "acme\/case-numbers" \(plugin "acme" has acme\/case-number, acme\/no-competitors\)/);
  });

  it('--list-rules, --print-config and rulesMeta show the plugin\'s rules', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'extends: [recommended, plugin:acme/recommended]\n', 'chat.txt': CHAT });
    installPlugin(dir, 'transcript-lint-plugin-acme');
    const list = (await run(['--list-rules'], { cwd: dir })).stdout;
    expect(list).toMatch(/^acme\/case-number\s+practice\s+error\s+Opens a case or ticket without giving the customer its number$/m);
    expect(list).toMatch(/^acme\/no-competitors\s+style\s+warn\s+Naming a competitor to the customer$/m);
    expect(list).toMatch(/^runaround\s+sin/m);
    const config = JSON.parse((await run(['--print-config', 'chat.txt'], { cwd: dir })).stdout);
    expect(config.plugins).toEqual({ acme: 'transcript-lint-plugin-acme@1.0.0' });
    expect(config.rules['acme/case-number']).toEqual([2, {}]);
    expect(config.rules.runaround[0]).toBe(2);
    const sarif = JSON.parse((await run(['chat.txt', '-f', 'sarif'], { cwd: dir })).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'acme/case-number');
    expect(rule).toMatchObject({ helpUri: 'https://acme.example/standards#case-number', properties: { kind: 'practice', seed: 'Acme service standard 4: always give the case number' } });
  });

  it('resolves from the folder of the config that names it', async () => {
    const dir = tempProject({ 'team/.transcriptlintrc.yaml': 'root: true\nextends: plugin:acme/recommended\n', 'team/chat.txt': CHAT, 'chat.txt': CHAT });
    installPlugin(path.join(dir, 'team'), 'transcript-lint-plugin-acme');
    const results = JSON.parse((await run(['.', '-f', 'json'], { cwd: dir })).stdout) as LintResult[];
    expect(results.map((r) => [path.relative(dir, r.filePath), r.messages.some((m) => m.ruleId?.startsWith('acme/'))])).toEqual([
      ['chat.txt', false],
      ['team/chat.txt', true],
    ]);
  });

  it('a scoped CommonJS package and a plugin path', async () => {
    const dir = tempProject({
      'node_modules/@acme/transcript-lint-plugin/package.json': JSON.stringify({ name: '@acme/transcript-lint-plugin', version: '2.0.0', main: 'main.cjs' }),
      'node_modules/@acme/transcript-lint-plugin/main.cjs': [
        "module.exports = {",
        "  rules: { shouting: { type: 'existence', message: 'Shouting: {{match}}', phrases: ['URGENT'] } },",
        "  configs: { all: { rules: { '@acme/shouting': 'error' } } },",
        "};",
      ].join('\n'),
      'tools/house.mjs': [
        'export const meta = { namespace: "house" };',
        'export const rules = {',
        '  "no-sir": { meta: { messages: { sir: "Say their name, not {{word}}." } }, create(context) {',
        '    return { agentTurn(turn) { const i = turn.text.indexOf("sir"); if (i >= 0) context.report({ turn, range: [i, i + 3], messageId: "sir", data: { word: "sir" } }); } };',
        '  } },',
        '};',
      ].join('\n'),
      '.transcriptlintrc.yaml': "root: true\nextends: plugin:@acme/all\nplugins: ['./tools/house.mjs']\nrules: { house/no-sir: warn }\n",
      'chat.txt': 'Agent: URGENT: yes sir.\n',
    });
    const { stdout } = await run(['chat.txt', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual(['1:8 @acme/shouting Shouting: URGENT', '1:20 house/no-sir Say their name, not sir.']);
    const config = JSON.parse((await run(['--print-config', 'chat.txt'], { cwd: dir })).stdout);
    expect(config.plugins).toEqual({ '@acme': '@acme/transcript-lint-plugin@2.0.0', house: './tools/house.mjs' });
  });

  it('a plugin that cannot load is a config error naming it', async () => {
    const dir = tempProject({
      'node_modules/transcript-lint-plugin-slow/package.json': JSON.stringify({ name: 'transcript-lint-plugin-slow', type: 'module', main: 'index.js' }),
      'node_modules/transcript-lint-plugin-slow/index.js': 'await Promise.resolve();\nexport default { rules: {} };\n',
      'node_modules/transcript-lint-plugin-broken/index.js': 'throw new Error("boom");\n',
      'node_modules/transcript-lint-plugin-odd/index.js': 'module.exports = { rules: { odd: { meta: {} } } };\n',
      'slow/.transcriptlintrc.yaml': 'plugins: [slow]\n',
      'slow/a.txt': CHAT,
      'broken/.transcriptlintrc.yaml': 'plugins: [broken]\n',
      'broken/a.txt': CHAT,
      'odd/.transcriptlintrc.yaml': 'plugins: [odd]\n',
      'odd/a.txt': CHAT,
      'nopreset/.transcriptlintrc.yaml': 'extends: plugin:odd/strict\n',
      'nopreset/a.txt': CHAT,
    });
    const expectations: Array<[string, RegExp]> = [
      ['slow/a.txt', /slow\/\.transcriptlintrc\.yaml: plugins\[0\]: plugin "transcript-lint-plugin-slow" uses top-level await/],
      ['broken/a.txt', /broken\/\.transcriptlintrc\.yaml: plugins\[0\]: plugin "transcript-lint-plugin-broken" boom/],
      ['odd/a.txt', /odd\/\.transcriptlintrc\.yaml: plugins\[0\]: plugin "transcript-lint-plugin-odd": rules\.odd: not a rule/],
      ['nopreset/a.txt', /nopreset\/\.transcriptlintrc\.yaml: extends: "plugin:odd\/strict": plugin "transcript-lint-plugin-odd": rules\.odd: not a rule/],
    ];
    for (const [file, message] of expectations) {
      const { code, stderr } = await run([file], { cwd: dir });
      expect(code, file).toBe(2);
      expect(stderr, file).toMatch(message);
    }
  });

  it('a preset the plugin does not have', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'extends: plugin:acme/strict\n', 'chat.txt': CHAT });
    installPlugin(dir, 'transcript-lint-plugin-acme');
    const { code, stderr } = await run(['chat.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/\.transcriptlintrc\.yaml: extends: plugin "transcript-lint-plugin-acme" has no config "strict" \(it has: recommended\)/);
  });
});

describe('a plugin input format', () => {
  const TICKETS = [
    '#4711 2026-03-01T10:00:00Z customer> My parcel never came.',
    '#4711 2026-03-01T10:09:00Z agent> Please visit our website.',
    '',
  ].join('\n');

  it('is listed, found by directory expansion, detected by extension and forced with --input-format', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'plugins: [tickets]\n', 'exports/today.tickets': TICKETS, 'stdin.txt': TICKETS });
    installPlugin(dir, 'transcript-lint-plugin-tickets');
    linkTranscriptLint(dir);
    const formats = await run(['--list-formats'], { cwd: dir });
    expect(formats.stdout).toMatch(/^acme-tickets\s+\.tickets\s+Acme's ticket export/m);
    const { code, stdout } = await run(['exports', '-f', 'json'], { cwd: dir });
    expect(code).toBe(1); // runaround is an error in recommended
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(path.relative(dir, result.filePath)).toBe(path.join('exports', 'today.tickets'));
    expect(result.messages.find((m) => m.ruleId === 'runaround')).toMatchObject({ line: 2, column: 42, transcriptId: '4711', role: 'agent' });
    expect(result.transcripts?.[0]).toMatchObject({ id: '4711', turns: 2 });
    const forced = await run(['--stdin', '--stdin-filename', 'x', '--input-format', 'acme-tickets', '-f', 'json'], { cwd: dir, stdin: TICKETS });
    expect(JSON.parse(forced.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'runaround')).toMatchObject({ line: 2, column: 42 });
  });

  it('cannot take a built-in format\'s name', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': "plugins: ['./fmt.cjs']\n", 'fmt.cjs': "module.exports = { formats: [{ name: 'json', description: 'x', extensions: ['.x'], parse() {} }] };\n", 'a.txt': CHAT });
    const { code, stderr } = await run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/plugins\[0\]: plugin "\.\/fmt\.cjs" adds input format "json", the name of a built-in format/);
  });
});

describe('--rulesdir', () => {
  const files = {
    'house-rules/no-hun.mjs': [
      'export default {',
      '  meta: { id: "no-hun", kind: "style", docs: { description: "Calls the customer hun" }, messages: { hun: "Do not call the customer \\"hun\\"." } },',
      '  create(context) {',
      '    return { agentTurn(turn) { const i = turn.text.indexOf("hun"); if (i >= 0) context.report({ turn, range: [i, i + 3], messageId: "hun" }); } };',
      '  },',
      '};',
    ].join('\n'),
    'house-rules/sign-off.cjs': [
      'module.exports = {',
      '  meta: { id: "sign-off", defaultSeverity: "error", channels: ["email"], docs: { description: "E-mails end with a name" }, messages: { none: "No sign-off." } },',
      '  create: (context) => ({ agentTurn(turn) { if (!/\\n-- ?\\w+\\s*$/.test(turn.text)) context.report({ turn, messageId: "none" }); } }),',
      '};',
    ].join('\n'),
    'house-rules/README.md': 'not a rule',
    'chat.txt': 'Customer: hi\nAgent: Sure thing hun, done.\n',
  };

  it('loads loose rule modules by meta.id; they are off until rules: or --rule switches them on', async () => {
    const dir = tempProject(files);
    const list = await run(['--rulesdir', 'house-rules', '--list-rules'], { cwd: dir });
    expect(list.stdout).toMatch(/^no-hun\s+style\s+warn\s+Calls the customer hun$/m);
    expect(list.stdout).toMatch(/^sign-off\s+style\s+error\s+E-mails end with a name$/m);
    const off = await run(['chat.txt', '--rulesdir', 'house-rules', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(off.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'no-hun')).toEqual([]);
    const on = await run(['chat.txt', '--rulesdir', 'house-rules', '--rule', 'no-hun: error', '-f', 'json'], { cwd: dir });
    expect(on.code).toBe(1);
    expect(JSON.parse(on.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'no-hun')).toMatchObject({ line: 2, column: 19, endColumn: 22, severity: 2, message: 'Do not call the customer "hun".' });
    writeFileSync(path.join(dir, '.transcriptlintrc.yaml'), 'rules: { no-hun: warn }\n');
    const fromConfig = await run(['chat.txt', '--rulesdir', 'house-rules'], { cwd: dir });
    expect(fromConfig.stdout).toMatch(/2:19\s+warning\s+Do not call the customer "hun"\s+no-hun/);
    const without = await run(['chat.txt'], { cwd: dir });
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/rules\.no-hun: unknown rule "no-hun"/);
  });

  it('errors: a missing folder, a module that is no rule, a built-in id', async () => {
    const dir = tempProject({ ...files, 'bad/x.js': 'export default { meta: {} };\n', 'clash/runaround.mjs': 'export default { meta: { id: "runaround", messages: {} }, create() { return {}; } };\n', 'bad/package.json': '{"type":"module"}' });
    const cases: Array<[string, RegExp]> = [
      ['nope', /--rulesdir: "nope" is not a folder/],
      ['bad', /--rulesdir: bad\/x\.js: not a rule module/],
      ['clash', /--rulesdir: clash\/runaround\.mjs: "runaround" is the id of a built-in rule/],
    ];
    for (const [folder, message] of cases) {
      const { code, stderr } = await run(['chat.txt', '--rulesdir', folder], { cwd: dir });
      expect(code, folder).toBe(2);
      expect(stderr, folder).toMatch(message);
    }
  });

  it('works through the Node API', () => {
    const dir = tempProject(files);
    const engine = new Engine({ cwd: dir, rulesdirs: ['house-rules'], rules: { 'no-hun': 'warn' } });
    expect(engine.rules.has('no-hun')).toBe(true);
    expect(engine.lintFiles(['chat.txt'])[0].messages.some((m) => m.ruleId === 'no-hun')).toBe(true);
  });
});

describe('RuleTester for plugin rules', async () => {
  const { default: acme } = await import(path.join(fixtures, 'transcript-lint-plugin-acme', 'index.js'));
  const tester = new RuleTester({ plugins: { acme } });
  tester.run('acme/case-number', acme.rules['case-number'], {
    valid: [
      'Agent: I have opened a case, ACME-4711, with the courier.',
      { name: 'the number in the next message of the reply', code: 'Agent: I have opened a case.\nAgent: It is ACME-4711.' },
      { name: 'another prefix', options: { prefix: 'CS' }, code: 'Agent: We have raised a ticket: CS-123.' },
      { name: 'negated', code: "Agent: I haven't opened a case yet." },
    ],
    invalid: [
      { code: 'Agent: We have escalated your request.', errors: [{ messageId: 'missing', line: 1, column: 8, endColumn: 38 }] },
      { code: 'Agent: I have opened a case, ACME-4711.', options: { prefix: 'CS' }, errors: [{ message: /quote it \(CS-12345\)/ }] },
    ],
  });
  tester.run('acme/no-competitors', acme.rules['no-competitors'], {
    valid: ['Agent: We track every parcel.'],
    invalid: [{ code: "Agent: We're not like Umbrella Corp.", errors: [{ messageId: 'found', column: 23, endColumn: 36 }] }],
  });
  it('checks options against the rule\'s schema', () => {
    expect(() => tester.lint('acme/case-number', acme.rules['case-number'], { code: 'Agent: x', options: { prefix: 'lower' } })).toThrow(/prefix: must match pattern/);
  });
  it('matches the fixture files this test reads', () => {
    expect(fixture('transcript-lint-plugin-acme/package.json')).toMatch(/"name": "transcript-lint-plugin-acme"/);
  });
});
