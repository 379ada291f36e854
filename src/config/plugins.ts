/**
 * Plugins: packages named `transcript-lint-plugin-<name>` (or
 * `@scope/transcript-lint-plugin[-<name>]`), or paths, exporting
 * `{ rules, configs, lexicons, formats }`. They are resolved from the folder of
 * the config that names them, and loaded synchronously with `require` — Node 20.19
 * and later `require` ES modules too, as long as they use no top-level await —
 * so the engine's API stays synchronous.
 *
 * Rule ids are namespaced: rule `case-number` of `transcript-lint-plugin-acme` is
 * `acme/case-number`; presets are named in `extends` as `plugin:acme/recommended`
 * (or `acme/recommended`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InputFormat } from '../formats/types.js';
import { compileCustomRule, isCustomRuleDefinition, type CustomRuleDefinition } from '../linter/declarative.js';
import type { RuleModule } from '../linter/rule.js';
import { CHANNELS } from '../model.js';
import { mergeLexicons, type Lexicon } from '../text/phrases.js';
import { ConfigError, type ConfigData } from './types.js';

/** What a plugin module exports (as its default export, or as module.exports). */
export interface TranscriptLintPlugin {
  meta?: { name?: string; version?: string; namespace?: string };
  /** Code rules (RuleModule) or declarative definitions (`{ type, message, … }`), by rule name. */
  rules?: Record<string, RuleModule | CustomRuleDefinition>;
  /** Presets, as config file bodies; named in `extends` as `plugin:<namespace>/<name>`. */
  configs?: Record<string, ConfigData>;
  /** Phrases by locale, in lexicon shape; a group named like one of the plugin's rules is that rule's. */
  lexicons?: Record<string, Lexicon>;
  /** Input formats, added to the registry (`--list-formats`, detection, `--input-format`). */
  formats?: InputFormat[] | Record<string, InputFormat>;
}

export interface LoadedPlugin {
  /** As written in the config. */
  request: string;
  /** The package name (or, for a path, the path as written). */
  name: string;
  namespace: string;
  version?: string;
  /** The module file that was loaded, and the folder its own paths resolve from. */
  file: string;
  dir: string;
  /** Rules under their namespaced ids. */
  rules: Map<string, RuleModule>;
  configs: Record<string, unknown>;
  /** Phrases, the plugin's rule groups renamed to their namespaced ids. */
  lexicon: Record<string, Lexicon>;
  formats: InputFormat[];
}

const PREFIX = 'transcript-lint-plugin';

function isPath(request: string): boolean {
  return request.startsWith('.') || path.isAbsolute(request);
}

/** ESLint's naming convention: `acme` → `transcript-lint-plugin-acme`, `@acme` → `@acme/transcript-lint-plugin`. */
export function pluginPackageName(request: string): string {
  if (isPath(request)) return request;
  if (request.startsWith('@')) {
    const [scope, rest] = request.split('/', 2);
    if (!rest) return `${scope}/${PREFIX}`;
    return rest === PREFIX || rest.startsWith(`${PREFIX}-`) ? request : `${scope}/${PREFIX}-${rest}`;
  }
  return request.startsWith(`${PREFIX}-`) ? request : `${PREFIX}-${request}`;
}

/** The prefix of a package's rule ids: `transcript-lint-plugin-acme` → `acme`, `@acme/transcript-lint-plugin` → `@acme`. */
export function pluginNamespace(packageName: string): string {
  if (packageName.startsWith('@')) {
    const [scope, rest = ''] = packageName.split('/', 2);
    if (rest === PREFIX) return scope;
    return `${scope}/${rest.startsWith(`${PREFIX}-`) ? rest.slice(PREFIX.length + 1) : rest}`;
  }
  return packageName.startsWith(`${PREFIX}-`) ? packageName.slice(PREFIX.length + 1) : packageName;
}

/**
 * `plugin:acme/recommended`, `acme/recommended`, `plugin:@acme/strict`,
 * `@acme/foo/strict` → the plugin and the config name; undefined when `name` is no plugin preset.
 */
export function parsePluginPreset(name: string): { plugin: string; config: string } | undefined {
  const body = name.startsWith('plugin:') ? name.slice('plugin:'.length) : name;
  if (isPath(body)) return undefined;
  const slash = body.lastIndexOf('/');
  if (slash <= 0 || slash === body.length - 1) return undefined;
  return { plugin: body.slice(0, slash), config: body.slice(slash + 1) };
}

function nearestPackageJson(file: string): { name?: string; version?: string } | undefined {
  let dir = path.dirname(file);
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        return JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      } catch {
        return undefined;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir || path.basename(dir) === 'node_modules') return undefined;
    dir = parent;
  }
}

function requireError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_REQUIRE_ASYNC_MODULE') return 'uses top-level await, which a plugin cannot (plugins are loaded synchronously); move the awaited work into the rules';
  if (code === 'ERR_REQUIRE_ESM') return 'is an ES module, which this Node.js cannot load synchronously; use Node.js 20.19 or later, or publish the plugin as CommonJS';
  return (error as Error).message?.split('\n')[0] ?? String(error);
}

/** A rule module with namespaced id and complete meta (plugin authors may leave out what has a sensible default), and a declarative rule's phrases. */
function namespacedRule(id: string, rule: unknown, where: string, origin: string): { rule: RuleModule; lexicon?: Record<string, Lexicon> } {
  if (isCustomRuleDefinition(rule)) return compileCustomRule(id, rule, where, origin);
  const module = rule as Partial<RuleModule> | undefined;
  if (!module || typeof module.create !== 'function' || !module.meta || typeof module.meta !== 'object') {
    throw new ConfigError(`${where}: not a rule (a code rule exports { meta, create }; a declarative rule is { type, message, … })`);
  }
  if (!module.meta.messages || typeof module.meta.messages !== 'object') throw new ConfigError(`${where}: meta.messages is missing (message templates by id)`);
  return { rule: completeRule(module as RuleModule, id, origin) };
}

