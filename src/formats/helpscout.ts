/**
 * Help Scout conversations (Mailbox API 2.0): a conversation with
 * `_embedded.threads` (`?embed=threads`), a threads list (`{ _embedded: { threads } }`),
 * or a conversations list (`{ _embedded: { conversations } }`). Thread `type`:
 * customer → customer, message → agent, note → internal note, chat/phone → by
 * `createdBy.type` (customer or user); lineitems and forwards are events, drafts are
 * not sent. The API lists threads newest first; turns are put in time order.
 */
import type { Channel, Role, Transcript } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, sortByTime, timeOf, type PlatformDoc } from './json-platform.js';
import { ParseError } from './types.js';

function personName(person: JsonNode | undefined): string | undefined {
  const name = [stringValue(property(person, 'first')), stringValue(property(person, 'last'))].filter(Boolean).join(' ');
  return name || stringValue(property(person, 'email')) || scalarText(property(person, 'id'));
}

function channelOf(conversation: JsonNode | undefined, fallback: Channel): Channel {
  switch (stringValue(property(conversation, 'type'))) {
    case 'chat':
      return 'chat';
    case 'phone':
      return 'voice';
    case 'email':
      return 'email';
    default:
      return fallback;
  }
}

function readThreads(doc: PlatformDoc, conversation: JsonNode | undefined, threads: JsonNode[], label: string, id: string): Transcript {
  const channel = channelOf(conversation, doc.fallbackChannel('email'));
  const turns = sortByTime(
    readMessages(doc, threads, {
      label,
      text: [{ key: 'body', html: true }],
      email: channel === 'email',
      role(thread): Role | null | { missing: string; node?: JsonNode; what?: string } {
        if (/^(draft|hidden)$/.test(stringValue(property(thread, 'state')) ?? '')) return null;
        const type = stringValue(property(thread, 'type'));
        switch (type) {
          case 'customer':
            return 'customer';
          case 'message':
            return 'agent';
          case 'note':
            return 'note';
          case 'chat':
          case 'phone':
          case 'beaconchat': {
            const by = stringValue(nodeAt(thread, 'createdBy.type')) ?? stringValue(nodeAt(thread, 'source.via'));
            if (by === 'customer') return 'customer';
            if (by === 'user') return 'agent';
            return { missing: 'createdBy.type' };
          }
          case undefined:
            return { missing: 'type' };
          default:
            return null; // lineitem, forwardparent, forwardchild: events
        }
      },
      author: (thread) => personName(property(thread, 'createdBy')),
      time: (thread) => timeOf(property(thread, 'createdAt')),
    }),
  );
  const assignee = property(conversation, 'assignee');
  return makeTranscript(doc, {
    id,
    channel,
    turns,
    metadata: {
      number: scalarText(property(conversation, 'number')),
      subject: stringValue(property(conversation, 'subject')),
      status: stringValue(property(conversation, 'status')),
      agent: (assignee ? personName(assignee) : undefined) ?? turns.find((t) => t.role === 'agent')?.author,
      customer: personName(property(conversation, 'primaryCustomer')),
      tags: elements(property(conversation, 'tags')).map((t) => stringValue(property(t, 'tag')) ?? stringValue(t)).filter(Boolean),
      // Notes are how Help Scout teams record what was done on a conversation.
      documentation: 'expected',
    },
  });
}

function readConversation(doc: PlatformDoc, conversation: JsonNode, label: string, id: string): Transcript {
  const threads = nodeAt(conversation, '_embedded.threads') ?? property(conversation, 'threads');
  if (!threads) throw new ParseError(`${label ? `${label}.` : ''}_embedded.threads is missing`, conversation.offset);
  if (threads.type !== 'array') throw shapeError(`${label ? `${label}.` : ''}_embedded.threads`, threads, 'an array');
  const threadLabel = `${label ? `${label}.` : ''}${nodeAt(conversation, '_embedded.threads') ? '_embedded.threads' : 'threads'}`;
  return readThreads(doc, conversation, threads.children ?? [], threadLabel, id);
}

export const helpScout = jsonAdapter({
  name: 'helpscout',
  description: 'Help Scout: a conversation with _embedded.threads, or a threads list (customer/message/note/chat/phone)',
  sniff: keySniff(0.96, ['_embedded', 'threads', 'createdBy'], ['_embedded', 'conversations', 'mailboxId']),
  read(root, doc, index, count) {
    const conversations = nodeAt(root, '_embedded.conversations');
    if (conversations) {
      if (conversations.type !== 'array') throw shapeError('_embedded.conversations', conversations, 'an array');
      const list = conversations.children ?? [];
      return list.map((c, i) => readConversation(doc, c, `_embedded.conversations[${i}]`, idOf(property(c, 'id'), doc, i, list.length)));
    }
    if (root.type === 'array') {
      const list = root.children ?? [];
      return list.map((c, i) => readConversation(doc, c, `[${i}]`, idOf(property(c, 'id'), doc, i, list.length)));
    }
    // A threads list has no conversation around it: only `_embedded` and paging.
    const isThreadList = !property(root, 'id') && !property(root, 'type') && nodeAt(root, '_embedded.threads');
    if (isThreadList) return [readThreads(doc, undefined, elements(nodeAt(root, '_embedded.threads')), '_embedded.threads', idOf(undefined, doc, index, count))];
    return [readConversation(doc, root, '', idOf(property(root, 'id'), doc, index, count))];
  },
});
