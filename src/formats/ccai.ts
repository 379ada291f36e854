/**
 * Google Contact Center AI Insights conversations:
 *
 * - the chat transcript format Insights imports: `entries[]` with `role`
 *   (AGENT / CUSTOMER), `text`, `user_id`, `start_timestamp_usec` (microseconds);
 * - the Insights API conversation resource: `transcript.transcriptSegments[]` with
 *   `text`, `segmentParticipant.role` (HUMAN_AGENT, AUTOMATED_AGENT, END_USER),
 *   `messageTime`, or word offsets from the conversation's `startTime` (calls).
 */
import type { Channel, Role } from '../model.js';
import { elements, nodeAt, property, scalarText, stringValue, type JsonNode } from './json-source.js';
import { idOf, jsonAdapter, keySniff, makeTranscript, readMessages, timeOf } from './json-platform.js';
import { ParseError } from './types.js';

function roleOf(value: string | undefined): Role | undefined {
  switch (value?.toUpperCase()) {
    case 'AGENT':
    case 'HUMAN_AGENT':
      return 'agent';
    case 'CUSTOMER':
    case 'END_USER':
      return 'customer';
    case 'AUTOMATED_AGENT':
    case 'VIRTUAL_AGENT':
      return 'bot';
    default:
      return undefined;
  }
}

/** "1.500s" → milliseconds. */
function durationMs(node: JsonNode | undefined): number | undefined {
  const match = /^(-?\d+(?:\.\d+)?)s$/.exec(stringValue(node) ?? '');
  return match ? Number(match[1]) * 1000 : undefined;
}

function mediumChannel(value: string | undefined, fallback: Channel): Channel {
  if (value === 'PHONE_CALL') return 'voice';
  if (value === 'CHAT') return 'chat';
  return fallback;
}

export const ccaiInsights = jsonAdapter({
  name: 'ccai-insights',
  description: 'Google CCAI Insights conversations: entries[] (role, text, start_timestamp_usec) or transcript.transcriptSegments[]',
  sniff: keySniff(0.96, ['entries', 'role', 'start_timestamp_usec'], ['transcriptSegments', 'segmentParticipant']),
  read(root, doc, index, count) {
    const entries = property(root, 'entries');
    const segments = nodeAt(root, 'transcript.transcriptSegments');
    const start = timeOf(property(root, 'startTime'));
    const roleRule = (value: JsonNode | undefined, path: string) => {
      const label = stringValue(value);
      return roleOf(label) ?? { missing: path, node: value, what: label === undefined ? 'is missing' : `"${label}" is not AGENT or CUSTOMER` };
    };
    if (entries?.type === 'array') {
      const turns = readMessages(doc, entries.children ?? [], {
        label: 'entries',
        text: ['text'],
        role: (entry) => roleRule(property(entry, 'role'), 'role'),
        author: (entry) => scalarText(property(entry, 'user_id')),
        time: (entry) => timeOf(property(entry, 'start_timestamp_usec'), 'us'),
      });
      return [makeTranscript(doc, { id: scalarText(property(root, 'name')) ?? idOf(undefined, doc, index, count), channel: doc.fallbackChannel('chat'), turns })];
    }
    if (segments?.type === 'array') {
      const wordTime = (segment: JsonNode, which: 'first' | 'last', key: string) => {
        const words = elements(property(segment, 'words'));
        const ms = durationMs(property(which === 'first' ? words[0] : words.at(-1), key));
        return ms === undefined ? undefined : new Date((start?.getTime() ?? 0) + ms);
      };
      const turns = readMessages(doc, segments.children ?? [], {
        label: 'transcript.transcriptSegments',
        text: ['text'],
        role: (segment) => roleRule(nodeAt(segment, 'segmentParticipant.role'), 'segmentParticipant.role'),
        author: (segment) => stringValue(nodeAt(segment, 'segmentParticipant.userId')) ?? scalarText(property(segment, 'channelTag')),
        time: (segment) => timeOf(property(segment, 'messageTime')) ?? wordTime(segment, 'first', 'startOffset'),
        endTime: (segment) => wordTime(segment, 'last', 'endOffset'),
      });
      return [
        makeTranscript(doc, {
          id: stringValue(property(root, 'name'))?.split('/').at(-1) ?? idOf(undefined, doc, index, count),
          channel: mediumChannel(stringValue(property(root, 'medium')), doc.fallbackChannel('chat')),
          locale: stringValue(property(root, 'languageCode')),
          turns,
          metadata: { agent: stringValue(property(root, 'agentId')) },
        }),
      ];
    }
    throw new ParseError(entries ? 'entries: expected an array' : 'entries is missing', (entries ?? root).offset);
  },
});
