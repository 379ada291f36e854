/**
 * RuleTester, for rule authors: valid and invalid cases, each a transcript
 * written inline (plain text with speaker labels, native JSON, or a macro),
 * with expected findings asserted by message id, line and column.
 *
 *   new RuleTester().run('runaround', rule, {
 *     valid: ['Agent: I have reset it for you.'],
 *     invalid: [{ code: 'Agent: Please visit our website.', errors: [{ messageId: 'redirect', line: 1, column: 15 }] }],
 *   });
 *
 * The rule may be a code rule module or a declarative definition (what
 * `customRules:` holds in config); plugin rules are tested with the plugin
 * registered, so their phrases are there: `new RuleTester({ plugins: { acme } })`.
 * See docs/writing-rules.md.
 */
import assert from 'node:assert/strict';
import { FormatRegistry } from './formats/index.js';
import { emptyResolved } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import { Linter } from './linter/linter.js';
import { applyFixes } from './linter/fixes.js';
import type { RuleModule } from './linter/rule.js';
import { compileCustomRule, isCustomRuleDefinition, type CustomRuleDefinition } from './linter/declarative.js';
import { instantiatePlugin, type TranscriptLintPlugin } from './config/plugins.js';
import { validateRuleOptions } from './config/schema.js';
import type { Channel, LintMessage } from './model.js';
import { builtinLexicon } from './runner/lexicons.js';
import { mergeLexicons, type Lexicon } from './text/phrases.js';

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

export interface RuleTesterOptions {
  /** Plugins by namespace (`{ acme: plugin }`): their phrases and input formats are there for every case. */
  plugins?: Record<string, TranscriptLintPlugin>;
  /** Extra phrases for every case, as under `lexicon` in config. */
  lexicon?: Record<string, Lexicon>;
  /** More rules the environment knows (not switched on). */
  rules?: ReadonlyMap<string, RuleModule>;
}

/** What `run` and `lint` test: a code rule module, or a declarative definition. */
export type TestedRule = RuleModule | CustomRuleDefinition;

function mergeByLocale(...lexicons: Array<Record<string, Lexicon> | undefined>): Record<string, Lexicon> {
  const out: Record<string, Lexicon> = {};
  for (const lexicon of lexicons) for (const [locale, groups] of Object.entries(lexicon ?? {})) out[locale] = mergeLexicons(out[locale], groups);
  return out;
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
  private readonly rules: Map<string, RuleModule>;
  private readonly lexicon: Record<string, Lexicon>;
  private readonly compiled = new WeakMap<object, Map<string, { rule: RuleModule; lexicon: Record<string, Lexicon> }>>();

  /** `new RuleTester()`, `new RuleTester({ plugins: { acme } })`; a Map of extra rules is accepted too. */
  constructor(options: ReadonlyMap<string, RuleModule> | RuleTesterOptions = {}) {
    const { plugins = {}, lexicon, rules: extra = new Map() } = options instanceof Map ? { rules: options as ReadonlyMap<string, RuleModule> } : (options as RuleTesterOptions);
    const rules = new Map(extra);
    const formats = new FormatRegistry();
    const lexicons: Array<Record<string, Lexicon>> = [];
    for (const [namespace, plugin] of Object.entries(plugins)) {
      const loaded = instantiatePlugin(plugin, namespace, `RuleTester: plugin "${namespace}"`, { request: namespace, name: namespace, file: `${namespace}/index.js` });
      for (const [id, rule] of loaded.rules) rules.set(id, rule);
      for (const format of loaded.formats) formats.add(format);
      lexicons.push(loaded.lexicon);
    }
    this.lexicon = mergeByLocale(...lexicons, lexicon);
    this.linter = new Linter({ rules, formats, lexicon: builtinLexicon });
    this.rules = rules;
  }

  /** A declarative definition compiled (once) into a rule module and its phrases; a module as it is. */
  private prepare(ruleId: string, rule: TestedRule): { rule: RuleModule; lexicon: Record<string, Lexicon> } {
    if (!isCustomRuleDefinition(rule)) return { rule: rule as RuleModule, lexicon: {} };
    let byId = this.compiled.get(rule);
    if (!byId) this.compiled.set(rule, (byId = new Map()));
    let entry = byId.get(ruleId);
    if (!entry) {
      const { rule: module, lexicon } = compileCustomRule(ruleId, rule, `RuleTester: ${ruleId}`, 'RuleTester');
      byId.set(ruleId, (entry = { rule: module, lexicon }));
    }
    return entry;
  }

  /** Lints one case with only `rule` switched on. */
  lint(ruleId: string, tested: TestedRule, testCase: TestCase): { messages: LintMessage[]; source: string } {
    const { rule, lexicon } = this.prepare(ruleId, tested);
    this.rules.set(ruleId, rule);
    if (testCase.options !== undefined) validateRuleOptions(rule, testCase.options, `test case options for ${ruleId}`);
    const config: ResolvedConfig = {
      ...emptyResolved(),
      rules: { [ruleId]: [2, testCase.options ?? {}] },
      channel: testCase.channel,
      locale: testCase.locale ?? 'auto',
      lexicon: mergeByLocale(this.lexicon, lexicon, testCase.lexicon),
    };
    const filePath = testCase.filename ?? defaultFilename(testCase.code, testCase.channel);
    const result = this.linter.verify(testCase.code, { filePath, config });
    const fatal = result.messages.find((m) => m.fatal || m.ruleId === null);
    if (fatal) throw new Error(`test case could not be linted: ${fatal.message} (${fatal.line}:${fatal.column})`);
    return { messages: result.messages.filter((m) => m.ruleId === ruleId), source: testCase.code };
  }

  /** Declares one test per case (under vitest/mocha `describe`/`it` when they exist). `rule` may be a declarative definition. */
  run(ruleId: string, rule: TestedRule, cases: { valid: Array<string | TestCase>; invalid: InvalidTestCase[] }): void {
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
