/**
 * Finding and reading config files: from each linted file's folder upward
 * (`.transcriptlintrc.yaml`, `.yml`, `.json`, `"transcriptLint"` in package.json),
 * resolving `extends`, applying `overrides`. Results are cached per folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { yaml } from '../lazy-modules.js';
import { compileCustomRule, type CompiledCustomRule } from '../linter/declarative.js';
import type { RuleModule } from '../linter/rule.js';
import type { Channel } from '../model.js';
import { loadPlugin, parsePluginPreset, type LoadedPlugin } from './plugins.js';
import { builtinPresets } from './presets.js';
import { applyLayer, emptyResolved, overrideMatches } from './resolve.js';
import { applyRuleSources, rulesOf } from './rule-sources.js';
import { checkRuleReferences, validateConfigShape } from './schema.js';
import { ConfigError, type ConfigData, type ResolvedConfig, type RuleSetting } from './types.js';

export const CONFIG_FILES = ['.transcriptlintrc.yaml', '.transcriptlintrc.yml', '.transcriptlintrc.json'];

interface Layer {
  file: string;
  dir: string;
  data: ConfigData;
  /** How errors name it: the file relative to cwd, or `plugin:acme/recommended`. */
  display?: string;
  /** Where its plugins and relative `extends` resolve from, when not `dir` (a plugin's preset). */
  resolveFrom?: string;
  plugins?: LoadedPlugin[];
  customRules?: CompiledCustomRule[];
}

export interface ConfigLoaderOptions {
  rules: ReadonlyMap<string, RuleModule>;
  cwd: string;
  /** A config file given with --config: used instead of the lookup. */
  configFile?: string;
  /** false with --no-config-lookup. */
  lookup?: boolean;
  /** From the command line; applied last. */
  cliRules?: Record<string, RuleSetting>;
  cliLocale?: string;
  cliChannel?: Channel;
  cliMessageLocale?: string;
  /** Rules the built-in presets switch on (default: `rules`); --rulesdir rules are known but not in them. */
  presetRules?: ReadonlyMap<string, RuleModule>;
  /** Called once per plugin loaded: the engine registers its input formats. */
  onPlugin?: (plugin: LoadedPlugin, where: string) => void;
}

export class ConfigLoader {
  private readonly presets: Record<string, ConfigData>;
  private readonly dirLayers = new Map<string, Layer[]>();
  private readonly fileCache = new Map<string, Layer | null>();
  private readonly resolvedCache = new Map<string, ResolvedConfig>();
  private readonly plugins = new Map<string, LoadedPlugin>();
  private readonly pluginPresets = new Map<string, Pick<Layer, 'file' | 'display' | 'resolveFrom' | 'data' | 'plugins' | 'customRules'>>();

  constructor(private readonly options: ConfigLoaderOptions) {
    this.presets = builtinPresets(options.presetRules ?? options.rules);
    if (options.configFile) {
      const file = path.resolve(options.cwd, options.configFile);
      if (!existsSync(file)) throw new ConfigError(`${options.configFile}: config file not found`);
    }
  }

