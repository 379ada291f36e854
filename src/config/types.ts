import type { Channel, Role, Severity } from '../model.js';
import type { FormatOptions } from '../formats/types.js';
import type { Lexicon } from '../text/phrases.js';
import type { ResolvedScorecard, ScorecardConfig } from '../linter/scorecard.js';

export type SeverityValue = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?];

/** A config file as written (after schema validation). */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  locale?: string;
  defaultLocale?: string;
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
}

export interface ConfigOverride extends Omit<ConfigData, 'root' | 'extends' | 'overrides' | 'ignorePatterns'> {
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
  channel?: Channel;
  roles: Partial<Record<Role, string[]>>;
  /** Extra phrases per locale, added to the built-in lexicons. */
  lexicon: Record<string, Lexicon>;
  /** Scorecard weights, auto-fail rules and pass mark, merged over the layers. */
  scorecard?: ResolvedScorecard;
  /** Generic CSV / JSON maps, merged key by key over the layers. */
  formatOptions?: FormatOptions;
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
