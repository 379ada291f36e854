/**
 * The native conversation format: one object, an array of objects, or JSON Lines.
 * See README "Native formats".
 */
import { CHANNELS, ROLES, type Channel, type Role, type Transcript, type Turn } from '../model.js';
import { decodeJsonString, encodeJsonStringContent, forEachJsonLine, parseJsonTree, plainValue, property, stringValue, type JsonNode } from './json-source.js';
import { parseTimestamp } from './roles.js';
import { ParseError, type InputFormat, type ParseContext, type ParseOutput, type ParseProblem } from './types.js';

function describe(node: JsonNode): string {
  return node.type === 'object' ? 'an object' : node.type === 'array' ? 'an array' : `a ${node.type}`;
}

function resolveRole(label: string, context: ParseContext): Role | undefined {
  const lower = label.toLowerCase();
  if ((ROLES as readonly string[]).includes(lower)) return lower as Role;
  return context.roleLabels.get(lower);
}

/** Reads one conversation object; `fallbackId` names it when it has no `id`. */
export function readConversation(
  source: string,
  node: JsonNode,
  context: ParseContext,
  fallbackId: string,
  problems: ParseProblem[],
): Transcript {
  if (node.type !== 'object') {
    throw new ParseError(`expected a conversation object, found ${describe(node)}`, node.offset);
  }
  const messages = property(node, 'messages') ?? property(node, 'turns');
  if (!messages || messages.type !== 'array') {
    throw new ParseError('conversation has no "messages" array', node.offset);
  }
  const idNode = property(node, 'id');
  const id = idNode && (idNode.type === 'string' || idNode.type === 'number') ? String(idNode.value) : fallbackId;
  const channelValue = stringValue(property(node, 'channel'));
  let channel: Channel = context.channel ?? 'chat';
  if (channelValue !== undefined) {
    if (!(CHANNELS as readonly string[]).includes(channelValue)) {
      throw new ParseError(`unknown channel "${channelValue}" (expected ${CHANNELS.join(', ')})`, property(node, 'channel')!.offset);
    }
    channel = channelValue as Channel;
  }
  const metadataNode = property(node, 'metadata');
  const metadata = (metadataNode?.type === 'object' ? plainValue(metadataNode) : {}) as Record<string, unknown>;

  const turns: Turn[] = [];
  for (const message of messages.children ?? []) {
    if (message.type !== 'object') {
      problems.push({ message: `message skipped: expected an object, found ${describe(message)}`, offset: message.offset, severity: 'error' });
      continue;
    }
    const roleNode = property(message, 'role');
    const roleLabel = stringValue(roleNode);
    const role = roleLabel === undefined ? undefined : resolveRole(roleLabel, context);
    if (!role) {
      const why = roleLabel === undefined ? 'it has no "role"' : `unknown role "${roleLabel}" (map it under "roles" in the config)`;
      problems.push({ message: `message skipped: ${why}`, offset: (roleNode ?? message).offset, severity: 'error' });
      continue;
    }
    const textNode = property(message, 'text');
    if (!textNode || textNode.type !== 'string') {
      problems.push({ message: 'message skipped: "text" must be a string', offset: (textNode ?? message).offset, severity: 'error' });
      continue;
    }
    const { text, map } = decodeJsonString(source, textNode);
    const author = property(message, 'author');
    turns.push({
      index: turns.length,
      role,
      author: author && (author.type === 'string' || author.type === 'number') ? String(author.value) : undefined,
      text,
      timestamp: parseTimestamp(property(message, 'timestamp')?.value),
      endTimestamp: parseTimestamp(property(message, 'endTimestamp')?.value),
      loc: map,
    });
  }
  return {
    id,
    channel,
    locale: stringValue(property(node, 'locale')) ?? context.locale ?? 'auto',
    turns,
    metadata,
    source: { path: context.path, format: 'json' },
  };
}

const encodeFixText = (text: string) => encodeJsonStringContent(text);

export const nativeJson: InputFormat = {
  name: 'json',
  description: 'Native conversations: one JSON object with "messages", or an array of them',
  extensions: ['.json'],
  family: 'json',
  sniff(text) {
    return /"(messages|turns)"\s*:\s*\[/.test(text.slice(0, 65536)) ? 0.9 : 0;
  },
  parse(text, context): ParseOutput {
    const root = parseJsonTree(text);
    const problems: ParseProblem[] = [];
    if (!root) return { transcripts: [], comments: [], problems };
    const transcripts: Transcript[] = [];
    if (root.type === 'array') {
      (root.children ?? []).forEach((child, i) => {
        try {
          transcripts.push(readConversation(text, child, context, `${context.path}#${i + 1}`, problems));
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          problems.push({ message: `conversation ${i + 1} skipped: ${error.message}`, offset: error.offset, severity: 'error' });
        }
      });
    } else {
      transcripts.push(readConversation(text, root, context, context.path, problems));
    }
    return { transcripts, comments: [], problems, encodeFixText };
  },
};

export const nativeJsonLines: InputFormat = {
  name: 'jsonl',
  description: 'Native conversations as JSON Lines: one conversation object per line',
  extensions: ['.jsonl', '.ndjson'],
  family: 'json',
  sniff(text) {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0 || text.length).trim();
    return firstLine.startsWith('{') && firstLine.endsWith('}') && /"(messages|turns)"\s*:/.test(firstLine) && /\n\s*\{/.test(text) ? 0.8 : 0;
  },
  parse(text, context): ParseOutput {
    const problems: ParseProblem[] = [];
    const transcripts: Transcript[] = [];
    forEachJsonLine(
      text,
      (root, lineNumber) => {
        try {
          transcripts.push(readConversation(text, root, context, `${context.path}#${lineNumber}`, problems));
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          problems.push({ message: `line ${lineNumber} skipped: ${error.message}`, offset: Math.min(error.offset, text.length), severity: 'error' });
        }
      },
      (error, lineNumber, offset) => problems.push({ message: `line ${lineNumber} skipped: ${error.message}`, offset, severity: 'error' }),
      context.firstLine,
    );
    return { transcripts, comments: [], problems, encodeFixText };
  },
};
