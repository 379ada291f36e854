import { describe, expect, it } from 'vitest';
import { FormatRegistry, ParseError } from '../../src/formats/index.js';
import { LineIndex } from '../../src/formats/source-map.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import type { Transcript } from '../../src/model.js';

const formats = new FormatRegistry();
const roleLabels = buildRoleLabels({ agent: ['Maria'], customer: ['Guest'] });

function parse(name: string, text: string, path = 'x') {
  return formats.get(name)!.parse(text, { path, roleLabels });
}

/** Line:column in `source` of the text offset `offset` of a turn. */
function pos(source: string, transcript: Transcript, turn: number, needle: string) {
  const t = transcript.turns[turn];
  const offset = t.text.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  return new LineIndex(source).position(t.loc.start(offset));
}

describe('native JSON', () => {
  const source = [
    '{ "id": "conv-1", "channel": "email", "metadata": { "agent": "Maria" },',
    '  "messages": [',
    '    { "role": "customer", "author": "Ana", "text": "Caf\\u00e9 \\"broken\\"\\nplease help", "timestamp": "2026-03-01T10:00:05Z" },',
    '    { "role": "Agent", "text": "Sorry \\ud83d\\ude00 visit our website" } ] }',
  ].join('\n');

  it('reads id, channel, metadata, roles, authors and timestamps', () => {
    const { transcripts } = parse('json', source, 'conv.json');
    expect(transcripts).toHaveLength(1);
    const [t] = transcripts;
    expect(t.id).toBe('conv-1');
    expect(t.channel).toBe('email');
    expect(t.metadata).toEqual({ agent: 'Maria' });
    expect(t.turns.map((x) => x.role)).toEqual(['customer', 'agent']);
    expect(t.turns[0].author).toBe('Ana');
    expect(t.turns[0].text).toBe('Café "broken"\nplease help');
    expect(t.turns[0].timestamp?.toISOString()).toBe('2026-03-01T10:00:05.000Z');
  });

  it('maps positions inside the string literal, escapes accounted for', () => {
    const { transcripts } = parse('json', source, 'conv.json');
    expect(pos(source, transcripts[0], 0, 'broken')).toEqual({ line: 3, column: 65 });
    expect(pos(source, transcripts[0], 0, 'please')).toEqual({ line: 3, column: 75 });
    // after a surrogate pair written as two \u escapes
    expect(pos(source, transcripts[0], 1, 'visit')).toEqual({ line: 4, column: 52 });
  });

  it('reads an array of conversations, ids defaulting to path#n', () => {
    const { transcripts } = parse('json', '[{"messages":[]},{"id":7,"messages":[]}]', 'a.json');
    expect(transcripts.map((t) => t.id)).toEqual(['a.json#1', '7']);
  });

  it('reports a syntax error at its offset', () => {
    expect(() => parse('json', '{"messages": [\n  {"role": "agent" "text": "x"}]}')).toThrowError(ParseError);
    try {
      parse('json', '{"messages": [\n  {"role": "agent" "text": "x"}]}');
    } catch (error) {
      expect((error as ParseError).message).toMatch(/comma expected/);
      expect(new LineIndex('{"messages": [\n  {"role": "agent" "text": "x"}]}').position((error as ParseError).offset)).toEqual({ line: 2, column: 20 });
    }
  });

  it('skips a message with an unknown role and says where', () => {
    const out = parse('json', '{"messages":[{"role":"wizard","text":"x"},{"role":"agent","text":"y"}]}');
    expect(out.transcripts[0].turns).toHaveLength(1);
    expect(out.problems[0].message).toMatch(/unknown role "wizard"/);
    expect(out.problems[0].offset).toBe(21);
  });
});

describe('JSON Lines', () => {
  it('reads good lines and reports the broken one at its line', () => {
    const source = '{"id":"a","messages":[{"role":"agent","text":"hi"}]}\n{"id":"b", oops}\n{"id":"c","messages":[{"role":"agent","text":"see our FAQ"}]}\n';
    const out = parse('jsonl', source, 'x.jsonl');
    expect(out.transcripts.map((t) => t.id)).toEqual(['a', 'c']);
    expect(out.problems).toHaveLength(1);
    expect(new LineIndex(source).position(out.problems[0].offset).line).toBe(2);
    expect(pos(source, out.transcripts[1], 0, 'FAQ')).toEqual({ line: 3, column: 55 });
  });
});

