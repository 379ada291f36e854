/**
 * The Node API's engine: files in, LintResults out. It owns the I/O the core
 * does not do — finding files, reading bytes, looking up configs, the cache,
 * writing fixes — and hands text to the Linter.
 */
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader } from '../config/loader.js';
import type { LoadedPlugin } from '../config/plugins.js';
import { checkRuleReferences, validateConfigShape } from '../config/schema.js';
import { ConfigError, type ResolvedConfig, type RuleSetting } from '../config/types.js';
import { FormatRegistry, type InputFormat } from '../formats/index.js';
import { applyFixes, MAX_FIX_PASSES } from '../linter/fixes.js';
import { buildResult, Linter, UnknownFormatError, type TimeBudget } from '../linter/linter.js';
import type { RuleKind, RuleMeta, RuleModule } from '../linter/rule.js';
import type { Channel, LintMessage, LintResult } from '../model.js';
import { DEFAULT_CACHE_FILE, hash, ResultCache, type CacheStrategy } from './cache.js';
import { chunkRanges, keepShardLines, rangeStarts, splitByTranscript, mergeChunkResults, readChunks, type ChunkRange } from './chunks.js';
import type { WorkerTask } from './worker.js';
import { discoverFiles } from './discover.js';
import { builtinLexicon, builtinMessages } from './lexicons.js';
import { bytePosition, decodeBytes, encodeText, startsWithUtf16Bom, type DecodedFile } from './read.js';
import { replaceFile } from './write.js';
import { loadRulesDirs } from './rulesdir.js';

export interface EngineOptions {
  cwd?: string;
  /** --config */
  configFile?: string;
  /** false: --no-config-lookup */
  configLookup?: boolean;
  /** --rule, as `{ id: severity | [severity, options] }` */
  rules?: Record<string, RuleSetting>;
  /** --rulesdir: folders of loose rule modules (.js, .mjs, .cjs), relative to cwd. */
  rulesdirs?: string[];
  locale?: string;
  /** --message-locale: the language of the findings' messages. */
  messageLocale?: string;
  channel?: Channel;
  inputFormat?: string;
  /** false: --no-ignore */
  ignore?: boolean;
  /** --ignore-pattern, relative to cwd */
  ignorePatterns?: string[];
  /** false: --no-error-on-unmatched-pattern */
  errorOnUnmatchedPattern?: boolean;
  /** false: --no-inline-config */
  allowInlineConfig?: boolean;
  /** --report-unused-disable-directives[-severity] */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /** --fix / --fix-dry-run: compute fixed output (written only by outputFixes). */
  fix?: boolean;
  /** --fix-type: only fixes from rules of these kinds. */
  fixTypes?: RuleKind[];
  /** --cache */
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
  /** Size of the pieces JSON Lines files are read in (default 4 MiB). */
  chunkBytes?: number;
  /** --shard i/n: lint only this part (files by position, JSON Lines by line). */
  shard?: { index: number; count: number };
  /** Measure time per rule (TIMING=1). */
  timing?: boolean;
  /** How files are read; tests count reads through it. */
  readFile?: (file: string) => Uint8Array;
  /** Keep each conversation's turns and finding ranges on the results (html reports, --keep-conversations). */
  keepConversations?: boolean;
  /** Called after each file of lintFiles: the CLI's progress bar. */
  onProgress?: (progress: LintProgress) => void;
  /**
   * --max-file-time: seconds one file may take (checked between conversations
   * and between turns); past it the file gets a fatal message, keeps the
   * findings made so far, and the run goes on. Unlimited when absent or 0.
   */
  maxFileTime?: number;
}

export interface LintProgress {
  filesDone: number;
  filesTotal: number;
  conversationsDone: number;
}

export class Engine {
  readonly cwd: string;
  /** Built-in and --rulesdir rules; plugin and declarative rules come with each file's config (rulesForFile). */
  readonly rules: ReadonlyMap<string, RuleModule>;
  readonly formats = new FormatRegistry();
  private readonly pluginFormats = new Map<string, string>();
  readonly linter: Linter;
  readonly configs: ConfigLoader;
  private readonly cache?: ResultCache;
  private readonly decoded = new Map<string, Pick<DecodedFile, 'encoding' | 'bom' | 'invalidByteOffset'>>();
  /** With --fix: each file as it was before it was read, so a file changed meanwhile is not overwritten. */
  private readonly readStats = new Map<string, Stats>();
  private readonly readFile: (file: string) => Uint8Array;

