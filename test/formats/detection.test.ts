import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import type { LintResult } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { run, tempProject } from '../helpers.js';
import { FIXTURES } from './format-helpers.js';

const registry = new FormatRegistry();
const detect = (file: string, text: string) => registry.detect(file, text, { roleLabels: buildRoleLabels() }).name;

describe('detection by shape', () => {
  it('picks each fixture\'s format from its content', () => {
    const expected: Record<string, string> = {
      'zendesk/ticket-comments.json': 'zendesk',
      'zendesk/audits.json': 'zendesk',
      'zendesk-chat/chat.json': 'zendesk-chat',
      'zendesk-macros/macros.json': 'zendesk-macros',
      'intercom/conversation.json': 'intercom',
      'freshdesk/ticket.json': 'freshdesk',
      'helpscout/conversation.json': 'helpscout',
      'front/messages.json': 'front',
      'livechat/chat.json': 'livechat',
      'gorgias/ticket.json': 'gorgias',
      'amazon-connect/chat-transcript.json': 'amazon-connect',
      'contact-lens/analysis.json': 'contact-lens',
      'ccai-insights/conversation.json': 'ccai-insights',
      'ibm-twitter/dialogs.json': 'ibm-twitter',
      'twcs/tweets.csv': 'twcs',
      'webvtt/call.vtt': 'webvtt',
      'srt/call.srt': 'srt',
    };
    for (const [file, format] of Object.entries(expected)) {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      expect([file, detect(file, text)]).toEqual([file, format]);
      // Standard input has no name: the content alone decides.
      expect([file, detect('<stdin>', text)]).toEqual([file, format]);
    }
  });

  it('keeps native JSON, JSON Lines and macro libraries as they were', () => {
    expect(detect('a.json', '{"messages": []}')).toBe('json');
    expect(detect('a.jsonl', '{"id":"a","messages":[]}\n{"id":"b","messages":[]}\n')).toBe('jsonl');
    expect(detect('a.json', '[{"title": "x", "text": "y"}]')).toBe('macro-library');
    expect(detect('a.yml', 'title: x\nbody: y\n')).toBe('macro-library');
  });

  it('uses a configured map only for files it fits', () => {
    const formatOptions = { json: { messages: 'turns', role: 'who', text: 'said' } };
    expect(registry.detect('a.json', '{"turns":[{"who":"rep","said":"hi"}]}', { roleLabels: buildRoleLabels(), formatOptions }).name).toBe('json-map');
    expect(registry.detect('a.json', '{"messages":[]}', { roleLabels: buildRoleLabels(), formatOptions }).name).toBe('json');
  });
});

