/**
 * JSON Lines: one ESLint `LintResult` per line, so a consumer can stream a report
 * of a 10,000-file export without holding it whole.
 */
import type { Formatter } from './types.js';

// JSON.stringify leaves U+2028/U+2029 raw; some line splitters break on them.
const LINE_SEPARATORS = /[\u2028\u2029]/g;

export const jsonl: Formatter = (results) =>
  results.map((result) => JSON.stringify(result).replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`) + '\n').join('');

export default jsonl;
