/**
 * The labeled sets and what they measure: per-rule precision, recall and F1, per
 * locale, and the severity each rule's measured precision earns in `recommended`.
 *
 * fixtures/labeled/ is the tuning set (English at the top, other locales in their
 * folders); fixtures/labeled/holdout/ was written blind to the rules and is never
 * tuned on. Every rule runs at `error` with its default options; no config file is read.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { LintMessage, LintResult } from '../src/model.js';
import { Engine } from '../src/runner/engine.js';
import { packageRoot } from '../src/runner/package-root.js';

export interface RuleRow {
  rule: string;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  misses: string[];
}

export interface LocaleScore {
  locale: string;
  conversations: number;
  rows: RuleRow[];
}

export interface Evaluation {
  dir: string;
  conversations: number;
  rows: RuleRow[];
  perLocale: LocaleScore[];
  results: LintResult[];
}

export function evaluationEngine(): Engine {
  const rules = Object.fromEntries([...builtinRules.keys()].map((id) => [id, 'error' as const]));
  return new Engine({ cwd: packageRoot(), configLookup: false, rules });
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesIn(full) : [full];
    })
    .filter((f) => /\.(jsonl|json|txt)$/.test(f))
    .sort();
}

/** Findings per conversation id; fatal problems are reported on `onProblem`, a few at most. */
export function byTranscript(results: LintResult[], onProblem: (line: string) => void = (l) => console.error(l)): Map<string, LintMessage[]> {
  const map = new Map<string, LintMessage[]>();
  let problems = 0;
  for (const result of results) {
    for (const t of result.transcripts ?? []) map.set(t.id, []);
    for (const m of result.messages) {
      if (m.fatal || m.ruleId === null) {
        // A few are enough to see what is wrong; a broken rule would otherwise print thousands.
        if (problems++ < 5) onProblem(`${path.relative(process.cwd(), result.filePath)}:${m.line}:${m.column}: ${m.message}`);
        continue;
      }
      if (m.transcriptId !== undefined) map.get(m.transcriptId)?.push(m);
    }
  }
  if (problems > 5) onProblem(`… and ${problems - 5} more problems`);
  return map;
}

export function score(expected: Map<string, Set<string>>, found: Map<string, LintMessage[]>): RuleRow[] {
  return [...builtinRules.keys()].map((rule) => {
    let tp = 0, fp = 0, fn = 0, positives = 0;
    const falsePositives: string[] = [];
    const misses: string[] = [];
    for (const [id, exp] of expected) {
      const hits = (found.get(id) ?? []).filter((m) => m.ruleId === rule);
      const fired = hits.length > 0;
      if (exp.has(rule)) positives++;
      if (fired && exp.has(rule)) tp++;
      else if (fired) { fp++; falsePositives.push(`${id}: ${hits.map((h) => `${h.line}:${h.column} ${h.message}`).join(' | ')}`); }
      else if (exp.has(rule)) { fn++; misses.push(id); }
    }
    const precision = tp + fp === 0 ? NaN : tp / (tp + fp);
    const recall = positives === 0 ? NaN : tp / positives;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
    return { rule, positives, tp, fp, fn, precision, recall, f1, falsePositives, misses };
  });
}

/** Macro-averaged F1 over the rules that have labeled positives or fired. */
export function macroF1(rows: RuleRow[]): number {
  const scored = rows.filter((r) => r.positives > 0 || r.fp > 0);
  return scored.reduce((sum, r) => sum + (Number.isNaN(r.f1) ? 0 : r.f1), 0) / (scored.length || 1);
}

/** Lints one labeled set and scores it, overall and per locale. */
export function evaluateLabeled(options: { holdout?: boolean; locale?: string; onProblem?: (line: string) => void } = {}): Evaluation {
  const base = path.join(packageRoot(), 'fixtures', 'labeled');
  const holdoutDir = path.join(base, 'holdout');
  const dir = options.holdout ? holdoutDir : base;
  const files = filesIn(dir).filter((f) => f.endsWith('.jsonl') && (options.holdout || !f.startsWith(holdoutDir + path.sep)));
  const expected = new Map<string, Set<string>>();
  const localeOf = new Map<string, string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const conv = JSON.parse(line) as { id: string; expected?: string[]; locale?: string };
      const locale = conv.locale ?? 'en';
      if (options.locale && locale !== options.locale) continue;
      expected.set(conv.id, new Set(conv.expected ?? []));
      localeOf.set(conv.id, locale);
    }
  }
  const results = evaluationEngine().lintFiles(files);
  const found = byTranscript(results, options.onProblem);
  const locales = [...new Set(localeOf.values())].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const perLocale = locales.map((locale) => {
    const subset = new Map([...expected].filter(([id]) => localeOf.get(id) === locale));
    return { locale, conversations: subset.size, rows: score(subset, found) };
  });
  return { dir, conversations: expected.size, rows: score(expected, found), perLocale, results };
}

/**
 * What earns a rule `error` in `recommended`: on the held-out set, precision of at
 * least 0.95 over at least 5 true positives (fewer is too little evidence), and on
 * every locale's tuning set no precision below 0.95. Everything else is `warn`:
 * worth a look, not worth failing a build over.
 */
export const SEVERITY_POLICY = { minPrecision: 0.95, minTruePositives: 5 } as const;

export interface EarnedSeverity {
  rule: string;
  severity: 'error' | 'warn';
  reason: string;
}

export function earnedSeverities(holdout: Evaluation, tuning: Evaluation): EarnedSeverity[] {
  const { minPrecision, minTruePositives } = SEVERITY_POLICY;
  return holdout.rows.map((row) => {
    const blind = `held-out P ${fixed(row.precision)} on ${row.tp + row.fp} hits`;
    if (row.tp < minTruePositives) return { rule: row.rule, severity: 'warn', reason: `${blind}: fewer than ${minTruePositives} true positives` };
    if (!(row.precision >= minPrecision)) return { rule: row.rule, severity: 'warn', reason: `${blind}: below ${minPrecision}` };
    const weak = tuning.perLocale
      .map((l) => ({ locale: l.locale, row: l.rows.find((r) => r.rule === row.rule)! }))
      .filter(({ row: r }) => r.tp + r.fp > 0 && r.precision < minPrecision);
    if (weak.length) {
      return { rule: row.rule, severity: 'warn', reason: `${blind}, but tuning P ${weak.map((w) => `${w.locale} ${fixed(w.row.precision)}`).join(', ')}` };
    }
    return { rule: row.rule, severity: 'error', reason: `${blind}; tuning P ≥ ${minPrecision} in ${tuning.perLocale.map((l) => l.locale).join(', ')}` };
  });
}

function fixed(n: number): string {
  return Number.isNaN(n) ? '-' : n.toFixed(2);
}
