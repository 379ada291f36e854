/** ESLint's `json` formatter: the LintResult array as it is. */
import type { Formatter } from './types.js';

export const json: Formatter = (results) => JSON.stringify(results);
export default json;
