/**
 * Intercom conversations (REST API `GET /conversations/{id}`): the opening message
 * in `source` (older API versions: `conversation_message`), then
 * `conversation_parts` — `{ conversation_parts: [...] }` or a bare array. Bodies are
 * HTML; `created_at` is Unix seconds. `author.type` admin → agent, user/lead/contact
 * → customer, bot → bot; `part_type: note` is an internal note. Parts without a
 * body (assignments, state changes) are events, not messages.
 *
 * One conversation, `{ conversations: [...] }`, an array of them, or JSON Lines.
 */
import type { Role, Transcript } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, timeOf, type PlatformDoc } from './json-platform.js';
import { ParseError } from './types.js';

function roleOfAuthor(type: string | undefined): Role | undefined {
  switch (type) {
    case 'admin':
    case 'team':
      return 'agent';
    case 'user':
    case 'lead':
    case 'contact':
      return 'customer';
    case 'bot':
      return 'bot';
    default:
      return undefined;
  }
}

function authorName(message: JsonNode): string | undefined {
  const author = property(message, 'author');
  return stringValue(property(author, 'name')) ?? scalarText(property(author, 'email')) ?? scalarText(property(author, 'id'));
}

function readConversation(doc: PlatformDoc, conversation: JsonNode, label: string, id: string): Transcript {
  if (conversation.type !== 'object') throw shapeError(label || '(document)', conversation, 'a conversation object');
  const prefix = label ? `${label}.` : '';
  const opening = property(conversation, 'source') ?? property(conversation, 'conversation_message');
  const partsNode = property(conversation, 'conversation_parts');
  const parts = partsNode?.type === 'array' ? partsNode.children ?? [] : elements(property(partsNode, 'conversation_parts'));
  if (!opening && !partsNode) throw new ParseError(`${prefix}source and ${prefix}conversation_parts are missing`, conversation.offset);
  const partsLabel = partsNode?.type === 'array' ? `${prefix}conversation_parts` : `${prefix}conversation_parts.conversation_parts`;
  const channelHint = stringValue(property(opening, 'delivered_as')) ?? stringValue(property(opening, 'type')) ?? '';
  const email = /email/.test(channelHint);

  const openingLabel = `${prefix}${property(conversation, 'source') ? 'source' : 'conversation_message'}`;
  const spec = (openingMessage: boolean) => ({
    label: openingMessage ? openingLabel : partsLabel,
    path: openingMessage ? () => openingLabel : undefined,
    text: [{ key: 'body', html: true }],
    email,
    role(message: JsonNode): Role | null | { missing: string; node?: JsonNode; what?: string } {
      if (!openingMessage && stringValue(property(message, 'part_type')) === 'note') return 'note';
      const author = property(message, 'author');
      if (!author) return { missing: 'author' };
      const type = stringValue(property(author, 'type'));
      const role = roleOfAuthor(type);
      return role ?? { missing: 'author.type', node: property(author, 'type') ?? author, what: type === undefined ? 'is missing' : `"${type}" is not admin, user, lead, contact or bot` };
    },
    author: authorName,
    time: (message: JsonNode) => timeOf(property(message, 'created_at'), 's') ?? (openingMessage ? timeOf(property(conversation, 'created_at'), 's') : undefined),
  });
  const turns = [...(opening ? readMessages(doc, [opening], spec(true)) : []), ...readMessages(doc, parts, spec(false))];
  turns.forEach((t, i) => (t.index = i));
  const assignee = scalarText(property(conversation, 'admin_assignee_id'));
  return makeTranscript(doc, {
    id,
    channel: email ? 'email' : doc.fallbackChannel('chat'),
    turns,
    metadata: {
      agent: turns.find((t) => t.role === 'agent')?.author ?? assignee,
      assignee,
      subject: stringValue(property(opening, 'subject')),
      state: stringValue(property(conversation, 'state')),
      tags: elements(nodeAt(conversation, 'tags.tags')).map((t) => stringValue(property(t, 'name'))).filter(Boolean),
    },
  });
}

export const intercom = jsonAdapter({
  name: 'intercom',
  description: 'Intercom conversations: source + conversation_parts (HTML bodies, Unix times)',
  sniff: keySniff(0.96, ['conversation_parts', 'part_type'], ['conversation_parts', 'author'], ['conversation_message', 'author']),
  read(root, doc, index, count) {
    const list = property(root, 'conversations');
    if (list) {
      if (list.type !== 'array') throw shapeError('conversations', list, 'an array');
      return (list.children ?? []).map((c, i) => readConversation(doc, c, `conversations[${i}]`, idOf(property(c, 'id'), doc, i, list.children!.length)));
    }
    if (root.type === 'array') return (root.children ?? []).map((c, i) => readConversation(doc, c, `[${i}]`, idOf(property(c, 'id'), doc, i, root.children!.length)));
    return [readConversation(doc, root, '', idOf(property(root, 'id'), doc, index, count))];
  },
});
