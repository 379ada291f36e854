/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding,
 * which GitHub turns into annotations on the pull request's changed files.
 *
 *   ::warning file=chats/a.json,line=2,col=15,endLine=2,endColumn=32,title=runaround - conv-7 #2 (agent)::Sends the customer…
 *
 * GitHub's escaping: in the message `%`, `\r`, `\n`; in properties also `:` and `,`.
 * Escape sequences and control characters are dropped first, so a transcript cannot
 * inject a workflow command of its own or colour the log.
 */
import { stripEscapes } from './sanitize.js';
import { conversationLabel, isError, relativePath } from './shared.js';
import type { Formatter } from './types.js';

/** Escapes the text after `::`. */
export function escapeData(text: string): string {
  return stripEscapes(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=`, …). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, context) => {
  let output = '';
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    const multi = (result.transcripts?.length ?? 0) > 1;
    for (const message of result.messages) {
      const properties: Array<[string, string | number | undefined]> = [['file', file]];
      if (message.line > 0) {
        properties.push(['line', message.line]);
        if (message.column > 0) properties.push(['col', message.column]);
        if (message.endLine && message.endLine > 0) {
          properties.push(['endLine', message.endLine]);
          if (message.endColumn && message.endColumn > 0) properties.push(['endColumn', message.endColumn]);
        }
      }
      const where = multi ? conversationLabel(message, result.filePath) : '';
      const title = `${message.fatal ? 'transcript-lint: fatal' : message.ruleId ?? 'transcript-lint'}${where ? ` - ${where}` : ''}`;
      properties.push(['title', title]);
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      output += `::${isError(message) ? 'error' : 'warning'} ${props}::${escapeData(message.message)}\n`;
    }
  }
  return output;
};

export default github;
