/**
 * `--rulesdir DIR`: every .js, .mjs and .cjs file in DIR is a rule module (its
 * default export, or module.exports), known by its `meta.id`, without a
 * namespace. Loaded synchronously (Node 20.19+ `require`s ES modules without
 * top-level await). Like ESLint's, these rules are off until `rules:` or
 * `--rule` switches them on.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ConfigError } from '../config/types.js';
import type { RuleModule } from '../linter/rule.js';
import { completeRule } from '../config/plugins.js';

const require = createRequire(import.meta.url);

export function loadRulesDirs(dirs: readonly string[], cwd: string, builtin: ReadonlyMap<string, RuleModule>): Map<string, RuleModule> {
  const rules = new Map<string, RuleModule>();
  const from = new Map<string, string>();
  for (const dir of dirs) {
    const abs = path.resolve(cwd, dir);
    if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new ConfigError(`--rulesdir: "${dir}" is not a folder`);
    for (const name of readdirSync(abs).filter((n) => /\.[cm]?js$/.test(n)).sort()) {
      const file = path.join(abs, name);
      const shown = path.relative(cwd, file) || file;
      let exported: unknown;
      try {
        exported = require(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ERR_REQUIRE_ASYNC_MODULE' ? 'uses top-level await, which a rule module cannot' : (error as Error).message.split('\n')[0];
        throw new ConfigError(`--rulesdir: ${shown}: cannot load: ${reason}`);
      }
      const mod = exported as { default?: unknown };
      const rule = (mod && typeof mod === 'object' && mod.default && typeof mod.default === 'object' ? mod.default : mod) as Partial<RuleModule>;
      if (!rule || typeof rule.create !== 'function' || !rule.meta || typeof rule.meta.id !== 'string' || !rule.meta.messages) {
        throw new ConfigError(`--rulesdir: ${shown}: not a rule module (export { meta: { id, messages, … }, create })`);
      }
      const id = rule.meta.id;
      if (builtin.has(id)) throw new ConfigError(`--rulesdir: ${shown}: "${id}" is the id of a built-in rule`);
      if (rules.has(id)) throw new ConfigError(`--rulesdir: ${shown}: rule "${id}" is also defined in ${from.get(id)}`);
      from.set(id, shown);
      rules.set(id, completeRule(rule as RuleModule, id, `--rulesdir ${dir}`));
    }
  }
  return rules;
}
