/**
 * ESLint's `unix` formatter, the shape editors and `grep -n` share:
 * `path:line:col: message [Error/rule]`, then a count.
 */
import { stripControl } from './sanitize.js';
import { messageType, pluralize } from './shared.js';
import type { Formatter } from './types.js';

export const unix: Formatter = (results) => {
  let output = '';
  let total = 0;
  for (const result of results) {
    const file = stripControl(result.filePath);
    for (const message of result.messages) {
      total++;
      const rule = message.ruleId ? `/${stripControl(message.ruleId)}` : '';
      output += `${file}:${message.line || 0}:${message.column || 0}: ${stripControl(message.message)} [${messageType(message)}${rule}]\n`;
    }
  }
  if (total > 0) output += `\n${total} ${pluralize('problem', total)}`;
  return output;
};

export default unix;
