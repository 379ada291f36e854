/**
 * Zendesk exports, read as the API and the JSON export write them:
 *
 * - `zendesk`: Support tickets — a ticket with its `comments[]` (`{ ticket, comments, users }`,
 *   a list-comments response, `{ tickets: [...] }` or JSON Lines of the full export, each
 *   ticket carrying `comments`), or ticket audits (`{ audits: [...] }`, `{ audit, ticket }`,
 *   an audit object) whose `Comment` events are the messages.
 * - `zendesk-chat`: Zendesk Chat transcripts (`history[]` of `chat.msg` events), one chat or `{ chats: [...] }`.
 * - `zendesk-macros`: macros (`macros[]`, `{ macro }` or one macro) whose `comment_value` /
 *   `comment_value_html` action is the canned text; each is linted as channel `macro`.
 *
 * Roles: the ticket's requester is the customer; otherwise a sideloaded `users[]` says
 * (`end-user` → customer, `agent`/`admin` → agent); with neither, the author of the
 * first comment is taken as the requester. Private comments (`public: false`) are
 * internal notes.
 */
import type { Channel, Role, Transcript, Turn } from '../model.js';
import { elements, nodeAt, plainValue, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, shapeError, timeOf, type PlatformDoc } from './json-platform.js';
import { maskPlaceholders } from './placeholders.js';
import { ParseError } from './types.js';

interface ZendeskUser {
  name?: string;
  role?: string;
}

function usersOf(root: JsonNode): Map<string, ZendeskUser> {
  const users = new Map<string, ZendeskUser>();
  for (const user of elements(property(root, 'users'))) {
    const id = scalarText(property(user, 'id'));
    if (id !== undefined) users.set(id, { name: stringValue(property(user, 'name')), role: stringValue(property(user, 'role')) });
  }
  return users;
}

/** Zendesk `via.channel` → the channel rules know. Tickets are e-mail-like unless the channel says otherwise. */
function channelOfVia(node: JsonNode | undefined, fallback: Channel): Channel {
  const via = stringValue(nodeAt(node, 'via.channel'));
  if (!via) return fallback;
  if (/chat|messaging|sms|whatsapp|line|wechat|native_messaging/.test(via)) return 'chat';
  if (/voice|phone|talk|call/.test(via)) return 'voice';
  if (/twitter|facebook|instagram|social|tweet/.test(via)) return 'social';
  return 'email';
}

/** Says who is who on one ticket. */
class TicketRoles {
  constructor(
    private requester: string | undefined,
    private readonly users: Map<string, ZendeskUser>,
  ) {}

  role(authorId: string): Role {
    const user = this.users.get(authorId);
    if (this.requester === undefined && !user) this.requester = authorId; // the first author opened the ticket
    if (authorId === this.requester) return 'customer';
    if (user?.role === 'end-user') return 'customer';
    if (user?.role === 'agent' || user?.role === 'admin') return 'agent';
    return this.requester === undefined ? 'customer' : 'agent';
  }

  author(authorId: string): string {
    return this.users.get(authorId)?.name ?? authorId;
  }

  name(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.users.get(id)?.name ?? id);
  }
}

const COMMENT_TEXT = ['body', 'plain_body', { key: 'html_body', html: true }] as const;

function ticketMetadata(ticket: JsonNode | undefined, roles: TicketRoles, turns: Turn[]): Record<string, unknown> {
  const assignee = scalarText(property(ticket, 'assignee_id'));
  const requester = scalarText(property(ticket, 'requester_id'));
  const tags = property(ticket, 'tags');
  return {
    ticket: scalarText(property(ticket, 'id')),
    subject: stringValue(property(ticket, 'subject')),
    status: stringValue(property(ticket, 'status')),
    tags: tags?.type === 'array' && tags.children?.length ? plainValue(tags) : undefined,
    requester: roles.name(requester),
    agent: roles.name(assignee) ?? turns.find((t) => t.role === 'agent')?.author,
    // Private comments are where Zendesk Support agents leave the record of a ticket.
    documentation: 'expected',
  };
}

