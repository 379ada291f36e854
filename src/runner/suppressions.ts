/**
 * Bulk suppressions — a baseline of old findings, ESLint's way: a JSON file of
 * counts per file and rule. A file whose findings for a rule do not exceed the
 * recorded count has them suppressed; one that gains a finding has them all
 * reported again, so new text is gated while the old library is tolerated.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildResult } from '../linter/linter.js';
import type { LintMessage, LintResult } from '../model.js';
import { ConfigError } from '../config/types.js';
import { writeFileAtomically } from './write.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'transcript-lint-suppressions.json';

export type Suppressions = Record<string, Record<string, { count: number }>>;

function key(cwd: string, filePath: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

export function loadSuppressions(file: string): Suppressions {
  if (!existsSync(file)) return {};
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected an object of files');
    return data as Suppressions;
  } catch (error) {
    throw new ConfigError(`${file}: cannot read suppressions: ${(error as Error).message}`);
  }
}

export function saveSuppressions(file: string, suppressions: Suppressions): void {
  const sorted: Suppressions = {};
  for (const f of Object.keys(suppressions).sort()) {
    const rules = Object.keys(suppressions[f]).sort();
    if (rules.length) sorted[f] = Object.fromEntries(rules.map((r) => [r, suppressions[f][r]]));
  }
  writeFileAtomically(file, JSON.stringify(sorted, null, 2) + '\n');
}

function countByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) if (m.ruleId && !m.fatal) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  return counts;
}

/** Records the current findings (of every rule, or of `rules`) as the baseline. */
export function recordSuppressions(results: readonly LintResult[], existing: Suppressions, cwd: string, rules?: readonly string[]): Suppressions {
  const next: Suppressions = structuredClone(existing);
  for (const result of results) {
    const file = key(cwd, result.filePath);
    for (const [rule, count] of countByRule(result.messages)) {
      if (rules && !rules.includes(rule)) continue;
      next[file] ??= {};
      next[file][rule] = { count: Math.max(count, next[file][rule]?.count ?? 0) };
    }
  }
  return next;
}

/** Lowers recorded counts to what still occurs; drops what no longer does. */
export function pruneSuppressions(results: readonly LintResult[], existing: Suppressions, cwd: string): Suppressions {
  const next: Suppressions = {};
  const seen = new Map(results.map((r) => [key(cwd, r.filePath), countByRule([...r.messages, ...r.suppressedMessages.filter((m) => m.suppressions?.some((s) => s.kind === 'file'))])]));
  for (const [file, rules] of Object.entries(existing)) {
    const counts = seen.get(file);
    if (!counts) {
      // Not linted this run: keep as it is unless the file is gone.
      if (existsSync(path.resolve(cwd, file))) next[file] = rules;
      continue;
    }
    for (const [rule, { count }] of Object.entries(rules)) {
      const now = Math.min(count, counts.get(rule) ?? 0);
      if (now > 0) (next[file] ??= {})[rule] = { count: now };
    }
  }
  return next;
}

/** Moves baselined findings to suppressedMessages and recounts. */
export function applySuppressions(results: readonly LintResult[], suppressions: Suppressions, cwd: string): LintResult[] {
  return results.map((result) => {
    const recorded = suppressions[key(cwd, result.filePath)];
    if (!recorded) return result;
    const counts = countByRule(result.messages);
    const suppressedRules = new Set([...counts].filter(([rule, n]) => recorded[rule] && n <= recorded[rule].count).map(([rule]) => rule));
    if (suppressedRules.size === 0) return result;
    const kept = result.messages.filter((m) => !(m.ruleId && suppressedRules.has(m.ruleId)));
    const moved = result.messages
      .filter((m) => m.ruleId && suppressedRules.has(m.ruleId))
      .map((m) => ({ ...m, suppressions: [{ kind: 'file' as const, justification: '' }] }));
    const rebuilt = buildResult(result.filePath, kept, [...result.suppressedMessages, ...moved], []);
    return { ...result, ...rebuilt, transcripts: result.transcripts };
  });
}
