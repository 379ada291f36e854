/**
 * Inline directives, ESLint's way: parsed from comments into position ranges,
 * applied in one sweep over the sorted problems; suppressed problems are kept.
 *
 *   transcript-lint-disable [rule, rule] [-- reason]
 *   transcript-lint-enable [rule, rule]
 *   transcript-lint-disable-line [rule, rule] [-- reason]
 *   transcript-lint-disable-next-line [rule, rule] [-- reason]
 */
import type { LintMessage } from '../model.js';
import type { LineIndex } from '../formats/source-map.js';
import type { SourceComment } from '../formats/types.js';

type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** null = every rule. */
  ruleIds: string[] | null;
  justification: string;
  line: number;
  column: number;
  /** Line the comment ends on: what "next line" counts from. */
  endLine: number;
}

const DIRECTIVE = /^transcript-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(comments: readonly SourceComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.trim());
    if (!match) continue;
    const [rest, justification = ''] = match[2].split(/\s--\s|\s--$/);
    const ids = rest.split(',').map((s) => s.trim()).filter(Boolean);
    const start = lines.position(comment.start);
    directives.push({
      type: match[1] as DirectiveType,
      ruleIds: ids.length ? ids : null,
      justification: justification.trim(),
      line: start.line,
      column: start.column,
      endLine: lines.position(Math.max(comment.start, comment.end - 1)).line,
    });
  }
  return directives;
}

function covers(directive: Directive, ruleId: string | null): boolean {
  return directive.ruleIds === null || (ruleId !== null && directive.ruleIds.includes(ruleId));
}

function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/**
 * Splits problems into kept and suppressed. Fatal problems are never suppressed.
 * Problems must be sorted by position.
 */
export function applyDirectives(
  problems: readonly LintMessage[],
  directives: readonly Directive[],
): { messages: LintMessage[]; suppressed: LintMessage[]; unused: Directive[] } {
  if (directives.length === 0) return { messages: [...problems], suppressed: [], unused: [] };
  const used = new Set<Directive>();
  const blocks = directives.filter((d) => d.type === 'disable' || d.type === 'enable');
  const lineDirectives = directives.filter((d) => d.type === 'disable-line' || d.type === 'disable-next-line');
  const messages: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  for (const problem of problems) {
    if (problem.fatal) {
      messages.push(problem);
      continue;
    }
    let by: Directive | undefined;
    // The last block directive before the problem that speaks of its rule decides.
    for (const directive of blocks) {
      if (!before(directive, problem)) break;
      if (covers(directive, problem.ruleId)) by = directive.type === 'disable' ? directive : undefined;
    }
    by ??= lineDirectives.find(
      (d) => covers(d, problem.ruleId) && (d.type === 'disable-line' ? problem.line >= d.line && problem.line <= d.endLine : problem.line === d.endLine + 1),
    );
    if (by) {
      used.add(by);
      suppressed.push({ ...problem, suppressions: [{ kind: 'directive', justification: by.justification }] });
    } else messages.push(problem);
  }
  const unused = directives.filter((d) => d.type !== 'enable' && !used.has(d));
  return { messages, suppressed, unused };
}

/** The finding for a directive that suppressed nothing (--report-unused-disable-directives). */
export function unusedDirectiveMessage(directive: Directive, severity: 1 | 2): LintMessage {
  const rules = directive.ruleIds ? ` (no problems were reported from ${directive.ruleIds.map((r) => `'${r}'`).join(', ')})` : ' (no problems were reported)';
  return { ruleId: null, severity, message: `Unused transcript-lint-${directive.type} directive${rules}.`, line: directive.line, column: directive.column };
}