  constructor(private readonly options: EngineOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    const fromDirs = options.rulesdirs?.length ? loadRulesDirs(options.rulesdirs, this.cwd, builtinRules) : undefined;
    this.rules = fromDirs?.size ? new Map([...builtinRules, ...fromDirs]) : builtinRules;
    if (options.rules && Object.keys(options.rules).length) {
      // Plugin and declarative rules are known once a file's configs are loaded: their ids are checked then.
      validateConfigShape({ rules: options.rules }, '--rule');
      checkRuleReferences({ rules: options.rules }, '--rule', this.rules, { skipUnknown: true });
    }
    this.linter = new Linter({ rules: this.rules, formats: this.formats, lexicon: builtinLexicon, messages: builtinMessages }, { timing: options.timing });
    this.configs = new ConfigLoader({
      rules: this.rules,
      cwd: this.cwd,
      configFile: options.configFile,
      lookup: options.configLookup,
      cliRules: options.rules,
      cliLocale: options.locale,
      cliMessageLocale: options.messageLocale,
      cliChannel: options.channel,
      presetRules: builtinRules,
      onPlugin: (plugin, where) => this.addPluginFormats(plugin, where),
    });
    if (options.inputFormat && !this.formats.get(options.inputFormat)) {
      // A plugin of the config in the working folder may add it.
      this.configs.loadPlugins();
      if (!this.formats.get(options.inputFormat)) {
        throw new ConfigError(`--input-format: unknown format "${options.inputFormat}" (expected one of: ${this.formats.list().map((f) => f.name).join(', ')})`);
      }
    }
    this.readFile = options.readFile ?? ((file) => readFileSync(file));
    // Fixing changes what a file says; its result is never served from the cache.
    if (options.cache && !options.fix) {
      this.cache = new ResultCache(path.resolve(this.cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE), options.cacheStrategy);
    }
  }

  configForFile(filePath: string): ResolvedConfig {
    return this.configs.forFile(path.resolve(this.cwd, filePath));
  }

  /** Every rule a file can use: built-in, --rulesdir, and its configs' plugin and declarative rules. */
  rulesForFile(filePath: string): ReadonlyMap<string, RuleModule> {
    return this.linter.rulesFor(this.configForFile(filePath));
  }

  /** The rules of the config in the working folder (--list-rules). */
  rulesInCwd(): ReadonlyMap<string, RuleModule> {
    return this.rulesForFile(path.join(this.cwd, '.transcriptlintrc'));
  }

  /** Input formats, with those the plugins of the config in the working folder add (--list-formats). */
  inputFormats(): InputFormat[] {
    this.configs.loadPlugins();
    return this.formats.list();
  }

  /** Metadata of every rule the results can name, for formatters' rulesMeta. */
  rulesMeta(results: readonly LintResult[] = []): Record<string, RuleMeta> {
    const meta: Record<string, RuleMeta> = Object.fromEntries([...this.rules].map(([id, r]) => [id, r.meta]));
    const dirs = new Set<string>();
    for (const result of results) {
      const dir = path.dirname(path.resolve(this.cwd, result.filePath));
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      try {
        for (const [id, rule] of this.rulesForFile(result.filePath)) meta[id] ??= rule.meta;
      } catch {
        // A config that cannot load has already been reported.
      }
    }
    return meta;
  }

  /** Registers a plugin's input formats; a built-in format's name cannot be taken. */
  private addPluginFormats(plugin: LoadedPlugin, where: string): void {
    for (const format of plugin.formats) {
      if (this.formats.get(format.name) && !this.pluginFormats.has(format.name)) {
        throw new ConfigError(`${where}: plugin "${plugin.name}" adds input format "${format.name}", the name of a built-in format`);
      }
      this.pluginFormats.set(format.name, plugin.name);
      this.formats.add(format);
    }
  }

  listFiles(patterns: readonly string[]): string[] {
    // Plugins of the configs here may add input formats, and so file extensions to look for.
    this.configs.loadPlugins();
    const fromConfig = this.configs.ignorePatterns().flatMap(({ dir, patterns: p }) =>
      p.map((pattern) => path.relative(this.cwd, path.join(dir, pattern)).split(path.sep).join('/')),
    );
    return discoverFiles(patterns, {
      cwd: this.cwd,
      extensions: [...new Set([...this.formats.extensions(), '.txt'])],
      ignorePatterns: this.options.ignore === false ? [] : [...fromConfig, ...(this.options.ignorePatterns ?? [])],
      useIgnoreFile: this.options.ignore,
      errorOnUnmatchedPattern: this.options.errorOnUnmatchedPattern,
    });
  }

