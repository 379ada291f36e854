/**
 * HTML bodies (e-mail replies, chat messages, macros) reduced to the plain text
 * rules read, with a SourceMap back into the HTML: text runs are literal, entities
 * and the line breaks that block elements stand for are units. Quoted replies and
 * signatures of e-mail threads can be set aside (left out of the text).
 *
 * For HTML that sits inside a JSON string, decode the string first
 * (decodeJsonString), reduce its text here, then `composeMaps(html.map, json.map)`:
 * `reduceBody` does exactly that for any text + map.
 */
import { composeMaps, SourceMap } from './source-map.js';

export interface MappedText {
  text: string;
  /** Maps offsets in `text` to offsets in the input that was reduced. */
  map: SourceMap;
}

// ---------------------------------------------------------------- entities

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map<string, string>([
  ...LATIN1.split(' ').map((name, i): [string, string] => [name, String.fromCharCode(160 + i)]),
  ['quot', '"'], ['amp', '&'], ['apos', "'"], ['lt', '<'], ['gt', '>'],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'], ['fnof', 'ƒ'], ['circ', 'ˆ'], ['tilde', '˜'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'],
  ['ndash', '–'], ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['dagger', '†'], ['Dagger', '‡'], ['bull', '•'], ['hellip', '…'], ['permil', '‰'], ['prime', '′'], ['Prime', '″'],
  ['lsaquo', '‹'], ['rsaquo', '›'], ['euro', '€'], ['trade', '™'], ['larr', '←'], ['rarr', '→'], ['uarr', '↑'], ['darr', '↓'],
  ['hearts', '♥'], ['check', '✓'], ['star', '☆'], ['Tab', '\t'], ['NewLine', '\n'],
]);

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/** The entity at `at` (which holds '&'): its decoded text and length, or undefined when it is none. */
export function entityAt(text: string, at: number): { value: string; length: number } | undefined {
  const match = ENTITY.exec(text.slice(at, at + 40));
  if (!match) return undefined;
  if (match[3] !== undefined) {
    const value = NAMED_ENTITIES.get(match[3]);
    return value === undefined ? undefined : { value: value === '\u00a0' ? ' ' : value, length: match[0].length };
  }
  const code = match[1] !== undefined ? parseInt(match[1], 10) : parseInt(match[2], 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  const value = valid ? String.fromCodePoint(code) : '\ufffd';
  return { value: value === '\u00a0' ? ' ' : value, length: match[0].length };
}

/** Decodes entities only (tweets, captions): `&amp;` → `&`, each a unit run over its source. */
export function decodeEntities(text: string): MappedText {
  const map = new SourceMap();
  if (!text.includes('&')) return { text, map: map.literal(0, text.length) };
  let out = '';
  let runStart = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const entity = entityAt(text, i);
    if (!entity) continue;
    map.literal(runStart, i - runStart);
    out += text.slice(runStart, i) + entity.value;
    map.unit(i, entity.length, entity.value.length);
    runStart = i + entity.length;
    i = runStart - 1;
  }
  map.literal(runStart, text.length - runStart);
  out += text.slice(runStart);
  return { text: out, map };
}

// ---------------------------------------------------------------- tags

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'header', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
/** Blocks that stand apart as paragraphs (a blank line). */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
/** Elements whose content is never text. */
const NO_TEXT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'object', 'svg', 'math']);
const PRESERVE_SPACE = new Set(['pre', 'textarea']);

/** Class and id fragments mail clients and help desks give quoted replies and signatures. */
const QUOTE_CLASS = /(?:^|[\s_-])(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|freshdesk_quote|quoted-text|quote|quoted|OutlookMessageHeader|ms-outlook-mobile-reference-message)(?:$|\s)/i;
const SIGNATURE_CLASS = /(?:^|[\s_-])(?:gmail_signature|moz-signature|signature|x_signature|email-signature)(?:$|\s)/i;
/** Markers after which the rest of a message is the quoted thread (Outlook puts the quote beside them, not inside). */
const CUT_ID = /^(?:divRplyFwdMsg|appendonsend|x_divRplyFwdMsg|x_appendonsend|reply-intro)$/i;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Where the tag that starts at `at` ends (one past its '>'), quotes in attributes respected. */
function tagEnd(html: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // Only quotes that open an attribute value count.
      if (/=\s*$/.test(html.slice(Math.max(at, i - 8), i))) quote = ch;
    } else if (ch === '>') return i + 1;
  }
  return html.length;
}