describe('bad input', () => {
  const lint = (files: Record<string, string>) => {
    const dir = tempProject(files);
    return { dir, results: new Engine({ cwd: dir, configLookup: false }).lintFiles(['.']) };
  };
  const byName = (results: LintResult[], name: string) => results.find((r) => path.basename(r.filePath) === name)!;

  it('JSON of no known shape is one fatal message naming the formats tried and how to force one', () => {
    const { results } = lint({ 'odd.json': '{ "rows": [ { "speaker": "x" } ] }' });
    const [result] = results;
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages).toHaveLength(1);
    const [m] = result.messages;
    expect(m.message).toMatch(/^cannot read as json: no known conversation shape \(tried json, macro-library, zendesk, zendesk-chat, zendesk-macros, intercom, .*, jsonl\); force one with --input-format NAME/);
    expect(m.message).toContain('formatOptions.json');
  });

  it('a syntax error in a platform export is fatal at its position; other files go on', () => {
    const { results } = lint({
      'broken.json': '{"conversation_parts": [\n  {"part_type": "comment" "body": "x"}]}',
      'good.json': readFileSync(path.join(FIXTURES, 'intercom/conversation.json'), 'utf8'),
      'call.vtt': readFileSync(path.join(FIXTURES, 'webvtt/call.vtt'), 'utf8'),
      'odd.csv': 'a,b\n1,2\n',
    });
    const broken = byName(results, 'broken.json');
    expect(broken.messages[0]).toMatchObject({ fatal: true, line: 2, column: 27 });
    expect(broken.messages[0].message).toMatch(/JSON syntax error: comma expected/);
    expect(byName(results, 'good.json').fatalErrorCount).toBe(0);
    expect(byName(results, 'good.json').transcripts).toHaveLength(1);
    expect(byName(results, 'call.vtt').transcripts).toHaveLength(1);
    expect(byName(results, 'odd.csv').messages[0].message).toMatch(/formatOptions\.csv/);
  });

  it('an unclosed quote in a CSV is fatal at its line', () => {
    const { results } = lint({ 'tweets.csv': 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,a,True,x,"never closed,,\n' });
    expect(results[0].messages[0]).toMatchObject({ fatal: true, line: 2, column: 1 });
    expect(results[0].messages[0].message).toMatch(/^cannot read as twcs: CSV: Quote Not Closed/);
  });

  it('a known shape missing a field names the field\'s path at its position', () => {
    const text = '{"Transcript": [\n  {"Type": "MESSAGE", "Content": "hi", "AbsoluteTime": "2026-01-01T00:00:00Z", "ParticipantRole": "AGENT"},\n  {"Type": "MESSAGE", "AbsoluteTime": "2026-01-01T00:00:01Z", "ParticipantRole": "CUSTOMER"}]}';
    const { results } = lint({ 'chat.json': text });
    expect(results[0].messages.filter((m) => m.ruleId === null)).toEqual([
      expect.objectContaining({ message: 'message skipped: Transcript[1].Content is missing', line: 3, column: 3, severity: 2 }),
    ]);
  });
});

describe('CLI', () => {
  it('--list-formats lists every platform format', async () => {
    const { stdout } = await run(['--list-formats'], { cwd: tempProject({}) });
    for (const name of ['zendesk', 'zendesk-chat', 'zendesk-macros', 'intercom', 'freshdesk', 'helpscout', 'front', 'livechat', 'gorgias', 'amazon-connect', 'contact-lens', 'ccai-insights', 'twcs', 'ibm-twitter', 'csv-map', 'json-map', 'webvtt', 'srt']) {
      expect(stdout).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });

  it('folders expand to .csv, .vtt and .srt files too', () => {
    const dir = tempProject({ 'a.csv': 'x', 'b.vtt': 'WEBVTT', 'c.srt': '', 'd.json': '{}' });
    const files = new Engine({ cwd: dir, configLookup: false }).listFiles(['.']).map((f) => path.basename(f));
    expect(files).toEqual(['a.csv', 'b.vtt', 'c.srt', 'd.json']);
  });

  it('--input-format forces a shape', async () => {
    const dir = tempProject({ 'chat.json': readFileSync(path.join(FIXTURES, 'zendesk-chat/chat.json'), 'utf8') });
    const { stdout } = await run(['chat.json', '--input-format', 'zendesk-chat', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result.transcripts?.[0]).toMatchObject({ id: '2603.118.chat7', turns: 3 });
  });
});

describe('formatOptions in the config', () => {
  it('is validated: unknown keys, bad values and incomplete maps are errors (exit 2)', async () => {
    const cases: Array<[string, RegExp]> = [
      ['formatOptions: { csv: { text: body, role: who, colour: red } }\n', /formatOptions\.csv: unknown key "colour"/],
      ['formatOptions: { csv: { text: body, role: who, defaultRole: boss } }\n', /formatOptions\.csv\.defaultRole: expected one of "agent"/],
      ['formatOptions: { csv: { role: who } }\n', /formatOptions\.csv: missing required key "text"/],
      ['formatOptions: { csv: { text: body } }\n', /formatOptions\.csv: needs "role" or "author"/],
      ['formatOptions: { json: { text: body, role: r } }\n', /formatOptions\.json: missing required key "messages"/],
      ['formatOptions: { xml: {} }\n', /formatOptions: unknown key "xml"/],
    ];
    for (const [config, message] of cases) {
      const dir = tempProject({ '.transcriptlintrc.yaml': config, 'a.csv': 'who,body\nagent,hi\n' });
      const { code, stderr } = await run(['a.csv'], { cwd: dir });
      expect([config, code]).toEqual([config, 2]);
      expect(stderr).toMatch(message);
    }
  });

  it('merges over overrides: a folder refines the map it inherits', () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': 'formatOptions: { csv: { text: body, role: who } }\noverrides:\n  - files: ["calls/**"]\n    formatOptions: { csv: { channel: voice, roles: { customer: [caller] } } }\n',
      'calls/a.csv': 'who,body\ncaller,hello\nagent,hi\n',
    });
    const engine = new Engine({ cwd: dir });
    expect(engine.configForFile(path.join(dir, 'calls/a.csv')).formatOptions?.csv).toEqual({ text: 'body', role: 'who', channel: 'voice', roles: { customer: ['caller'] } });
    const [result] = engine.lintFiles(['calls/a.csv']);
    expect(result.transcripts?.[0]).toMatchObject({ channel: 'voice', turns: 2 });
  });
});
