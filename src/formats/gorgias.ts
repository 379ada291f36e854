/**
 * Gorgias tickets and messages (REST API): a ticket with `messages[]`, or a
 * messages list `{ data: [...] }`. `from_agent` decides agent or customer;
 * `public: false` is an internal note; `body_text` (else `body_html`);
 * `created_datetime` (else `sent_datetime`).
 */
import type { Channel, Role, Transcript } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, timeOf, type PlatformDoc } from './json-platform.js';

function channelOf(value: string | undefined, fallback: Channel): Channel {
  if (!value) return fallback;
  if (value === 'email' || value === 'contact_form' || value === 'help-center') return 'email';
  if (/phone|voice/.test(value)) return 'voice';
  if (/facebook|instagram|twitter|tiktok|youtube/.test(value) && !/messenger|direct-message/.test(value)) return 'social';
  if (/chat|sms|whatsapp|messenger|direct-message/.test(value)) return 'chat';
  return fallback;
}

function person(node: JsonNode | undefined): string | undefined {
  return stringValue(property(node, 'name')) || stringValue(property(node, 'email')) || scalarText(property(node, 'id'));
}

function readTicket(doc: PlatformDoc, ticket: JsonNode | undefined, messages: JsonNode[], label: string, id: string): Transcript {
  const channel = channelOf(stringValue(property(ticket, 'channel')) ?? stringValue(property(messages[0], 'channel')), doc.fallbackChannel('email'));
  const turns = readMessages(doc, messages, {
    label,
    text: ['body_text', { key: 'body_html', html: true }],
    email: channel === 'email',
    role(message): Role | { missing: string } {
      if (property(message, 'public')?.value === false) return 'note';
      const fromAgent = property(message, 'from_agent');
      if (fromAgent?.type !== 'boolean') return { missing: 'from_agent' };
      return fromAgent.value ? 'agent' : 'customer';
    },
    author: (message) => person(property(message, 'sender')),
    time: (message) => timeOf(property(message, 'created_datetime') ?? property(message, 'sent_datetime')),
  });
  return makeTranscript(doc, {
    id,
    channel,
    turns,
    metadata: {
      subject: stringValue(property(ticket, 'subject')),
      status: stringValue(property(ticket, 'status')),
      agent: person(property(ticket, 'assignee_user')) ?? turns.find((t) => t.role === 'agent')?.author,
      customer: person(property(ticket, 'customer')),
      tags: elements(property(ticket, 'tags')).map((t) => stringValue(property(t, 'name'))).filter(Boolean),
    },
    locale: stringValue(property(ticket, 'language')),
  });
}

export const gorgias = jsonAdapter({
  name: 'gorgias',
  description: 'Gorgias: a ticket with messages[], or a messages list { data: [...] } (from_agent, public, body_text)',
  sniff: keySniff(0.96, ['from_agent', 'body_text'], ['from_agent', 'body_html']),
  read(root, doc, index, count) {
    if (root.type === 'array') {
      const list = root.children ?? [];
      if (list.some((t) => property(t, 'messages'))) {
        return list.map((t, i) => readTicket(doc, t, elements(property(t, 'messages')), `[${i}].messages`, idOf(property(t, 'id'), doc, i, list.length)));
      }
      return [readTicket(doc, undefined, list, '', idOf(property(list[0], 'ticket_id'), doc, index, count))];
    }
    const data = property(root, 'data');
    if (data) {
      if (data.type !== 'array') throw shapeError('data', data, 'an array');
      const list = data.children ?? [];
      // A list of tickets (each with messages) or of messages.
      if (list.some((t) => property(t, 'messages'))) {
        return list.map((t, i) => readTicket(doc, t, elements(property(t, 'messages')), `data[${i}].messages`, idOf(property(t, 'id'), doc, i, list.length)));
      }
      return [readTicket(doc, undefined, list, 'data', idOf(nodeAt(list[0], 'ticket_id'), doc, index, count))];
    }
    const messages = property(root, 'messages');
    if (messages && messages.type !== 'array') throw shapeError('messages', messages, 'an array');
    if (!messages) return [readTicket(doc, undefined, [root], '', idOf(property(root, 'ticket_id'), doc, index, count))];
    return [readTicket(doc, root, messages.children ?? [], 'messages', idOf(property(root, 'id'), doc, index, count))];
  },
});