  lintFiles(patterns: readonly string[]): LintResult[] {
    const files = this.shardFiles(this.listFiles(patterns));
    let conversationsDone = 0;
    const results = files.map((file, i) => {
      const result = this.lintFile(file);
      conversationsDone += result.transcripts?.length ?? 0;
      this.options.onProgress?.({ filesDone: i + 1, filesTotal: files.length, conversationsDone });
      return result;
    });
    this.cache?.save();
    return results;
  }

  /**
   * The same as lintFiles, on `threads` worker threads: files, and JSON Lines
   * files in chunks, are shared out; results come back in the same order and
   * are identical to a single-thread run. The cache and --fix stay on the main
   * thread, so with either the run is single-threaded.
   */
  async lintFilesParallel(patterns: readonly string[], threads: number): Promise<LintResult[]> {
    if (this.cache || this.options.fix || this.options.readFile || threads < 2) return this.lintFiles(patterns);
    const files = this.shardFiles(this.listFiles(patterns));
    const tasks: WorkerTask[] = [];
    const { onProgress, readFile, ...rest } = this.options;
    void readFile;
    const options: EngineOptions = { ...rest, cwd: this.cwd };
    for (const file of files) {
      if (this.isJsonLines(file)) {
        const ranges = chunkRanges(file, this.options.chunkBytes);
        const starts = rangeStarts(file, ranges);
        ranges.forEach((range, i) => tasks.push({ options, file, ranges: [range], firstLine: starts[i].line, charOffset: starts[i].charOffset }));
      } else {
        tasks.push({ options, file });
      }
    }
    const { Piscina } = await import('piscina');
    const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
    let filesDone = 0;
    let conversationsDone = 0;
    try {
      const parts = await Promise.all(
        tasks.map(async (task) => {
          const part = (await pool.run(task)) as LintResult;
          conversationsDone += part.transcripts?.length ?? 0;
          onProgress?.({ filesDone: filesDone, filesTotal: files.length, conversationsDone });
          return part;
        }),
      );
      const byFile = new Map<string, LintResult[]>();
      tasks.forEach((task, i) => byFile.set(task.file, [...(byFile.get(task.file) ?? []), parts[i]]));
      return files.map((file) => {
        filesDone++;
        return mergeChunkResults(file, byFile.get(file)!);
      });
    } finally {
      await pool.destroy();
    }
  }

  /**
   * Lints and hands each result to `emit` as soon as it is ready, keeping
   * nothing: JSON Lines files give one result per conversation, chunk by chunk,
   * so an export of any size streams through in bounded memory.
   */
  lintFilesStreaming(patterns: readonly string[], emit: (result: LintResult) => void): void {
    for (const file of this.shardFiles(this.listFiles(patterns))) {
      if (this.isJsonLines(file) && !this.options.fix) {
        // A file that cannot be read is a fatal result; what `emit` throws is the caller's and goes on up.
        let emitting = false;
        try {
          this.lintJsonLines(file, undefined, 1, 0, (part) => {
            emitting = true;
            splitByTranscript(part).forEach(emit);
            emitting = false;
          });
        } catch (error) {
          if (emitting || error instanceof ConfigError || error instanceof UnknownFormatError) throw error;
          emit(fatalResult(file, failureMessage(error)));
        }
      } else {
        emit(this.lintFile(file));
      }
    }
    this.cache?.save();
  }

  /** JSON Lines files are split by line inside the file; every other file goes to one shard. */
  shardFiles(files: readonly string[]): string[] {
    const shard = this.options.shard;
    if (!shard || shard.count <= 1) return [...files];
    let position = 0;
    return files.filter((file) => this.isJsonLines(file) || position++ % shard.count === shard.index - 1);
  }

  /** Whether the file is read as JSON Lines in chunks; UTF-16 files are read whole (their line breaks are two bytes). */
  isJsonLines(file: string): boolean {
    const jsonLines = this.options.inputFormat ? this.options.inputFormat === 'jsonl' : /\.(jsonl|ndjson)$/i.test(file);
    return jsonLines && !hasUtf16Bom(file);
  }

