/**
 * The numbers behind the QA reports (`-f summary`, `-f html`): totals, per
 * rule, per agent, per team, and the conversations ranked by score. Pure and
 * independent of the order of the results, so a report of merged shards equals
 * the report of one run over everything.
 */
import type { RuleKind, RuleMeta } from '../linter/rule.js';
import type { ConversationView, LintMessage, LintResult } from '../model.js';
import { relativePath } from '../formatters/shared.js';

export const NO_AGENT = '(no agent)';
export const NO_TEAM = '(no team)';
/** Where canned responses (channel macro) without an agent are grouped. */
export const MACROS = '(canned responses)';

export interface ConversationRow {
  /** Position in `Aggregate.conversations` (results sorted by path, conversations in file order). */
  index: number;
  filePath: string;
  /** `filePath` relative to the report's cwd, forward slashes. */
  file: string;
  id: string;
  /** The id as reports show it: relative to cwd when the id is the file's path. */
  label: string;
  channel: string;
  locale: string;
  agent?: string;
  team?: string;
  score?: number;
  passed?: boolean;
  failedRules: string[];
  na: string[];
  autoFailed: string[];
  /** Rule findings in this conversation, in source order. */
  findings: LintMessage[];
  errors: number;
  warnings: number;
  view?: ConversationView;
}

export interface RuleRow {
  ruleId: string;
  kind?: RuleKind;
  findings: number;
  /** Conversations with at least one finding of the rule. */
  conversations: number;
  /** Findings per 100 conversations. */
  per100: number;
}

export interface GroupRow {
  name: string;
  /** For agents: the teams they handled conversations for; for teams: the agents. */
  members: string[];
  conversations: number;
  /** Conversations with a score (results from older versions may have none). */
  scored: number;
  meanScore?: number;
  passed: number;
  /** passed / scored, 0–1. */
  passRate?: number;
  findings: number;
  /** The three sins (rules of kind sin) found most often. */
  topSins: Array<{ ruleId: string; count: number }>;
}

