/**
 * Measures the rules.
 *
 *   npm run eval                      precision / recall / F1 per rule on fixtures/labeled (tuning set)
 *   npm run eval -- --holdout         the same on fixtures/labeled/holdout (written blind, never tuned on)
 *   npm run eval -- --locale el       one locale only (tables are per locale when there are several)
 *   npm run eval -- --errors RULE     list that rule's false positives and misses
 *   npm run eval -- --severities      the severity each rule's measured precision earns in `recommended`
 *   npm run eval -- --corpus-rates    re-measure fixtures/corpus-rates.json from ../shared/corpus (numbers only)
 *   npm run eval -- --corpus DIR      hits per 100 conversations on a folder of real conversations
 *   npm run eval -- --corpus DIR --show RULE [--limit N]   print those hits for review
 *   add --json for machine-readable output
 *
 * Every rule runs at `error` with its default options; no config file is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { LintMessage, LintResult } from '../src/model.js';
import { packageRoot } from '../src/runner/package-root.js';
import { writeFileSync } from 'node:fs';
import { byTranscript, earnedSeverities, ruleCounts, evaluateLabeled, evaluationEngine, macroF1, measureCorpusRates, SEVERITY_POLICY, type RuleRow } from './labeled.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const asJson = process.argv.includes('--json');

function fmt(n: number): string {
  return Number.isNaN(n) ? '  -  ' : n.toFixed(2).padStart(5);
}

function excerpt(result: LintResult | undefined, m: LintMessage): string {
  if (!result?.source) return m.message;
  const line = result.source.split(/\r?\n/)[m.line - 1] ?? '';
  const from = Math.max(0, m.column - 1 - 50);
  const to = m.endLine === m.line ? (m.endColumn ?? m.column) - 1 + 50 : m.column - 1 + 100;
  return line.slice(from, to).replace(/\\n/g, ' ⏎ ');
}

function printTable(title: string, rows: RuleRow[]): void {
  console.log(title);
  console.log(`${'rule'.padEnd(22)} ${'labeled'.padStart(7)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall     F1`);
  for (const r of rows) {
    if (r.positives === 0 && r.fp === 0 && r.tp === 0) continue;
    console.log(`${r.rule.padEnd(22)} ${String(r.positives).padStart(7)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}      ${fmt(r.precision)}   ${fmt(r.recall)}  ${fmt(r.f1)}`);
  }
  const micro = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  const p = micro.tp / (micro.tp + micro.fp);
  const rc = micro.tp / (micro.tp + micro.fn);
  console.log(`${'all (micro)'.padEnd(22)} ${''.padStart(7)} ${String(micro.tp).padStart(4)} ${String(micro.fp).padStart(4)} ${String(micro.fn).padStart(4)}      ${fmt(p)}   ${fmt(rc)}  ${fmt((2 * p * rc) / (p + rc))}`);
  console.log(`${'macro F1'.padEnd(22)} ${fmt(macroF1(rows))}\n`);
}

function labeled(): void {
  const holdout = process.argv.includes('--holdout');
  const { dir, conversations, rows, perLocale } = evaluateLabeled({ holdout, locale: option('--locale') });
  const show = option('--errors');
  if (show) {
    const row = rows.find((r) => r.rule === show);
    if (!row) throw new Error(`unknown rule ${show}`);
    console.log(`false positives (${row.fp}):\n  ${row.falsePositives.join('\n  ')}\nmisses (${row.fn}):\n  ${row.misses.join('\n  ')}`);
    return;
  }
  if (asJson) {
    const strip = (rs: RuleRow[]) => rs.map(({ falsePositives, misses, ...r }) => r);
    console.log(JSON.stringify({ set: holdout ? 'holdout' : 'tuning', conversations, rules: strip(rows), locales: perLocale.map((l) => ({ ...l, macroF1: macroF1(l.rows), rows: strip(l.rows) })) }, null, 2));
    return;
  }
  const setName = holdout ? 'held-out set (written blind, never tuned on)' : 'tuning set';
  if (perLocale.length > 1) {
    for (const l of perLocale) printTable(`${setName}, locale ${l.locale}: ${l.conversations} conversations`, l.rows);
    console.log(`macro F1 by locale: ${perLocale.map((l) => `${l.locale} ${fmt(macroF1(l.rows))}`).join(', ')}\n`);
  }
  printTable(`${setName}, all locales: ${conversations} conversations in ${path.relative(packageRoot(), dir)}`, rows);
}

function corpus(dir: string): void {
  const results = evaluationEngine().lintFiles([dir]).map((r) => ({ ...r, source: r.source ?? safeRead(r.filePath) }));
  const found = byTranscript(results);
  const total = found.size;
  const showRule = option('--show');
  if (showRule) {
    const limit = Number(option('--limit') ?? 40);
    let shown = 0;
    for (const result of results) {
      for (const m of result.messages) {
        if (m.ruleId !== showRule || shown >= limit) continue;
        shown++;
        console.log(`${m.transcriptId} #${(m.turn ?? 0) + 1}  ${m.message}\n    … ${excerpt(result, m)} …`);
      }
    }
    return;
  }
  const rows = ruleCounts(found);
  if (asJson) {
    console.log(JSON.stringify({ conversations: total, rules: rows }, null, 2));
    return;
  }
  console.log(`${total} conversations in ${path.relative(process.cwd(), dir) || dir}\n`);
  console.log(`${'rule'.padEnd(22)} ${'hits'.padStart(6)} ${'convs'.padStart(6)}  per 100 convs`);
  for (const r of rows.sort((a, b) => b.per100 - a.per100)) {
    console.log(`${r.rule.padEnd(22)} ${String(r.hits).padStart(6)} ${String(r.conversations).padStart(6)}  ${r.per100.toFixed(1).padStart(8)}`);
  }
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function severities(): void {
  const earned = earnedSeverities(evaluateLabeled({ holdout: true }), evaluateLabeled());
  if (asJson) {
    console.log(JSON.stringify(earned.map((e) => ({ ...e, recommended: builtinRules.get(e.rule)!.meta.defaultSeverity })), null, 2));
    return;
  }
  console.log(`Severity earned in recommended (error: held-out precision >= ${SEVERITY_POLICY.minPrecision} on >= ${SEVERITY_POLICY.minTruePositives} true positives, tuning precision >= ${SEVERITY_POLICY.minPrecision} in every locale, and <= ${SEVERITY_POLICY.maxPer100} per 100 real conversations)\n`);
  console.log(`${'rule'.padEnd(22)} ${'earned'.padEnd(7)} ${'shipped'.padEnd(8)} why`);
  for (const e of earned) {
    const shipped = builtinRules.get(e.rule)!.meta.defaultSeverity;
    console.log(`${e.rule.padEnd(22)} ${e.severity.padEnd(7)} ${(shipped + (shipped === e.severity ? '' : ' (!)')).padEnd(8)} ${e.reason}`);
  }
}

const corpusDir = option('--corpus');
if (corpusDir) corpus(path.resolve(corpusDir));
else if (process.argv.includes('--severities')) severities();
else if (process.argv.includes('--corpus-rates')) {
  const rates = measureCorpusRates(path.resolve(option('--shared') ?? path.join(packageRoot(), '..', 'shared')));
  writeFileSync(path.join(packageRoot(), 'fixtures', 'corpus-rates.json'), JSON.stringify(rates, null, 2) + '\n');
  console.log(`fixtures/corpus-rates.json: ${Object.entries(rates.corpora).map(([n, c]) => `${n} ${c.conversations}`).join(', ')} conversations`);
}
else labeled();
