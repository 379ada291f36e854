/**
 * ESLint's `compact` formatter: one line per finding,
 * `path: line N, col M, Error - message (rule)`, then a count.
 */
import { stripControl } from './sanitize.js';
import { messageType, pluralize } from './shared.js';
import type { Formatter } from './types.js';

export const compact: Formatter = (results) => {
  let output = '';
  let total = 0;
  for (const result of results) {
    const file = stripControl(result.filePath);
    for (const message of result.messages) {
      total++;
      output += `${file}: line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ${stripControl(message.message)}`;
      output += message.ruleId ? ` (${stripControl(message.ruleId)})` : '';
      output += '\n';
    }
  }
  if (total > 0) output += `\n${total} ${pluralize('problem', total)}`;
  return output;
};

export default compact;
