/**
 * Any JSON export, read through a field map in the config:
 *
 *   formatOptions:
 *     json: { conversations: data, messages: turns, id: conversation_id,
 *             role: speaker, text: utterance, time: ts, roles: { customer: [caller] } }
 *
 * Paths are dotted; a number indexes an array (`0`); `.` is the node itself (a
 * document that is one conversation, a conversation that is its list of messages).
 */
import type { Transcript } from '../model.js';
import { channelOfMap, roleOfValues, timesOf, unmappedRole } from './field-map.js';
import { hasKey, idOf, makeTranscript, readMessages, shapeError, PlatformDoc } from './json-platform.js';
import { nodeAt, parseJsonDocuments, scalarText, type JsonNode } from './json-source.js';
import { ParseError, type InputFormat, type JsonMapOptions, type ParseOutput } from './types.js';

export const NO_JSON_MAP = 'no field map: describe the shape under formatOptions.json in the config (messages, text, role or author)';

/** The last non-numeric segment of each path the map names: what to look for when sniffing. */
function keysOf(map: JsonMapOptions): string[] {
  return [map.messages, map.text, map.role ?? map.author]
    .filter((p): p is string => !!p && p !== '.')
    .map((p) => p.split('.').filter((s) => !/^\d+$/.test(s)).at(-1))
    .filter((k): k is string => !!k);
}

function conversationsOf(root: JsonNode, map: JsonMapOptions): Array<{ node: JsonNode; label: string }> {
  if (map.conversations === '.') return [{ node: root, label: '' }];
  if (map.conversations) {
    const list = nodeAt(root, map.conversations);
    if (!list) throw new ParseError(`formatOptions.json.conversations: "${map.conversations}" is missing`, root.offset);
    if (list.type !== 'array') throw shapeError(map.conversations, list, 'an array of conversations');
    return (list.children ?? []).map((node, i) => ({ node, label: `${map.conversations}[${i}]` }));
  }
  if (root.type === 'array') return (root.children ?? []).map((node, i) => ({ node, label: `[${i}]` }));
  return [{ node: root, label: '' }];
}

function readWithMap(doc: PlatformDoc, root: JsonNode, map: JsonMapOptions, index: number, count: number): Transcript[] {
  const conversations = conversationsOf(root, map);
  return conversations.map(({ node, label }, i) => {
    const prefix = label ? `${label}.` : '';
    const messages = map.messages === '.' ? node : nodeAt(node, map.messages);
    if (!messages) throw new ParseError(`${prefix}${map.messages} is missing (formatOptions.json.messages)`, node.offset);
    if (messages.type !== 'array') throw shapeError(`${prefix}${map.messages}`, messages, 'an array of messages');
    const field = (message: JsonNode, path: string | undefined) => (path === undefined ? undefined : scalarText(nodeAt(message, path)));
    const turns = readMessages(doc, messages.children ?? [], {
      label: map.messages === '.' ? label : `${prefix}${map.messages}`,
      text: [{ key: map.text, html: map.html ?? false }],
      email: map.html === true,
      role(message) {
        const role = roleOfValues(map, doc.context, field(message, map.role), field(message, map.author));
        if (role) return role;
        return { missing: (map.role ?? map.author)!, what: unmappedRole(map, field(message, map.role), field(message, map.author), 'formatOptions.json').replace(/^"[^"]*" /, '') };
      },
      author: (message) => field(message, map.author),
      time: (message) => timesOf(map, field(message, map.time), field(message, map.endTime), field(message, map.duration)).timestamp,
      endTime: (message) => timesOf(map, field(message, map.time), field(message, map.endTime), field(message, map.duration)).endTimestamp,
    });
    const id = map.id ? nodeAt(node, map.id) : undefined;
    return makeTranscript(doc, {
      id: idOf(id, doc, conversations.length > 1 ? i : index, conversations.length > 1 ? conversations.length : count),
      channel: channelOfMap(map, doc.context),
      turns,
    });
  });
}

export const jsonMap: InputFormat = {
  name: 'json-map',
  description: 'Any JSON, read through the field map in the config (formatOptions.json)',
  extensions: ['.json', '.jsonl'],
  family: 'json',
  sniff(text, _path, context) {
    const map = context?.formatOptions?.json;
    if (!map) return 0;
    return keysOf(map).every((key) => hasKey(text, key)) ? 0.99 : 0;
  },
  parse(text, context): ParseOutput {
    const map = context.formatOptions?.json;
    if (!map) throw new ParseError(NO_JSON_MAP, 0);
    if (!map.messages || !map.text || (map.role === undefined && map.author === undefined)) throw new ParseError('formatOptions.json needs "messages", "text" and "role" or "author"', 0);
    const doc = new PlatformDoc(text, context, 'json-map');
    const roots = parseJsonDocuments(text, doc.problems, context.firstLine);
    const transcripts = roots.flatMap((root, i) => readWithMap(doc, root, map, i, roots.length));
    return { transcripts, comments: [], problems: doc.problems, encodeFixText: doc.encodeFixText };
  },
};
