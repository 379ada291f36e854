/**
 * The config file's JSON Schema and its validation (ajv). Errors name the file,
 * the key and what was expected.
 */
import type { ErrorObject, Ajv as AjvInstance, ValidateFunction } from 'ajv';
import { ajv as loadAjv } from '../lazy-modules.js';
import { CHANNELS, ROLES } from '../model.js';
import type { RuleModule } from '../linter/rule.js';
import { ConfigError, type ConfigData } from './types.js';
import { assertSafePattern, UnsafePatternError } from '../text/pattern-safety.js';
import { entrySource } from '../text/phrases.js';

const severity = { enum: ['off', 'warn', 'error', 0, 1, 2] };
const stringList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const ruleSettings = {
  type: 'object',
  additionalProperties: {
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, { type: 'object' }] }],
  },
};
const roles = {
  type: 'object',
  properties: Object.fromEntries(ROLES.map((r) => [r, { type: 'array', items: { type: 'string', minLength: 1 } }])),
  additionalProperties: false,
};
const lexicon = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } } },
  },
};
const fieldName = { type: 'string', minLength: 1 };
/** Fields shared by the CSV column map and the JSON field map (src/formats/types.ts MessageFieldMap). */
const fieldMap = {
  role: fieldName,
  author: fieldName,
  text: fieldName,
  time: fieldName,
  endTime: fieldName,
  duration: fieldName,
  timeUnit: { enum: ['auto', 's', 'ms', 'us'] },
  durationUnit: { enum: ['s', 'ms'] },
  roles: {
    type: 'object',
    properties: Object.fromEntries(ROLES.map((r) => [r, { type: 'array', items: { type: ['string', 'number', 'boolean'] } }])),
    additionalProperties: false,
  },
  defaultRole: { enum: [...ROLES] },
  channel: { enum: [...CHANNELS] },
  html: { enum: [true, false, 'auto'] },
};
/** Maps for exports no built-in adapter reads. Completeness is checked where a file sets them (not in overrides, which may refine a map). */
const formatOptions = {
  type: 'object',
  properties: {
    csv: { type: 'object', properties: { ...fieldMap, conversation: fieldName, delimiter: { type: 'string', minLength: 1, maxLength: 1 } }, additionalProperties: false },
    json: { type: 'object', properties: { ...fieldMap, conversations: { type: 'string' }, messages: fieldName, id: fieldName }, additionalProperties: false },
  },
  additionalProperties: false,
};
const shared = {
  formatOptions,
  locale: { type: 'string', pattern: '^(auto|[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*)$' },
  defaultLocale: { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  messageLocale: { enum: ['en', 'el', 'hy', 'ka'] },
  channel: { enum: [...CHANNELS] },
  rules: ruleSettings,
  roles,
  lexicon,
  scorecard: {
    type: 'object',
    properties: {
      weights: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } },
      autoFail: { type: 'array', items: { type: 'string' } },
      passMark: { type: 'number', minimum: 0, maximum: 100 },
    },
    additionalProperties: false,
  },
};

export const configSchema = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    root: { type: 'boolean' },
    extends: stringList,
    ...shared,
    ignorePatterns: { type: 'array', items: { type: 'string' } },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    // Each definition is checked, key by key, where it is compiled (src/linter/declarative.ts).
    customRules: { type: 'object', additionalProperties: { type: 'object' } },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['files'],
        properties: { files: stringList, excludedFiles: stringList, ...shared },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

// Made on first use (see lazy-modules.ts): a run without a config file never needs it.
let ajvInstance: AjvInstance | undefined;
function ajv(): AjvInstance {
  if (!ajvInstance) {
    ajvInstance = new (loadAjv().Ajv)({ allErrors: false, strict: false, useDefaults: false });
    ajvInstance.addKeyword({ keyword: 'safePattern', schemaType: 'boolean', errors: true, validate: safePattern });
  }
  return ajvInstance;
}

/**
 * `safePattern: true` in a rule's option schema: the string (or with
 * `propertyNames`, the key) is phrase syntax compiled into a regular expression,
 * so it must compile and must not backtrack catastrophically on strangers' text.
 */
function safePattern(enabled: boolean, data: unknown): boolean {
  if (!enabled || typeof data !== 'string') return true;
  try {
    assertSafePattern(entrySource(data));
    return true;
  } catch (error) {
    const why = error instanceof UnsafePatternError ? error.message : `is not a valid pattern: ${(error as Error).message}`;
    (safePattern as { errors?: unknown[] }).errors = [{ keyword: 'safePattern', message: `pattern "${data}" ${why}`, params: {} }];
    return false;
  }
}
// Compiled on first use: a run with no config file never pays for it (ajv's code generation is most of start-up otherwise).
let configValidator: ValidateFunction | undefined;
const validateConfig = Object.assign((data: unknown) => {
  configValidator ??= ajv().compile(configSchema);
  const ok = configValidator(data) as boolean;
  validateConfig.errors = configValidator.errors;
  return ok;
}, { errors: undefined as ValidateFunction['errors'] });
const optionValidators = new WeakMap<RuleModule, ValidateFunction>();

function pathOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return path.join('.') || '(top level)';
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
      return 'expected a severity (off, warn, error, 0, 1, 2) or [severity, { options }]';
    case 'required':
      return `missing required key "${(error.params as { missingProperty: string }).missingProperty}"`;
    default:
      return error.message ?? 'invalid';
  }
}

/** Validates a parsed config; throws ConfigError "<file>: <key>: <what was expected>". */
export function validateConfigData(data: unknown, file: string, rules: ReadonlyMap<string, RuleModule>): ConfigData {
  const config = validateConfigShape(data, file);
  checkRuleReferences(config, file, rules);
  return config;
}

