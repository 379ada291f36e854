import type { RuleMeta } from '../linter/rule.js';
import type { LintResult } from '../model.js';

/** What ESLint hands its formatters, plus `color`. */
export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, RuleMeta>;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/**
 * A formatter is a pure function of the results. It may declare what it needs
 * beyond ESLint's fields: `needs: ['conversations']` asks the engine to keep each
 * conversation's turns (`transcripts[].conversation`), as the html report does.
 */
export type Formatter = ((results: LintResult[], context: FormatterContext) => string | Promise<string>) & {
  needs?: readonly FormatterNeed[];
};

export type FormatterNeed = 'conversations';
