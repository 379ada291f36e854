/**
 * `-f summary`: the QA analyst's terminal report. Totals, then per rule, per
 * agent and per team, then the ten lowest-scoring conversations with where to
 * look. Aligned columns; colour only when context.color; every string from a
 * transcript stripped of control sequences.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { RuleKind } from '../linter/rule.js';
import { aggregate, percent, scoreText, type GroupRow } from '../report/aggregate.js';
import { stripControl } from './sanitize.js';
import type { Formatter } from './types.js';

type Align = 'left' | 'right';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => [...s.replace(ANSI, '')].length;

/** Terminal-safe and at most `max` characters. */
function clip(text: string, max = 40): string {
  const clean = stripControl(text);
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

function table(header: string[], rows: string[][], align: Align[], chalk: ChalkInstance): string {
  const widths = header.map((h, i) => Math.max(visible(h), ...rows.map((r) => visible(r[i] ?? ''))));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - visible(cell));
        if (i === cells.length - 1 && align[i] === 'left') return cell;
        return align[i] === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [chalk.dim(line(header)), ...rows.map(line)].join('\n');
}

/** "auto-fail: runaround · robotism, rule-book": what failed a conversation, the auto-fail rules first. */
function failedText(autoFailed: string[], failed: string[], chalk: ChalkInstance): string {
  const rest = failed.filter((r) => !autoFailed.includes(r));
  const parts: string[] = [];
  if (autoFailed.length) parts.push(chalk.red(`auto-fail: ${clip(autoFailed.join(', '), 30)}`));
  if (rest.length) parts.push(clip(rest.join(', '), autoFailed.length ? 30 : 44));
  return parts.join(' · ') || '—';
}

export const summary: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const data = aggregate(results, { cwd: context.cwd, rulesMeta: context.rulesMeta });
  const { totals } = data;
  const kindColor: Record<RuleKind, (s: string) => string> = { sin: chalk.red, practice: chalk.yellow, style: chalk.blue };
  const kind = (k: RuleKind | undefined) => (k ? kindColor[k](k) : '');
  const rate = (r: number | undefined) => {
    const text = percent(r);
    if (r === undefined) return chalk.dim(text);
    return r >= 0.8 ? chalk.green(text) : r >= 0.5 ? chalk.yellow(text) : chalk.red(text);
  };
  const sins = (row: GroupRow) => row.topSins.map((s) => `${clip(s.ruleId, 30)} ×${s.count}`).join(', ') || chalk.dim('—');
  const heading = (text: string) => chalk.bold(text);
  const out: string[] = [''];

  out.push(heading('Scorecard summary'));
  const parts = [
    `${totals.files} ${totals.files === 1 ? 'file' : 'files'}`,
    `${totals.conversations} ${totals.conversations === 1 ? 'conversation' : 'conversations'}`,
    `${totals.findings} ${totals.findings === 1 ? 'finding' : 'findings'} (${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'}, ${totals.warnings} ${totals.warnings === 1 ? 'warning' : 'warnings'})`,
    `mean score ${chalk.bold(scoreText(totals.meanScore))}`,
    `pass rate ${rate(totals.passRate)} (${totals.passed} of ${totals.scored})`,
  ];
  out.push(`  ${parts.join(chalk.dim('  ·  '))}`);
  if (totals.fatal) out.push(`  ${chalk.red(`${totals.fatal} fatal ${totals.fatal === 1 ? 'problem' : 'problems'}`)} ${chalk.dim('(files that could not be read or parsed, rules that crashed: run -f stylish to see them)')}`);

  if (data.rules.length) {
    out.push('', heading('Rules'));
    out.push(
      table(
        ['rule', 'kind', 'findings', 'conversations', 'per 100 conv.'],
        data.rules.map((r) => [clip(r.ruleId), kind(r.kind), String(r.findings), String(r.conversations), r.per100.toFixed(1)]),
        ['left', 'left', 'right', 'right', 'right'],
        chalk,
      ),
    );
  }

  const groups = (title: string, label: string, membersLabel: string, rows: GroupRow[]) => {
    if (!rows.length) return;
    out.push('', heading(title));
    out.push(
      table(
        [label, membersLabel, 'conv.', 'mean score', 'pass rate', 'top sins'],
        rows.map((g) => [
          clip(g.name, 32),
          chalk.dim(clip(g.members.join(', ') || '—', 28)),
          String(g.conversations),
          scoreText(g.meanScore),
          rate(g.passRate),
          sins(g),
        ]),
        ['left', 'left', 'right', 'right', 'right', 'left'],
        chalk,
      ),
    );
  };
  groups('Agents', 'agent', 'team', data.agents);
  groups('Teams', 'team', 'agents', data.teams);

  if (data.lowest.length) {
    out.push('', heading(`Lowest-scoring conversations`));
    out.push(
      table(
        ['score', 'conversation', 'agent', 'failed', 'where'],
        data.lowest.map((c) => {
          const first = c.findings[0];
          const where = first ? `${c.file}:${first.line}:${first.column}` : c.file;
          return [
            c.passed ? chalk.green(scoreText(c.score)) : chalk.red(scoreText(c.score)),
            clip(c.label, 36),
            clip(c.agent ?? '—', 24),
            failedText(c.autoFailed, c.failedRules, chalk),
            chalk.cyan(clip(where, 80)),
          ];
        }),
        ['right', 'left', 'left', 'left', 'left'],
        chalk,
      ),
    );
  }
  return `${out.join('\n')}\n`;
};

export default summary;
