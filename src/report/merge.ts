/**
 * `transcript-lint report merge results/*.json -f html|summary|json [-o file]`:
 * combines partial results (arrays of LintResult written by `-f json`, from
 * shards or several runs) into one report. A file linted in more than one part
 * keeps its last result; the merged list is sorted by path, as one run over
 * everything would be. Scores, agent and team travel in the JSON; the
 * conversation text the html report shows travels only when the parts were
 * written with `-f json --keep-conversations`.
 */
import { mergeChunkResults } from '../runner/chunks.js';
import { compareMessages } from '../linter/messages.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fastGlob } from '../lazy-modules.js';
import { builtinRules } from '../../rules/index.js';
import { loadFormatter, UnknownFormatterError } from '../formatters/index.js';
import { stripControl } from '../formatters/sanitize.js';
import type { LintResult } from '../model.js';
import { reportTarget, UnsafeWriteError, writeReport } from '../runner/write.js';

export class ReportInputError extends Error {}

export const REPORT_USAGE = 'usage: transcript-lint report merge <results.json...> [-f summary|html|json|…] [-o file]';

function isResult(value: unknown): value is LintResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return typeof r.filePath === 'string' && Array.isArray(r.messages);
}

/** Parses one part; throws ReportInputError naming the file when it is not `-f json` output. */
export function parseResults(text: string, file: string): LintResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReportInputError(`${file}: not JSON (${(error as Error).message}); write partial results with -f json`);
  }
  if (!Array.isArray(data)) throw new ReportInputError(`${file}: expected an array of results, as -f json writes`);
  data.forEach((r, i) => {
    if (!isResult(r)) throw new ReportInputError(`${file}: [${i}] is not a lint result (no filePath and messages)`);
  });
  return (data as LintResult[]).map((r) => ({
    ...r,
    suppressedMessages: Array.isArray(r.suppressedMessages) ? r.suppressedMessages : [],
    usedDeprecatedRules: Array.isArray(r.usedDeprecatedRules) ? r.usedDeprecatedRules : [],
  }));
}

/**
 * Concatenates parts, sorted by path. A file present in several parts is one
 * that --shard split by line (a JSON Lines export): its parts are joined, each
 * conversation kept once, findings in position order.
 */
export function mergeResults(parts: readonly (readonly LintResult[])[]): LintResult[] {
  const byPath = new Map<string, LintResult[]>();
  for (const part of parts) for (const result of part) byPath.set(result.filePath, [...(byPath.get(result.filePath) ?? []), result]);
  const merged = [...byPath].map(([filePath, results]) => {
    const ids = results.map((r) => (r.transcripts ?? []).map((t) => t.id));
    const disjoint = ids.every((list) => list.length > 0) && new Set(ids.flat()).size === ids.flat().length;
    // The same conversations linted again (a re-run): the later part wins.
    if (results.length === 1 || !disjoint) return results[results.length - 1];
    const joined = mergeChunkResults(filePath, results);
    const seen = new Set<string>();
    joined.transcripts = (joined.transcripts ?? []).filter((t) => !seen.has(t.id) && seen.add(t.id));
    // Back in file order, as one whole run lists them: by the line of each conversation's first finding.
    const firstLine = new Map<string, number>();
    for (const m of joined.messages) if (m.transcriptId !== undefined && !(firstLine.get(m.transcriptId)! <= m.line)) firstLine.set(m.transcriptId, m.line);
    joined.transcripts.sort((a, b) => (firstLine.get(a.id) ?? Infinity) - (firstLine.get(b.id) ?? Infinity));
    joined.messages.sort(compareMessages);
    return joined;
  });
  return merged.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** The files named: paths as given, globs expanded (sorted). */
export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    if (existsSync(full) || !fastGlob().isDynamicPattern(input)) {
      files.push(full);
      continue;
    }
    const matched = fastGlob().sync(input, { cwd, absolute: true, onlyFiles: true }).sort();
    if (!matched.length) throw new ReportInputError(`no files match "${input}"`);
    files.push(...matched);
  }
  return files;
}

export interface ReportOptions {
  cwd: string;
  format?: string;
  outputFile?: string;
  color?: boolean;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/** Runs `report <subcommand> …`; resolves to the exit code (0, or 2 for bad usage or unreadable input). */
export async function runReport(args: readonly string[], options: ReportOptions): Promise<number> {
  const fail = (message: string) => {
    options.stderr.write(`transcript-lint: ${stripControl(message)}\n`);
    return 2;
  };
  const [subcommand, ...inputs] = args;
  if (subcommand !== 'merge') return fail(`report: unknown subcommand "${subcommand ?? ''}"; ${REPORT_USAGE}`);
  if (!inputs.length) return fail(`report merge: no result files given; ${REPORT_USAGE}`);
  try {
    const files = expandInputs(inputs, options.cwd);
    const parts = files.map((file) => {
      const shown = path.relative(options.cwd, file) || file;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new ReportInputError(`${shown}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      return parseResults(text, shown);
    });
    const results = mergeResults(parts);
    const formatter = await loadFormatter(options.format ?? 'summary', { cwd: options.cwd });
    const color = options.color ?? (Boolean(options.stdout.isTTY) && !options.outputFile && options.env.NO_COLOR === undefined);
    const report = await formatter(results, {
      cwd: options.cwd,
      color,
      rulesMeta: Object.fromEntries([...builtinRules].map(([id, r]) => [id, r.meta])),
    });
    if (options.outputFile) {
      // Not through a symbolic link, not over a folder; a write error is one line (exit 2).
      writeReport(reportTarget(options.cwd, options.outputFile), report);
    } else if (report) {
      options.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ReportInputError) return fail(error.message);
    if (error instanceof UnknownFormatterError || error instanceof UnsafeWriteError) return fail(error.message);
    throw error;
  }
}
