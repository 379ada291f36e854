import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, turnPosition, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('intercom')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('intercom', () => {
  const { source, format, transcripts, result } = lintFixture('intercom/conversation.json');
  const [t] = transcripts;

  it('reads the opening message, then the parts with a body; notes are notes', () => {
    expect(format).toBe('intercom');
    expect(t.id).toBe('1911149811');
    expect(t.channel).toBe('chat');
    expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'note', 'agent']);
    expect(t.turns.map((x) => x.author)).toEqual(['Jonas Berg', 'Maya Ortiz', 'Jonas Berg', 'Maya Ortiz', 'Maya Ortiz']);
    // Unix seconds
    expect(times(t)).toEqual(['2026-03-04T09:40:00.000Z', '2026-03-04T09:41:30.000Z', '2026-03-04T09:42:30.000Z', '2026-03-04T09:43:20.000Z', '2026-03-04T09:44:20.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Maya Ortiz', tags: ['checkout'] });
  });

  it('reduces HTML bodies: entities decoded, <br> a line break', () => {
    expect(t.turns[0].text).toBe("Hi there, my discount code doesn't work at checkout.");
    expect(t.turns[4].text).toBe('That code has ended.\nPlease visit our website for the current offers.');
  });

  it('points findings into the HTML in the file', () => {
    expect(findings(result, 'runaround')).toEqual(['25:119']);
    expect(where(source, 'visit our website')).toBe('25:119');
    expect(turnPosition(source, t, 0, 't work')).toBe(where(source, 't work'));
  });

  it('reports a part whose author type it cannot place, by its path', () => {
    const out = parse('{"id":"1","source":{"body":"<p>Hi</p>","author":{"type":"user"}},"conversation_parts":{"conversation_parts":[{"part_type":"comment","body":"<p>x</p>","author":{"type":"robot"}}]}}');
    expect(out.transcripts[0].turns).toHaveLength(1);
    expect(out.problems[0].message).toBe('message skipped: conversation_parts.conversation_parts[0].author.type "robot" is not admin, user, lead, contact or bot');
  });

  it('reads conversation_parts given as a plain array, and lists of conversations', () => {
    const one = '{"id":"7","source":{"body":"Hi","author":{"type":"lead"}},"conversation_parts":[{"part_type":"comment","body":"Hello","author":{"type":"admin","name":"A"}}]}';
    expect(roles(parse(one).transcripts[0])).toEqual(['customer', 'agent']);
    expect(parse(`{"conversations":[${one},${one}]}`).transcripts).toHaveLength(2);
  });
});
