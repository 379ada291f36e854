import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, where } from './format-helpers.js';

const parse = (text: string) => new FormatRegistry().get('front')!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('front', () => {
  const { source, format, transcripts, result } = lintFixture('front/messages.json');
  const [t] = transcripts;

  it('puts the messages in time order; is_inbound is the customer', () => {
    expect(format).toBe('front');
    expect(t.channel).toBe('email');
    expect(roles(t)).toEqual(['customer', 'agent']);
    expect(t.turns.map((x) => x.author)).toEqual(['Olu Adeyemi', 'Dana Kim']);
    expect(times(t)).toEqual(['2026-03-06T09:40:00.000Z', '2026-03-06T10:10:00.250Z']);
    expect(t.turns[1].text).toBe('Hi Olu, thanks for writing in.\nPlease visit our website and download it from the Invoices tab.');
  });

  it('points the finding into the HTML body', () => {
    expect(findings(result, 'runaround')).toEqual(['18:69']);
    expect(where(source, 'visit our website')).toBe('18:69');
  });

  it('reports a message without is_inbound', () => {
    const out = parse('{"_results":[{"id":"m","body":"<p>x</p>","created_at":1}]}');
    expect(out.problems[0].message).toBe('message skipped: _results[0].is_inbound is missing');
  });
});
