/**
 * The command line: argv in, exit code out (ESLint's `cli.execute`). Wiring
 * only — every decision lives in the engine, config, linter or formatters — so
 * the whole CLI runs in-process in tests.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import { reportTarget, writeReport as writeReportFile } from './runner/write.js';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { yaml } from './lazy-modules.js';
import { ConfigError, type RuleSetting } from './config/types.js';
import { builtinFormatterNames, loadFormatter, UnknownFormatterError } from './formatters/index.js';
import { escapeJsonForTerminal, stripControl } from './formatters/sanitize.js';
import { CHANNELS, type Channel, type LintResult } from './model.js';
import { NoFilesError } from './runner/discover.js';
import { Engine } from './runner/engine.js';
import { splitByTranscript } from './runner/chunks.js';
import { UnknownFormatError } from './linter/linter.js';
import type { RuleKind } from './linter/rule.js';
import { applySuppressions, DEFAULT_SUPPRESSIONS_FILE, loadSuppressions, pruneSuppressions, recordSuppressions, saveSuppressions } from './runner/suppressions.js';
import { runInit } from './init.js';
import { runReport } from './report/merge.js';
import { createProgressBar } from './runner/progress.js';

export interface CliIO {
  stdout?: { write(text: string): unknown; isTTY?: boolean };
  stderr?: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Text read for --stdin; process.stdin when absent. */
  stdin?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

interface CliOptions {
  config?: string;
  configLookup: boolean;
  rule?: string[];
  rulesdir?: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  inputFormat?: string;
  channel?: Channel;
  locale?: string;
  messageLocale?: string;
  printConfig?: string;
  listRules?: boolean;
  listFormats?: boolean;
  ignore: boolean;
  ignorePattern?: string[];
  concurrency: string;
  shard?: { index: number; count: number };
  errorOnUnmatchedPattern: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  reportUnusedDisableDirectivesSeverity?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: 'metadata' | 'content';
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  keepConversations?: boolean;
  progress: boolean;
  maxFileTime: number;
}

class UsageError extends Error {}

/** Fatal messages that are our failure, not the input's (a rule crashed, a bug): exit 2. */
function isInternalError(m: { fatal?: boolean; message: string }): boolean {
  return Boolean(m.fatal) && /^(?:rule ".*" crashed|internal error)/.test(m.message);
}

