/**
 * Finding and reading config files: from each linted file's folder upward
 * (`.transcriptlintrc.yaml`, `.yml`, `.json`, `"transcriptLint"` in package.json),
 * resolving `extends`, applying `overrides`. Results are cached per folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { RuleModule } from '../linter/rule.js';
import type { Channel } from '../model.js';
import { builtinPresets } from './presets.js';
import { applyLayer, emptyResolved, overrideMatches } from './resolve.js';
import { validateConfigData } from './schema.js';
import { ConfigError, type ConfigData, type ResolvedConfig, type RuleSetting } from './types.js';

export const CONFIG_FILES = ['.transcriptlintrc.yaml', '.transcriptlintrc.yml', '.transcriptlintrc.json'];

interface Layer {
  file: string;
  dir: string;
  data: ConfigData;
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
}

export class ConfigLoader {
  private readonly presets: Record<string, ConfigData>;
  private readonly dirLayers = new Map<string, Layer[]>();
  private readonly fileCache = new Map<string, Layer | null>();
  private readonly resolvedCache = new Map<string, ResolvedConfig>();

  constructor(private readonly options: ConfigLoaderOptions) {
    this.presets = builtinPresets(options.rules);
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
      data = parseYaml(text);
    } catch (error) {
      if (error instanceof YAMLParseError) {
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
    layer = { file, dir: path.dirname(file), data: validateConfigData(data, display, this.options.rules) };
    this.fileCache.set(file, layer);
    return layer;
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
    for (const name of [layer.data.extends ?? []].flat()) {
      const preset = this.presets[name];
      if (preset) {
        out.push({ file: `preset:${name}`, dir: layer.dir, data: preset });
        continue;
      }
      if (!name.startsWith('.') && !path.isAbsolute(name)) {
        throw new ConfigError(`${path.relative(this.options.cwd, layer.file)}: extends: unknown preset "${name}" (expected recommended, strict, or a path to a config file)`);
      }
      const file = path.resolve(layer.dir, name);
      if (seen.includes(file)) throw new ConfigError(`${path.relative(this.options.cwd, layer.file)}: extends: "${name}" extends itself`);
      if (!existsSync(file)) throw new ConfigError(`${path.relative(this.options.cwd, layer.file)}: extends: "${name}" not found`);
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
      applyLayer(resolved, layer.data);
      layer.data.overrides?.forEach((o, i) => {
        if (matched.includes(`${layer.file}#${i}`)) applyLayer(resolved, o);
      });
    }
    applyLayer(resolved, { rules: this.options.cliRules, locale: this.options.cliLocale, channel: this.options.cliChannel });
    this.resolvedCache.set(key, resolved);
    return resolved;
  }

  /** ignorePatterns of every config that applies in `cwd`, relative to their folders. */
  ignorePatterns(): Array<{ dir: string; patterns: string[] }> {
    return this.layersFor(this.options.cwd)
      .filter((l) => l.data.ignorePatterns?.length)
      .map((l) => ({ dir: l.dir, patterns: l.data.ignorePatterns! }));
  }
}
