import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('freshdesk')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('freshdesk', () => {
  const { source, format, transcripts, result } = lintFixture('freshdesk/ticket.json');
  const [t] = transcripts;

  it('reads the description, then the conversations: incoming = customer, private = note', () => {
    expect(format).toBe('freshdesk');
    expect(t.id).toBe('2207');
    expect(t.channel).toBe('email');
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer']);
    expect(times(t)).toEqual(['2026-03-05T08:00:00.000Z', '2026-03-05T08:30:00.000Z', '2026-03-05T08:31:00.000Z', '2026-03-05T09:10:00.000Z']);
    expect(t.metadata).toMatchObject({ agent: '4300200', documentation: 'expected' });
  });

  it('reads the HTML body, the quoted reply set aside', () => {
    expect(t.turns[1].text).toBe('Hello,\n\nSorry for the trouble. Please visit our website and reinstall the app from there.');
    expect(findings(result, 'runaround')).toEqual(['15:65']);
    expect(where(source, 'visit our website')).toBe('15:65');
  });

  it('reads a bare list of conversations; reports one without incoming', () => {
    const out = parse('[{"body_text":"Hi","incoming":true,"private":false,"ticket_id":5},{"body_text":"?","private":false}]');
    expect(out.transcripts[0].id).toBe('5');
    expect(roles(out.transcripts[0])).toEqual(['customer']);
    expect(out.problems[0].message).toBe('message skipped: [1].incoming is missing');
  });
});
