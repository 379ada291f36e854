import type { RuleMeta } from '../linter/rule.js';
import type { LintResult } from '../model.js';

/** What ESLint hands its formatters, plus `color`. */
export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, RuleMeta>;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