/** Offset just past the matching `</name>` for an element opened before `from`, counting nesting. */
function skipElement(html: string, from: number, name: string): number {
  const pattern = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  pattern.lastIndex = from;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    const end = tagEnd(html, m.index);
    if (m[1]) depth--;
    else if (!html.slice(m.index, end).endsWith('/>')) depth++;
    if (depth === 0) return end;
    pattern.lastIndex = end;
  }
  return html.length;
}

export interface HtmlOptions {
  /** Set aside quoted replies and signatures (e-mail threads). */
  email?: boolean;
  /** Caption markup: `<00:01.000>` time tags are tags too (WebVTT). */
  timeTags?: boolean;
}

/**
 * Reduces HTML to text: tags dropped, block elements to line breaks, white space
 * collapsed as a browser would, entities decoded. The map points into `html`.
 */
export function htmlToText(html: string, options: HtmlOptions = {}): MappedText {
  const map = new SourceMap();
  let text = '';
  let pendingBreaks = 0;
  let breakAt = 0;
  let breakLength = 0;
  let pendingSpace: { start: number; length: number } | undefined;
  let preserve = 0;

  const flush = () => {
    if (text.length === 0) {
      pendingBreaks = 0;
      pendingSpace = undefined;
      return;
    }
    if (pendingBreaks > 0) {
      for (let k = 0; k < pendingBreaks; k++) {
        map.unit(breakAt, breakLength);
        text += '\n';
      }
    } else if (pendingSpace) {
      if (pendingSpace.length === 1 && html[pendingSpace.start] === ' ') map.literal(pendingSpace.start, 1);
      else map.unit(pendingSpace.start, pendingSpace.length);
      text += ' ';
    }
    pendingBreaks = 0;
    pendingSpace = undefined;
  };
  const lineBreak = (count: number, at: number, length: number, add: boolean) => {
    if (text.length === 0) return;
    const before = pendingBreaks;
    pendingBreaks = Math.min(2, add ? pendingBreaks + count : Math.max(pendingBreaks, count));
    if (before === 0 && pendingBreaks > 0) {
      breakAt = at;
      breakLength = length;
    }
    pendingSpace = undefined;
  };
  const space = (at: number, length: number) => {
    if (text.length === 0 || pendingBreaks > 0 || pendingSpace) return;
    pendingSpace = { start: at, length };
  };

  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close === -1 ? html.length : close + 3;
        continue;
      }
      const next = html[i + 1] ?? '';
      if (next === '!' || next === '?') {
        i = tagEnd(html, i);
        continue;
      }
      if (options.timeTags && /^<\d[\d:.]*>/.test(html.slice(i, i + 20))) {
        i = html.indexOf('>', i) + 1;
        continue;
      }
      const match = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64));
      if (!match) {
        // A lone '<' is text.
        flush();
        map.literal(i, 1);
        text += '<';
        i++;
        continue;
      }
      const end = tagEnd(html, i);
      const closing = match[1] === '/';
      const name = match[2].toLowerCase();
      const tag = html.slice(i, end);
      const selfClosing = tag.endsWith('/>');
      if (!closing && NO_TEXT.has(name)) {
        i = selfClosing ? end : skipElement(html, end, name);
        continue;
      }
      if (!closing && options.email) {
        const id = attribute(tag, 'id') ?? '';
        const cls = attribute(tag, 'class') ?? '';
        if (CUT_ID.test(id) || /(?:^|\s)(?:gmail_quote|yahoo_quoted|OutlookMessageHeader)(?:$|\s)/i.test(cls)) break;
        if (name === 'blockquote' || QUOTE_CLASS.test(cls) || SIGNATURE_CLASS.test(cls) || /signature/i.test(id)) {
          lineBreak(1, i, end - i, false);
          i = selfClosing ? end : skipElement(html, end, name);
          continue;
        }
      }
      if (name === 'br') lineBreak(1, i, end - i, true);
      else if (PARAGRAPH.has(name)) lineBreak(2, i, end - i, false);
      else if (BLOCK.has(name)) lineBreak(1, i, end - i, false);
      else if (name === 'td' || name === 'th') space(i, end - i);
      if (PRESERVE_SPACE.has(name)) preserve = Math.max(0, preserve + (closing ? -1 : selfClosing ? 0 : 1));
      i = end;
      continue;
    }
    if (ch === '&') {
      const entity = entityAt(html, i);
      if (entity) {
        flush();
        map.unit(i, entity.length, entity.value.length);
        text += entity.value;
        i += entity.length;
        continue;
      }
    }
    if (preserve === 0 && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f')) {
      let j = i + 1;
      while (j < html.length && /[ \t\n\r\f]/.test(html[j])) j++;
      space(i, j - i);
      i = j;
      continue;
    }
    // A run of plain characters.
    let j = i + 1;
    while (j < html.length && html[j] !== '<' && html[j] !== '&' && (preserve > 0 || !/[ \t\n\r\f]/.test(html[j]))) j++;
    flush();
    map.literal(i, j - i);
    text += html.slice(i, j);
    i = j;
  }
  return { text, map };
}

