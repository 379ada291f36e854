/**
 * The Node API's engine: files in, LintResults out. It owns the I/O the core
 * does not do — finding files, reading bytes, looking up configs — and hands
 * text to the Linter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader } from '../config/loader.js';
import { validateConfigData } from '../config/schema.js';
import { ConfigError, type ResolvedConfig, type RuleSetting } from '../config/types.js';
import { FormatRegistry } from '../formats/index.js';
import { buildResult, Linter } from '../linter/linter.js';
import type { RuleModule } from '../linter/rule.js';
import type { Channel, LintMessage, LintResult } from '../model.js';
import { discoverFiles } from './discover.js';
import { builtinLexicon } from './lexicons.js';
import { decodeBytes } from './read.js';

export interface EngineOptions {
  cwd?: string;
  /** --config */
  configFile?: string;
  /** false: --no-config-lookup */
  configLookup?: boolean;
  /** --rule, as `{ id: severity | [severity, options] }` */
  rules?: Record<string, RuleSetting>;
  locale?: string;
  channel?: Channel;
  inputFormat?: string;
  /** false: --no-ignore */
  ignore?: boolean;
}

export class Engine {
  readonly cwd: string;
  readonly rules: ReadonlyMap<string, RuleModule> = builtinRules;
  readonly formats = new FormatRegistry();
  readonly linter: Linter;
  readonly configs: ConfigLoader;

  constructor(private readonly options: EngineOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    if (options.rules) validateConfigData({ rules: options.rules }, '--rule', this.rules);
    if (options.inputFormat && !this.formats.get(options.inputFormat)) {
      throw new ConfigError(`--input-format: unknown format "${options.inputFormat}" (expected one of: ${this.formats.list().map((f) => f.name).join(', ')})`);
    }
    this.linter = new Linter({ rules: this.rules, formats: this.formats, lexicon: builtinLexicon });
    this.configs = new ConfigLoader({
      rules: this.rules,
      cwd: this.cwd,
      configFile: options.configFile,
      lookup: options.configLookup,
      cliRules: options.rules,
      cliLocale: options.locale,
      cliChannel: options.channel,
    });
  }

  configForFile(filePath: string): ResolvedConfig {
    return this.configs.forFile(path.resolve(this.cwd, filePath));
  }

  listFiles(patterns: readonly string[]): string[] {
    return discoverFiles(patterns, {
      cwd: this.cwd,
      extensions: this.formats.extensions().concat(['.txt']),
      ignorePatterns: this.configs.ignorePatterns().flatMap(({ dir, patterns: p }) =>
        p.map((pattern) => path.relative(this.cwd, path.join(dir, pattern)).split(path.sep).join('/')),
      ),
      useIgnoreFile: this.options.ignore,
    });
  }

  lintFiles(patterns: readonly string[]): LintResult[] {
    return this.listFiles(patterns).map((file) => this.lintFile(file));
  }

  /** Lints one file; a file that cannot be read is one fatal message, never an exception. */
  lintFile(filePath: string): LintResult {
    let bytes: Buffer;
    try {
      bytes = readFileSync(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'file vanished before it could be read' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
      return fatalResult(filePath, `cannot read file: ${reason}`);
    }
    const decoded = decodeBytes(bytes);
    const result = this.lintText(decoded.text, { filePath });
    if (decoded.invalidByteOffset !== undefined && result.fatalErrorCount === 0) {
      result.messages.unshift({ ruleId: null, severity: 1, message: `invalid UTF-8 at byte ${decoded.invalidByteOffset}: replaced with U+FFFD`, line: 1, column: 1 });
      result.warningCount++;
    }
    return result;
  }

  /** Lints text as if it were the file `filePath` (stdin, editors). */
  lintText(text: string, { filePath = '<text>' }: { filePath?: string } = {}): LintResult {
    const absolute = path.resolve(this.cwd, filePath);
    const config = this.configForFile(absolute);
    return this.linter.verify(text, { filePath: absolute, config, inputFormat: this.options.inputFormat });
  }
}

export function fatalResult(filePath: string, message: string): LintResult {
  const fatal: LintMessage = { ruleId: null, fatal: true, severity: 2, message, line: 0, column: 0 };
  return buildResult(filePath, [fatal], [], []);
}
