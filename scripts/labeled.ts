/**
 * The labeled sets and what they measure: per-rule precision, recall and F1, per
 * locale, and the severity each rule's measured precision earns in `recommended`.
 *
 * fixtures/labeled/ is the tuning set (English at the top, other locales in their
 * folders); fixtures/labeled/holdout/ was written blind to the rules and is never
 * tuned on. Every rule runs at `error` with its default options; no config file is read.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { LintMessage, LintResult } from '../src/model.js';
import { Engine } from '../src/runner/engine.js';
import { packageRoot } from '../src/runner/package-root.js';
import { convertIbm, convertTwcs, convertWmt } from './corpus-to-native.js';

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
 * least 0.95 over at least 5 true positives (fewer is too little evidence); on every
 * locale's tuning set no precision below 0.95; and on real conversations
 * (fixtures/corpus-rates.json) a finding in at most 20 of 100 conversations of any
 * corpus — a rule that is right by its own definition but fires on half of all real
 * chats cries wolf. Everything else is `warn`: worth a look, not worth failing a build over.
 */
export const SEVERITY_POLICY = { minPrecision: 0.95, minTruePositives: 5, maxPer100: 20 } as const;

/** Findings per 100 real conversations, per corpus and rule: numbers only, from public corpora that may not be redistributed. */
export interface CorpusRates {
  note: string;
  corpora: Record<string, { conversations: number; per100: Record<string, number> }>;
}

/** Conversations with at least one finding of each rule, per 100 conversations of `file`. */
/** Per rule: its findings, the conversations with at least one, and those per 100 conversations. */
export function ruleCounts(found: Map<string, LintMessage[]>): Array<{ rule: string; hits: number; conversations: number; per100: number }> {
  return [...builtinRules.keys()].map((rule) => {
    let hits = 0;
    let conversations = 0;
    for (const messages of found.values()) {
      const n = messages.filter((m) => m.ruleId === rule).length;
      hits += n;
      if (n) conversations++;
    }
    return { rule, hits, conversations, per100: found.size ? (100 * conversations) / found.size : 0 };
  });
}

export function corpusRate(file: string): { conversations: number; per100: Record<string, number> } {
  const found = byTranscript(evaluationEngine().lintFiles([file]), () => {});
  const per100 = Object.fromEntries(ruleCounts(found).map((r) => [r.rule, found.size ? Math.round((1000 * r.conversations) / found.size) / 10 : 0]));
  return { conversations: found.size, per100 };
}

export function loadCorpusRates(): CorpusRates {
  return JSON.parse(readFileSync(path.join(packageRoot(), 'fixtures', 'corpus-rates.json'), 'utf8')) as CorpusRates;
}

export interface EarnedSeverity {
  rule: string;
  severity: 'error' | 'warn';
  reason: string;
}

export function earnedSeverities(holdout: Evaluation, tuning: Evaluation, rates: CorpusRates = loadCorpusRates()): EarnedSeverity[] {
  const { minPrecision, minTruePositives, maxPer100 } = SEVERITY_POLICY;
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
    const loud = Object.entries(rates.corpora).filter(([, c]) => (c.per100[row.rule] ?? 0) > maxPer100);
    if (loud.length) {
      return { rule: row.rule, severity: 'warn', reason: `${blind}, but fires in ${loud.map(([name, c]) => `${c.per100[row.rule]} of 100 ${name} conversations`).join(', ')}` };
    }
    return { rule: row.rule, severity: 'error', reason: `${blind}; tuning P ≥ ${minPrecision} in ${tuning.perLocale.map((l) => l.locale).join(', ')}; ≤ ${maxPer100} per 100 real conversations` };
  });
}

function fixed(n: number): string {
  return Number.isNaN(n) ? '-' : n.toFixed(2);
}

/** The corpora the severity policy reads, converted from ../shared/corpus (never committed) and measured. */
export function measureCorpusRates(shared: string): CorpusRates {
  const corpus = path.join(shared, 'corpus');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tl-rates-'));
  const sets: Array<[string, () => unknown[]]> = [
    ['wmt24-train', () => convertWmt(path.join(corpus, 'wmt24-chat-customer-support'), ['train'])],
    ['twcs', () => convertTwcs(path.join(corpus, 'twcs-sample', 'twcs_head_1000.csv'))],
    ['ibm-twitter', () => [...convertIbm(path.join(corpus, 'ibm-twitter-customer-care', 'dev.json')), ...convertIbm(path.join(corpus, 'ibm-twitter-customer-care', 'test.json'))]],
  ];
  const corpora: CorpusRates['corpora'] = {};
  for (const [name, convert] of sets) {
    const file = path.join(tmp, `${name}.jsonl`);
    writeFileSync(file, convert().map((c) => JSON.stringify(c)).join('\n') + '\n');
    corpora[name] = corpusRate(file);
  }
  return { note: 'Conversations with a finding, per 100, on real public corpora (../shared/corpus); `npm run eval -- --corpus-rates` re-measures. Numbers only: the corpora are not ours to copy.', corpora };
}

