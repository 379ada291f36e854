import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('livechat')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('livechat', () => {
  const { source, format, transcripts, result } = lintFixture('livechat/chat.json');
  const [t] = transcripts;

  it('reads thread events: users say who is who, visibility agents is a note', () => {
    expect(format).toBe('livechat');
    expect(t.id).toBe('RX0PQ2K7LM');
    expect(roles(t)).toEqual(['system', 'customer', 'note', 'agent']);
    expect(t.turns[3].author).toBe('Oskar Nowak');
    expect(times(t)).toEqual(['2026-03-07T12:00:00.000Z', '2026-03-07T12:00:05.000Z', '2026-03-07T12:00:30.000Z', '2026-03-07T12:01:10.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Oskar Nowak', customer: 'Marta Silva' });
  });

  it('points the finding into the event text', () => {
    expect(findings(result, 'runaround')).toEqual(['16:140']);
    expect(where(source, 'visit our website')).toBe('16:140');
  });

  it('reads a single thread and reports an author not among the users', () => {
    const out = parse('{"id":"C","users":[{"id":"a","type":"agent"}],"thread":{"events":[{"type":"message","text":"hi","author_id":"zz","visibility":"all"}]}}');
    expect(out.transcripts[0].turns).toHaveLength(0);
    expect(out.problems[0].message).toBe('message skipped: thread.events[0].author_id "zz" is not in users');
  });
});