  /** A fresh time budget for one file, when --max-file-time is set. */
  private timeBudget(): TimeBudget | undefined {
    const seconds = this.options.maxFileTime;
    return seconds && seconds > 0 ? { seconds, deadline: performance.now() + seconds * 1000 } : undefined;
  }

  /**
   * Lints a JSON Lines file chunk by chunk — never whole in memory — or only
   * the `ranges` given (a worker's share). Positions are the file's.
   */
  lintJsonLines(filePath: string, ranges?: readonly ChunkRange[], firstLine = 1, startCharOffset = 0, onChunk?: (part: LintResult) => void): LintResult {
    const config = this.configForFile(filePath);
    const shard = this.options.shard;
    const parts: LintResult[] = [];
    let charOffset = startCharOffset;
    const budget = this.timeBudget();
    let invalidReported = false;
    for (const chunk of readChunks(filePath, ranges ?? chunkRanges(filePath, this.options.chunkBytes), firstLine)) {
      const text = shard ? keepShardLines(chunk.text, chunk.firstLine, shard.index, shard.count) : chunk.text;
      const part = this.verify(text, filePath, config, chunk.firstLine, budget);
      if (chunk.invalidUtf8 && !invalidReported) {
        invalidReported = true;
        part.messages.unshift(invalidUtf8Warning(chunk.invalidUtf8.byte, chunk.invalidUtf8));
        part.warningCount++;
      }
      const lineShift = chunk.firstLine - 1;
      const shift = (m: LintMessage) => {
        if (m.line > 0) m.line += lineShift;
        if (m.endLine !== undefined) m.endLine += lineShift;
        if (m.fix) m.fix.range = [m.fix.range[0] + charOffset, m.fix.range[1] + charOffset];
        for (const s of m.suggestions ?? []) s.fix.range = [s.fix.range[0] + charOffset, s.fix.range[1] + charOffset];
      };
      part.messages.forEach(shift);
      part.suppressedMessages.forEach(shift);
      for (const t of part.transcripts ?? []) for (const mark of t.conversation?.marks ?? []) mark.line += lineShift;
      // Streaming callers take each chunk as it comes; nothing is kept.
      if (onChunk) onChunk(part);
      else parts.push(part);
      charOffset += chunk.text.length;
      if (budget?.exceeded) break;
    }
    return parts.length ? mergeChunkResults(filePath, parts) : buildResult(filePath, [], [], []);
  }

  /** Lints one file; a file that cannot be read is one fatal message, never an exception. */
  lintFile(filePath: string): LintResult {
    let config: ResolvedConfig;
    config = this.configForFile(filePath);
    const configKey = this.cache ? hash(JSON.stringify([config, this.options.rulesdirs, this.options.inputFormat, this.options.allowInlineConfig, this.options.reportUnusedDisableDirectives, this.options.keepConversations])) : '';
    let bytes: Uint8Array | undefined;
    const read = () => (bytes ??= this.readFile(filePath));
    try {
      const cached = this.cache?.get(filePath, configKey, read);
      if (cached) return cached;
      if (this.isJsonLines(filePath) && !this.options.fix && !this.options.readFile) {
        const result = this.lintJsonLines(filePath);
        if (this.cache && result.fatalErrorCount === 0) this.cache.set(filePath, configKey, read(), result);
        return result;
      }
      if (this.options.fix && !this.options.readFile) this.readStats.set(filePath, statSync(filePath));
      read();
    } catch (error) {
      if (error instanceof ConfigError || error instanceof UnknownFormatError) throw error;
      return fatalResult(filePath, failureMessage(error));
    }
    const decoded = decodeBytes(bytes!);
    this.decoded.set(filePath, decoded);
    let result: LintResult;
    try {
      result = this.lintWithConfig(decoded.text, filePath, config);
    } catch (error) {
      // A bad config stops the run as before; a bug of ours on one file is reported on that file, and the others are still linted.
      if (error instanceof ConfigError || error instanceof UnknownFormatError) throw error;
      return fatalResult(filePath, internalErrorMessage(error));
    }
    if (decoded.invalidByteOffset !== undefined && result.fatalErrorCount === 0) {
      const bom = decoded.bom ? 3 : 0;
      result.messages.unshift(invalidUtf8Warning(decoded.invalidByteOffset, bytePosition(bytes!.subarray(bom), decoded.invalidByteOffset - bom)));
      result.warningCount++;
    }
    if (this.cache && result.fatalErrorCount === 0) this.cache.set(filePath, configKey, bytes!, result);
    return result;
  }

