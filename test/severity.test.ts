/**
 * `recommended` severities are earned, not chosen: a rule ships as `error` exactly
 * when its measured precision meets SEVERITY_POLICY (scripts/labeled.ts) on the
 * held-out set and on every locale's tuning set. When the labeled sets or the rules
 * change, `npm run eval -- --severities` shows what each rule now earns.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { earnedSeverities, evaluateLabeled } from '../scripts/labeled.js';

describe('recommended severities', () => {
  it('match what each rule earned on the labeled sets', () => {
    const problems: string[] = [];
    const earned = earnedSeverities(evaluateLabeled({ holdout: true, onProblem: (l) => problems.push(l) }), evaluateLabeled({ onProblem: (l) => problems.push(l) }));
    expect(problems).toEqual([]);
    const mismatches = earned
      .filter((e) => builtinRules.get(e.rule)!.meta.defaultSeverity !== e.severity)
      .map((e) => `${e.rule}: ships ${builtinRules.get(e.rule)!.meta.defaultSeverity}, earned ${e.severity} (${e.reason})`);
    expect(mismatches).toEqual([]);
    // The policy must leave room for both: a gate that errors on nothing, or on everything, is not a policy.
    expect(earned.some((e) => e.severity === 'error')).toBe(true);
    expect(earned.some((e) => e.severity === 'warn')).toBe(true);
  }, 120_000);
});
