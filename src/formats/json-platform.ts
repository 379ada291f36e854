/**
 * The shared part of every JSON platform adapter (Zendesk, Intercom, Freshdesk…):
 * reading the file (JSON or JSON Lines), recognising a shape cheaply, reading each
 * message's role, author, text and time into turns whose maps point into the file
 * (HTML bodies reduced, JSON escapes accounted for), and reporting a missing field
 * by its path. An adapter says only where things are in its platform's shape.
 */
import { ROLES, type Channel, type Role, type Transcript, type Turn } from '../model.js';
import { escapeHtml, looksLikeHtml, reduceBody, type MappedText } from './html.js';
import { decodeJsonString, encodeJsonStringContent, nodeAt, parseJsonDocuments, scalarText, type JsonNode } from './json-source.js';
import { parseTimestamp } from './roles.js';
import { ParseError, type InputFormat, type ParseContext, type ParseOutput, type ParseProblem, type RoleValueMap, type SniffContext } from './types.js';

/** One file being read by an adapter: the source, what the caller resolved, and what went wrong. */
export class PlatformDoc {
  readonly problems: ParseProblem[] = [];
  /** Source spans of strings read as HTML: fixes there are HTML-escaped. */
  private readonly htmlSpans: Array<[number, number]> = [];

  constructor(
    readonly source: string,
    readonly context: ParseContext,
    readonly format: string,
  ) {}

  problem(message: string, node: JsonNode | number | undefined, severity: 'error' | 'warning' = 'error'): void {
    const offset = typeof node === 'number' ? node : (node?.offset ?? 0);
    this.problems.push({ message, offset, severity });
  }

  /** A "message skipped" problem naming the path of the field that is missing or wrong. */
  missing(path: string, node: JsonNode | undefined, what = 'is missing'): void {
    this.problem(`message skipped: ${path} ${what}`, node);
  }

  /**
   * The text of a string node as rules should read it: JSON escapes decoded, HTML
   * reduced (`html: true`, or `'auto'` when it has tags or entities), e-mail quotes
   * and signatures set aside (`email`). Undefined for a node that is not a string.
   */
  text(node: JsonNode | undefined, options: { html?: boolean | 'auto'; email?: boolean; entities?: boolean } = {}): MappedText | undefined {
    if (!node || node.type !== 'string') return undefined;
    const decoded = decodeJsonString(this.source, node);
    const html = options.html === true || (options.html === 'auto' && looksLikeHtml(decoded.text));
    if (html) this.htmlSpans.push([node.offset, node.offset + node.length]);
    return reduceBody(decoded, { html, email: options.email, entities: options.entities });
  }

  encodeFixText = (text: string, at: number): string =>
    encodeJsonStringContent(this.htmlSpans.some(([s, e]) => at >= s && at < e) ? escapeHtml(text) : text);

  /** Channel when the source does not say: the config's, unless that is `macro`. */
  fallbackChannel(fallback: Channel): Channel {
    const configured = this.context.channel;
    return configured && configured !== 'macro' ? configured : fallback;
  }
}

/** Time of a node: ISO 8601 strings, Unix numbers (or numeric strings) in `unit`. */
export function timeOf(node: JsonNode | undefined, unit: 'auto' | 's' | 'ms' | 'us' = 'auto'): Date | undefined {
  const value = scalarText(node);
  return parseTimeValue(value, unit);
}

/** A time from text or a number: ISO 8601, or Unix time in `unit` (`auto`: seconds or milliseconds by size). */
export function parseTimeValue(value: string | number | undefined, unit: 'auto' | 's' | 'ms' | 'us' = 'auto'): Date | undefined {
  if (value === undefined) return undefined;
  const numeric = typeof value === 'number' ? value : /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  if (numeric !== undefined) {
    if (!Number.isFinite(numeric)) return undefined;
    if (unit === 's') return new Date(numeric * 1000);
    if (unit === 'ms') return new Date(numeric);
    if (unit === 'us') return new Date(numeric / 1000);
    return new Date(numeric < 1e11 ? numeric * 1000 : numeric < 1e14 ? numeric : numeric / 1000);
  }
  return parseTimestamp(value);
}