  /** Lints text as if it were the file `filePath` (stdin, editors). */
  lintText(text: string, { filePath = '<text>' }: { filePath?: string } = {}): LintResult {
    const absolute = path.resolve(this.cwd, filePath);
    return this.lintWithConfig(text, absolute, this.configForFile(absolute), this.timeBudget());
  }

  private verify(text: string, filePath: string, config: ResolvedConfig, firstLine?: number, timeBudget?: TimeBudget): LintResult {
    return this.linter.verify(text, {
      filePath,
      config,
      firstLine,
      timeBudget,
      // A chunk of a JSON Lines file is JSON Lines whatever its first line looks like.
      inputFormat: firstLine !== undefined ? 'jsonl' : this.options.inputFormat,
      allowInlineConfig: this.options.allowInlineConfig,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
      keepConversations: this.options.keepConversations,
    });
  }

  /** Lints, and with `fix` applies fixes pass after pass until the text is stable. */
  private lintWithConfig(text: string, filePath: string, config: ResolvedConfig, budget = this.timeBudget()): LintResult {
    let result = this.verify(text, filePath, config, undefined, budget);
    if (!this.options.fix || result.fatalErrorCount > 0) return result;
    const kinds = this.options.fixTypes;
    const shouldFix = (m: LintMessage) => !kinds || (m.ruleId !== null && kinds.includes(this.linter.rulesFor(config).get(m.ruleId)?.meta.kind as RuleKind));
    let current = text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { output, fixed } = applyFixes(current, result.messages, shouldFix);
      if (!fixed || output === current) break;
      current = output;
      result = this.verify(current, filePath, config, undefined, budget);
      // Fixed text that no longer lints cleanly through (out of time, a rule crashed) is not written.
      if (result.fatalErrorCount > 0) return result;
    }
    if (current !== text) result.output = current;
    return result;
  }

  /**
   * Writes fixed output back to the files it came from, atomically, in the
   * encoding they were read in. Returns the files it could not write.
   */
  outputFixes(results: readonly LintResult[]): Array<{ filePath: string; reason: string }> {
    const skipped: Array<{ filePath: string; reason: string }> = [];
    for (const result of results) {
      if (result.output === undefined) continue;
      const encoding = this.decoded.get(result.filePath);
      if (!encoding) continue; // stdin or text: nothing to write to
      try {
        if (encoding.invalidByteOffset !== undefined) {
          // Writing the text back would turn every byte that is not UTF-8 into U+FFFD, for good.
          throw new Error(`${result.filePath}: not written: it is not valid UTF-8 (byte ${encoding.invalidByteOffset}); convert it to UTF-8 first`);
        }
        const before = this.readStats.get(result.filePath);
        if (before && changedSince(result.filePath, before)) {
          throw new Error(`${result.filePath}: not written: it changed while it was being linted`);
        }
        replaceFile(result.filePath, encodeText(result.output, encoding));
      } catch (error) {
        skipped.push({ filePath: result.filePath, reason: (error as Error).message });
      }
    }
    return skipped;
  }
}

/** Why a file could not be linted: a read error (the file's problem), else an internal error (ours). */
export function failureMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return internalErrorMessage(error);
  const reason =
    code === 'ENOENT' ? 'file vanished before it could be read'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'ELOOP' ? 'symbolic link loop'
    : (error as Error).message;
  return `cannot read file: ${reason}`;
}

/** A message for an error of ours (not the input's): the CLI exits 2 on it. */
export function internalErrorMessage(error: unknown): string {
  return `internal error while linting this file: ${error instanceof Error ? error.message : String(error)}`;
}

function invalidUtf8Warning(byte: number, at: { line: number; column: number }): LintMessage {
  return { ruleId: null, severity: 1, message: `invalid UTF-8 at byte ${byte}: replaced with U+FFFD`, line: at.line, column: at.column };
}

function hasUtf16Bom(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && startsWithUtf16Bom(head);
  } catch {
    return false; // reading it will say what is wrong
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file was written to or replaced after `before` was taken. */
function changedSince(file: string, before: Stats): boolean {
  try {
    const now = statSync(file);
    return now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs;
  } catch {
    return true;
  }
}

export function fatalResult(filePath: string, message: string): LintResult {
  const fatal: LintMessage = { ruleId: null, fatal: true, severity: 2, message, line: 0, column: 0 };
  return buildResult(filePath, [fatal], [], []);
}
