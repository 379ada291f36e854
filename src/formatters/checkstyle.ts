/**
 * ESLint's `checkstyle` formatter: `<checkstyle version="4.3">`, a `<file>` per
 * linted file and an `<error>` per finding, for Jenkins (Warnings NG), SonarQube,
 * reviewdog and anything else that reads Checkstyle XML. Unlike ESLint's, it
 * drops characters XML 1.0 cannot hold instead of writing illegal references.
 */
import { isError } from './shared.js';
import type { Formatter } from './types.js';
import { xmlEscape } from './xml.js';

export const checkstyle: Formatter = (results) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    if (result.messages.length === 0) {
      output += `  <file name="${xmlEscape(result.filePath)}"></file>\n`;
      continue;
    }
    output += `  <file name="${xmlEscape(result.filePath)}">\n`;
    for (const message of result.messages) {
      const text = `${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`;
      output +=
        `    <error line="${message.line || 0}" column="${message.column || 0}" severity="${isError(message) ? 'error' : 'warning'}"` +
        ` message="${xmlEscape(text)}" source="${message.ruleId ? xmlEscape(`transcript-lint.rules.${message.ruleId}`) : ''}" />\n`;
    }
    output += '  </file>\n';
  }
  output += '</checkstyle>\n';
  return output;
};

export default checkstyle;