/** The role a value stands for: the map first, then role names and the role labels, then the default. */
export function roleFromValue(value: string | undefined, map: RoleValueMap | undefined, context: ParseContext, fallback?: Role): Role | undefined {
  if (value !== undefined) {
    const lower = value.trim().toLowerCase();
    for (const role of ROLES) {
      if (map?.[role]?.some((v) => String(v).toLowerCase() === lower)) return role;
    }
    if ((ROLES as readonly string[]).includes(lower)) return lower as Role;
    const labelled = context.roleLabels.get(lower);
    if (labelled) return labelled;
  }
  return fallback;
}

/** Where a message's text is: a key, and whether it holds HTML. */
export type TextField = string | { key: string; html?: boolean | 'auto' };

export interface MessageSpec {
  /** Path of the list in the source, for problems: `comments`, `conversation_parts`. */
  label: string;
  /** Path of one message, for problems; default `label[i]`. */
  path?(index: number): string;
  /** Candidate text fields, first present wins. */
  text: readonly TextField[];
  /** The role; `null` skips the message silently (events, system records); a string names a missing/wrong field path (relative). */
  role(message: JsonNode, index: number): Role | null | { missing: string; node?: JsonNode; what?: string };
  author?(message: JsonNode): string | undefined;
  time?(message: JsonNode): Date | undefined;
  endTime?(message: JsonNode): Date | undefined;
  /** Set aside e-mail quotes and signatures. */
  email?: boolean;
  /** Default html flag for text fields given as plain keys. */
  html?: boolean | 'auto';
  /** Decode HTML entities in plain text (tweets). */
  entities?: boolean;
}

/** Reads a list of message nodes into turns, reporting each skipped message at its position. */
export function readMessages(doc: PlatformDoc, messages: readonly JsonNode[], spec: MessageSpec): Turn[] {
  const turns: Turn[] = [];
  messages.forEach((message, i) => {
    const path = spec.path ? spec.path(i) : `${spec.label}[${i}]`;
    if (message.type !== 'object' && message.type !== 'array') {
      doc.missing(path, message, `is not an object`);
      return;
    }
    const role = spec.role(message, i);
    if (role === null) return;
    if (typeof role === 'object') {
      doc.missing(`${path}.${role.missing}`, role.node ?? message, role.what);
      return;
    }
    let body: MappedText | undefined;
    let present = false;
    for (const field of spec.text) {
      const key = typeof field === 'string' ? field : field.key;
      const node = nodeAt(message, key);
      if (!node) continue;
      present = true;
      if (node.type !== 'string') continue;
      body = doc.text(node, { html: typeof field === 'string' ? (spec.html ?? false) : (field.html ?? spec.html ?? false), email: spec.email, entities: spec.entities });
      if (body && body.text !== '') break;
    }
    if (!present) {
      const keys = spec.text.map((f) => (typeof f === 'string' ? f : f.key));
      doc.missing(`${path}.${keys[0]}`, message, keys.length > 1 ? `is missing (also looked for ${keys.slice(1).join(', ')})` : 'is missing');
      return;
    }
    // A message whose text is empty or null (an attachment, an event) has nothing to lint.
    if (!body || body.text === '') return;
    turns.push({
      index: turns.length,
      role,
      author: spec.author?.(message),
      text: body.text,
      timestamp: spec.time?.(message),
      endTimestamp: spec.endTime?.(message),
      loc: body.map,
    });
  });
  return turns;
}

/** Puts turns in time order (stable) when every turn has a time; renumbers them. */
export function sortByTime(turns: Turn[]): Turn[] {
  if (turns.every((t) => t.timestamp)) turns.sort((a, b) => a.timestamp!.getTime() - b.timestamp!.getTime());
  turns.forEach((t, i) => (t.index = i));
  return turns;
}

export interface TranscriptFields {
  id: string;
  channel: Channel;
  turns: Turn[];
  locale?: string;
  metadata?: Record<string, unknown>;
}

