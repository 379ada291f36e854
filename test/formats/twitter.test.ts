import { describe, expect, it } from 'vitest';
import { FormatRegistry } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { findings, lintFixture, roles, times, turnPosition, where } from './format-helpers.js';

const parse = (name: string, text: string) => new FormatRegistry().get(name)!.parse(text, { path: 'x.csv', roleLabels: buildRoleLabels() });

describe('twcs', () => {
  const { source, format, transcripts, result } = lintFixture('twcs/tweets.csv');

  it('rebuilds threads from reply links, in time order; inbound is the customer', () => {
    expect(format).toBe('twcs');
    expect(transcripts.map((t) => [t.id, t.channel, t.turns.length])).toEqual([['200', 'social', 3], ['300', 'social', 1]]);
    const [t] = transcripts;
    expect(roles(t)).toEqual(['customer', 'agent', 'customer']);
    expect(t.turns.map((x) => x.author)).toEqual(['73310', 'KettleCoSupport', '73310']);
    expect(times(t)).toEqual(['2026-03-10T09:00:00.000Z', '2026-03-10T09:05:00.000Z', '2026-03-10T09:12:00.000Z']);
    expect(t.metadata).toMatchObject({ agent: 'KettleCoSupport' });
  });

  it('decodes &amp; and "" in the text, positions kept; multi-line fields keep their lines', () => {
    const [t] = transcripts;
    expect(t.turns[1].text).toBe('@73310 Sorry about that! Please visit our website & use the "Orders" tab to request a refund.');
    expect(turnPosition(source, t, 1, 'Orders')).toBe(where(source, 'Orders'));
    expect(turnPosition(source, t, 2, 'thanks')).toBe('5:1');
  });

  it('points the finding into the CSV field', () => {
    expect(findings(result, 'runaround')).toEqual(['2:91']);
    expect(where(source, 'visit our website')).toBe('2:91');
  });

  it('reports a ragged row by its number and reads the rest', () => {
    const text = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,a,True,Tue Mar 10 09:00:00 +0000 2026,hi,,\n2,b,False,oops\n3,c,False,Tue Mar 10 09:01:00 +0000 2026,hello,,1\n';
    const out = parse('twcs', text);
    expect(out.problems).toEqual([{ message: 'row 2 skipped: it has 4 fields, the header has 7', offset: text.indexOf('2,b'), severity: 'error' }]);
    expect(out.transcripts[0].turns).toHaveLength(2);
  });

  it('names the missing columns', () => {
    expect(() => parse('twcs', 'tweet_id,text\n1,hi\n')).toThrowError('twcs: columns "author_id", "inbound", "created_at", "in_response_to_tweet_id" missing from the header');
  });
});

describe('ibm-twitter', () => {
  const { source, format, transcripts, result } = lintFixture('ibm-twitter/dialogs.json');

  it('reads dialogContent by key, then the closing agent tweet from agentURL', () => {
    expect(format).toBe('ibm-twitter');
    const [t] = transcripts;
    expect(t.id).toBe('XyZ123abc');
    expect(roles(t)).toEqual(['customer', 'agent', 'agent']);
    expect(t.turns[2].text).toBe('@traveller_77 Thanks & sorry again. Please visit our website to follow the claim: https://example.com/baggage ^JM');
    expect(findings(result, 'runaround')).toEqual(['8:171']);
    expect(where(source, 'visit our website')).toBe('8:171');
  });
});