  /** Reads and validates one config file (or package.json's "transcriptLint"); null when there is none. */
  private readLayer(file: string): Layer | null {
    if (this.fileCache.has(file)) return this.fileCache.get(file)!;
    let layer: Layer | null = null;
    const display = path.relative(this.options.cwd, file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`${display}: cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let data: unknown;
    try {
      data = yaml().parse(text);
    } catch (error) {
      if (error instanceof yaml().YAMLParseError) {
        const pos = error.linePos?.[0];
        throw new ConfigError(`${display}${pos ? `:${pos.line}:${pos.col}` : ''}: cannot parse config: ${error.message.split('\n')[0]}`);
      }
      throw error;
    }
    if (path.basename(file) === 'package.json') {
      data = (data as Record<string, unknown> | null)?.transcriptLint;
      if (data === undefined) {
        this.fileCache.set(file, null);
        return null;
      }
    }
    if (data === null || data === undefined) data = {};
    // `rules:` with every entry commented out parses as null: treat it as absent.
    if (typeof data === 'object' && !Array.isArray(data)) {
      data = Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([, v]) => v !== null));
    }
    layer = this.prepare({ file, display, dir: path.dirname(file), data: validateConfigShape(data, display) });
    this.fileCache.set(file, layer);
    return layer;
  }

  /** Loads a layer's plugins and compiles its customRules, once per file. */
  private prepare<T extends Layer>(layer: T): T {
    const display = layer.display ?? layer.file;
    const from = layer.resolveFrom ?? layer.dir;
    layer.plugins = (layer.data.plugins ?? []).map((request, i) => this.plugin(request, from, `${display}: plugins[${i}]`));
    layer.customRules = Object.entries(layer.data.customRules ?? {}).map(([id, definition]) => {
      const where = `${display}: customRules.${id}`;
      if (id.includes('/')) throw new ConfigError(`${where}: "/" is kept for plugin rules (plugin/rule); name the rule without one`);
      if (this.options.rules.has(id)) throw new ConfigError(`${where}: "${id}" is already a rule (built-in or --rulesdir); give yours another id`);
      return compileCustomRule(id, definition, where, `customRules in ${display}`);
    });
    return layer;
  }

  /** One plugin, resolved from `fromDir`; loaded once. */
  private plugin(request: string, fromDir: string, where: string): LoadedPlugin {
    const key = `${fromDir}\0${request}`;
    let plugin = this.plugins.get(key);
    if (!plugin) {
      plugin = loadPlugin(request, fromDir, where);
      this.plugins.set(key, plugin);
      this.options.onPlugin?.(plugin, where);
    }
    return plugin;
  }

  /** A plugin's preset (`plugin:acme/recommended`) as a layer of the config that extends it. */
  private pluginPreset(name: string, preset: { plugin: string; config: string }, layer: Layer): Layer {
    const where = `${layer.display ?? layer.file}: extends`;
    let plugin: LoadedPlugin;
    try {
      plugin = this.plugin(preset.plugin, layer.resolveFrom ?? layer.dir, `${where}: "${name}"`);
    } catch (error) {
      if (error instanceof ConfigError && /\.(ya?ml|json)$/i.test(name)) {
        throw new ConfigError(`${error.message}; a path to a config file starts with ./ or ../`);
      }
      throw error;
    }
    const key = `${plugin.file}#${preset.config}`;
    let prepared = this.pluginPresets.get(key);
    if (!prepared) {
      const data = plugin.configs[preset.config];
      if (data === undefined) {
        throw new ConfigError(`${where}: plugin "${plugin.name}" has no config "${preset.config}" (it has: ${Object.keys(plugin.configs).join(', ') || 'none'})`);
      }
      const display = `plugin:${plugin.namespace}/${preset.config}`;
      prepared = this.prepare({ file: `plugin:${key}`, display, dir: plugin.dir, resolveFrom: plugin.dir, data: validateConfigShape(data, display) });
      // The preset brings its plugin: its rules and phrases.
      prepared.plugins = [plugin, ...(prepared.plugins ?? []).filter((p) => p !== plugin)];
      this.pluginPresets.set(key, prepared);
    }
    // Overrides in a preset match paths relative to the config that extends it.
    return { ...prepared, dir: layer.dir };
  }

  private configInDir(dir: string): Layer | null {
    for (const name of CONFIG_FILES) {
      const file = path.join(dir, name);
      if (existsSync(file) && statSync(file).isFile()) return this.readLayer(file);
    }
    const pkg = path.join(dir, 'package.json');
    return existsSync(pkg) ? this.readLayer(pkg) : null;
  }

  /** Config layers that apply in `dir`, outermost first. */
  private layersFor(dir: string): Layer[] {
    const cached = this.dirLayers.get(dir);
    if (cached) return cached;
    let layers: Layer[];
    if (this.options.configFile) {
      layers = [this.readLayer(path.resolve(this.options.cwd, this.options.configFile))!];
    } else if (this.options.lookup === false) {
      layers = [];
    } else {
      const own = this.configInDir(dir);
      const parent = path.dirname(dir);
      const above = own?.data.root || parent === dir ? [] : this.layersFor(parent);
      layers = own ? [...above, own] : above;
    }
    this.dirLayers.set(dir, layers);
    return layers;
  }

  /** Expands `extends` depth-first into the list of layers it stands for. */
  private expand(layer: Layer, seen: string[] = []): Layer[] {
    const out: Layer[] = [];
    const display = layer.display ?? path.relative(this.options.cwd, layer.file);
    for (const name of [layer.data.extends ?? []].flat()) {
      const preset = this.presets[name];
      if (preset) {
        out.push({ file: `preset:${name}`, dir: layer.dir, data: preset });
        continue;
      }
      if (!name.startsWith('.') && !path.isAbsolute(name)) {
        const fromPlugin = parsePluginPreset(name);
        if (!fromPlugin) {
          throw new ConfigError(`${display}: extends: unknown preset "${name}" (expected recommended, strict, plugin:<plugin>/<config>, or a path to a config file)`);
        }
        const base = this.pluginPreset(name, fromPlugin, layer);
        if (seen.includes(base.file)) throw new ConfigError(`${display}: extends: "${name}" extends itself`);
        out.push(...this.expand(base, [...seen, base.file]));
        continue;
      }
      const file = path.resolve(layer.resolveFrom ?? layer.dir, name);
      if (seen.includes(file)) throw new ConfigError(`${display}: extends: "${name}" extends itself`);
      if (!existsSync(file)) throw new ConfigError(`${display}: extends: "${name}" not found`);
      const base = this.readLayer(file)!;
      out.push(...this.expand(base, [...seen, file]));
    }
    out.push(layer);
    return out;
  }

  /** The config for one file (absolute path). */
  forFile(filePath: string): ResolvedConfig {
    const layers = this.layersFor(path.dirname(filePath)).flatMap((l) => this.expand(l));
    const hasExtends = layers.some((l) => l.data.extends !== undefined);
    if (!hasExtends) layers.unshift({ file: 'preset:recommended', dir: '/', data: this.presets.recommended });
    const matched: string[] = [];
    for (const layer of layers) {
      layer.data.overrides?.forEach((o, i) => {
        if (overrideMatches(o, path.relative(layer.dir, filePath).split(path.sep).join('/'))) matched.push(`${layer.file}#${i}`);
      });
    }
    const key = layers.map((l) => l.file).join('|') + '||' + matched.join('|');
    const cached = this.resolvedCache.get(key);
    if (cached) return cached;
    const resolved = emptyResolved();
    for (const layer of layers) {
      applyRuleSources(resolved, layer);
      applyLayer(resolved, layer.data);
      layer.data.overrides?.forEach((o, i) => {
        if (matched.includes(`${layer.file}#${i}`)) applyLayer(resolved, o);
      });
    }
    applyLayer(resolved, { rules: this.options.cliRules, locale: this.options.cliLocale, channel: this.options.cliChannel, messageLocale: this.options.cliMessageLocale });
    // Rule ids and options are checked against this file's rule set: built-in, plugins, customRules.
    const known = rulesOf(resolved, this.options.rules);
    for (const layer of layers) {
      if (!layer.file.startsWith('preset:')) checkRuleReferences(layer.data, layer.display ?? layer.file, known);
    }
    if (this.options.cliRules) checkRuleReferences({ rules: this.options.cliRules }, '--rule', known);
    this.resolvedCache.set(key, resolved);
    return resolved;
  }

  /**
   * Loads the plugins of the configs that apply in `dir`, those their presets bring
   * included, without resolving a config: their input formats must be known before
   * files are found and formats detected.
   */
  loadPlugins(dir: string = this.options.cwd): void {
    for (const layer of this.layersFor(dir)) this.expand(layer);
  }

  /** ignorePatterns of every config that applies in `cwd`, relative to their folders. */
  ignorePatterns(): Array<{ dir: string; patterns: string[] }> {
    return this.layersFor(this.options.cwd)
      .filter((l) => l.data.ignorePatterns?.length)
      .map((l) => ({ dir: l.dir, patterns: l.data.ignorePatterns! }));
  }
}
