import type { Channel, Role, Severity } from '../model.js';
import type { FormatOptions } from '../formats/types.js';
import type { Lexicon } from '../text/phrases.js';
import type { ResolvedScorecard, ScorecardConfig } from '../linter/scorecard.js';
import type { CustomRuleDefinition } from '../linter/declarative.js';
import type { RuleModule } from '../linter/rule.js';

export type SeverityValue = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?];

/** A config file as written (after schema validation). */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  locale?: string;
  defaultLocale?: string;
  /** Language the findings' messages are written in. */
  messageLocale?: string;
  channel?: Channel;
  rules?: Record<string, RuleSetting>;
  roles?: Partial<Record<Role, string[]>>;
  lexicon?: Record<string, Lexicon>;
  /** Column and field maps for CSV and JSON exports no built-in adapter reads (docs/formats.md). */
  formatOptions?: FormatOptions;
  /** QA scorecard: rule weights, auto-fail rules, pass mark (docs/reports.md). */
  scorecard?: ScorecardConfig;
  ignorePatterns?: string[];
  overrides?: Array<ConfigOverride>;
  /** Plugin packages (`acme` = transcript-lint-plugin-acme) or paths, resolved from this file's folder (docs/writing-rules.md). */
  plugins?: string[];
  /** Declarative rules, by id: existence, substitution, occurrence, conditional, sequence, metric (docs/writing-rules.md). */
  customRules?: Record<string, CustomRuleDefinition>;
}

export interface ConfigOverride extends Omit<ConfigData, 'root' | 'extends' | 'overrides' | 'ignorePatterns' | 'plugins' | 'customRules'> {
  files: string | string[];
  excludedFiles?: string | string[];
}

/** What the linter needs for one file: everything merged, severities numeric. */
export interface ResolvedConfig {
  rules: Record<string, [Severity, Record<string, unknown>]>;
  /** 'auto' detects from the script of each conversation. */
  locale: string;
  /** What 'auto' resolves Latin script to. */
  defaultLocale: string;
  /** Language the findings' messages are written in (en, el, hy, ka). */
  messageLocale: string;
  channel?: Channel;
  roles: Partial<Record<Role, string[]>>;
  /** Extra phrases per locale, added to the built-in lexicons. */
  lexicon: Record<string, Lexicon>;
  /** Scorecard weights, auto-fail rules and pass mark, merged over the layers. */
  scorecard?: ResolvedScorecard;
  /** Generic CSV / JSON maps, merged key by key over the layers. */
  formatOptions?: FormatOptions;
  /** Plugin and declarative rules this config adds to the built-in ones, by id (src/config/rule-sources.ts). */
  ruleModules?: ReadonlyMap<string, RuleModule>;
  /** Loaded plugins: namespace → package@version. */
  plugins?: Record<string, string>;
  /** The declarative rules in effect, as defined. */
  customRules?: Record<string, CustomRuleDefinition>;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function severityOf(value: SeverityValue): Severity {
  switch (value) {
    case 'off': case 0: return 0;
    case 'warn': case 1: return 1;
    case 'error': case 2: return 2;
  }
  throw new ConfigError(`bad severity ${JSON.stringify(value)}`);
}
