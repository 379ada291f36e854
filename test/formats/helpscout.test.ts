import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('helpscout')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('helpscout', () => {
  const { source, format, transcripts, result } = lintFixture('helpscout/conversation.json');
  const [t] = transcripts;

  it('puts the newest-first threads in time order; lineitems are not turns', () => {
    expect(format).toBe('helpscout');
    expect(t.id).toBe('2391938111');
    expect(roles(t)).toEqual(['customer', 'note', 'agent']);
    expect(t.turns.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(times(t)).toEqual(['2026-03-06T10:00:00.000Z', '2026-03-06T10:20:00.000Z', '2026-03-06T10:25:00.000Z']);
    expect(t.turns[2].author).toBe('Ines Moreau');
    expect(t.metadata).toMatchObject({ agent: 'Ines Moreau', customer: 'Sam Okafor', documentation: 'expected' });
  });

  it('points the finding into the HTML body', () => {
    expect(t.turns[2].text).toBe('Hi Sam,\n\nSorry about that. Please visit our website to print the exchange label.');
    expect(findings(result, 'runaround')).toEqual(['18:60']);
    expect(where(source, 'visit our website')).toBe('18:60');
  });

  it('reads chat threads by who created them, and a threads list', () => {
    const out = parse('{"_embedded":{"threads":[{"type":"chat","body":"hi","createdBy":{"type":"customer"},"createdAt":"2026-01-01T00:00:01Z"},{"type":"chat","body":"hello","createdBy":{"type":"user","first":"Al"},"createdAt":"2026-01-01T00:00:02Z"}]},"page":{"number":1}}');
    expect(roles(out.transcripts[0])).toEqual(['customer', 'agent']);
  });

  it('reports a missing _embedded.threads', () => {
    expect(() => parse('{"id":1,"type":"email","mailboxId":3}')).toThrowError('_embedded.threads is missing');
  });
});
