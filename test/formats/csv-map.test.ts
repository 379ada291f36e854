import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import type { CsvMapOptions } from '../../src/formats/types.js';
import { findings, lintFixture, parseMessages, roles, times, turnPosition, where } from './format-helpers.js';

const parse = (text: string, csv: CsvMapOptions) => new FormatRegistry().get('csv-map')!.parse(text, { path: 'x.csv', roleLabels: buildRoleLabels(), formatOptions: { csv } });

describe('csv-map', () => {
  const { source, format, transcripts, result } = lintFixture('csv-map/export.csv', { config: '.transcriptlintrc.yaml' });

  it('groups rows by the conversation column, roles through the map', () => {
    expect(format).toBe('csv-map');
    expect(transcripts.map((t) => [t.id, roles(t)])).toEqual([
      ['T-100', ['customer', 'agent', 'customer']],
      ['T-101', ['customer', 'agent']],
    ]);
    expect(transcripts[0].turns.map((x) => x.author)).toEqual(['Hana', 'Leo', 'Hana']);
    expect(times(transcripts[0])).toEqual(['2026-03-12T10:00:00.000Z', '2026-03-12T10:03:00.000Z', '2026-03-12T10:05:00.000Z']);
    expect(transcripts[0].metadata).toEqual({ agent: 'Leo' });
  });

  it('maps positions into the CSV fields, "" escapes accounted for', () => {
    expect(transcripts[0].turns[0].text).toBe('My voucher code says "expired" but it\'s valid until May.');
    expect(turnPosition(source, transcripts[0], 0, 'but it')).toBe(where(source, 'but it'));
    expect(findings(result, 'runaround')).toEqual(['3:69']);
    expect(where(source, 'visit our website')).toBe('3:69');
  });

  it('reads roles from an author column alone, with a default role', () => {
    const out = parse('who,said\nAcmeHelp,Hello\n42,Hi\n', { author: 'who', text: 'said', roles: { agent: ['AcmeHelp'] }, defaultRole: 'customer' });
    expect(roles(out.transcripts[0])).toEqual(['agent', 'customer']);
  });

  it('reports a row whose role is not mapped, and ragged rows, by row number', () => {
    const text = 'conv,role,text\n1,customer,Hi\n1,wizard,Abracadabra\n1,agent\n1,agent,Hello\n';
    const out = parse(text, { conversation: 'conv', role: 'role', text: 'text' });
    expect(out.problems.map((p) => p.message)).toEqual([
      'row 3 skipped: it has 2 fields, the header has 3',
      'row 2 skipped: "role" value "wizard" is not a role; map it under formatOptions.csv.roles (e.g. { agent: ["wizard"] }) or set formatOptions.csv.defaultRole',
    ]);
    expect(roles(out.transcripts[0])).toEqual(['customer', 'agent']);
  });

  it('names mapped columns missing from the header', () => {
    expect(() => parse('a,b\n1,2\n', { role: 'sender', text: 'b' })).toThrowError('formatOptions.csv.role: column "sender" not in the header (a, b)');
  });

  it('a CSV with no known header and no map is one fatal message saying what to do', () => {
    const { result: unmapped } = lintFixture('csv-map/export.csv');
    expect(parseMessages(unmapped)).toEqual([
      'cannot read as csv: this CSV matches no known shape (tried twcs); describe its columns under formatOptions.csv in the config (text, role or author, conversation, time), or force a format with --input-format NAME',
    ]);
  });
});