/**
 * Everything that can be checked without knowing the rule set: the schema, the
 * phrases, the format maps. The rule set depends on plugins and customRules in
 * the config chain, so rule ids and options are checked by checkRuleReferences
 * once the chain is known.
 */
export function validateConfigShape(data: unknown, file: string): ConfigData {
  if (!validateConfig(data)) {
    const errors = validateConfig.errors ?? [];
    // Prefer the most specific error: the deepest path.
    const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    const where = pathOf(error);
    const what = describe(error);
    throw new ConfigError(`${file}: ${what.startsWith('unknown key') && where === '(top level)' ? what : `${where}: ${what}`}`);
  }
  const config = data as ConfigData;
  checkLexicon(config.lexicon, `${file}: lexicon`);
  checkFormatOptions(config.formatOptions, `${file}: formatOptions`);
  config.overrides?.forEach((o, i) => checkLexicon(o.lexicon, `${file}: overrides[${i}].lexicon`));
  return config;
}

/** Why a rule id is unknown: plugin rule ids name their plugin. */
export function unknownRuleMessage(id: string, rules: ReadonlyMap<string, RuleModule>): string {
  const slash = id.lastIndexOf('/');
  if (slash > 0) {
    const namespace = id.slice(0, slash);
    const own = [...rules.keys()].filter((k) => k.startsWith(`${namespace}/`));
    return own.length
      ? `unknown rule "${id}" (plugin "${namespace}" has ${own.join(', ')})`
      : `unknown rule "${id}": no plugin "${namespace}" is loaded (add it under plugins, or extend one of its presets)`;
  }
  return `unknown rule "${id}" (see --list-rules)`;
}

/** Rule ids in rules, overrides and the scorecard exist in `rules`, and their options fit the rules' schemas. */
export function checkRuleReferences(config: ConfigData, file: string, rules: ReadonlyMap<string, RuleModule>, options: { skipUnknown?: boolean } = {}): void {
  const check = (settings: ConfigData['rules'], prefix: string) => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = rules.get(id);
      if (!rule) {
        if (options.skipUnknown) continue;
        throw new ConfigError(`${file}: ${prefix}rules.${id}: ${unknownRuleMessage(id, rules)}`);
      }
      const ruleOptions = Array.isArray(setting) ? setting[1] : undefined;
      if (ruleOptions !== undefined) validateRuleOptions(rule, ruleOptions, `${file}: ${prefix}rules.${id}`);
    }
  };
  check(config.rules, '');
  config.overrides?.forEach((o, i) => check(o.rules, `overrides[${i}].`));
  if (options.skipUnknown) return;
  checkScorecard(config.scorecard, `${file}: scorecard`, rules);
  config.overrides?.forEach((o, i) => checkScorecard(o.scorecard, `${file}: overrides[${i}].scorecard`, rules));
}

/** A map set at the top of a config file must say where the text is and who wrote it. */
function checkFormatOptions(options: ConfigData['formatOptions'], where: string): void {
  for (const [kind, map] of Object.entries(options ?? {}) as Array<['csv' | 'json', { text?: string; role?: string; author?: string; messages?: string }]>) {
    if (kind === 'json' && map.messages === undefined) throw new ConfigError(`${where}.json: missing required key "messages" (the path to each conversation's list of messages, "." for the conversation itself)`);
    if (map.text === undefined) throw new ConfigError(`${where}.${kind}: missing required key "text" (the ${kind === 'csv' ? 'column' : 'field'} holding the message text)`);
    if (map.role === undefined && map.author === undefined) {
      throw new ConfigError(`${where}.${kind}: needs "role" or "author" (the ${kind === 'csv' ? 'column' : 'field'} that says who wrote each message)`);
    }
  }
}

/** Scorecard weights and auto-fail lists name rules that exist. */
function checkScorecard(scorecard: ConfigData['scorecard'], where: string, rules: ReadonlyMap<string, RuleModule>): void {
  for (const id of Object.keys(scorecard?.weights ?? {})) {
    if (!rules.has(id)) throw new ConfigError(`${where}.weights.${id}: ${unknownRuleMessage(id, rules)}`);
  }
  scorecard?.autoFail?.forEach((id, i) => {
    if (!rules.has(id)) throw new ConfigError(`${where}.autoFail[${i}]: ${unknownRuleMessage(id, rules)}`);
  });
}

/** Every phrase a config adds must compile and be safe to run on strangers' text. */
function checkLexicon(lexicon: ConfigData['lexicon'], where: string): void {
  for (const [locale, groups] of Object.entries(lexicon ?? {})) {
    for (const [group, categories] of Object.entries(groups)) {
      for (const [category, entries] of Object.entries(categories)) {
        entries.forEach((entry, i) => {
          try {
            assertSafePattern(entrySource(entry));
          } catch (error) {
            throw new ConfigError(`${where}.${locale}.${group}.${category}[${i}]: pattern "${entry}" ${error instanceof UnsafePatternError ? error.message : `is not a valid pattern: ${(error as Error).message}`}`);
          }
        });
      }
    }
  }
}

export function validateRuleOptions(rule: RuleModule, options: unknown, where: string): void {
  if (!rule.meta.schema) return;
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv().compile(rule.meta.schema);
    optionValidators.set(rule, validate);
  }
  if (!validate(options)) {
    const error = validate.errors![0];
    const key = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    throw new ConfigError(`${where}${key ? `.${key}` : ''}: ${describe(error)}`);
  }
}