/** Where -o writes, checked before any linting: never through a symbolic link, never over a folder. */
function outputTarget(cwd: string, file: string): string {
  try {
    return reportTarget(cwd, file);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Refuses to put a report over a file the run read conversations from (an old report it may replace). */
function checkNotAnInput(target: string, result: LintResult): void {
  if ((result.transcripts ?? []).some((t) => t.turns > 0) && path.resolve(result.filePath) === target) {
    throw new UsageError(`-o ${target}: not written: it is one of the files being linted`);
  }
}

/** Writes the report atomically; a failure is one line, exit 2. */
function writeReport(target: string, report: string): void {
  try {
    writeReportFile(target, report);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;
  }
}

function program(): Command {
  return new Command('transcript-lint')
    .description('Lint support conversations and canned responses for the sins of customer service.')
    .argument('[patterns...]', 'files, folders or globs to lint')
    .option('-c, --config <path>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for .transcriptlintrc files')
    .option('--rule <rule>', 'set a rule, e.g. "runaround: error" or "jargon: [warn, {terms: {RMA: return label}}]" (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--rulesdir <dir>', 'load the rule modules (.js, .mjs, .cjs) in this folder; switch them on with rules: or --rule (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-f, --format <name>', `output format: ${builtinFormatterNames().join(', ')}`, 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => {
      if (!/^-?\d+$/.test(v)) throw new UsageError(`--max-warnings: expected a whole number, got "${v}"`);
      return Number(v);
    }, -1)
    .option('--quiet', 'report errors only')
    .option('--no-progress', 'no progress bar on a terminal')
    .option('--keep-conversations', 'keep each conversation\'s turns in the results (-f json), for report merge -f html')
    .option('--color', 'force colour output')
    .option('--no-color', 'never colour output')
    .option('--stdin', 'lint text read from standard input')
    .option('--stdin-filename <name>', 'the file name to treat standard input as (picks format and config)')
    .option('--input-format <name>', 'read every input as this format (see --list-formats)')
    .addOption(new Option('--channel <channel>', 'channel of conversations whose source does not say; "macro" reads text files as canned responses').choices([...CHANNELS]))
    .option('--locale <locale>', 'language of the conversations (en, el, hy, ka, or auto)')
    .addOption(new Option('--message-locale <locale>', 'language of the findings\' messages').choices(['en', 'el', 'hy', 'ka']))
    .option('--fix', 'fix what can be fixed and write the files')
    .option('--fix-dry-run', 'fix without writing; the fixed text is in the JSON "output" field')
    .addOption(new Option('--fix-type <kinds...>', 'only apply fixes from rules of these kinds').choices(['sin', 'practice', 'style']))
    .option('--cache', 'only lint files that changed since the last run')
    .option('--cache-location <path>', 'where the cache lives', '.transcriptlintcache')
    .addOption(new Option('--cache-strategy <strategy>', 'how a changed file is detected').choices(['metadata', 'content']).default('metadata'))
    .option('--suppress-all', 'record every current finding in the suppressions file (a baseline)')
    .option('--suppress-rule <id>', 'record the current findings of this rule (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--prune-suppressions', 'drop suppressions that no longer match a finding')
    .option('--suppressions-location <path>', 'the suppressions file', 'transcript-lint-suppressions.json')
    .option('--concurrency <n>', 'worker threads: auto (when the work is big enough to pay for them), off, or a number', 'auto')
    .option('--max-file-time <seconds>', 'stop linting a file after this many seconds (a fatal message; the run goes on); 0 for no limit', (v: string) => {
      if (!/^\d+(?:\.\d+)?$/.test(v)) throw new UsageError(`--max-file-time: expected a number of seconds, got "${v}"`);
      return Number(v);
    }, 120)
    .option('--shard <i/n>', 'lint only part i of n (files by position, JSON Lines by line), for spreading a run over machines', (v: string) => {
      const m = /^(\d+)\/(\d+)$/.exec(v);
      if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new UsageError(`--shard: expected i/n with 1 <= i <= n, got "${v}"`);
      return { index: +m[1], count: +m[2] };
    })
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-ignore', 'do not use .transcriptlintignore, ignorePatterns or --ignore-pattern')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob matches nothing')
    .option('--no-inline-config', 'ignore transcript-lint-disable comments')
    .option('--report-unused-disable-directives', 'report disable directives that suppressed nothing, as errors')
    .addOption(new Option('--report-unused-disable-directives-severity <level>', 'severity for unused disable directives').choices(['off', 'warn', 'error', '0', '1', '2']))
    .option('--print-config <file>', 'print the config that applies to a file, then exit')
    .option('--list-rules', 'list every rule with its kind, default severity and description')
    .option('--list-formats', 'list the input formats and the extensions they read')
    .option('--lsp', 'run as a language server on stdio (for editors; see docs/editors.md)')
    .version(version(), '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showHelpAfterError(false)
    .allowExcessArguments(false);
}

function parseRules(values: string[] = []): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    let parsed: unknown;
    try {
      parsed = yaml().parse(`{${value}}`);
    } catch {
      throw new UsageError(`--rule: cannot parse "${value}" (expected "rule-id: severity" or "rule-id: [severity, {options}]")`);
    }
    if (!parsed || typeof parsed !== 'object') throw new UsageError(`--rule: cannot parse "${value}"`);
    Object.assign(rules, parsed);
  }
  return rules;
}

async function readStdin(io: CliIO): Promise<string> {
  if (io.stdin !== undefined) return io.stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listRules(engine: Engine): string {
  // Built-in and --rulesdir rules, and the plugin and declarative rules of the config in the working folder.
  const rows = [...engine.rulesInCwd().values()]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => [r.meta.id, r.meta.kind, r.meta.defaultSeverity, r.meta.fixable ? 'fixable' : '', r.meta.docs.description]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n') + '\n';
}

/**
 * `-f jsonl` over files streams: each conversation's result is written as it
 * completes and nothing is kept, so a year of chats fits in bounded memory.
 * Baselines, fixes and --stdin need the whole picture and take the normal path.
 */
function streams(options: CliOptions, cwd: string): boolean {
  return (
    options.format === 'jsonl' && !options.stdin && !options.fix && !options.fixDryRun && !options.suppressAll && !options.suppressRule && !options.pruneSuppressions &&
    !existsSync(path.resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE))
  );
}

