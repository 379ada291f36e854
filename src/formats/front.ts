/**
 * Front messages (Core API `GET /conversations/{id}/messages`): `{ _results: [...] }`
 * (or a bare array). `is_inbound` true → customer, false → agent (the teammate in
 * `author`); `body` is HTML, `text` plain; `created_at` is Unix seconds. Front lists
 * messages newest first; turns are put in time order. Comments (internal discussion,
 * `posted_at`) mixed into the list are notes.
 */
import type { Channel, Role } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, sortByTime, timeOf } from './json-platform.js';

function channelOfType(type: string | undefined, fallback: Channel): Channel {
  if (!type) return fallback;
  if (type === 'email') return 'email';
  if (/tweet|twitter|facebook|instagram/.test(type)) return 'social';
  if (/call|phone/.test(type)) return 'voice';
  return 'chat';
}

function teammate(author: JsonNode | undefined): string | undefined {
  const name = [stringValue(property(author, 'first_name')), stringValue(property(author, 'last_name'))].filter(Boolean).join(' ');
  return name || stringValue(property(author, 'username')) || stringValue(property(author, 'email')) || scalarText(property(author, 'id'));
}

function sender(message: JsonNode): string | undefined {
  const from = elements(property(message, 'recipients')).find((r) => stringValue(property(r, 'role')) === 'from');
  return stringValue(property(from, 'name')) || stringValue(property(from, 'handle'));
}

export const front = jsonAdapter({
  name: 'front',
  description: 'Front: conversation messages (_results[] with is_inbound, HTML body)',
  sniff: keySniff(0.96, ['is_inbound']),
  read(root, doc, index, count) {
    const listNode = property(root, '_results') ?? nodeAt(root, 'messages._results') ?? property(root, 'messages') ?? (root.type === 'array' ? root : undefined);
    const label = property(root, '_results') ? '_results' : nodeAt(root, 'messages._results') ? 'messages._results' : property(root, 'messages') ? 'messages' : '';
    const messages = listNode ? listNode.children ?? [] : [root];
    if (listNode && listNode.type !== 'array') throw shapeError(label, listNode, 'an array');
    const firstType = stringValue(property(messages.find((m) => property(m, 'type')), 'type'));
    const channel = channelOfType(firstType, doc.fallbackChannel('email'));
    const turns = sortByTime(
      readMessages(doc, messages, {
        label,
        path: listNode ? undefined : () => '(message)',
        text: [{ key: 'body', html: true }, 'text'],
        email: channel === 'email',
        role(message): Role | null | { missing: string } {
          if (stringValue(property(message, 'draft_mode'))) return null;
          const inbound = property(message, 'is_inbound');
          if (inbound?.type === 'boolean') return inbound.value ? 'customer' : 'agent';
          if (property(message, 'posted_at')) return 'note';
          return { missing: 'is_inbound' };
        },
        author: (message) => (property(message, 'is_inbound')?.value === true ? sender(message) : teammate(property(message, 'author'))),
        time: (message) => timeOf(property(message, 'created_at') ?? property(message, 'posted_at'), 's'),
      }),
    );
    const conversation = (listNode && root.type === 'object' ? scalarText(property(root, 'id')) : undefined) ?? scalarText(property(messages[0], 'conversation_id'));
    return [
      makeTranscript(doc, {
        id: conversation ?? idOf(undefined, doc, index, count),
        channel,
        turns,
        metadata: { subject: stringValue(property(messages.find((m) => property(m, 'subject')), 'subject')) },
      }),
    ];
  },
});
