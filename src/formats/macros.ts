/**
 * Canned responses: a Markdown or text file holding one macro, or a library
 * (JSON or YAML) holding a list of `{ title, text }` entries.
 */
import type { Node as YamlNode, Scalar } from 'yaml';
import { yaml } from '../lazy-modules.js';
import type { Transcript } from '../model.js';
import { findDirectiveCommentLines, findHtmlComments, findYamlDirectiveComments } from './comments.js';
import { decodeJsonString, encodeJsonStringContent, parseJsonTree, plainValue, property, type JsonNode } from './json-source.js';
import { looksLikeHtml, reduceBody, type MappedText } from './html.js';
import { maskPlaceholders } from './placeholders.js';
import { alignMap, SourceMap } from './source-map.js';
import { ParseError, type InputFormat, type ParseContext, type ParseOutput, type ParseProblem, type SourceComment } from './types.js';

function macroTranscript(id: string, text: string, loc: SourceMap, context: ParseContext, format: string, metadata: Record<string, unknown> = {}): Transcript {
  return {
    id,
    channel: 'macro',
    locale: context.locale ?? 'auto',
    turns: [{ index: 0, role: 'agent', text: maskPlaceholders(text), loc }],
    metadata,
    source: { path: context.path, format },
  };
}

/** Blanks out spans (comments, link targets) with spaces, keeping every offset. */
function blank(text: string, spans: Array<{ start: number; end: number }>): string {
  // One pass over the spans in order (a copy of the whole text per span is quadratic).
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), text.slice(from, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// Markdown link targets and images: the words of the link stay, the URL does not.
const MARKDOWN_LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"]*")?\)/g;

export function parseMacroText(text: string, context: ParseContext, format = 'macro-text'): ParseOutput {
  const isMarkdown = /\.(md|markdown)$/i.test(context.path);
  const comments: SourceComment[] = isMarkdown ? findHtmlComments(text) : findDirectiveCommentLines(text);
  const spans: Array<{ start: number; end: number }> = [...comments];
  if (isMarkdown) {
    for (const m of text.matchAll(MARKDOWN_LINK_TARGET)) spans.push({ start: m.index! + 1, end: m.index! + m[0].length });
  }
  const body = blank(text, spans);
  if (body.trim() === '') return { transcripts: [], comments, problems: [] };
  const loc = new SourceMap().literal(0, text.length);
  return { transcripts: [macroTranscript(context.path, body, loc, context, format)], comments, problems: [] };
}

export const macroText: InputFormat = {
  name: 'macro-text',
  description: 'One canned response per file (.md, .txt): the whole file is the agent\'s message',
  extensions: ['.md', '.markdown'],
  parse: (text, context) => parseMacroText(text, context),
};

// ---------------------------------------------------------------- libraries

// `response`: osTicket canned responses; `message`: osTicket ticket templates.
const TEXT_KEYS = ['text', 'body', 'content', 'value', 'response', 'message'] as const;
const TITLE_KEYS = ['title', 'name', 'subject', 'id'] as const;

function jsonEntries(root: JsonNode): JsonNode[] {
  if (root.type === 'array') return root.children ?? [];
  const list = property(root, 'macros') ?? property(root, 'responses');
  if (list?.type === 'array') return list.children ?? [];
  // One entry on its own.
  if (TEXT_KEYS.some((k) => property(root, k)?.type === 'string')) return [root];
  throw new ParseError('expected a list of { title, text } entries, or { "macros": [...] }', root.offset);
}

function parseJsonLibrary(text: string, context: ParseContext): ParseOutput {
  const root = parseJsonTree(text);
  const problems: ParseProblem[] = [];
  const transcripts: Transcript[] = [];
  if (!root) return { transcripts, comments: [], problems };
  jsonEntries(root).forEach((entry, i) => {
    const textNode = TEXT_KEYS.map((k) => property(entry, k)).find((n) => n?.type === 'string');
    if (!textNode) {
      problems.push({ message: `entry ${i + 1} skipped: it has no "text" string`, offset: entry.offset, severity: 'error' });
      return;
    }
    const titleNode = TITLE_KEYS.map((k) => property(entry, k)).find((n) => n?.type === 'string' || n?.type === 'number');
    const title = titleNode ? String(titleNode.value) : `${context.path}#${i + 1}`;
    const { text: value, map } = htmlReduced(decodeJsonString(text, textNode));
    const metadata = plainValue(entry) as Record<string, unknown>;
    for (const k of TEXT_KEYS) delete metadata[k];
    transcripts.push(macroTranscript(title, value, map, context, 'macro-library', metadata));
  });
  return { transcripts, comments: [], problems, encodeFixText: encodeJsonStringContent };
}

