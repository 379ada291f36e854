/**
 * RuleTester, for rule authors: valid and invalid cases, each a transcript
 * written inline (plain text with speaker labels, native JSON, or a macro),
 * with expected findings asserted by message id, line and column.
 *
 *   new RuleTester().run('runaround', rule, {
 *     valid: ['Agent: I have reset it for you.'],
 *     invalid: [{ code: 'Agent: Please visit our website.', errors: [{ messageId: 'redirect', line: 1, column: 15 }] }],
 *   });
 */
import assert from 'node:assert/strict';
import { FormatRegistry } from './formats/index.js';
import { emptyResolved } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import { Linter } from './linter/linter.js';
import { applyFixes } from './linter/fixes.js';
import type { RuleModule } from './linter/rule.js';
import type { Channel, LintMessage } from './model.js';
import { builtinLexicon } from './runner/lexicons.js';
import type { Lexicon } from './text/phrases.js';

export interface TestCase {
  code: string;
  /** Picks the format the way a real file name would: `chat.txt`, `conv.json`, `macro.md`… */
  filename?: string;
  options?: Record<string, unknown>;
  channel?: Channel;
  locale?: string;
  /** Extra phrases, as under `lexicon` in config. */
  lexicon?: Record<string, Lexicon>;
  name?: string;
}

export interface ExpectedError {
  messageId?: string;
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Expected turn index. */
  turn?: number;
}

export interface InvalidTestCase extends TestCase {
  errors: number | ExpectedError[];
  /** The source after applying every fix, or null when the case has no fix. */
  output?: string | null;
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

function defaultFilename(code: string, channel?: Channel): string {
  const trimmed = code.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'case.json';
  return channel === 'macro' ? 'case.md' : 'case.txt';
}

export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  private readonly linter: Linter;

  constructor(private readonly extraRules: ReadonlyMap<string, RuleModule> = new Map()) {
    const rules = new Map(extraRules);
    this.linter = new Linter({ rules, formats: new FormatRegistry(), lexicon: builtinLexicon });
    this.rules = rules;
  }

  private readonly rules: Map<string, RuleModule>;

  /** Lints one case with only `rule` switched on. */
  lint(ruleId: string, rule: RuleModule, testCase: TestCase): { messages: LintMessage[]; source: string } {
    this.rules.set(ruleId, rule);
    const config: ResolvedConfig = {
      ...emptyResolved(),
      rules: { [ruleId]: [2, testCase.options ?? {}] },
      channel: testCase.channel,
      locale: testCase.locale ?? 'auto',
      lexicon: testCase.lexicon ?? {},
    };
    const filePath = testCase.filename ?? defaultFilename(testCase.code, testCase.channel);
    const result = this.linter.verify(testCase.code, { filePath, config });
    const fatal = result.messages.find((m) => m.fatal || m.ruleId === null);
    if (fatal) throw new Error(`test case could not be linted: ${fatal.message} (${fatal.line}:${fatal.column})`);
    return { messages: result.messages.filter((m) => m.ruleId === ruleId), source: testCase.code };
  }

  run(ruleId: string, rule: RuleModule, cases: { valid: Array<string | TestCase>; invalid: InvalidTestCase[] }): void {
    const describe: Describe = RuleTester.describe ?? (globalThis as { describe?: Describe }).describe ?? ((_, body) => body());
    const it: It = RuleTester.it ?? (globalThis as { it?: It }).it ?? ((_, body) => body());
    describe(ruleId, () => {
      describe('valid', () => {
        for (const entry of cases.valid) {
          const testCase = typeof entry === 'string' ? { code: entry } : entry;
          it(testCase.name ?? testCase.code.slice(0, 80), () => {
            const { messages } = this.lint(ruleId, rule, testCase);
            assert.deepEqual(
              messages.map((m) => `${m.line}:${m.column} ${m.message}`),
              [],
              `expected no findings from ${ruleId}`,
            );
          });
        }
      });
      describe('invalid', () => {
        for (const testCase of cases.invalid) {
          it(testCase.name ?? testCase.code.slice(0, 80), () => {
            const { messages, source } = this.lint(ruleId, rule, testCase);
            const expected = testCase.errors;
            if (typeof expected === 'number') {
              assert.equal(messages.length, expected, `expected ${expected} findings, got ${messages.map((m) => `${m.line}:${m.column} ${m.message}`).join(' | ')}`);
            } else {
              assert.equal(messages.length, expected.length, `expected ${expected.length} findings, got ${messages.length}: ${messages.map((m) => `${m.line}:${m.column} ${m.message}`).join(' | ')}`);
              expected.forEach((e, i) => {
                const m = messages[i];
                for (const key of ['messageId', 'line', 'column', 'endLine', 'endColumn'] as const) {
                  if (e[key] !== undefined) assert.equal(m[key], e[key], `finding ${i + 1}: ${key}`);
                }
                if (e.turn !== undefined) assert.equal(m.turn, e.turn, `finding ${i + 1}: turn`);
                if (typeof e.message === 'string') assert.equal(m.message, e.message);
                else if (e.message) assert.match(m.message, e.message);
              });
            }
            if (testCase.output !== undefined) {
              const fixed = applyFixes(source, messages).output;
              assert.equal(testCase.output === null ? source : fixed, testCase.output === null ? fixed : testCase.output, 'output after fixes');
            }
          });
        }
      });
    });
  }
}
