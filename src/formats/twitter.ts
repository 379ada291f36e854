/**
 * Customer support on Twitter:
 *
 * - `twcs`: the public Customer Support on Twitter CSV (`tweet_id, author_id, inbound,
 *   created_at, text, response_tweet_id, in_response_to_tweet_id`). Threads are rebuilt
 *   from the reply links — every tweet joins the thread of the tweet it answers, up to
 *   a tweet that answers none (or one not in the file) — and put in time order.
 *   `inbound` True is the customer; the brand handle is the agent.
 * - `ibm-twitter`: the IBM customer-care conversations JSON (`dialogHeader`,
 *   `dialogContent[]` keyed `client` (`client1`…) or `agent`, and the closing agent tweet in
 *   `agentURL.url_utterance`).
 *
 * Tweet text keeps Twitter's `&amp;`/`&lt;`/`&gt;`: they are decoded, positions kept.
 */
import type { Transcript, Turn } from '../model.js';
import { columnIndex, fieldText, readCsv, type CsvRow } from './csv.js';
import { reduceBody } from './html.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, parseTimeValue, readMessages, shapeError, timeOf } from './json-platform.js';
import { ParseError, type InputFormat, type ParseOutput, type ParseProblem } from './types.js';

const TWCS_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text', 'in_response_to_tweet_id'] as const;

/** "3.0" (pandas re-exports ids as floats) → "3". */
function tweetId(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return /^\d+\.0+$/.test(trimmed) ? trimmed.replace(/\.0+$/, '') : trimmed;
}

interface Tweet {
  row: CsvRow;
  id: string;
  parent?: string;
  time?: Date;
}

export const twcs: InputFormat = {
  name: 'twcs',
  description: 'Customer Support on Twitter CSV (tweet_id, author_id, inbound, …): threads rebuilt from reply links',
  extensions: ['.csv'],
  family: 'csv',
  sniff(text) {
    const header = text.slice(0, 512).split(/\r?\n/, 1)[0].toLowerCase();
    return TWCS_COLUMNS.every((c) => header.includes(c)) ? 0.96 : 0;
  },
  parse(text, context): ParseOutput {
    const table = readCsv(text);
    const problems: ParseProblem[] = [...table.problems];
    const columns = Object.fromEntries(TWCS_COLUMNS.map((c) => [c, columnIndex(table.header, c)])) as Record<(typeof TWCS_COLUMNS)[number], number>;
    const missing = TWCS_COLUMNS.filter((c) => columns[c] === -1);
    if (missing.length) throw new ParseError(`twcs: column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} missing from the header`, 0);

    const tweets = new Map<string, Tweet>();
    for (const row of table.rows) {
      const id = tweetId(row.fields[columns.tweet_id].value);
      if (!id) {
        problems.push({ message: `row ${row.number} skipped: tweet_id is empty`, offset: row.offset, severity: 'error' });
        continue;
      }
      tweets.set(id, { row, id, parent: tweetId(row.fields[columns.in_response_to_tweet_id].value), time: parseTimeValue(row.fields[columns.created_at].value) });
    }
    const rootOf = (tweet: Tweet): string => {
      let current = tweet;
      const seen = new Set<string>();
      while (current.parent && !seen.has(current.id)) {
        seen.add(current.id);
        const parent = tweets.get(current.parent);
        if (!parent) break;
        current = parent;
      }
      return current.id;
    };
    const threads = new Map<string, Tweet[]>();
    for (const tweet of tweets.values()) {
      const root = rootOf(tweet);
      const thread = threads.get(root);
      if (thread) thread.push(tweet);
      else threads.set(root, [tweet]);
    }
    const transcripts: Transcript[] = [];
    for (const [root, thread] of threads) {
      if (thread.every((t) => t.time)) thread.sort((a, b) => a.time!.getTime() - b.time!.getTime());
      const turns: Turn[] = [];
      for (const tweet of thread) {
        const fields = tweet.row.fields;
        const body = reduceBody(fieldText(text, fields[columns.text]), { entities: true });
        if (body.text === '') continue;
        const inbound = fields[columns.inbound].value.trim().toLowerCase();
        turns.push({
          index: turns.length,
          role: inbound === 'true' || inbound === '1' ? 'customer' : 'agent',
          author: fields[columns.author_id].value,
          text: body.text,
          timestamp: tweet.time,
          loc: body.map,
        });
      }
      transcripts.push({
        id: root,
        channel: context.channel && context.channel !== 'macro' ? context.channel : 'social',
        locale: context.locale ?? 'auto',
        turns,
        metadata: Object.fromEntries(
          Object.entries({ agent: turns.find((t) => t.role === 'agent')?.author, customer: turns.find((t) => t.role === 'customer')?.author }).filter(([, v]) => v !== undefined),
        ),
        source: { path: context.path, format: 'twcs' },
      });
    }
    return { transcripts, comments: [], problems, encodeFixText: table.encodeFixText };
  },
};

function clientKey(item: JsonNode): string | undefined {
  return (item.children ?? []).map((p) => p.children?.[0]?.value as string).find((k) => /^client\d*$/.test(k));
}

export const ibmTwitter = jsonAdapter({
  name: 'ibm-twitter',
  description: 'IBM Twitter customer-care conversations: dialogHeader + dialogContent[] keyed client/agent',
  sniff: keySniff(0.96, ['dialogContent', 'dialogHeader']),
  read(root, doc, index, count) {
    const dialogs = root.type === 'array' ? root.children ?? [] : [root];
    return dialogs.map((dialog, i) => {
      const label = root.type === 'array' ? `[${i}]` : '';
      const prefix = label ? `${label}.` : '';
      const content = property(dialog, 'dialogContent');
      if (!content) throw new ParseError(`${prefix}dialogContent is missing`, dialog.offset);
      if (content.type !== 'array') throw shapeError(`${prefix}dialogContent`, content, 'an array');
      const company = stringValue(nodeAt(dialog, 'dialogHeader.company'));
      const turns = readMessages(doc, content.children ?? [], {
        label: `${prefix}dialogContent`,
        text: ['message'],
        entities: true,
        // The role is the key: `agent`, or `client` (`client1`… for other customers joining in).
        role: (item) => (property(item, 'agent') ? 'agent' : clientKey(item) ? 'customer' : { missing: 'client' }),
        author: (item) => stringValue(property(item, 'agent')) ?? stringValue(property(item, clientKey(item) ?? 'client')),
        time: (item) => timeOf(property(item, 'datetime')),
      });
      // The closing agent tweet (the one with the support link) is only in agentURL.
      const closing = property(dialog, 'agentURL');
      const closingId = scalarText(property(closing, 'tweet_ID'));
      const already = closingId !== undefined && elements(content).some((m) => scalarText(property(m, 'tweet_ID')) === closingId);
      if (closing && !already) {
        for (const turn of readMessages(doc, [closing], {
          label: `${prefix}agentURL`,
          path: () => `${prefix}agentURL`,
          text: ['url_utterance'],
          entities: true,
          role: () => 'agent',
          author: () => company,
        })) {
          turns.push({ ...turn, index: turns.length });
        }
      }
      return makeTranscript(doc, {
        id: idOf(nodeAt(dialog, 'dialogHeader.sessionID'), doc, root.type === 'array' ? i : index, root.type === 'array' ? dialogs.length : count),
        channel: doc.fallbackChannel('social'),
        locale: undefined,
        turns,
        metadata: { agent: company, company },
      });
    });
  },
});
