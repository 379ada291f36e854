/**
 * LiveChat chats (Agent Chat API v3: `get_chat`, `list_archives`, and the archive
 * export): `users[]` with `type` agent/customer, and `threads[].events[]` (or one
 * `thread`). `message` events are turns, `system_message` events system turns;
 * `visibility: agents` marks an internal note (a whisper only agents see).
 */
import type { Role, Transcript } from '../model.js';
import { elements, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, timeOf, type PlatformDoc } from './json-platform.js';
import { ParseError } from './types.js';

function readChat(doc: PlatformDoc, chat: JsonNode, label: string, id: string): Transcript {
  if (chat.type !== 'object') throw shapeError(label || '(document)', chat, 'a chat object');
  const prefix = label ? `${label}.` : '';
  const users = new Map<string, { name?: string; type?: string }>();
  for (const user of elements(property(chat, 'users'))) {
    const userId = scalarText(property(user, 'id'));
    if (userId !== undefined) users.set(userId, { name: stringValue(property(user, 'name')), type: stringValue(property(user, 'type')) });
  }
  const threadsNode = property(chat, 'threads');
  const single = property(chat, 'thread');
  if (!threadsNode && !single) throw new ParseError(`${prefix}threads is missing`, chat.offset);
  if (threadsNode && threadsNode.type !== 'array') throw shapeError(`${prefix}threads`, threadsNode, 'an array');
  const threads = threadsNode ? threadsNode.children ?? [] : [single!];
  const turns = threads.flatMap((thread, t) => {
    const threadLabel = threadsNode ? `${prefix}threads[${t}]` : `${prefix}thread`;
    const events = property(thread, 'events');
    if (!events || events.type !== 'array') {
      doc.problem(`thread skipped: ${threadLabel}.events is missing`, thread);
      return [];
    }
    return readMessages(doc, events.children ?? [], {
      label: `${threadLabel}.events`,
      text: ['text'],
      role(event): Role | null | { missing: string; node?: JsonNode; what?: string } {
        const type = stringValue(property(event, 'type'));
        if (type === 'system_message') return 'system';
        if (type !== 'message') return null;
        if (stringValue(property(event, 'visibility')) === 'agents') return 'note';
        const author = scalarText(property(event, 'author_id'));
        if (author === undefined) return { missing: 'author_id' };
        const userType = users.get(author)?.type;
        if (userType === 'agent') return 'agent';
        if (userType === 'customer') return 'customer';
        return { missing: 'author_id', node: property(event, 'author_id'), what: `"${author}" is not in ${prefix}users` };
      },
      author: (event) => {
        const author = scalarText(property(event, 'author_id'));
        return author === undefined ? undefined : (users.get(author)?.name ?? author);
      },
      time: (event) => timeOf(property(event, 'created_at')),
    });
  });
  turns.forEach((turn, i) => (turn.index = i));
  const agents = [...users.values()].filter((u) => u.type === 'agent' && u.name).map((u) => u.name!);
  return makeTranscript(doc, {
    id,
    channel: doc.fallbackChannel('chat'),
    turns,
    metadata: {
      agent: agents.length === 1 ? agents[0] : agents.length > 1 ? agents : undefined,
      customer: [...users.values()].find((u) => u.type === 'customer')?.name,
      tags: threads.flatMap((t) => elements(property(t, 'tags')).map((x) => stringValue(x))).filter(Boolean),
    },
  });
}

export const liveChat = jsonAdapter({
  name: 'livechat',
  description: 'LiveChat chats: users[] and threads[].events[] (visibility agents = internal note)',
  sniff: keySniff(0.96, ['threads', 'events', 'visibility', 'author_id'], ['thread', 'events', 'visibility', 'author_id']),
  read(root, doc, index, count) {
    const chats = property(root, 'chats');
    if (chats) {
      if (chats.type !== 'array') throw shapeError('chats', chats, 'an array');
      const list = chats.children ?? [];
      return list.map((c, i) => readChat(doc, c, `chats[${i}]`, idOf(property(c, 'id'), doc, i, list.length)));
    }
    if (root.type === 'array') {
      const list = root.children ?? [];
      return list.map((c, i) => readChat(doc, c, `[${i}]`, idOf(property(c, 'id'), doc, i, list.length)));
    }
    return [readChat(doc, property(root, 'chat') ?? root, property(root, 'chat') ? 'chat' : '', idOf(property(property(root, 'chat') ?? root, 'id'), doc, index, count))];
  },
});
