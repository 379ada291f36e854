import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, turnPosition, where } from './format-helpers.js';

const registry = new FormatRegistry();
const parse = (name: string, text: string, extra: Record<string, string[]> = {}) => registry.get(name)!.parse(text, { path: 'call', roleLabels: buildRoleLabels(extra) });
const spans = (t: { turns: Array<{ timestamp?: Date; endTimestamp?: Date }> }) => t.turns.map((x) => [x.timestamp!.getTime(), x.endTimestamp!.getTime()]);

describe('webvtt', () => {
  const { source, format, transcripts, result } = lintFixture('webvtt/call.vtt');
  const [t] = transcripts;

  it('reads voice spans as speakers, cues as turns with start and end times', () => {
    expect(format).toBe('webvtt');
    expect(t.channel).toBe('voice');
    expect(roles(t)).toEqual(['agent', 'customer', 'agent']);
    expect(t.turns.map((x) => x.author)).toEqual(['Maria', undefined, 'Maria']);
    expect(spans(t)).toEqual([[1000, 3500], [4200, 8000], [8600, 12900]]);
    expect(t.turns[1].text).toBe('My router keeps dropping the connection every evening.');
    expect(t.turns[2].text).toBe("I'm sorry. Please visit our website and run the line test.");
    expect(t.metadata).toEqual({ agent: 'Maria' });
  });

  it('points the finding into the cue text', () => {
    expect(findings(result, 'runaround')).toEqual(['15:39']);
    expect(where(source, 'visit our website')).toBe('15:39');
    expect(turnPosition(source, t, 1, 'every')).toBe('12:1');
  });

  it('reads several voices in one cue, and reports an unknown speaker once', () => {
    const out = parse('webvtt', 'WEBVTT\n\n00:01.000 --> 00:04.000\n<v Customer>Hi?\n<v Support>Hello!\n\n00:05.000 --> 00:06.000\n<v Zed>one\n\n00:07.000 --> 00:08.000\n<v Zed>two\n');
    expect(roles(out.transcripts[0])).toEqual(['customer', 'agent']);
    expect(out.problems.map((p) => p.message)).toEqual(['speaker "Zed" is not a known role label: its cues are skipped (map it under roles in the config, e.g. roles: { agent: ["Zed"] })']);
    const mapped = parse('webvtt', 'WEBVTT\n\n00:05.000 --> 00:06.000\n<v Zed>one\n', { agent: ['Zed'] });
    expect(mapped.transcripts[0].turns.map((x) => [x.role, x.author])).toEqual([['agent', 'Zed']]);
  });
});

describe('srt', () => {
  const { source, format, transcripts, result } = lintFixture('srt/call.srt');
  const [t] = transcripts;

  it('reads Name: prefixes; a cue without one continues the previous speaker', () => {
    expect(format).toBe('srt');
    expect(roles(t)).toEqual(['agent', 'customer', 'agent', 'agent']);
    expect(spans(t)).toEqual([[1000, 3000], [3600, 7250], [7900, 11400], [11500, 13000]]);
    expect(t.turns[2].text).toBe('Please visit our website to request a review of the fee.');
  });

  it('points the finding into the cue text', () => {
    expect(findings(result, 'runaround')).toEqual(['12:15']);
    expect(where(source, 'visit our website')).toBe('12:15');
  });

  it('takes a one-off "Word:" as text, a recurring unknown name as a speaker to map', () => {
    const out = parse('srt', '1\n00:00:01,000 --> 00:00:02,000\nAgent: Hello\n\n2\n00:00:02,000 --> 00:00:03,000\nSure: we can do that\n');
    expect(out.transcripts[0].turns.map((x) => x.text)).toEqual(['Hello', 'Sure: we can do that']);
  });
});