// ---------------------------------------------------------------- e-mail threads

const QUOTE_HEADERS = [
  // "On Mon, 2 Mar 2026 at 10:00, Ana <ana@example.com> wrote:" (one or two lines)
  /^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/m,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}/im,
  /^[ \t]*From:[^\n]+\n[ \t]*(?:Sent|Date):[^\n]+/m,
  /^[ \t]*#{1,2}-[^\n]*(?:reply above this line)[^\n]*$/im,
];
const SIGNATURE_MARKERS = [/^-- ?$/m, /^[ \t]*Sent from my [^\n]{1,40}$/m, /^[ \t]*Get Outlook for [^\n]{1,30}$/m];

/**
 * Where the writer's own words end in a plain-text e-mail: before an "On … wrote:"
 * header, a forwarded/original-message block, a trailing run of `>` quoted lines,
 * or a signature delimiter. Returns the offset to cut the text at.
 */
export function emailCutOffset(text: string): number {
  let cut = text.length;
  for (const pattern of [...QUOTE_HEADERS, ...SIGNATURE_MARKERS]) {
    const match = pattern.exec(text);
    if (match && match.index < cut && match.index > 0) cut = match.index;
  }
  // A trailing block of quoted lines (every non-blank line from here on starts with '>').
  const lines = text.slice(0, cut).split('\n');
  let offset = cut;
  let quoted = false;
  for (let k = lines.length - 1, end = cut; k >= 0; k--) {
    const line = lines[k];
    const start = end - line.length;
    if (/^[ \t]*>/.test(line)) {
      quoted = true;
      offset = start;
    } else if (line.trim() !== '') break;
    end = start - 1;
  }
  if (quoted && offset > 0) cut = offset;
  return cut;
}

const HTML_HINT = /<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*\/?|\/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}

export interface ReduceOptions extends HtmlOptions {
  /** true: HTML; 'auto': HTML when it has tags or entities; false: plain text. */
  html?: boolean | 'auto';
  /** Plain text whose entities are still escaped (`&amp;` in tweets): decode them. */
  entities?: boolean;
}

/**
 * A message body (text + map into the source) reduced to what rules read: HTML
 * reduced to text, e-mail quotes and signatures set aside, white space at both
 * ends dropped. The map of the result points into the source.
 */
export function reduceBody(body: MappedText, options: ReduceOptions = {}): MappedText {
  let { text, map } = body;
  const isHtml = options.html === true || (options.html === 'auto' && looksLikeHtml(text));
  if (isHtml) {
    const reduced = htmlToText(text, options);
    text = reduced.text;
    map = composeMaps(reduced.map, map);
  } else if (options.entities && text.includes('&')) {
    const decoded = decodeEntities(text);
    text = decoded.text;
    map = composeMaps(decoded.map, map);
  }
  if (options.email) text = text.slice(0, emailCutOffset(text));
  return trimMapped({ text, map });
}

/** Drops white space at both ends, keeping the map aligned. */
export function trimMapped({ text, map }: MappedText): MappedText {
  const start = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (start === 0) return { text: trimmed, map };
  const shifted = new SourceMap();
  for (const run of map.runs()) {
    const runEnd = run.textStart + run.textLength;
    if (runEnd <= start) continue;
    const skip = Math.max(0, start - run.textStart);
    if (run.unit) shifted.unit(run.sourceStart, run.sourceLength, run.textLength - skip);
    else shifted.literal(run.sourceStart + skip, run.textLength - skip);
  }
  return { text: trimmed, map: shifted };
}

/** Escapes text for insertion into HTML (fixes inside HTML bodies). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