function streamJsonl(engine: Engine, patterns: string[], options: CliOptions, cwd: string, stdout: NonNullable<CliIO['stdout']>): number {
  if (patterns.length === 0) throw new UsageError('no files to lint: give files, folders or globs, or --stdin');
  const target = options.outputFile ? outputTarget(cwd, options.outputFile) : undefined;
  const temp = target ? path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`) : undefined;
  if (target) mkdirSync(path.dirname(target), { recursive: true });
  const fd = temp ? openSync(temp, 'w') : undefined;
  let errors = 0;
  let warnings = 0;
  let internal = false;
  try {
    engine.lintFilesStreaming(patterns, (result) => {
      errors += result.errorCount;
      warnings += result.warningCount;
      internal ||= result.messages.some(isInternalError);
      if (target) checkNotAnInput(target, result);
      const shown = options.quiet ? filterQuiet([result])[0] : result;
      const line = escapeJsonForTerminal(JSON.stringify(shown)) + '\n';
      if (fd !== undefined) writeSync(fd, line);
      else stdout.write(line);
    });
    if (fd !== undefined) {
      closeSync(fd);
      renameSync(temp!, target!);
    }
  } catch (error) {
    if (fd !== undefined) {
      closeSync(fd);
      rmSync(temp!, { force: true });
    }
    throw error;
  }
  if (internal) return 2;
  return errors > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings) ? 1 : 0;
}

/**
 * Worker threads for this run. `auto` uses them only when the input is big
 * enough (16 MB) to pay for starting them, one per core up to four.
 */
function workerThreads(setting: string, engine: Engine, patterns: readonly string[]): number {
  if (setting === 'off') return 0;
  const cores = Math.min(4, os.availableParallelism());
  if (setting !== 'auto') {
    if (!/^\d+$/.test(setting)) throw new UsageError(`--concurrency: expected auto, off or a number, got "${setting}"`);
    return Number(setting);
  }
  if (cores < 2) return 0;
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0; // a link loop, a file gone: linting it will say so
    }
  };
  const bytes = engine.listFiles(patterns).reduce((sum, file) => sum + size(file), 0);
  return bytes >= 16 * 1024 * 1024 ? cores : 0;
}

/** ESLint's TIMING=1 table: the slowest rules and their share of rule time. */
function timingTable(timings: Map<string, number>, rows: number): string {
  const total = [...timings.values()].reduce((a, b) => a + b, 0) || 1;
  const lines = [...timings].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([rule, ms]) => `${rule.padEnd(24)} | ${ms.toFixed(1).padStart(10)} | ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  return `${'Rule'.padEnd(24)} | ${'Time (ms)'.padStart(10)} | Relative\n${'-'.repeat(24)}-|-${'-'.repeat(10)}-|---------\n${lines.join('\n')}\n`;
}

function unusedDirectiveSeverity(options: CliOptions): 0 | 1 | 2 | undefined {
  const level = options.reportUnusedDisableDirectivesSeverity;
  if (level !== undefined) return ({ off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 } as const)[level as 'off'];
  return options.reportUnusedDisableDirectives ? 2 : undefined;
}

/** Records, prunes and applies the suppressions file (the baseline of old findings). */
function baseline(results: LintResult[], options: CliOptions, cwd: string): LintResult[] {
  const file = path.resolve(cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE);
  let suppressions = loadSuppressions(file);
  if (options.suppressAll || options.suppressRule) {
    suppressions = recordSuppressions(results, suppressions, cwd, options.suppressAll ? undefined : options.suppressRule);
    saveSuppressions(file, suppressions);
  }
  if (options.pruneSuppressions) {
    suppressions = pruneSuppressions(applySuppressions(results, suppressions, cwd), suppressions, cwd);
    saveSuppressions(file, suppressions);
  }
  return Object.keys(suppressions).length ? applySuppressions(results, suppressions, cwd) : results;
}

