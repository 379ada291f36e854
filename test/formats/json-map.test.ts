import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import type { JsonMapOptions } from '../../src/formats/types.js';
import { findings, lintFixture, roles, where } from './format-helpers.js';

const parse = (text: string, json: JsonMapOptions) => new FormatRegistry().get('json-map')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels(), formatOptions: { json } });

describe('json-map', () => {
  const { source, format, transcripts, result } = lintFixture('json-map/export.json', { config: '.transcriptlintrc.yaml' });
  const [t] = transcripts;

  it('finds conversations and messages where the map says; times and durations in ms', () => {
    expect(format).toBe('json-map');
    expect(t.id).toBe('S-2041');
    expect(t.channel).toBe('voice');
    expect(roles(t)).toEqual(['agent', 'customer', 'agent']);
    expect(t.turns.map((x) => [x.timestamp!.toISOString(), x.endTimestamp!.toISOString()])).toEqual([
      ['2026-03-13T09:00:00.000Z', '2026-03-13T09:00:02.500Z'],
      ['2026-03-13T09:00:03.200Z', '2026-03-13T09:00:06.300Z'],
      ['2026-03-13T09:00:07.000Z', '2026-03-13T09:00:10.600Z'],
    ]);
  });

  it('points the finding into the mapped text field', () => {
    expect(findings(result, 'runaround')).toEqual(['10:54']);
    expect(where(source, 'visit our website')).toBe('10:54');
  });

  it('reads messages that are arrays ([speaker, text]) and a document that is one conversation', () => {
    const list = '[{"id":"a","original":[["agent","Hi"],["customer","Hello"],["action","Account pulled up"]]}]';
    const out = parse(list, { messages: 'original', id: 'id', role: '0', text: '1', roles: { system: ['action'] } });
    expect(out.transcripts.map((c) => [c.id, roles(c)])).toEqual([['a', ['agent', 'customer', 'system']]]);
    const segments = '[{"speaker_role":"agent","utterance":"hello"},{"speaker_role":"caller","utterance":"hi"}]';
    const one = parse(segments, { conversations: '.', messages: '.', role: 'speaker_role', text: 'utterance', roles: { customer: ['caller'] } });
    expect(roles(one.transcripts[0])).toEqual(['agent', 'customer']);
  });

  it('reports a missing messages path and an unmapped role by path', () => {
    expect(() => parse('{"x":1}', { messages: 'turns', role: 'r', text: 't' })).toThrowError('turns is missing (formatOptions.json.messages)');
    const out = parse('{"turns":[{"r":"ghost","t":"boo"}]}', { messages: 'turns', role: 'r', text: 't' });
    expect(out.problems[0].message).toMatch(/^message skipped: turns\[0\]\.r value "ghost" is not a role; map it under formatOptions\.json\.roles/);
  });
});
