import type { RuleModule } from '../linter/rule.js';
import type { ConfigData } from './types.js';

/**
 * `recommended`: every rule at the severity its measured precision earned
 * (meta.defaultSeverity); `strict`: every rule an error.
 */
export function builtinPresets(rules: ReadonlyMap<string, RuleModule>): Record<string, ConfigData> {
  const recommended: ConfigData = { rules: {} };
  const strict: ConfigData = { rules: {} };
  for (const [id, rule] of rules) {
    recommended.rules![id] = rule.meta.defaultSeverity;
    strict.rules![id] = 'error';
  }
  return { recommended, strict };
}
