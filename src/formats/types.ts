import type { Channel, Role, Transcript } from '../model.js';

/** Everything a parser may need to know beyond the bytes: all of it resolved by the caller. */
export interface ParseContext {
  /** The path the findings will name; also the default transcript id. */
  path: string;
  /** Speaker label (lower case) → role, defaults merged with the config's `roles`. */
  roleLabels: ReadonlyMap<string, Role>;
  /** Channel from config or CLI, for transcripts whose source does not name one. */
  channel?: Channel;
  /** Locale from config or CLI, for transcripts whose source does not name one. */
  locale?: string;
  /** Line number of the text's first line in its file, when the text is a chunk of a larger file (JSON Lines). */
  firstLine?: number;
  /** The config's `formatOptions`: column and field maps for generic CSV and JSON. */
  formatOptions?: FormatOptions;
}

/** Which values of a role (or author) column or field stand for which role. */
export type RoleValueMap = Partial<Record<Role, Array<string | number | boolean>>>;

/** How the fields of one message are named; shared by the CSV column map and the JSON field map. */
export interface MessageFieldMap {
  /** Column / field holding the role (agent, customer, or a value `roles` maps). */
  role?: string;
  /** Column / field holding the author's name or id; decides the role through `roles` when there is no `role`. */
  author?: string;
  /** Column / field holding the message text. */
  text: string;
  /** Column / field holding the message time (ISO 8601 or Unix time). */
  time?: string;
  /** Column / field holding the end time (voice segments). */
  endTime?: string;
  /** Column / field holding the duration, the end time being time + duration. */
  duration?: string;
  /** Unit of numeric times: `auto` tells seconds from milliseconds by size. */
  timeUnit?: 'auto' | 's' | 'ms' | 'us';
  durationUnit?: 's' | 'ms';
  /** Values of the role (or author) column → roles; the built-in and config role labels apply too. */
  roles?: RoleValueMap;
  /** Role for values nothing maps (e.g. every author not listed as an agent is the customer). */
  defaultRole?: Role;
  /** Channel of the conversations (default: the config's channel, else chat). */
  channel?: Channel;
  /** Set aside quoted replies and signatures, reduce HTML (`auto`: when the text has tags). */
  html?: boolean | 'auto';
}

/** A column map for CSV exports: one row per message. */
export interface CsvMapOptions extends MessageFieldMap {
  /** Column holding the conversation id; without it the whole file is one conversation. */
  conversation?: string;
  /** One character; default ','. */
  delimiter?: string;
}

/** A field map for JSON exports no adapter knows. Paths are dotted (`data.items`, `0`). */
export interface JsonMapOptions extends MessageFieldMap {
  /** Path to the list of conversations; `.` = the document is one conversation. Default: an array root is the list, an object root is one conversation. */
  conversations?: string;
  /** Path inside a conversation to its list of messages; `.` = the conversation is itself that list. */
  messages: string;
  /** Path inside a conversation to its id. */
  id?: string;
}

export interface FormatOptions {
  csv?: CsvMapOptions;
  json?: JsonMapOptions;
}

/** What detection knows beyond the text: the config's format options. */
export interface SniffContext {
  formatOptions?: FormatOptions;
}

/** A comment in the source that may carry an inline directive. Offsets are source offsets. */
export interface SourceComment {
  text: string;
  start: number;
  end: number;
}

/** Something wrong with part of the input that did not stop the rest from being read. */
export interface ParseProblem {
  message: string;
  offset: number;
  /** 'error' when content was lost (a broken JSONL line), 'warning' when it was recovered. */
  severity: 'error' | 'warning';
}

export interface ParseOutput {
  transcripts: Transcript[];
  comments: SourceComment[];
  problems: ParseProblem[];
  /** Encodes replacement text for a fix inside this source (JSON escaping etc.); identity when absent. */
  encodeFixText?: (text: string, at: number) => string;
}

/** An input format: a plug-in point. Parsers are pure functions of text and context. */
export interface InputFormat {
  name: string;
  description: string;
  /** File name endings this format reads, lower case, with the dot. */
  extensions: string[];
  /** What the format reads, for detection: JSON shapes are scored against each other, and so on. */
  family?: 'json' | 'csv' | 'captions' | 'text';
  /**
   * How sure the format is that it can read `text` (0 = no, 1 = certain). Called
   * only when extensions alone do not settle it; must be cheap.
   */
  sniff?(text: string, path: string, context?: SniffContext): number;
  parse(text: string, context: ParseContext): ParseOutput;
}

/** The input cannot be read at all. `offset` is where the reader gave up. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number = 0,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
