/** The built-in rules, by id. */
import type { RuleModule } from '../src/linter/rule.js';
import missingThanks from './missing-thanks.js';
import robotism from './robotism.js';
import ruleBook from './rule-book.js';
import runaround from './runaround.js';

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map(
  [runaround, ruleBook, missingThanks, robotism].map((rule) => [rule.meta.id, rule]),
);
