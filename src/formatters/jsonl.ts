/**
 * JSON Lines: one ESLint `LintResult` per line, so a consumer can stream a report
 * of a 10,000-file export without holding it whole.
 */
import { escapeJsonForTerminal } from './sanitize.js';
import type { Formatter } from './types.js';

// JSON.stringify leaves U+2028/U+2029 (which some line splitters break on) and C1 controls raw: escaped.
export const jsonl: Formatter = (results) => results.map((result) => escapeJsonForTerminal(JSON.stringify(result)) + '\n').join('');

export default jsonl;
