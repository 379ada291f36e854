import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader } from '../../src/config/loader.js';
import { ConfigError } from '../../src/config/types.js';
import { Engine } from '../../src/runner/engine.js';
import { tempProject } from '../helpers.js';

const loader = (cwd: string, extra: Partial<ConstructorParameters<typeof ConfigLoader>[0]> = {}) => new ConfigLoader({ rules: builtinRules, cwd, ...extra });

describe('config lookup', () => {
  it('starts from recommended when no config extends anything', () => {
    const dir = tempProject({});
    const config = loader(dir).forFile(path.join(dir, 'a.txt'));
    expect(config.rules.runaround[0]).toBe(2);
    expect(config.rules.apathy[0]).toBe(1);
    expect(Object.keys(config.rules).sort()).toEqual([...builtinRules.keys()].sort());
  });

  it('merges configs from the file upward, nearer ones winning, and stops at root: true', () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': 'rules: { runaround: error, apathy: error }\nlocale: el\n',
      'team/.transcriptlintrc.json': '{ "rules": { "runaround": "off" } }',
      'island/.transcriptlintrc.yml': 'root: true\nrules: { brush-off: error }\n',
    });
    const l = loader(dir);
    const team = l.forFile(path.join(dir, 'team', 'x.txt'));
    expect(team.rules.runaround[0]).toBe(0);
    expect(team.rules.apathy[0]).toBe(2);
    expect(team.locale).toBe('el');
    const island = l.forFile(path.join(dir, 'island', 'x.txt'));
    expect(island.rules.apathy[0]).toBe(1); // recommended's warn: the root config above is not read
    expect(island.rules['brush-off'][0]).toBe(2);
    expect(island.locale).toBe('auto');
  });

  it('reads "transcriptLint" from package.json', () => {
    const dir = tempProject({ 'package.json': JSON.stringify({ name: 'x', transcriptLint: { rules: { 'missing-thanks': 'off' } } }) });
    expect(loader(dir).forFile(path.join(dir, 'a.txt')).rules['missing-thanks'][0]).toBe(0);
  });

  it('extends strict, and a path; a severity alone keeps earlier options', () => {
    const dir = tempProject({
      'base.yaml': 'rules:\n  robotism: [warn, { minRepeatWords: 3 }]\n',
      '.transcriptlintrc.yaml': 'extends: [strict, ./base.yaml]\nrules:\n  robotism: error\n',
    });
    const config = loader(dir).forFile(path.join(dir, 'a.txt'));
    expect(config.rules.runaround[0]).toBe(2);
    expect(config.rules.robotism).toEqual([2, { minRepeatWords: 3 }]);
  });

  it('applies overrides by glob, with channel and roles', () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': [
        'roles: { agent: [Concierge] }',
        'overrides:',
        "  - files: ['macros/**']",
        '    channel: macro',
        '    rules: { robotism: off }',
      ].join('\n'),
    });
    const l = loader(dir);
    const macro = l.forFile(path.join(dir, 'macros', 'deep', 'a.md'));
    expect(macro.channel).toBe('macro');
    expect(macro.rules.robotism[0]).toBe(0);
    expect(macro.roles.agent).toEqual(['Concierge']);
    expect(l.forFile(path.join(dir, 'chats', 'a.txt')).channel).toBeUndefined();
  });

  it('a config that says channel: macro makes .txt files macros', () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': "overrides:\n  - files: ['macros/**']\n    channel: macro\n",
      'macros/reset.txt': 'Agent: please visit our website.\n',
    });
    const result = new Engine({ cwd: dir }).lintFiles(['macros']);
    expect(result[0].transcripts?.[0].channel).toBe('macro');
  });

  it('a roles map teaches the text parser new speaker labels', () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'roles: { agent: [Concierge], customer: [Member] }\n', 'a.txt': 'Member: hi\nConcierge: Please visit our website.\n' });
    const [result] = new Engine({ cwd: dir }).lintFiles(['a.txt']);
    expect(result.messages.find((m) => m.ruleId === 'runaround')).toMatchObject({ line: 2, column: 19, role: 'agent' });
  });
});

describe('config validation', () => {
  const cases: Array<[string, RegExp]> = [
    ['colour: red\n', /\.transcriptlintrc\.yaml: unknown key "colour"/],
    ['rules: { nope: warn }\n', /rules\.nope: unknown rule "nope"/],
    ['rules: { runaround: loud }\n', /rules\.runaround: expected one of/],
    ['rules: { robotism: [warn, { minRepeatWords: "many" }] }\n', /rules\.robotism\.minRepeatWords: must be integer/],
    ['rules: { robotism: [warn, { other: 1 }] }\n', /rules\.robotism: unknown key "other"/],
    ['extends: bestest\n', /extends: unknown preset "bestest"/],
    ['extends: ./.transcriptlintrc.yaml\n', /extends itself/],
    ['overrides: [{ rules: {} }]\n', /overrides\.0: missing required key "files"/],
    ['rules: [\n', /\.transcriptlintrc\.yaml:2:1: cannot parse config/],
    ['channel: fax\n', /channel: expected one of "chat"/],
  ];
  for (const [text, message] of cases) {
    it(`rejects ${JSON.stringify(text.trim())}`, () => {
      const dir = tempProject({ '.transcriptlintrc.yaml': text });
      expect(() => loader(dir).forFile(path.join(dir, 'a.txt'))).toThrowError(ConfigError);
      expect(() => loader(dir).forFile(path.join(dir, 'a.txt'))).toThrowError(message);
    });
  }
});