function filterQuiet(results: LintResult[]): LintResult[] {
  return results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 }));
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 problems, 2 fatal). */
export async function execute(argv: readonly string[], io: CliIO = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  // The language server owns stdio until the client says exit; clients may add --stdio.
  if (argv.includes('--lsp')) return (await import('./lsp/server.js')).startLanguageServer();
  const cmd = program()
    .exitOverride()
    .configureOutput({ writeOut: (s) => stdout.write(s), writeErr: (s) => stderr.write(s) });
  try {
    cmd.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      stderr.write(`transcript-lint: ${stripControl(error.message)}\n`);
      return 2;
    }
    throw error;
  }
  const options = cmd.opts<CliOptions>();
  const patterns = cmd.processedArgs[0] as string[];
  const cwd = io.cwd ?? process.cwd();
  if (patterns.length === 1 && patterns[0] === 'init') return runInit({ cwd, stdout, stderr, interactive: Boolean(stdout.isTTY) && io.stdin === undefined && Boolean(process.stdin.isTTY) });
  if (patterns[0] === 'report' && patterns[1] === 'merge') {
    const format = cmd.getOptionValueSource('format') === 'default' ? 'summary' : options.format;
    return runReport(patterns.slice(1), { cwd, format, outputFile: options.outputFile, color: options.color, stdout, stderr, env });
  }

  try {
    if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
    if (options.fix && options.stdin) throw new UsageError('--fix cannot be used with --stdin; use --fix-dry-run');
    if (options.fixType && !options.fix && !options.fixDryRun) throw new UsageError('--fix-type goes with --fix or --fix-dry-run');
    const needs = (await loadFormatter(options.format, { cwd }).catch(() => undefined))?.needs ?? [];
    const progress = createProgressBar(stderr, { enabled: options.progress && !options.quiet && !options.stdin });
    const engine = new Engine({
      keepConversations: Boolean(options.keepConversations) || needs.includes('conversations'),
      onProgress: progress?.update,
      cwd,
      configFile: options.config,
      configLookup: options.configLookup,
      rules: parseRules(options.rule),
      rulesdirs: options.rulesdir,
      locale: options.locale,
      messageLocale: options.messageLocale,
      channel: options.channel,
      inputFormat: options.inputFormat,
      ignore: options.ignore,
      ignorePatterns: options.ignorePattern,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      allowInlineConfig: options.inlineConfig,
      reportUnusedDisableDirectives: unusedDirectiveSeverity(options),
      fix: Boolean(options.fix || options.fixDryRun),
      fixTypes: options.fixType as RuleKind[] | undefined,
      cache: options.cache,
      cacheLocation: options.cacheLocation,
      cacheStrategy: options.cacheStrategy,
      timing: Boolean(env.TIMING),
      shard: options.shard,
      maxFileTime: options.maxFileTime,
    });
    if (options.listRules) {
      stdout.write(listRules(engine));
      return 0;
    }
    if (options.listFormats) {
      stdout.write(engine.inputFormats().map((f) => `${f.name.padEnd(14)} ${f.extensions.join(' ').padEnd(18)} ${f.description}`).join('\n') + '\n');
      return 0;
    }
    if (options.printConfig) {
      stdout.write(escapeJsonForTerminal(JSON.stringify(engine.configForFile(options.printConfig), null, 2)) + '\n');
      return 0;
    }
    const target = options.outputFile ? outputTarget(cwd, options.outputFile) : undefined;
    if (streams(options, cwd)) return streamJsonl(engine, patterns, options, cwd, stdout);
    const formatter = await loadFormatter(options.format, { cwd });

    let results: LintResult[];
    if (options.stdin) {
      if (patterns.length) throw new UsageError('--stdin takes no file arguments');
      const result = engine.lintText(await readStdin(io), { filePath: options.stdinFilename ?? '<stdin>' });
      // As a streaming mapper (Spark pipe, Hadoop Streaming) each conversation is its own line.
      results = options.format === 'jsonl' ? splitByTranscript(result) : [result];
    } else {
      if (patterns.length === 0) throw new UsageError('no files to lint: give files, folders or globs, or --stdin');
      if (options.stdinFilename) throw new UsageError('--stdin-filename goes with --stdin');
      try {
        const threads = workerThreads(options.concurrency, engine, patterns);
        results = threads > 1 ? await engine.lintFilesParallel(patterns, threads) : engine.lintFiles(patterns);
      } finally {
        progress?.done();
      }
    }
    if (options.fix) {
      for (const { reason } of engine.outputFixes(results)) stderr.write(`transcript-lint: ${stripControl(reason)}\n`);
    }
    results = baseline(results, options, cwd);

    const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
    const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
    const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
    const shown = options.quiet ? filterQuiet(results) : results;
    const color = options.color ?? (Boolean(stdout.isTTY) && !options.outputFile && env.NO_COLOR === undefined);
    const report = await formatter(shown, {
      cwd,
      color,
      rulesMeta: engine.rulesMeta(results),
      ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings: options.maxWarnings, foundWarnings: warningCount } } : {}),
    });
    if (target) {
      for (const result of results) checkNotAnInput(target, result);
      writeReport(target, report);
    }
    else if (report) stdout.write(report.endsWith('\n') ? report : `${report}\n`);

    if (engine.linter.timings) stderr.write(timingTable(engine.linter.timings, Number(env.TIMING) > 1 ? Number(env.TIMING) : 10));
    const internalError = results.some((r) => r.messages.some(isInternalError));
    if (internalError) return 2;
    return errorCount > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof NoFilesError || error instanceof UnknownFormatterError || error instanceof UnknownFormatError) {
      stderr.write(`transcript-lint: ${stripControl(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    stderr.write(`transcript-lint: internal error: ${detail.split('\n').map(stripControl).join('\n')}\n`);
    return 2;
  }
}