/** A ticket with comments (or only its description). */
function readTicket(
  doc: PlatformDoc,
  ticket: JsonNode | undefined,
  comments: JsonNode[] | undefined,
  users: Map<string, ZendeskUser>,
  label: string,
  id: string,
  path?: (index: number) => string,
): Transcript {
  const requester = scalarText(property(ticket, 'requester_id'));
  const roles = new TicketRoles(requester, users);
  let turns: Turn[];
  if (comments) {
    turns = readMessages(doc, comments, {
      label,
      path,
      text: COMMENT_TEXT,
      email: true,
      role(comment) {
        const author = scalarText(property(comment, 'author_id'));
        if (author === undefined) return { missing: 'author_id' };
        return property(comment, 'public')?.value === false ? 'note' : roles.role(author);
      },
      author: (comment) => roles.author(scalarText(property(comment, 'author_id'))!),
      time: (comment) => timeOf(property(comment, 'created_at')),
    });
  } else {
    // A ticket without its comments: the description is the requester's first message.
    turns = readMessages(doc, ticket ? [ticket] : [], {
      label: label.replace(/\.comments$/, ''),
      text: ['description'],
      email: true,
      role: () => 'customer',
      author: () => roles.name(requester),
      time: (t) => timeOf(property(t, 'created_at')),
    });
  }
  return makeTranscript(doc, {
    id,
    channel: channelOfVia(ticket, doc.fallbackChannel('email')),
    turns,
    metadata: ticketMetadata(ticket, roles, turns),
  });
}

/** Comment events of audits, grouped by ticket. */
function readAudits(doc: PlatformDoc, audits: Array<{ audit: JsonNode; path: string }>, tickets: Map<string, JsonNode>, users: Map<string, ZendeskUser>, fallbackId: string): Transcript[] {
  const byTicket = new Map<string, Array<{ audit: JsonNode; path: string }>>();
  for (const { audit, path } of audits) {
    if (audit.type !== 'object') throw shapeError(path, audit, 'an audit object');
    const ticketId = scalarText(property(audit, 'ticket_id')) ?? fallbackId;
    byTicket.set(ticketId, [...(byTicket.get(ticketId) ?? []), { audit, path }]);
  }
  const out: Transcript[] = [];
  for (const [ticketId, list] of byTicket) {
    const ticket = tickets.get(ticketId);
    let requester = scalarText(property(ticket, 'requester_id'));
    if (requester === undefined) {
      // The requester as the audits set it.
      for (const { audit } of list) {
        for (const event of elements(property(audit, 'events'))) {
          if (stringValue(property(event, 'field_name')) === 'requester_id') requester = scalarText(property(event, 'value')) ?? requester;
        }
      }
    }
    const roles = new TicketRoles(requester, users);
    const turns: Turn[] = [];
    for (const { audit, path } of list) {
      const events = property(audit, 'events');
      const label = path ? `${path}.events` : 'events';
      if (!events || events.type !== 'array') {
        doc.problem(`audit skipped: ${label} is missing`, audit);
        continue;
      }
      const auditAuthor = scalarText(property(audit, 'author_id'));
      const created = timeOf(property(audit, 'created_at'));
      const read = readMessages(doc, events.children ?? [], {
        label,
        text: COMMENT_TEXT,
        email: true,
        role(event) {
          const type = stringValue(property(event, 'type'));
          if (type !== 'Comment' && type !== 'VoiceComment') return null;
          const author = scalarText(property(event, 'author_id')) ?? auditAuthor;
          if (author === undefined) return { missing: 'author_id' };
          return property(event, 'public')?.value === false ? 'note' : roles.role(author);
        },
        author: (event) => roles.author((scalarText(property(event, 'author_id')) ?? auditAuthor)!),
        time: (event) => timeOf(property(event, 'created_at')) ?? created,
      });
      for (const turn of read) turns.push({ ...turn, index: turns.length });
    }
    const first = list[0].audit;
    out.push(
      makeTranscript(doc, {
        id: ticketId,
        channel: channelOfVia(ticket ?? first, doc.fallbackChannel('email')),
        turns,
        metadata: ticketMetadata(ticket, roles, turns),
      }),
    );
  }
  return out;
}

