/**
 * ESLint's default look: a header per file, one aligned row per finding, a
 * closing count. Files holding several conversations get a column naming the
 * conversation and turn, so a finding can be found in a 10,000-chat export.
 */
import path from 'node:path';
import { Chalk } from 'chalk';
import type { LintMessage } from '../model.js';
import { stripControl } from './sanitize.js';
import type { Formatter } from './types.js';

function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** Left-aligns columns, as text-table does for ESLint. */
function table(rows: string[][], visible: (s: string) => number): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visible(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - visible(cell))))
      .join('  ')
      .trimEnd(),
  );
}

export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  // eslint-disable-next-line no-control-regex
  const visible = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '').length;
  let output = '\n';
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let summaryColor: 'yellow' | 'red' = 'yellow';

  for (const result of results) {
    const messages = result.messages;
    if (messages.length === 0) continue;
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    fixableErrorCount += result.fixableErrorCount;
    fixableWarningCount += result.fixableWarningCount;
    const multi = (result.transcripts?.length ?? 0) > 1;
    const rows = messages.map((m: LintMessage) => {
      const isError = m.fatal || m.severity === 2;
      if (isError) summaryColor = 'red';
      const where = m.transcriptId !== undefined && multi ? chalk.cyan(stripControl(`${m.transcriptId}${m.turn !== undefined ? ` #${m.turn + 1}` : ''}`)) : '';
      const row = [
        '',
        chalk.dim(`${m.line || 0}:${m.column || 0}`),
        isError ? chalk.red('error') : chalk.yellow('warning'),
      ];
      if (multi) row.push(where);
      row.push(stripControl(m.message.replace(/([^ ])\.$/, '$1')), chalk.dim(m.ruleId ?? ''));
      return row;
    });
    const relative = path.relative(context.cwd, result.filePath) || result.filePath;
    output += `${chalk.underline(stripControl(relative))}\n${table(rows, visible).join('\n')}\n\n`;
  }

  const total = errorCount + warningCount;
  if (total === 0) return '';
  const color = chalk[summaryColor].bold;
  output += color(
    `\u2716 ${total} ${pluralize('problem', total)} (${errorCount} ${pluralize('error', errorCount)}, ${warningCount} ${pluralize('warning', warningCount)})\n`,
  );
  if (fixableErrorCount > 0 || fixableWarningCount > 0) {
    output += color(
      `  ${fixableErrorCount} ${pluralize('error', fixableErrorCount)} and ${fixableWarningCount} ${pluralize('warning', fixableWarningCount)} potentially fixable with the \`--fix\` option.\n`,
    );
  }
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded;
    output += `\n${chalk.red.bold(`transcript-lint found too many warnings (maximum: ${maxWarnings}).`)}\n`;
    void foundWarnings;
  }
  return output;
};

export default stylish;
