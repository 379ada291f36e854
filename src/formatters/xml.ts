/** XML 1.0 escaping for text from transcripts, which is untrusted. */
import { stripEscapes } from './sanitize.js';

// Characters XML 1.0 forbids even as references: C0 controls but tab/LF/CR (already gone after
// stripEscapes), U+FFFE, U+FFFF and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Safe in both attribute values and element text: terminal escape sequences and
 * characters illegal in XML 1.0 are dropped, markup characters escaped, and tab and
 * line breaks written as character references so attribute normalisation keeps them.
 */
export function xmlEscape(value: unknown): string {
  return stripEscapes(String(value))
    .replace(ILLEGAL, '')
    .replace(/[<>&"'\t\n\r]/g, (c) => ENTITIES[c]);
}

/** For element text: as {@link xmlEscape}, but tabs and line feeds stay as they are (readable reports). */
export function xmlText(value: unknown): string {
  return stripEscapes(String(value))
    .replace(ILLEGAL, '')
    .replace(/[<>&\r]/g, (c) => ENTITIES[c]);
}