export const zendesk = jsonAdapter({
  name: 'zendesk',
  description: 'Zendesk Support: tickets with comments[] (API or JSON export), or ticket audits',
  sniff: (text) =>
    keySniff(0.96, ['comments', 'author_id', 'public'], ['audits', 'events', 'ticket_id'], ['audit', 'events', 'ticket_id'])(text) ||
    keySniff(0.94, ['events', 'ticket_id', 'author_id'])(text) ||
    keySniff(0.9, ['requester_id', 'description', 'subject'])(text) ||
    (keySniff(0.9, ['author_id', 'public', 'body'])(text) && /"type"\s*:\s*"(Voice)?Comment"/.test(text.slice(0, 65536)) ? 0.9 : 0),
  read(root, doc, index, count) {
    const users = usersOf(root);
    const fallbackId = idOf(undefined, doc, index, count);
    // Audits: { audits: [...] }, { audit: {...}, ticket }, or one audit.
    const audits = property(root, 'audits');
    if (audits) {
      if (audits.type !== 'array') throw shapeError('audits', audits, 'an array');
      const tickets = new Map<string, JsonNode>();
      for (const t of [...elements(property(root, 'tickets')), ...[property(root, 'ticket')].filter((t): t is JsonNode => !!t)]) {
        const id = scalarText(property(t, 'id'));
        if (id !== undefined) tickets.set(id, t);
      }
      return readAudits(doc, (audits.children ?? []).map((audit, i) => ({ audit, path: `audits[${i}]` })), tickets, users, fallbackId);
    }
    const audit = property(root, 'audit');
    if (audit) {
      const ticket = property(root, 'ticket');
      const tickets = new Map<string, JsonNode>();
      if (ticket) tickets.set(scalarText(property(ticket, 'id')) ?? '', ticket);
      return readAudits(doc, [{ audit, path: 'audit' }], tickets, users, fallbackId);
    }
    if (root.type === 'object' && property(root, 'events') && property(root, 'ticket_id')) {
      return readAudits(doc, [{ audit: root, path: '' }], new Map(), users, fallbackId);
    }
    // Tickets.
    const ticketList = root.type === 'array' ? root.children ?? [] : property(root, 'tickets')?.type === 'array' ? property(root, 'tickets')!.children ?? [] : undefined;
    if (ticketList) {
      const label = root.type === 'array' ? '' : 'tickets';
      return ticketList.map((ticket, i) => {
        const path = label ? `${label}[${i}]` : `[${i}]`;
        if (ticket.type !== 'object') throw shapeError(path, ticket, 'a ticket object');
        const comments = property(ticket, 'comments');
        if (comments && comments.type !== 'array') throw shapeError(`${path}.comments`, comments, 'an array');
        return readTicket(doc, ticket, comments?.children, users, `${path}.comments`, idOf(property(ticket, 'id'), doc, i, ticketList.length));
      });
    }
    if (root.type !== 'object') throw shapeError('(document)', root, 'a Zendesk ticket, comments or audits object');
    // One comment: { comment: {...} } or the comment object itself.
    const single = property(root, 'comment') ?? (/^(Comment|VoiceComment)$/.test(stringValue(property(root, 'type')) ?? '') ? root : undefined);
    if (single && !property(root, 'comments')) {
      return [readTicket(doc, undefined, [single], users, 'comment', idOf(property(single, 'ticket_id'), doc, index, count), () => (root === single ? '(comment)' : 'comment'))];
    }
    const ticket = property(root, 'ticket') ?? root;
    const comments = property(root, 'comments') ?? property(ticket, 'comments');
    if (comments && comments.type !== 'array') throw shapeError('comments', comments, 'an array');
    if (!comments && !property(ticket, 'description')) {
      throw new ParseError('not a Zendesk ticket: "comments" (or "audits", or a ticket "description") is missing', root.offset);
    }
    const label = property(root, 'comments') ? 'comments' : property(root, 'ticket') ? 'ticket.comments' : 'comments';
    return [readTicket(doc, ticket, comments?.children, users, label, idOf(property(ticket, 'id') ?? property(ticket, 'ticket_id'), doc, index, count))];
  },
});

// ---------------------------------------------------------------- Zendesk Chat

function readChat(doc: PlatformDoc, chat: JsonNode, label: string, id: string): Transcript {
  const history = property(chat, 'history');
  if (!history || history.type !== 'array') throw new ParseError(`${label ? `${label}.` : ''}history is missing`, chat.offset);
  const agents = new Set(elements(property(chat, 'agent_names')).map((n) => scalarText(n)).filter((n): n is string => !!n));
  const visitor = stringValue(nodeAt(chat, 'visitor.name'));
  const turns = readMessages(doc, history.children ?? [], {
    label: `${label ? `${label}.` : ''}history`,
    text: ['msg'],
    role(event) {
      const type = stringValue(property(event, 'type'));
      if (type !== 'chat.msg') return null;
      const sender = stringValue(property(event, 'sender_type'))?.toLowerCase();
      if (sender === 'visitor') return 'customer';
      if (sender === 'agent') return 'agent';
      if (sender === 'trigger' || sender === 'bot' || sender === 'chatbot') return 'bot';
      const nick = stringValue(property(event, 'nick')) ?? '';
      if (nick.startsWith('visitor')) return 'customer';
      if (nick.startsWith('agent')) return 'agent';
      const name = stringValue(property(event, 'name'));
      if (name === undefined) return { missing: 'name' };
      if (agents.has(name)) return 'agent';
      if (visitor !== undefined) return name === visitor ? 'customer' : 'agent';
      if (agents.size > 0) return 'customer';
      return { missing: 'name', node: property(event, 'name'), what: `"${name}" is neither the visitor nor one of agent_names` };
    },
    author: (event) => stringValue(property(event, 'name')),
    time: (event) => timeOf(property(event, 'timestamp')),
  });
  const agentNames = [...agents];
  return makeTranscript(doc, {
    id,
    channel: doc.fallbackChannel('chat'),
    turns,
    metadata: {
      agent: agentNames.length === 1 ? agentNames[0] : agentNames.length > 1 ? agentNames : undefined,
      visitor,
      department: stringValue(property(chat, 'department_name')),
      tags: elements(property(chat, 'tags')).length ? plainValue(property(chat, 'tags')) : undefined,
      ticket: scalarText(property(chat, 'zendesk_ticket_id')),
    },
  });
}

