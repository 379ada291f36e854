/** ESLint's `json` formatter: the LintResult array as it is. */
import { escapeJsonForTerminal } from './sanitize.js';
import type { Formatter } from './types.js';

export const json: Formatter = (results) => escapeJsonForTerminal(JSON.stringify(results));
export default json;