export interface Aggregate {
  totals: {
    files: number;
    conversations: number;
    scored: number;
    findings: number;
    errors: number;
    warnings: number;
    /** Files that could not be read or parsed, and rules that crashed. */
    fatal: number;
    meanScore?: number;
    passed: number;
    passRate?: number;
  };
  rules: RuleRow[];
  agents: GroupRow[];
  teams: GroupRow[];
  conversations: ConversationRow[];
  /** The ten lowest-scoring conversations that have something to look at (score below 100). */
  lowest: ConversationRow[];
  /** Conversations per score band: [0,10), [10,20), … [90,100]. */
  histogram: number[];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function mean(values: number[]): number | undefined {
  return values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : undefined;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** Sorts by score ascending (no score last), then by name. */
function compareGroups(a: GroupRow, b: GroupRow): number {
  const sa = a.meanScore ?? Infinity;
  const sb = b.meanScore ?? Infinity;
  return sa - sb || b.conversations - a.conversations || a.name.localeCompare(b.name);
}

export function compareConversations(a: ConversationRow, b: ConversationRow): number {
  return (a.score ?? Infinity) - (b.score ?? Infinity) || a.file.localeCompare(b.file) || a.index - b.index;
}

export function aggregate(results: readonly LintResult[], options: { cwd: string; rulesMeta: Record<string, RuleMeta> }): Aggregate {
  const kindOf = (ruleId: string): RuleKind | undefined => options.rulesMeta[ruleId]?.kind;
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const conversations: ConversationRow[] = [];
  let findings = 0;
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  const orphans: LintMessage[] = [];

  for (const result of sorted) {
    const file = relativePath(result.filePath, options.cwd);
    const rows = new Map<string, ConversationRow>();
    for (const t of result.transcripts ?? []) {
      const row: ConversationRow = {
        index: conversations.length,
        filePath: result.filePath,
        file,
        id: t.id,
        label: t.id === result.filePath || t.id.startsWith(`${result.filePath}#`) ? file + t.id.slice(result.filePath.length) : t.id,
        channel: t.channel,
        locale: t.locale,
        ...(t.agent ? { agent: t.agent } : {}),
        ...(t.team ? { team: t.team } : {}),
        ...(typeof t.score === 'number' ? { score: t.score, passed: Boolean(t.passed) } : {}),
        failedRules: t.failedRules ?? [],
        na: t.na ?? [],
        autoFailed: t.autoFailed ?? [],
        findings: [],
        errors: 0,
        warnings: 0,
        ...(t.conversation ? { view: t.conversation } : {}),
      };
      conversations.push(row);
      if (!rows.has(t.id)) rows.set(t.id, row);
    }
    for (const m of result.messages) {
      if (m.fatal) fatal++;
      if (!m.ruleId) continue;
      findings++;
      if (m.severity === 2) errors++;
      else warnings++;
      const row = m.transcriptId !== undefined ? rows.get(m.transcriptId) : undefined;
      if (!row) {
        orphans.push(m);
        continue;
      }
      row.findings.push(m);
      if (m.severity === 2) row.errors++;
      else row.warnings++;
    }
    for (const row of rows.values()) row.findings.sort(byPosition);
  }

  const total = conversations.length;
  const scored = conversations.filter((c) => c.score !== undefined);
  const passed = scored.filter((c) => c.passed).length;

  // Per rule.
  const ruleStats = new Map<string, { findings: number; conversations: Set<number> }>();
  for (const c of conversations) {
    for (const m of c.findings) {
      let s = ruleStats.get(m.ruleId!);
      if (!s) ruleStats.set(m.ruleId!, (s = { findings: 0, conversations: new Set() }));
      s.findings++;
      s.conversations.add(c.index);
    }
  }
  // Findings outside any conversation (file-level) still count for their rule.
  for (const m of orphans) {
    let s = ruleStats.get(m.ruleId!);
    if (!s) ruleStats.set(m.ruleId!, (s = { findings: 0, conversations: new Set() }));
    s.findings++;
  }
  const rules: RuleRow[] = [...ruleStats]
    .map(([ruleId, s]) => ({
      ruleId,
      ...(kindOf(ruleId) ? { kind: kindOf(ruleId) } : {}),
      findings: s.findings,
      conversations: s.conversations.size,
      per100: total ? round1((100 * s.findings) / total) : 0,
    }))
    .sort((a, b) => b.findings - a.findings || b.conversations - a.conversations || a.ruleId.localeCompare(b.ruleId));

  const group = (key: (c: ConversationRow) => string, member: (c: ConversationRow) => string | undefined): GroupRow[] => {
    const groups = new Map<string, ConversationRow[]>();
    for (const c of conversations) {
      const name = key(c);
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      list.push(c);
    }
    return [...groups]
      .map(([name, list]) => {
        const withScore = list.filter((c) => c.score !== undefined);
        const ok = withScore.filter((c) => c.passed).length;
        const sins = new Map<string, number>();
        let groupFindings = 0;
        for (const c of list) {
          for (const m of c.findings) {
            groupFindings++;
            if (kindOf(m.ruleId!) === 'sin') sins.set(m.ruleId!, (sins.get(m.ruleId!) ?? 0) + 1);
          }
        }
        const members = [...new Set(list.map(member).filter((m): m is string => Boolean(m)))].sort();
        const row: GroupRow = {
          name,
          members,
          conversations: list.length,
          scored: withScore.length,
          passed: ok,
          findings: groupFindings,
          topSins: [...sins]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, 3)
            .map(([ruleId, count]) => ({ ruleId, count })),
        };
        const meanScore = mean(withScore.map((c) => c.score!));
        if (meanScore !== undefined) {
          row.meanScore = meanScore;
          row.passRate = ok / withScore.length;
        }
        return row;
      })
      .sort(compareGroups);
  };

  const histogram = new Array<number>(10).fill(0);
  for (const c of scored) histogram[Math.min(9, Math.floor(c.score! / 10))]++;

  return {
    totals: {
      files: results.length,
      conversations: total,
      scored: scored.length,
      findings,
      errors,
      warnings,
      fatal,
      ...(scored.length ? { meanScore: mean(scored.map((c) => c.score!)), passRate: passed / scored.length } : {}),
      passed,
    },
    rules,
    agents: group((c) => c.agent ?? (c.channel === 'macro' ? MACROS : NO_AGENT), (c) => c.team),
    teams: group((c) => c.team ?? NO_TEAM, (c) => c.agent),
    conversations,
    lowest: scored.filter((c) => c.score! < 100).sort(compareConversations).slice(0, 10),
    histogram,
  };
}

/** "87.5%" style, or "–" when there is nothing to divide. */
export function percent(rate: number | undefined): string {
  return rate === undefined ? '–' : `${Math.round(rate * 1000) / 10}%`;
}

/** A score with one decimal, or "–". */
export function scoreText(score: number | undefined): string {
  return score === undefined ? '–' : score.toFixed(1);
}