export const zendeskChat = jsonAdapter({
  name: 'zendesk-chat',
  description: 'Zendesk Chat transcripts: history[] of chat.msg events, one chat or { chats: [...] }',
  sniff: (text) => (keySniff(0.96, ['history', 'msg', 'type'])(text) && /"chat\.msg"/.test(text.slice(0, 65536)) ? 0.96 : 0),
  read(root, doc, index, count) {
    const chats = property(root, 'chats');
    if (chats) {
      if (chats.type !== 'array') throw shapeError('chats', chats, 'an array');
      return (chats.children ?? []).map((chat, i) => readChat(doc, chat, `chats[${i}]`, idOf(property(chat, 'id'), doc, i, chats.children!.length)));
    }
    if (root.type === 'array') return (root.children ?? []).map((chat, i) => readChat(doc, chat, `[${i}]`, idOf(property(chat, 'id'), doc, i, root.children!.length)));
    return [readChat(doc, root, '', idOf(property(root, 'id'), doc, index, count))];
  },
});

// ---------------------------------------------------------------- macros

const COMMENT_FIELDS = new Set(['comment_value', 'comment_value_html']);

function readMacro(doc: PlatformDoc, macro: JsonNode, label: string, fallbackId: string): Transcript | undefined {
  const actions = property(macro, 'actions');
  if (!actions || actions.type !== 'array') {
    doc.problem(`macro skipped: ${label ? `${label}.` : ''}actions is missing`, macro);
    return undefined;
  }
  const action = (actions.children ?? []).find((a) => COMMENT_FIELDS.has(stringValue(property(a, 'field')) ?? ''));
  // A macro that only sets fields has no text to lint.
  if (!action) return undefined;
  const html = stringValue(property(action, 'field')) === 'comment_value_html';
  let value = property(action, 'value');
  // Multichannel form: ["channel:all", "text"].
  if (value?.type === 'array') value = (value.children ?? []).filter((v) => v.type === 'string').at(-1);
  const body = doc.text(value, { html });
  if (!body) {
    doc.problem(`macro skipped: ${label ? `${label}.` : ''}actions[${actions.children!.indexOf(action)}].value is not text`, value ?? action);
    return undefined;
  }
  const isPublic = !(actions.children ?? []).some((a) => stringValue(property(a, 'field')) === 'comment_mode_is_public' && /^(false|0)$/.test(scalarText(property(a, 'value')) ?? ''));
  const title = stringValue(property(macro, 'title'));
  return makeTranscript(doc, {
    id: title ?? scalarText(property(macro, 'id')) ?? fallbackId,
    channel: 'macro',
    turns: [{ index: 0, role: isPublic ? 'agent' : 'note', text: maskPlaceholders(body.text), loc: body.map }],
    metadata: { id: scalarText(property(macro, 'id')), title, active: property(macro, 'active')?.value, description: stringValue(property(macro, 'description')) },
  });
}

export const zendeskMacros = jsonAdapter({
  name: 'zendesk-macros',
  description: 'Zendesk macros: macros[] whose comment_value / comment_value_html action is linted as a canned response',
  sniff: (text) => keySniff(0.97, ['actions', 'field'])(text) && /"comment_value(_html)?"/.test(text.slice(0, 65536)) ? 0.97 : keySniff(0.9, ['macros', 'actions'])(text),
  read(root, doc, index, count) {
    const list = property(root, 'macros') ?? (root.type === 'array' ? root : undefined);
    const macros = list ? elements(list) : [property(root, 'macro') ?? root];
    if (list && list.type !== 'array') throw shapeError('macros', list, 'an array');
    const label = property(root, 'macros') ? 'macros' : '';
    const out: Transcript[] = [];
    macros.forEach((macro, i) => {
      const t = readMacro(doc, macro, list ? `${label}[${i}]` : property(root, 'macro') ? 'macro' : '', idOf(undefined, doc, list ? i : index, list ? macros.length : count));
      if (t) out.push(t);
    });
    return out;
  },
});
