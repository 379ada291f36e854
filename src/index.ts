/** The Node API. */
export { Engine as TranscriptLint, type EngineOptions } from './runner/engine.js';
export { Linter, type LinterEnvironment, type VerifyOptions } from './linter/linter.js';
export { defineRule, type RuleModule, type RuleMeta, type RuleContext, type RuleListener, type ReportDescriptor } from './linter/rule.js';
export { loadFormatter, type Formatter, type FormatterContext } from './formatters/index.js';
export { FormatRegistry, ParseError, type InputFormat, type ParseContext, type ParseOutput } from './formats/index.js';
export { SourceMap, LineIndex } from './formats/source-map.js';
export { builtinRules } from '../rules/index.js';
export { execute } from './cli.js';
export type * from './model.js';
export type { ConfigData, ResolvedConfig } from './config/types.js';
export { applyFixes } from "./linter/fixes.js";
export { RuleTester, type TestCase, type InvalidTestCase, type ExpectedError } from "./rule-tester.js";
export { type RuleTesterOptions, type TestedRule } from "./rule-tester.js";
export { compileCustomRule, type CustomRuleDefinition, type CompiledCustomRule } from "./linter/declarative.js";
export { type TranscriptLintPlugin } from "./config/plugins.js";
