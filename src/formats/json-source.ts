/**
 * JSON with positions: a syntax tree whose string values decode together with a
 * source map, so findings point inside the string literal the user sees.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError as JsoncError } from 'jsonc-parser';
import { SourceMap } from './source-map.js';
import { ParseError } from './types.js';

export type JsonNode = Node;

/** Parses `text` (or the slice starting at `base`) into a tree; throws ParseError at the first syntax error. */
export function parseJsonTree(text: string): JsonNode | undefined {
  const errors: JsoncError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  } catch (error) {
    if (error instanceof RangeError) throw new ParseError('JSON is nested too deeply to read', 0);
    throw error;
  }
  if (errors.length > 0) {
    const first = errors[0];
    throw new ParseError(`JSON syntax error: ${describeJsonError(printParseErrorCode(first.error))}`, first.offset);
  }
  return root;
}

function describeJsonError(code: string): string {
  // 'CommaExpected' → 'comma expected'
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function property(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  for (const prop of node.children) {
    const [k, v] = prop.children ?? [];
    if (k && k.value === key) return v;
  }
  return undefined;
}

/** First present property among `keys` (exports name the same thing differently). */
export function firstProperty(node: JsonNode | undefined, keys: readonly string[]): JsonNode | undefined {
  for (const key of keys) {
    const found = property(node, key);
    if (found) return found;
  }
  return undefined;
}

export function stringValue(node: JsonNode | undefined): string | undefined {
  return node && node.type === 'string' ? (node.value as string) : undefined;
}

/** Plain JS value of a node (for metadata): objects, arrays and scalars. */
export function plainValue(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k) out[k.value as string] = plainValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(plainValue);
    default:
      return node.value;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

/**
 * Decodes a string node's literal, mapping each decoded character back to the
 * characters of the literal: `\n` maps to its two source characters, `\u00e9`
 * to its six, a surrogate pair of escapes to all twelve.
 */
export function decodeJsonString(source: string, node: JsonNode): { text: string; map: SourceMap } {
  const map = new SourceMap();
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  let text = '';
  let runStart = start;
  let i = start;
  const flush = (upTo: number) => {
    if (upTo > runStart) {
      text += source.slice(runStart, upTo);
      map.literal(runStart, upTo - runStart);
    }
  };
  while (i < end) {
    if (source.charCodeAt(i) !== 92 /* \ */) {
      i++;
      continue;
    }
    flush(i);
    const kind = source[i + 1];
    if (kind === 'u') {
      let code = parseInt(source.slice(i + 2, i + 6), 16);
      let length = 6;
      // A surrogate pair written as two escapes decodes to one character.
      if (code >= 0xd800 && code <= 0xdbff && source.startsWith('\\u', i + 6)) {
        const low = parseInt(source.slice(i + 8, i + 12), 16);
        if (low >= 0xdc00 && low <= 0xdfff) {
          const pair = String.fromCharCode(code, low);
          text += pair;
          map.unit(i, 12, 2);
          i += 12;
          runStart = i;
          continue;
        }
      }
      if (Number.isNaN(code)) code = 0xfffd;
      text += String.fromCharCode(code);
      map.unit(i, length);
      i += length;
    } else {
      text += SIMPLE_ESCAPES[kind] ?? kind;
      map.unit(i, 2);
      i += 2;
    }
    runStart = i;
  }
  flush(end);
  return { text, map };
}

/** JSON-escapes replacement text for a fix inside a string literal. */
export function encodeJsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Moves every offset of a tree parsed from a slice so they are offsets in the whole file. */
export function shiftOffsets(node: JsonNode, by: number): void {
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()! as { -readonly [K in keyof JsonNode]: JsonNode[K] };
    current.offset += by;
    if (current.colonOffset !== undefined) current.colonOffset += by;
    if (current.children) for (const child of current.children) stack.push(child);
  }
}

/**
 * Calls `each` with the tree of every non-blank line of JSON Lines text, offsets in
 * the file. A line that does not parse is handed to `fail` with its 1-based number.
 */
export function forEachJsonLine(
  text: string,
  each: (root: JsonNode, lineNumber: number) => void,
  fail: (error: ParseError, lineNumber: number, offset: number) => void,
  firstLine = 1,
): void {
  let lineStart = 0;
  let lineNumber = firstLine - 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    lineNumber++;
    // A CRLF line's \r is no part of its JSON (an error at the line's end points before the break).
    const line = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    if (line.trim() !== '') {
      let root: JsonNode | undefined;
      try {
        root = parseJsonTree(line);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        fail(error, lineNumber, Math.min(lineStart + error.offset, text.length));
      }
      if (root) {
        shiftOffsets(root, lineStart);
        each(root, lineNumber);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** True when the text is JSON Lines: more than one line, each line a whole JSON value. */
export function looksLikeJsonLines(text: string): boolean {
  const first = text.slice(0, (text.indexOf('\n') >>> 0) || text.length).trim();
  return first.length > 1 && (first.startsWith('{') || first.startsWith('[')) && /[}\]]$/.test(first) && /\n\s*[{[]/.test(text);
}

/**
 * The JSON values of a file: one for a JSON document, one per line for JSON Lines.
 * Lines that do not parse become problems (with their line number); a JSON
 * document that does not parse throws ParseError.
 */
export function parseJsonDocuments(
  text: string,
  problems: Array<{ message: string; offset: number; severity: 'error' | 'warning' }>,
  firstLine = 1,
): JsonNode[] {
  try {
    const root = parseJsonTree(text);
    return root ? [root] : [];
  } catch (error) {
    if (!(error instanceof ParseError) || !looksLikeJsonLines(text)) throw error;
  }
  const roots: JsonNode[] = [];
  forEachJsonLine(
    text,
    (root) => roots.push(root),
    (error, lineNumber, offset) => problems.push({ message: `line ${lineNumber} skipped: ${error.message}`, offset, severity: 'error' }),
    firstLine,
  );
  return roots;
}

/** The node at a dotted path (`a.b.0.c`; numbers index arrays); `.` or '' is the node itself. */
export function nodeAt(node: JsonNode | undefined, path: string | readonly string[]): JsonNode | undefined {
  const segments = typeof path === 'string' ? (path === '' || path === '.' ? [] : path.split('.')) : path;
  let current = node;
  for (const segment of segments) {
    if (!current) return undefined;
    if (current.type === 'array' && /^\d+$/.test(segment)) current = current.children?.[Number(segment)];
    else current = property(current, segment);
  }
  return current;
}

/** A string, number or boolean node as text (ids, roles, names); undefined otherwise. */
export function scalarText(node: JsonNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return node.value as string;
  if (node.type === 'number' || node.type === 'boolean') return String(node.value);
  return undefined;
}

/** Elements of an array node (none for anything else). */
export function elements(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}
