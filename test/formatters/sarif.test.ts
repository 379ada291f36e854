import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/formatters/sarif.js';
import { run, tempProject } from '../helpers.js';
import { FILES, HOSTILE, lintSample, sampleResults } from './fixture.js';

const SCHEMA = path.join(import.meta.dirname, '../../../shared/schemas/sarif-schema-2.1.0.json');
const PACKAGE = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

/* eslint-disable @typescript-eslint/no-explicit-any */
function validator() {
  // Both are CommonJS whose module.exports is also their `default`: this works under Node and vitest alike.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
}

describe('sarif formatter', () => {
  it.skipIf(!existsSync(SCHEMA))('validates against the official SARIF 2.1.0 schema', async () => {
    const validate = validator();
    const { stdout, code } = await lintSample('sarif');
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does bite: a wrong level or a bad URI fails.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
    const badUri = structuredClone(log);
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b\\c';
    expect(validate(badUri)).toBe(false);
    // A clean run, and a run of nothing, are valid too.
    const clean = await run(['empty.json', '-f', 'sarif'], { cwd: tempProject({ 'empty.json': '' }) });
    expect(validate(JSON.parse(clean.stdout)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(sarif([], { cwd: '/', color: false, rulesMeta: {} }) as string))).toBe(true);
  });

  it('describes the tool and every rule, with docs links, default level, kind and seed', async () => {
    const { stdout } = await lintSample('sarif');
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'transcript-lint', version: PACKAGE.version, informationUri: 'https://github.com/transcript-lint/transcript-lint' });
    const runaround = driver.rules.find((r: any) => r.id === 'runaround');
    expect(runaround).toMatchObject({
      shortDescription: { text: expect.stringMatching(/elsewhere/) },
      fullDescription: { text: expect.stringMatching(/Source: /) },
      helpUri: 'https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/runaround.md',
      defaultConfiguration: { level: 'error' },
      properties: { kind: 'sin', seed: expect.any(String) },
    });
    expect(driver.rules.find((r: any) => r.id === 'apathy').defaultConfiguration).toEqual({ level: 'warning' });
    const ids = driver.rules.map((r: any) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('missing-thanks');
  });

  it('has one result per finding with rule index, level, relative location and conversation properties', async () => {
    const dir = tempProject(FILES);
    const { stdout } = await lintSample('sarif', dir);
    const eslint = await sampleResults(dir);
    const run0 = JSON.parse(stdout).runs[0];
    const rules = run0.tool.driver.rules;
    const findings = eslint.flatMap((r) => r.messages.filter((m) => !m.fatal));
    const suppressed = eslint.flatMap((r) => r.suppressedMessages);
    expect(run0.results).toHaveLength(findings.length + suppressed.length);
    for (const result of run0.results) {
      expect(rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.artifactLocation.uri).not.toMatch(/^\/|^file:/);
    }
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(dir + path.sep).href);

    const chat = run0.results.find((r: any) => r.ruleId === 'runaround' && r.locations[0].physicalLocation.artifactLocation.uri === 'chat.txt');
    expect(chat).toMatchObject({
      level: 'error',
      message: { text: expect.stringMatching(/^Sends the customer to "visit our website"/) },
      locations: [{ physicalLocation: { region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 32 } } }],
      properties: { transcriptId: path.join(dir, 'chat.txt'), turn: 1, role: 'agent' },
    });
    expect(chat.suppressions).toBeUndefined();
    // Paths are URI references: the space and # are percent-encoded.
    const spaced = run0.results.find((r: any) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('sub'));
    expect(spaced.locations[0].physicalLocation.artifactLocation.uri).toBe('sub%20dir/we%20ird%231.txt');
    // A multi-conversation file names the conversation.
    const multi = run0.results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'multi.json');
    expect(multi.map((r: any) => r.properties.transcriptId)).toContain('conv-2');
  });

  it('keeps suppressed findings with an inSource suppression and its justification', async () => {
    const { stdout } = await lintSample('sarif');
    const results = JSON.parse(stdout).runs[0].results.filter((r: any) => r.suppressions);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      ruleId: 'runaround',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'suppressed.txt' } } }],
      suppressions: [{ kind: 'inSource', justification: 'legal <b>asked</b> & "approved"' }],
    });
  });

  it('reports unreadable files as tool execution notifications and marks the run unsuccessful', async () => {
    const { stdout } = await lintSample('sarif');
    const invocation = JSON.parse(stdout).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: expect.stringMatching(/cannot read as json/) },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 20 } } }],
      },
    ]);
    const clean = await run(['empty.json', '-f', 'sarif'], { cwd: tempProject({ 'empty.json': '' }) });
    expect(JSON.parse(clean.stdout).runs[0].invocations[0]).toEqual({ executionSuccessful: true, toolExecutionNotifications: [] });
  });

  it('drops terminal escape sequences from message text but keeps the rest of it', async () => {
    const { stdout } = await lintSample('sarif');
    const hostile = JSON.parse(stdout).runs[0].results.find((r: any) => r.ruleId === 'unfilled-placeholder');
    expect(hostile.message.text).toContain('{{ name | <script>]]>"&\'red }}');
    expect(hostile.message.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(HOSTILE).toContain('\u001b');
  });

  it('points files outside the working folder at absolute file URLs', () => {
    const log = JSON.parse(
      sarif(
        [{ filePath: '/elsewhere/x.txt', messages: [{ ruleId: 'runaround', severity: 1, message: 'm', line: 1, column: 1 }], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] }],
        { cwd: '/work/project', color: false, rulesMeta: {} },
      ) as string,
    );
    const result = log.runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.txt' });
    expect(log.runs[0].tool.driver.rules[result.ruleIndex]).toEqual({ id: 'runaround' });
  });
});
