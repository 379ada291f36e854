import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { Engine } from '../../src/runner/engine.js';
import { tempProject } from '../helpers.js';
import { findings, lintFixture, roles, times, turnPosition, where } from './format-helpers.js';

const registry = new FormatRegistry();
const parse = (name: string, text: string) => registry.get(name)!.parse(text, { path: 'x.json', roleLabels: buildRoleLabels() });

describe('zendesk: ticket with comments', () => {
  const { source, format, transcripts, result } = lintFixture('zendesk/ticket-comments.json');
  const [t] = transcripts;

  it('is detected and read: requester is the customer, private comments are notes', () => {
    expect(format).toBe('zendesk');
    expect(t.id).toBe('4812');
    expect(t.channel).toBe('email');
    expect(roles(t)).toEqual(['customer', 'note', 'agent', 'customer']);
    expect(t.turns.map((x) => x.author)).toEqual(['Priya Raman', 'Tomasz Lee', 'Tomasz Lee', 'Priya Raman']);
    expect(times(t)).toEqual(['2026-03-02T09:14:00.000Z', '2026-03-02T09:40:00.000Z', '2026-03-02T09:52:30.000Z', '2026-03-02T10:05:10.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Tomasz Lee', requester: 'Priya Raman', subject: 'Blender arrived with a cracked jug', documentation: 'expected' });
  });

  it('reduces html_body to text and sets aside quoted replies and signatures', () => {
    expect(t.turns[2].text).toBe("Hi Priya,\n\nSorry about the jug — that's not how it should arrive. For the replacement, please visit our website and fill out the returns form.");
    expect(t.turns[0].text).toBe('Hello,\n\nThe blender I ordered last week arrived with a cracked jug. Can you send a new one?\n\nThanks,\nPriya');
    expect(t.turns[3].text).toBe('Done, thank you.');
  });

  it('points findings into the HTML inside the JSON string', () => {
    expect(findings(result, 'runaround')).toEqual(['34:172', '34:194']);
    expect(findings(result, 'runaround')[0]).toBe(where(source, 'visit our website'));
    // after an entity (&#39;) and an escaped quote, positions still land on the source characters
    expect(turnPosition(source, t, 2, "not how")).toBe(where(source, 'not how'));
    expect(turnPosition(source, t, 2, '—')).toBe(where(source, '&mdash;'));
  });
});

describe('zendesk: ticket audits', () => {
  const { source, format, transcripts, result } = lintFixture('zendesk/audits.json');
  it('reads Comment events grouped by ticket, the requester from the Create event', () => {
    expect(format).toBe('zendesk');
    expect(transcripts).toHaveLength(1);
    const [t] = transcripts;
    expect(t.id).toBe('4813');
    expect(roles(t)).toEqual(['customer', 'agent']);
    expect(t.turns.map((x) => x.author)).toEqual(['91001', '91002']);
    expect(times(t)).toEqual(['2026-03-03T14:00:00.000Z', '2026-03-03T14:20:00.000Z']);
    expect(findings(result, 'runaround')).toEqual(['22:94']);
    expect(where(source, 'visit our website')).toBe('22:94');
  });

  it('reads { audit, ticket } and a bare audit', () => {
    const audit = '{"id":1,"ticket_id":9,"author_id":5,"created_at":"2026-01-01T00:00:00Z","events":[{"type":"Comment","author_id":5,"public":true,"body":"Hello"}]}';
    expect(parse('zendesk', audit).transcripts[0].turns.map((x) => x.role)).toEqual(['customer']);
    const wrapped = `{"audit":${audit},"ticket":{"id":9,"requester_id":7}}`;
    expect(parse('zendesk', wrapped).transcripts[0].turns.map((x) => x.role)).toEqual(['agent']);
  });
});

