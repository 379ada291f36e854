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
  /**
   * How sure the format is that it can read `text` (0 = no, 1 = certain). Called
   * only when extensions alone do not settle it; must be cheap.
   */
  sniff?(text: string, path: string): number;
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
