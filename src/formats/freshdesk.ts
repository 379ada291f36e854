/**
 * Freshdesk ticket conversations (API v2): `GET /tickets/{id}/conversations` (an
 * array of conversations) or a ticket with `?include=conversations` (its
 * `description` is the requester's first message). Each conversation has `body`
 * (HTML) and `body_text`, `incoming` (from the customer), `private` (an internal
 * note), `user_id`, `created_at`.
 */
import type { Channel, Role, Transcript } from '../model.js';
import { elements, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, timeOf, type PlatformDoc } from './json-platform.js';

/** Freshdesk's numeric ticket `source`. */
function channelOfSource(ticket: JsonNode | undefined, fallback: Channel): Channel {
  switch (Number(scalarText(property(ticket, 'source')))) {
    case 3:
      return 'voice';
    case 7:
    case 8:
    case 12:
      return 'chat';
    case 5:
    case 6:
      return 'social';
    case 1:
    case 2:
    case 9:
    case 10:
      return 'email';
    default:
      return fallback;
  }
}

const TEXT = [{ key: 'body', html: true }, 'body_text'] as const;

function readTicket(doc: PlatformDoc, ticket: JsonNode | undefined, conversations: JsonNode[], label: string, id: string): Transcript {
  const requester = scalarText(property(ticket, 'requester_id'));
  const ticketPath = label.replace(/\.?conversations$/, '');
  const hasDescription = ticket && (property(ticket, 'description') || property(ticket, 'description_text'));
  const opening = hasDescription
    ? readMessages(doc, [ticket], {
        label: ticketPath,
        path: () => (ticketPath ? `${ticketPath}.description` : 'description'),
        text: [{ key: 'description', html: true }, 'description_text'],
        email: true,
        role: () => 'customer',
        author: () => requester,
        time: (t) => timeOf(property(t, 'created_at')),
      })
    : [];
  const replies = readMessages(doc, conversations, {
    label,
    text: TEXT,
    email: true,
    role(message): Role | { missing: string } {
      if (property(message, 'private')?.value === true) return 'note';
      const incoming = property(message, 'incoming');
      const user = scalarText(property(message, 'user_id'));
      if (incoming?.type === 'boolean') return incoming.value === true || (requester !== undefined && user === requester) ? 'customer' : 'agent';
      if (requester !== undefined && user !== undefined) return user === requester ? 'customer' : 'agent';
      return { missing: 'incoming' };
    },
    author: (message) => scalarText(property(message, 'user_id')) ?? stringValue(property(message, 'from_email')),
    time: (message) => timeOf(property(message, 'created_at')),
  });
  const turns = [...opening, ...replies].map((t, i) => ({ ...t, index: i }));
  return makeTranscript(doc, {
    id,
    channel: channelOfSource(ticket, doc.fallbackChannel('email')),
    turns,
    metadata: {
      ticket: scalarText(property(ticket, 'id')) ?? scalarText(property(conversations[0], 'ticket_id')),
      subject: stringValue(property(ticket, 'subject')),
      agent: scalarText(property(ticket, 'responder_id')) ?? turns.find((t) => t.role === 'agent')?.author,
      requester,
      tags: elements(property(ticket, 'tags')).map((t) => stringValue(t)).filter(Boolean),
      // Private notes are the standard record of a Freshdesk ticket.
      documentation: 'expected',
    },
  });
}

export const freshdesk = jsonAdapter({
  name: 'freshdesk',
  description: 'Freshdesk: ticket conversations (incoming, private, body/body_text), or a ticket with conversations',
  sniff: keySniff(0.96, ['incoming', 'private', 'body_text'], ['incoming', 'private', 'support_email'], ['conversations', 'requester_id', 'description_text']),
  read(root, doc, index, count) {
    const tickets = root.type === 'array' && (root.children ?? []).some((c) => property(c, 'conversations')) ? root.children ?? [] : undefined;
    if (tickets) {
      return tickets.map((ticket, i) => {
        const list = property(ticket, 'conversations');
        if (list && list.type !== 'array') throw shapeError(`[${i}].conversations`, list, 'an array');
        return readTicket(doc, ticket, list?.children ?? [], `[${i}].conversations`, idOf(property(ticket, 'id'), doc, i, tickets.length));
      });
    }
    if (root.type === 'array') {
      const first = root.children?.[0];
      return [readTicket(doc, undefined, root.children ?? [], '', idOf(property(first, 'ticket_id'), doc, index, count))];
    }
    if (root.type !== 'object') throw shapeError('(document)', root, 'a Freshdesk ticket or a list of conversations');
    const list = property(root, 'conversations');
    if (list && list.type !== 'array') throw shapeError('conversations', list, 'an array');
    if (!list && !property(root, 'description') && !property(root, 'description_text')) {
      // One conversation object on its own.
      return [readTicket(doc, undefined, [root], '', idOf(property(root, 'ticket_id'), doc, index, count))];
    }
    return [readTicket(doc, root, list?.children ?? [], 'conversations', idOf(property(root, 'id'), doc, index, count))];
  },
});
