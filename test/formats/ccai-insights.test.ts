import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('ccai-insights')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('ccai-insights', () => {
  const { source, format, transcripts, result } = lintFixture('ccai-insights/conversation.json');
  const [t] = transcripts;

  it('reads entries: role, user_id, microsecond timestamps', () => {
    expect(format).toBe('ccai-insights');
    expect(roles(t)).toEqual(['customer', 'agent', 'customer']);
    expect(t.turns.map((x) => x.author)).toEqual(['1', '2', '1']);
    expect(times(t)).toEqual(['2026-03-09T15:00:00.000Z', '2026-03-09T15:00:31.500Z', '2026-03-09T15:01:00.000Z']);
  });

  it('points the finding into text', () => {
    expect(findings(result, 'runaround')).toEqual(['4:85']);
    expect(where(source, 'visit our website')).toBe('4:85');
  });

  it('reads the Insights API transcript segments, word offsets from startTime', () => {
    const out = parse(JSON.stringify({
      name: 'projects/p/locations/l/conversations/c-9',
      medium: 'PHONE_CALL',
      languageCode: 'en-US',
      startTime: '2026-01-01T10:00:00Z',
      transcript: { transcriptSegments: [
        { text: 'hello there', segmentParticipant: { role: 'HUMAN_AGENT' }, words: [{ word: 'hello', startOffset: '1.5s', endOffset: '2s' }, { word: 'there', startOffset: '2s', endOffset: '2.500s' }] },
        { text: 'hi', segmentParticipant: { role: 'END_USER' }, words: [{ word: 'hi', startOffset: '3s', endOffset: '3.2s' }] },
      ] },
    }));
    const [c] = out.transcripts;
    expect([c.id, c.channel, roles(c)]).toEqual(['c-9', 'voice', ['agent', 'customer']]);
    expect([c.turns[0].timestamp!.toISOString(), c.turns[0].endTimestamp!.toISOString()]).toEqual(['2026-01-01T10:00:01.500Z', '2026-01-01T10:00:02.500Z']);
  });

  it('reports an entry with an unknown role', () => {
    expect(parse('{"entries":[{"text":"x","role":"WIZARD"}]}').problems[0].message).toBe('message skipped: entries[0].role "WIZARD" is not AGENT or CUSTOMER');
  });
});