/** A transcript of the doc's format; `metadata.agent` defaults to the first agent turn's author. */
export function makeTranscript(doc: PlatformDoc, fields: TranscriptFields): Transcript {
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields.metadata ?? {})) {
    if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) metadata[key] = value;
  }
  if (metadata.agent === undefined) {
    const agent = fields.turns.find((t) => t.role === 'agent' && t.author)?.author;
    if (agent) metadata.agent = agent;
  }
  return {
    id: fields.id,
    channel: fields.channel,
    locale: fields.locale ?? doc.context.locale ?? 'auto',
    turns: fields.turns,
    metadata,
    source: { path: doc.context.path, format: doc.format },
  };
}

/** Id of a conversation: the source's, else the file path (+ #n when the file holds several). */
export function idOf(node: JsonNode | undefined, doc: PlatformDoc, index: number, count: number): string {
  return scalarText(node) ?? (count > 1 ? `${doc.context.path}#${index + 1}` : doc.context.path);
}

// ---------------------------------------------------------------- detection

const HEAD = 65536;
const keyPatterns = new Map<string, RegExp>();
function keyPattern(key: string): RegExp {
  let pattern = keyPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`);
    keyPatterns.set(key, pattern);
  }
  return pattern;
}

/** True when the first 64 KB of `text` has `"key":` for the key. */
export function hasKey(text: string, key: string): boolean {
  return keyPattern(key).test(text.length > HEAD ? text.slice(0, HEAD) : text);
}

/**
 * A sniff that scores `score` when every key of one of the `shapes` appears in the
 * first 64 KB (`"key":`), 0 otherwise. Cheap: no parsing.
 */
export function keySniff(score: number, ...shapes: ReadonlyArray<readonly string[]>): (text: string) => number {
  return (text) => {
    const head = text.length > HEAD ? text.slice(0, HEAD) : text;
    const first = head.trimStart()[0];
    if (first !== '{' && first !== '[') return 0;
    return shapes.some((keys) => keys.every((k) => keyPattern(k).test(head))) ? score : 0;
  };
}

// ---------------------------------------------------------------- the adapter

export interface JsonAdapterSpec {
  name: string;
  description: string;
  sniff(text: string, path: string, context?: SniffContext): number;
  /**
   * Reads one JSON value (the document, or one line of JSON Lines) into
   * transcripts. Throws ParseError (at the node) when the value is not the shape.
   */
  read(root: JsonNode, doc: PlatformDoc, index: number, count: number): Transcript[];
  extensions?: string[];
}

/** An InputFormat for a JSON platform shape, JSON Lines of it included. */
export function jsonAdapter(spec: JsonAdapterSpec): InputFormat {
  return {
    name: spec.name,
    description: spec.description,
    extensions: spec.extensions ?? ['.json', '.jsonl'],
    family: 'json',
    sniff: spec.sniff,
    parse(text: string, context: ParseContext): ParseOutput {
      const doc = new PlatformDoc(text, context, spec.name);
      const roots = parseJsonDocuments(text, doc.problems, context.firstLine);
      const transcripts: Transcript[] = [];
      roots.forEach((root, i) => {
        if (roots.length === 1) {
          for (const t of spec.read(root, doc, i, 1)) transcripts.push(t);
          return;
        }
        try {
          for (const t of spec.read(root, doc, i, roots.length)) transcripts.push(t);
        } catch (error) {
          if (!(error instanceof ParseError)) throw error;
          doc.problem(`record ${i + 1} skipped: ${error.message}`, error.offset);
        }
      });
      return { transcripts, comments: [], problems: doc.problems, encodeFixText: doc.encodeFixText };
    },
  };
}

/** ParseError for a value that is not the shape: names the path and what was expected. */
export function shapeError(path: string, node: JsonNode | undefined, expected: string): ParseError {
  const found = !node ? 'nothing' : node.type === 'object' ? 'an object' : node.type === 'array' ? 'an array' : `a ${node.type}`;
  return new ParseError(`${path}: expected ${expected}, found ${found}`, node?.offset ?? 0);
}

/** The array at `key` of `node`, or a ParseError naming `path.key`. */
export function requireArray(node: JsonNode, key: string, path: string): JsonNode[] {
  const list = nodeAt(node, key);
  const full = path ? `${path}.${key}` : key;
  if (!list) throw new ParseError(`${full} is missing`, node.offset);
  if (list.type !== 'array') throw shapeError(full, list, 'an array');
  return list.children ?? [];
}
