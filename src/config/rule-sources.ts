/**
 * Rules that come from config rather than from the package: plugin rules and
 * declarative `customRules`. A resolved config carries them in `ruleModules`, so
 * the rule set is per config — two folders may define a rule of the same id
 * differently — and the linter's caches, keyed by config objects, stay right.
 */
import type { CompiledCustomRule } from '../linter/declarative.js';
import type { RuleModule } from '../linter/rule.js';
import { mergeLexicons } from '../text/phrases.js';
import type { LoadedPlugin } from './plugins.js';
import { severityOf, type ResolvedConfig } from './types.js';

/** The rules a config adds to the built-in ones; serialises (print-config, cache key) as its sorted ids. */
export class RuleMap extends Map<string, RuleModule> {
  toJSON(): string[] {
    return [...this.keys()].sort();
  }
}

/** Where a config layer's extra rules come from. */
export interface RuleSources {
  plugins?: readonly LoadedPlugin[];
  customRules?: readonly CompiledCustomRule[];
}

/**
 * Adds a layer's plugins (their rules and phrases) and its declarative rules to
 * `base`, in place, before the layer's own keys are applied: a declarative rule
 * is switched on at its `severity` there, and the layer's `rules:` may still
 * change that. A nearer definition of the same id replaces the earlier one,
 * phrases included.
 */
export function applyRuleSources(base: ResolvedConfig, sources: RuleSources): void {
  if (!sources.plugins?.length && !sources.customRules?.length) return;
  const modules = new RuleMap(base.ruleModules ?? []);
  let lexicon = base.lexicon;
  for (const plugin of sources.plugins ?? []) {
    for (const [id, rule] of plugin.rules) modules.set(id, rule);
    lexicon = mergeLocales(lexicon, plugin.lexicon);
    base.plugins = { ...base.plugins, [plugin.namespace]: plugin.version ? `${plugin.name}@${plugin.version}` : plugin.name };
  }
  for (const custom of sources.customRules ?? []) {
    modules.set(custom.id, custom.rule);
    // Drop the phrases of an earlier definition of this id, then add this one's.
    lexicon = Object.fromEntries(Object.entries(lexicon).map(([locale, groups]) => [locale, custom.id in groups ? withoutGroup(groups, custom.id) : groups]));
    lexicon = mergeLocales(lexicon, custom.lexicon);
    base.rules[custom.id] = [severityOf(custom.definition.severity ?? 'warn'), {}];
    base.customRules = { ...base.customRules, [custom.id]: custom.definition };
  }
  base.lexicon = lexicon;
  base.ruleModules = modules;
}

function withoutGroup<T extends Record<string, unknown>>(groups: T, group: string): T {
  const copy = { ...groups };
  delete copy[group];
  return copy;
}

function mergeLocales(base: ResolvedConfig['lexicon'], added: ResolvedConfig['lexicon']): ResolvedConfig['lexicon'] {
  const merged = { ...base };
  for (const [locale, lexicon] of Object.entries(added)) merged[locale] = mergeLexicons(merged[locale], lexicon);
  return merged;
}

/** The built-in rules with a config's own on top. */
export function rulesOf(config: Pick<ResolvedConfig, 'ruleModules'>, base: ReadonlyMap<string, RuleModule>): ReadonlyMap<string, RuleModule> {
  const extra = config.ruleModules;
  return extra?.size ? new Map([...base, ...extra]) : base;
}
