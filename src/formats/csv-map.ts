/**
 * Any CSV export, one row per message, read through a column map in the config:
 *
 *   formatOptions:
 *     csv: { conversation: ticket_id, role: sender, text: message, time: sent_at,
 *            roles: { agent: [staff], customer: [client] } }
 *
 * Rows of one conversation need not be adjacent; turns keep file order.
 */
import type { Transcript, Turn } from '../model.js';
import { columnIndex, fieldText, readCsv } from './csv.js';
import { channelOfMap, roleOfValues, timesOf, unmappedRole } from './field-map.js';
import { reduceBody } from './html.js';
import { ParseError, type InputFormat, type ParseOutput, type ParseProblem } from './types.js';

export const NO_CSV_MAP =
  'this CSV matches no known shape (tried twcs); describe its columns under formatOptions.csv in the config (text, role or author, conversation, time), or force a format with --input-format NAME';

export const csvMap: InputFormat = {
  name: 'csv-map',
  description: 'Any CSV, one row per message, read through the column map in the config (formatOptions.csv)',
  extensions: ['.csv'],
  family: 'csv',
  sniff(text, _path, context) {
    const map = context?.formatOptions?.csv;
    if (!map) return 0;
    const header = text.slice(0, 4096).split(/\r?\n/, 1)[0];
    return header.includes(map.text) ? 0.99 : 0.5;
  },
  parse(text, context): ParseOutput {
    const map = context.formatOptions?.csv;
    if (!map) throw new ParseError(NO_CSV_MAP, 0);
    if (!map.text || (map.role === undefined && map.author === undefined)) throw new ParseError('formatOptions.csv needs "text" and "role" or "author"', 0);
    const table = readCsv(text, { delimiter: map.delimiter });
    const problems: ParseProblem[] = [...table.problems];
    const wanted = { conversation: map.conversation, role: map.role, author: map.author, text: map.text, time: map.time, endTime: map.endTime, duration: map.duration };
    const columns: Partial<Record<keyof typeof wanted, number>> = {};
    const missing: string[] = [];
    for (const [key, name] of Object.entries(wanted) as Array<[keyof typeof wanted, string | undefined]>) {
      if (name === undefined) continue;
      const index = columnIndex(table.header, name);
      if (index === -1) missing.push(`formatOptions.csv.${key}: column "${name}"`);
      else columns[key] = index;
    }
    if (missing.length) throw new ParseError(`${missing.join('; ')} not in the header (${table.header.join(', ')})`, 0);

    const conversations = new Map<string, Turn[]>();
    for (const row of table.rows) {
      const value = (key: keyof typeof wanted) => (columns[key] === undefined ? undefined : row.fields[columns[key]!].value);
      const id = value('conversation') ?? context.path;
      const role = roleOfValues(map, context, value('role'), value('author'));
      if (!role) {
        problems.push({ message: `row ${row.number} skipped: ${unmappedRole(map, value('role'), value('author'), 'formatOptions.csv')}`, offset: row.offset, severity: 'error' });
        continue;
      }
      const body = reduceBody(fieldText(text, row.fields[columns.text!]), { html: map.html ?? false, email: map.html === true });
      if (body.text === '') continue;
      const turns = conversations.get(id) ?? [];
      conversations.set(id, turns);
      turns.push({
        index: turns.length,
        role,
        author: value('author') || undefined,
        text: body.text,
        ...timesOf(map, value('time'), value('endTime'), value('duration')),
        loc: body.map,
      });
    }
    const transcripts: Transcript[] = [...conversations].map(([id, turns]) => {
      const agent = turns.find((t) => t.role === 'agent' && t.author)?.author;
      return {
        id,
        channel: channelOfMap(map, context),
        locale: context.locale ?? 'auto',
        turns,
        metadata: agent ? { agent } : {},
        source: { path: context.path, format: 'csv-map' },
      };
    });
    return { transcripts, comments: [], problems, encodeFixText: table.encodeFixText };
  },
};
