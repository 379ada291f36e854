/**
 * Merging config layers into what the linter runs with. Pure: the loader hands
 * in parsed layers; this file never reads a file.
 */
import picomatch from 'picomatch';
import type { Severity } from '../model.js';
import { mergeLexicons } from '../text/phrases.js';
import { emptyScorecard, mergeScorecard } from '../linter/scorecard.js';
import { severityOf, type ConfigData, type ConfigOverride, type ResolvedConfig } from './types.js';

export function emptyResolved(): ResolvedConfig {
  return { rules: {}, locale: 'auto', defaultLocale: 'en', messageLocale: 'en', roles: {}, lexicon: {}, scorecard: emptyScorecard() };
}

/** Applies one layer (a config file's body or an override) on top of `base`, in place. */
export function applyLayer(base: ResolvedConfig, layer: Omit<ConfigData, 'overrides' | 'extends' | 'root' | 'ignorePatterns'>): ResolvedConfig {
  for (const [id, setting] of Object.entries(layer.rules ?? {})) {
    const [value, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity: Severity = severityOf(value);
    // A severity alone keeps the options set earlier, as in ESLint.
    base.rules[id] = [severity, options ?? base.rules[id]?.[1] ?? {}];
  }
  if (layer.locale) base.locale = layer.locale;
  if (layer.defaultLocale) base.defaultLocale = layer.defaultLocale;
  if (layer.messageLocale) base.messageLocale = layer.messageLocale;
  if (layer.channel) base.channel = layer.channel;
  if (layer.roles) {
    base.roles = { ...base.roles };
    for (const [role, labels] of Object.entries(layer.roles)) {
      base.roles[role as keyof typeof base.roles] = [...(base.roles[role as keyof typeof base.roles] ?? []), ...(labels ?? [])];
    }
  }
  if (layer.lexicon) {
    const merged: ResolvedConfig['lexicon'] = { ...base.lexicon };
    for (const [locale, lexicon] of Object.entries(layer.lexicon)) merged[locale] = mergeLexicons(merged[locale], lexicon);
    base.lexicon = merged;
  }
  if (layer.scorecard) base.scorecard = mergeScorecard(base.scorecard, layer.scorecard);
  if (layer.formatOptions) {
    // A nearer layer's map replaces the fields it names and keeps the others.
    const merged: NonNullable<ResolvedConfig['formatOptions']> = { ...base.formatOptions };
    if (layer.formatOptions.csv) merged.csv = { ...merged.csv, ...layer.formatOptions.csv };
    if (layer.formatOptions.json) merged.json = { ...merged.json, ...layer.formatOptions.json };
    base.formatOptions = merged;
  }
  return base;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Whether an override applies to a file, given its path relative to the
 * config's folder (forward slashes). Patterns without a slash match the base name.
 */
export function overrideMatches(override: ConfigOverride, relativePath: string): boolean {
  const options = { dot: true, matchBase: false };
  const test = (patterns: string[]) =>
    patterns.some((p) => picomatch(p.includes('/') ? p : `**/${p}`, options)(relativePath));
  return test(list(override.files)) && !test(list(override.excludedFiles));
}