describe('plain text', () => {
  const source = [
    '# transcript-lint-disable-next-line runaround',
    '[10:00:05] Customer (Ana): My order arrived broken!',
    '[10:01:10] Agent (Maria): I am so sorry.',
    '  Let me check.',
    'Guest: one more thing',
    'Maria: yes?',
  ].join('\n');

  it('reads labels, authors, clock times and continuation lines', () => {
    const out = parse('text', source, 'chat.txt');
    const t = out.transcripts[0];
    expect(t.turns.map((x) => [x.role, x.author])).toEqual([
      ['customer', 'Ana'],
      ['agent', 'Maria'],
      ['customer', undefined],
      ['agent', undefined],
    ]);
    expect(t.turns[1].text).toBe('I am so sorry.\nLet me check.');
    expect((t.turns[1].timestamp!.getTime() - t.turns[0].timestamp!.getTime()) / 1000).toBe(65);
    expect(pos(source, t, 1, 'Let')).toEqual({ line: 4, column: 3 });
    expect(pos(source, t, 0, 'broken')).toEqual({ line: 2, column: 45 });
  });

  it('keeps directive comments out of the turns', () => {
    const out = parse('text', source, 'chat.txt');
    expect(out.comments).toHaveLength(1);
    expect(out.comments[0].text).toBe('transcript-lint-disable-next-line runaround');
  });
});

describe('macros', () => {
  it('reads a Markdown macro, masking placeholders and link targets but keeping offsets', () => {
    const source = 'Hi {{ticket.requester.first_name}},\n\nSee [our guide](https://x.test/a) <!-- transcript-lint-disable -->';
    const out = parse('macro-text', source, 'refund.md');
    const turn = out.transcripts[0].turns[0];
    expect(out.transcripts[0].channel).toBe('macro');
    expect(turn.text).toHaveLength(source.length);
    expect(turn.text).not.toContain('{{');
    expect(turn.text).not.toContain('https');
    expect(turn.text.indexOf('our guide')).toBe(source.indexOf('our guide'));
    expect(out.comments[0].text).toBe('transcript-lint-disable');
  });

  it('reads a YAML library with positions inside each entry', () => {
    const source = '- title: Late fee\n  text: |\n    Our policy states that\n    fees stay.\n- title: Plain\n  text: "Please \\"visit\\" our website"\n';
    const out = parse('macro-library', source, 'lib.yaml');
    expect(out.transcripts.map((t) => t.id)).toEqual(['Late fee', 'Plain']);
    expect(out.transcripts[0].metadata).toEqual({ title: 'Late fee' });
    expect(pos(source, out.transcripts[0], 0, 'fees')).toEqual({ line: 4, column: 5 });
    expect(pos(source, out.transcripts[1], 0, 'our website')).toEqual({ line: 6, column: 27 });
  });

  it('reads a JSON library of { title, text }', () => {
    const source = '[{"title":"A","text":"Line one\\nvisit our website"}]';
    const out = parse('macro-library', source, 'lib.json');
    expect(out.transcripts[0].id).toBe('A');
    expect(pos(source, out.transcripts[0], 0, 'visit')).toEqual({ line: 1, column: 33 });
  });
});

describe('detection', () => {
  const detect = (path: string, text: string, channel?: 'macro') => formats.detect(path, text, { roleLabels, channel }).name;
  it('goes by extension, then content', () => {
    expect(detect('a.jsonl', '{}')).toBe('jsonl');
    expect(detect('a.json', '{"messages": []}')).toBe('json');
    expect(detect('a.json', '[{"title": "x", "text": "y"}]')).toBe('macro-library');
    expect(detect('a.yaml', '- title: x')).toBe('macro-library');
    expect(detect('a.md', 'Hello')).toBe('macro-text');
    expect(detect('a.txt', 'Agent: hello')).toBe('text');
    expect(detect('a.txt', 'Agent: hello', 'macro')).toBe('macro-text');
    expect(detect('a.txt', 'Just a canned reply.')).toBe('macro-text');
    expect(detect('<stdin>', '{"id":"a","messages":[]}\n{"id":"b","messages":[]}\n')).toBe('jsonl');
  });
});
