/**
 * Amazon Connect:
 *
 * - `amazon-connect`: chat transcripts as Connect writes them to S3 — `Participants`,
 *   `Transcript[]` of `MESSAGE` items with `ParticipantRole` (AGENT, CUSTOMER, SYSTEM,
 *   CUSTOM_BOT, SUPERVISOR), `DisplayName`, `Content`, `AbsoluteTime`. `EVENT` items
 *   (joined, left, typing) are not messages.
 * - `contact-lens`: Contact Lens conversation analytics output — `Participants`
 *   (`ParticipantId` → `ParticipantRole`) and `Transcript[]` segments with `Content`,
 *   `BeginOffsetMillis`, `EndOffsetMillis`. Offsets count from the start of the contact
 *   (times are given from the Unix epoch: the gaps are what timing rules read).
 */
import type { Channel, Role } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { jsonAdapter, keySniff, makeTranscript, readMessages, requireArray, timeOf, idOf } from './json-platform.js';

function roleOf(value: string | undefined): Role | undefined {
  switch (value?.toUpperCase()) {
    case 'AGENT':
    case 'SUPERVISOR':
      return 'agent';
    case 'CUSTOMER':
      return 'customer';
    case 'SYSTEM':
      return 'system';
    case 'CUSTOM_BOT':
    case 'BOT':
    case 'AUTOMATED':
      return 'bot';
    default:
      return undefined;
  }
}

function channelOf(value: string | undefined, fallback: Channel): Channel {
  switch (value?.toUpperCase()) {
    case 'VOICE':
      return 'voice';
    case 'CHAT':
      return 'chat';
    case 'EMAIL':
      return 'email';
    default:
      return fallback;
  }
}

export const amazonConnect = jsonAdapter({
  name: 'amazon-connect',
  description: 'Amazon Connect chat transcripts: Transcript[] with ParticipantRole, Content, AbsoluteTime',
  sniff: (text) => (keySniff(0.96, ['Transcript', 'ParticipantRole', 'AbsoluteTime'])(text) && !/"BeginOffsetMillis"\s*:/.test(text.slice(0, 65536)) ? 0.96 : 0),
  read(root, doc, index, count) {
    const transcript = requireArray(root, 'Transcript', '');
    const turns = readMessages(doc, transcript, {
      label: 'Transcript',
      text: ['Content'],
      role(item) {
        const type = stringValue(property(item, 'Type'));
        if (type && type !== 'MESSAGE') return null;
        const value = stringValue(property(item, 'ParticipantRole'));
        const role = roleOf(value);
        if (role) return role;
        return { missing: 'ParticipantRole', node: property(item, 'ParticipantRole'), what: value === undefined ? 'is missing' : `"${value}" is not AGENT, CUSTOMER, SYSTEM or CUSTOM_BOT` };
      },
      author: (item) => stringValue(property(item, 'DisplayName')) ?? scalarText(property(item, 'ParticipantId')),
      time: (item) => timeOf(property(item, 'AbsoluteTime')),
    });
    return [
      makeTranscript(doc, {
        id: scalarText(property(root, 'ContactId')) ?? scalarText(property(root, 'InitialContactId')) ?? idOf(undefined, doc, index, count),
        channel: doc.fallbackChannel('chat'),
        turns,
        metadata: { instance: stringValue(property(root, 'InstanceId')), initialContact: stringValue(property(root, 'InitialContactId')) },
      }),
    ];
  },
});

const EPOCH = 0;

export const contactLens = jsonAdapter({
  name: 'contact-lens',
  description: 'Amazon Connect Contact Lens analysis output: Transcript[] with ParticipantId, BeginOffsetMillis/EndOffsetMillis',
  sniff: keySniff(0.96, ['Transcript', 'ParticipantId', 'BeginOffsetMillis']),
  read(root, doc, index, count) {
    const roles = new Map<string, Role>();
    for (const p of elements(property(root, 'Participants'))) {
      const id = scalarText(property(p, 'ParticipantId'));
      const role = roleOf(stringValue(property(p, 'ParticipantRole')));
      if (id !== undefined && role) roles.set(id, role);
    }
    const transcript = requireArray(root, 'Transcript', '');
    const offset = (item: JsonNode, key: string) => {
      const value = property(item, key);
      return value?.type === 'number' ? new Date(EPOCH + (value.value as number)) : undefined;
    };
    const turns = readMessages(doc, transcript, {
      label: 'Transcript',
      text: ['Content'],
      role(item) {
        const participant = scalarText(property(item, 'ParticipantId'));
        if (participant === undefined) return { missing: 'ParticipantId' };
        const role = roles.get(participant) ?? roleOf(participant);
        return role ?? { missing: 'ParticipantId', node: property(item, 'ParticipantId'), what: `"${participant}" is not in Participants` };
      },
      // Analysis output names participants by role (AGENT, CUSTOMER): that is no one's name.
      author: (item) => {
        const id = scalarText(property(item, 'ParticipantId'));
        return id === undefined || roleOf(id) ? undefined : id;
      },
      time: (item) => offset(item, 'BeginOffsetMillis') ?? timeOf(property(item, 'AbsoluteTime')),
      endTime: (item) => offset(item, 'EndOffsetMillis'),
    });
    return [
      makeTranscript(doc, {
        id: scalarText(nodeAt(root, 'CustomerMetadata.ContactId')) ?? idOf(undefined, doc, index, count),
        channel: channelOf(stringValue(property(root, 'Channel')), doc.fallbackChannel('voice')),
        locale: stringValue(property(root, 'LanguageCode')),
        turns,
        metadata: {
          instance: stringValue(nodeAt(root, 'CustomerMetadata.InstanceId')),
          categories: elements(nodeAt(root, 'Categories.MatchedCategories')).map((c) => stringValue(c)).filter(Boolean),
        },
      }),
    ];
  },
});