/** Entries written in HTML (help-desk templates) are reduced to text, positions kept. */
function htmlReduced(body: MappedText): MappedText {
  return looksLikeHtml(body.text) ? reduceBody(body, { html: true }) : body;
}

function yamlEntries(root: YamlNode | null): YamlNode[] {
  const { isMap, isScalar, isSeq } = yaml();
  if (isSeq(root)) return root.items as YamlNode[];
  if (isMap(root)) {
    const list = root.get('macros', true) ?? root.get('responses', true);
    if (isSeq(list)) return list.items as YamlNode[];
    // One entry on its own (an e-mail template: { subject, body }).
    if (TEXT_KEYS.some((k) => isScalar(root.get(k, true)))) return [root];
  }
  throw new ParseError('expected a list of { title, text } entries, or { macros: [...] }', root?.range?.[0] ?? 0);
}

/** Where a YAML scalar's content starts and ends in the source, excluding quotes and block headers. */
function scalarContentSpan(source: string, scalar: Scalar): [number, number] {
  let [start, end] = scalar.range ?? [0, 0];
  if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') return [start + 1, end - 1];
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    const headerEnd = source.indexOf('\n', start);
    start = headerEnd === -1 ? end : headerEnd + 1;
  }
  return [start, end];
}

function parseYamlLibrary(text: string, context: ParseContext): ParseOutput {
  const { isMap, isScalar, parseDocument } = yaml();
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    throw new ParseError(`YAML syntax error: ${first.message.split('\n')[0]}`, first.pos[0]);
  }
  const problems: ParseProblem[] = [];
  const transcripts: Transcript[] = [];
  const scalars: Array<{ start: number; end: number; type: Scalar['type'] }> = [];
  if (doc.contents === null) return { transcripts, comments: [], problems };
  yamlEntries(doc.contents as YamlNode).forEach((entry, i) => {
    if (!isMap(entry)) {
      problems.push({ message: `entry ${i + 1} skipped: expected a mapping with "text"`, offset: entry?.range?.[0] ?? 0, severity: 'error' });
      return;
    }
    const textNode = TEXT_KEYS.map((k) => entry.get(k, true)).find((n) => isScalar(n) && typeof n.value === 'string') as Scalar<string> | undefined;
    if (!textNode) {
      problems.push({ message: `entry ${i + 1} skipped: it has no "text" string`, offset: entry.range?.[0] ?? 0, severity: 'error' });
      return;
    }
    const titleNode = TITLE_KEYS.map((k) => entry.get(k, true)).find((n) => isScalar(n) && n.value != null) as Scalar | undefined;
    const title = titleNode ? String(titleNode.value) : `${context.path}#${i + 1}`;
    const [start, end] = scalarContentSpan(text, textNode);
    scalars.push({ start, end, type: textNode.type });
    const body = htmlReduced({ text: textNode.value, map: alignMap(textNode.value, text, start, end) });
    const metadata = entry.toJSON() as Record<string, unknown>;
    for (const k of TEXT_KEYS) delete metadata[k];
    transcripts.push(macroTranscript(title.trim(), body.text, body.map, context, 'macro-library', metadata));
  });
  // Replacement text is escaped for the scalar style it lands in.
  const encodeFixText = (replacement: string, at: number) => {
    const scalar = scalars.find((s) => at >= s.start && at <= s.end);
    if (scalar?.type === 'QUOTE_DOUBLE') return replacement.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    if (scalar?.type === 'QUOTE_SINGLE') return replacement.replace(/'/g, "''");
    return replacement;
  };
  return { transcripts, comments: findYamlDirectiveComments(text), problems, encodeFixText };
}

function looksLikeMacroLibrary(text: string): number {
  const head = text.slice(0, 65536);
  if (/"(messages|turns)"\s*:/.test(head)) return 0;
  return /"(text|body|content|response)"\s*:/.test(head) && /"(title|name)"\s*:/.test(head) ? 0.7 : 0;
}

export const macroLibrary: InputFormat = {
  name: 'macro-library',
  description: 'A library of canned responses: a JSON or YAML list of { title, text } entries, or one entry',
  extensions: ['.yaml', '.yml'],
  sniff(text, path) {
    if (/\.ya?ml$/i.test(path)) return 0.9;
    return looksLikeMacroLibrary(text);
  },
  parse(text, context) {
    return /\.json$/i.test(context.path) || /^\s*[[{]/.test(text) && !/\.ya?ml$/i.test(context.path)
      ? parseJsonLibrary(text, context)
      : parseYamlLibrary(text, context);
  },
};