describe('zendesk: shapes and bad input', () => {
  it('reads the JSON export (JSON Lines of tickets with comments)', () => {
    const text = [
      '{"id":1,"requester_id":10,"comments":[{"author_id":10,"public":true,"body":"Where is it?"},{"author_id":20,"public":true,"body":"On its way."}]}',
      '{"id":2,"requester_id":11,"comments":[{"author_id":11,"public":true,"body":"Hi"}]}',
    ].join('\n');
    expect(registry.detect('export.json', text, { roleLabels: buildRoleLabels() }).name).toBe('zendesk');
    const out = parse('zendesk', text);
    expect(out.transcripts.map((t) => [t.id, roles(t)])).toEqual([['1', ['customer', 'agent']], ['2', ['customer']]]);
  });

  it('reads a .jsonl export through the chunked JSON Lines reader, positions in the file', () => {
    const text = '{"id":1,"requester_id":10,"comments":[{"author_id":10,"public":true,"body":"Where is it?"}]}\n{"id":2,"requester_id":11,"comments":[{"author_id":20,"public":true,"body":"Please visit our website."}]}\n';
    const dir = tempProject({ 'export.jsonl': text });
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['.']);
    expect(result.transcripts?.map((t) => [t.id, t.turns])).toEqual([['1', 1], ['2', 1]]);
    expect(findings(result, 'runaround')).toEqual([where(text, 'visit our website')]);
  });

  it('takes roles from sideloaded users when there is no requester', () => {
    const text = '{"comments":[{"author_id":2,"public":true,"body":"Hello"},{"author_id":1,"public":true,"body":"Hi"}],"users":[{"id":1,"role":"end-user","name":"Ann"},{"id":2,"role":"admin","name":"Bo"}]}';
    const [t] = parse('zendesk', text).transcripts;
    expect(t.turns.map((x) => [x.role, x.author])).toEqual([['agent', 'Bo'], ['customer', 'Ann']]);
  });

  it('reports a comment without author_id by its path and reads the rest', () => {
    const text = '{"ticket":{"id":3,"requester_id":1},"comments":[{"public":true,"body":"lost"},{"author_id":1,"public":true,"body":"kept"}]}';
    const out = parse('zendesk', text);
    expect(out.transcripts[0].turns.map((x) => x.text)).toEqual(['kept']);
    expect(out.problems).toEqual([{ message: 'message skipped: comments[0].author_id is missing', offset: text.indexOf('{"public"'), severity: 'error' }]);
  });

  it('reports a comment with no text field by its path', () => {
    const out = parse('zendesk', '{"ticket":{"id":3,"requester_id":1},"comments":[{"author_id":1,"public":true}]}');
    expect(out.problems[0].message).toBe('message skipped: comments[0].body is missing (also looked for plain_body, html_body)');
  });
});

describe('zendesk-chat', () => {
  const { source, format, transcripts, result } = lintFixture('zendesk-chat/chat.json');
  it('reads chat.msg events; agent_names say who the agent is', () => {
    expect(format).toBe('zendesk-chat');
    const [t] = transcripts;
    expect(t.id).toBe('2603.118.chat7');
    expect(t.channel).toBe('chat');
    expect(roles(t)).toEqual(['customer', 'agent', 'customer']);
    expect(times(t)).toEqual(['2026-03-04T16:00:02.400Z', '2026-03-04T16:01:05.900Z', '2026-03-04T16:01:40.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'Lena', department: 'Billing' });
    expect(findings(result, 'runaround')).toEqual(['14:65']);
    expect(where(source, 'visit our website')).toBe('14:65');
  });
});

describe('zendesk-macros', () => {
  const { source, format, transcripts, result } = lintFixture('zendesk-macros/macros.json');
  it('lints each macro with a comment action as channel macro, placeholders masked', () => {
    expect(format).toBe('zendesk-macros');
    expect(transcripts.map((t) => [t.id, t.channel])).toEqual([
      ['Returns::Start a return', 'macro'],
      ['Shipping::Delay', 'macro'],
      ['Account::Password', 'macro'],
    ]);
    expect(transcripts[0].turns[0].text).not.toContain('{{');
    // ["channel:all", text] and comment_value_html
    expect(transcripts[1].turns[0].text).toBe("Your parcel is delayed. We'll send the tracking link within 24 hours.");
    expect(transcripts[2].turns[0].text).toBe('Hello,\n\nYou can reset it yourself: fill out the reset form & follow the link we send.');
  });

  it('points into each macro text', () => {
    expect(findings(result, 'runaround')).toEqual(['9:112', '25:95']);
    expect(where(source, 'visit our website')).toBe('9:112');
    expect(where(source, 'fill out the reset form')).toBe('25:95');
  });

  it('reads a single macro object', () => {
    const out = parse('zendesk-macros', '{"id":1,"title":"T","actions":[{"field":"comment_value","value":"Hi"}]}');
    expect(out.transcripts.map((t) => [t.id, t.turns[0].text])).toEqual([['T', 'Hi']]);
  });
});