/** A loaded rule with its id set and the meta a loose module may leave out filled in. */
export function completeRule(rule: RuleModule, id: string, origin: string): RuleModule {
  const meta: Partial<RuleModule['meta']> = rule.meta;
  return {
    meta: {
      ...rule.meta,
      id,
      kind: meta.kind ?? 'style',
      channels: meta.channels ?? [...CHANNELS],
      defaultSeverity: meta.defaultSeverity ?? 'warn',
      docs: { ...meta.docs, description: meta.docs?.description ?? '', seed: meta.docs?.seed ?? origin },
    },
    create: (context) => rule.create(context),
  };
}

/** A plugin's lexicons with the groups named like its rules renamed to their namespaced ids. */
export function namespacedLexicon(lexicons: TranscriptLintPlugin['lexicons'], namespace: string, ruleNames: Iterable<string>): Record<string, Lexicon> {
  const names = new Set(ruleNames);
  const out: Record<string, Lexicon> = {};
  for (const [locale, groups] of Object.entries(lexicons ?? {})) {
    out[locale] = {};
    for (const [group, categories] of Object.entries(groups ?? {})) out[locale][names.has(group) ? `${namespace}/${group}` : group] = categories;
  }
  return out;
}

/** Turns a plugin object into what the loader uses; `where` names it in errors. */
export function instantiatePlugin(plugin: TranscriptLintPlugin, namespace: string, where: string, source: { request: string; name: string; version?: string; file: string }): LoadedPlugin {
  if (!plugin || typeof plugin !== 'object') throw new ConfigError(`${where}: exports nothing usable (expected { rules, configs, lexicons, formats })`);
  const origin = `plugin ${source.name}`;
  const rules = new Map<string, RuleModule>();
  const lexicons: Array<Record<string, Lexicon>> = [namespacedLexicon(plugin.lexicons, namespace, Object.keys(plugin.rules ?? {}))];
  for (const [name, rule] of Object.entries(plugin.rules ?? {})) {
    const compiled = namespacedRule(`${namespace}/${name}`, rule, `${where}: rules.${name}`, origin);
    rules.set(`${namespace}/${name}`, compiled.rule);
    if (compiled.lexicon) lexicons.push(compiled.lexicon);
  }
  const lexicon: Record<string, Lexicon> = {};
  for (const added of lexicons) for (const [locale, groups] of Object.entries(added)) lexicon[locale] = mergeLexicons(lexicon[locale], groups);
  for (const [name, config] of Object.entries(plugin.configs ?? {})) {
    if (!config || typeof config !== 'object' || Array.isArray(config)) throw new ConfigError(`${where}: configs.${name}: expected a config object`);
  }
  const formats = Array.isArray(plugin.formats) ? plugin.formats : Object.values(plugin.formats ?? {});
  formats.forEach((format, i) => {
    if (!format || typeof format.name !== 'string' || typeof format.parse !== 'function' || !Array.isArray(format.extensions)) {
      throw new ConfigError(`${where}: formats[${i}]: not an input format (needs name, description, extensions and parse)`);
    }
  });
  return {
    ...source,
    namespace,
    dir: path.dirname(source.file),
    rules,
    configs: { ...(plugin.configs ?? {}) },
    lexicon,
    formats,
  };
}

/**
 * Resolves and loads one plugin from `fromDir` (the folder of the config naming
 * it). `where` names the config key in errors, e.g. `.transcriptlintrc.yaml: plugins[0]`.
 */
export function loadPlugin(request: string, fromDir: string, where: string): LoadedPlugin {
  const name = pluginPackageName(request);
  const require = createRequire(path.join(fromDir, 'noop.js'));
  let file: string;
  try {
    file = require.resolve(isPath(request) ? path.resolve(fromDir, request) : name);
  } catch {
    throw new ConfigError(
      isPath(request)
        ? `${where}: plugin "${request}" not found (looked in ${path.resolve(fromDir, request)})`
        : `${where}: cannot find plugin "${name}" from ${fromDir} (install it next to the config: npm install --save-dev ${name})`,
    );
  }
  let exported: unknown;
  try {
    exported = require(file);
  } catch (error) {
    throw new ConfigError(`${where}: plugin "${name}" ${requireError(error)}`);
  }
  const moduleObject = exported as { default?: unknown; __esModule?: boolean } | undefined;
  // ES modules and transpiled CommonJS put the plugin on `default`; plain CommonJS is the plugin.
  const plugin = (moduleObject && moduleObject.default && typeof moduleObject.default === 'object' ? moduleObject.default : moduleObject) as TranscriptLintPlugin;
  let pkg: { name?: string; version?: string } | undefined;
  let namespace: string;
  let packageName = name;
  if (isPath(request)) {
    // A path names a plugin folder (with its package.json) or a single module file.
    const target = path.resolve(fromDir, request);
    const isDir = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (isDir && existsSync(path.join(target, 'package.json'))) pkg = nearestPackageJson(path.join(target, 'package.json'));
    const stem = isDir ? path.basename(target) : path.basename(file).replace(/\.[cm]?js$/, '');
    namespace = plugin?.meta?.namespace ?? pluginNamespace(pkg?.name ?? plugin?.meta?.name ?? stem);
    packageName = pkg?.name ?? request;
  } else {
    pkg = nearestPackageJson(file);
    namespace = pluginNamespace(name);
  }
  return instantiatePlugin(plugin, namespace, `${where}: plugin "${name}"`, { request, name: packageName, version: pkg?.version ?? plugin?.meta?.version, file });
}
