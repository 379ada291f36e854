import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const registry = new FormatRegistry();
const parse = (name: string, text: string) => registry.get(name)!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('amazon-connect chat transcript', () => {
  const { source, format, transcripts, result } = lintFixture('amazon-connect/chat-transcript.json');
  const [t] = transcripts;

  it('reads MESSAGE items by ParticipantRole; EVENT items are not turns', () => {
    expect(format).toBe('amazon-connect');
    expect(t.id).toBe('c0ffee00-0000-4000-8000-000000000002');
    expect(t.channel).toBe('chat');
    expect(roles(t)).toEqual(['system', 'customer', 'agent']);
    expect(t.turns[2].author).toBe('Chidi');
    expect(times(t)).toEqual(['2026-03-09T15:00:01.000Z', '2026-03-09T15:00:12.500Z', '2026-03-09T15:02:05.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Chidi' });
  });

  it('points the finding into Content', () => {
    expect(findings(result, 'runaround')).toEqual(['16:85']);
    expect(where(source, 'visit our website')).toBe('16:85');
  });

  it('reports an unknown ParticipantRole by its path, and a missing Transcript', () => {
    const out = parse('amazon-connect', '{"Transcript":[{"Type":"MESSAGE","Content":"x","ParticipantRole":"ROBOT","AbsoluteTime":"2026-01-01T00:00:00Z"}]}');
    expect(out.problems[0].message).toBe('message skipped: Transcript[0].ParticipantRole "ROBOT" is not AGENT, CUSTOMER, SYSTEM or CUSTOM_BOT');
    expect(() => parse('amazon-connect', '{"ContactId":"c"}')).toThrowError('Transcript is missing');
  });
});

describe('contact-lens', () => {
  const { source, format, transcripts, result } = lintFixture('contact-lens/analysis.json');
  const [t] = transcripts;

  it('reads segments with begin and end offsets, roles from Participants', () => {
    expect(format).toBe('contact-lens');
    expect(t.id).toBe('c0ffee00-0000-4000-8000-000000000003');
    expect(t.channel).toBe('voice');
    expect(t.locale).toBe('en-US');
    expect(roles(t)).toEqual(['agent', 'customer', 'agent']);
    expect(t.turns.map((x) => [x.timestamp!.getTime(), x.endTimestamp!.getTime()])).toEqual([[0, 3200], [3900, 9100], [9800, 15400]]);
  });

  it('points the finding into Content', () => {
    expect(findings(result, 'runaround')).toEqual(['21:124']);
    expect(where(source, 'visit our website')).toBe('21:124');
  });
});
