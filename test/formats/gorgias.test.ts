import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('gorgias')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('gorgias', () => {
  const { source, format, transcripts, result } = lintFixture('gorgias/ticket.json');
  const [t] = transcripts;

  it('is told apart from native JSON (a ticket has "messages" too) and read', () => {
    expect(format).toBe('gorgias');
    expect(t.id).toBe('77120');
    expect(t.locale).toBe('en');
    expect(roles(t)).toEqual(['customer', 'note', 'agent']);
    expect(times(t)).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-08T07:42:00.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Noor Haddad', customer: 'Ravi Patel' });
  });

  it('reads body_text, the signature set aside, and points into it', () => {
    expect(t.turns[2].text).toBe('Hi Ravi,\nI have refunded the shipping fee. To report the open box, please visit our website.');
    expect(findings(result, 'runaround')).toEqual(['46:96']);
    expect(where(source, 'visit our website')).toBe('46:96');
  });

  it('reads a messages list and reports one without from_agent', () => {
    const out = parse('{"data":[{"ticket_id":4,"public":true,"from_agent":true,"body_text":"Hi"},{"public":true,"body_text":"?"}],"object":"list"}');
    expect(out.transcripts[0].id).toBe('4');
    expect(out.problems[0].message).toBe('message skipped: data[1].from_agent is missing');
  });
});
