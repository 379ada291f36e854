/**
 * Declarative rules: a team's house rules written as data (`customRules:` in a
 * config, or a plugin's `rules` entry that is an object with a `type`), after
 * Vale's check types. Each definition is validated and compiled once into an
 * ordinary RuleModule, so the engine, the formatters, `--list-rules` and the
 * RuleTester treat it like a built-in rule.
 *
 * Phrases use the lexicon entry syntax and the same matcher as the built-in
 * rules (negated hits and quoted text, URLs and handles skipped): they are
 * handed to the linter as lexicon entries under the rule's id — `'*'` for a
 * plain list, which applies in every locale, or one list per locale.
 *
 * This file does no I/O; it is shared by the config loader and the RuleTester.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv as loadAjv } from '../lazy-modules.js';
import { ConfigError } from '../config/types.js';
import { CHANNELS, ROLES, type Channel, type Role, type Transcript, type Turn } from '../model.js';
import { normalizeForMatching } from '../text/analysis.js';
import { assertSafePattern, UnsafePatternError } from '../text/pattern-safety.js';
import { entrySource, type FindOptions, type Lexicon } from '../text/phrases.js';
import type { ReportDescriptor, RuleContext, RuleKind, RuleListener, RuleModule, SeverityName } from './rule.js';

/** Phrases for every locale (a list), or per locale (`{ en: [...], el: [...] }`). */
export type PhraseList = string[] | Record<string, string[]>;
/** Phrases, or `question`: any sentence that asks something. */
export type Matchable = PhraseList | 'question';
/** `{ phrase: replacement }` for every locale, or `{ en: { phrase: replacement } }` per locale. */
export type SwapMap = Record<string, string> | Record<string, Record<string, string>>;

interface CommonDefinition {
  /** Message template; placeholders depend on the type (see docs/writing-rules.md). */
  message: string;
  /** Severity the rule is switched on at where it is defined (default warn). */
  severity?: SeverityName | 0 | 1 | 2;
  description?: string;
  kind?: RuleKind;
  url?: string;
  /** Whose turns the rule reads (default agent). */
  role?: Role | Role[];
  /** Channels the rule applies to (default: every channel; conversation-level checks skip macros). */
  channels?: Channel[];
  /** Keep hits a negator stands before ("we can't refund"). Default false. */
  includeNegated?: boolean;
  /** Keep hits inside quoted text, URLs and handles. Default false. */
  includeQuoted?: boolean;
}

export interface ExistenceDefinition extends CommonDefinition {
  type: 'existence';
  phrases: PhraseList;
}
export interface SubstitutionDefinition extends CommonDefinition {
  type: 'substitution';
  swap: SwapMap;
}
export interface OccurrenceDefinition extends CommonDefinition {
  type: 'occurrence';
  phrases: PhraseList;
  min?: number;
  max?: number;
  /** Count per conversation (default) or per reply (a run of consecutive turns of the role). */
  scope?: 'conversation' | 'reply';
}
export interface ConditionalDefinition extends CommonDefinition {
  type: 'conditional';
  if: Matchable;
  then: Matchable;
  /** Where `then` must be found: the trigger's sentence, its reply (default), or anywhere in the conversation. */
  scope?: 'sentence' | 'reply' | 'conversation';
}
export interface SequenceDefinition extends CommonDefinition {
  type: 'sequence';
  first: Matchable;
  then: Matchable;
}
export interface MetricDefinition extends CommonDefinition {
  type: 'metric';
  measure: 'words' | 'characters' | 'sentences' | 'gap';
  min?: number;
  max?: number;
}

export type CustomRuleDefinition =
  | ExistenceDefinition
  | SubstitutionDefinition
  | OccurrenceDefinition
  | ConditionalDefinition
  | SequenceDefinition
  | MetricDefinition;

export type CustomRuleType = CustomRuleDefinition['type'];
export const CUSTOM_RULE_TYPES: readonly CustomRuleType[] = ['existence', 'substitution', 'occurrence', 'conditional', 'sequence', 'metric'];

export interface CompiledCustomRule {
  id: string;
  definition: CustomRuleDefinition;
  rule: RuleModule;
  /** The rule's phrases as lexicon entries, under the rule's id: `'*'` applies to every locale. */
  lexicon: Record<string, Lexicon>;
}

/** Message ids each type reports with, and the placeholders its message may use. */
const MESSAGE_IDS: Record<CustomRuleType, string[]> = {
  existence: ['found'],
  substitution: ['swap'],
  occurrence: ['tooFew', 'tooMany'],
  conditional: ['missing'],
  sequence: ['outOfOrder'],
  metric: ['belowMin', 'aboveMax'],
};
const PLACEHOLDERS: Record<CustomRuleType, string[]> = {
  existence: ['match'],
  substitution: ['match', 'replacement'],
  occurrence: ['match', 'count', 'min', 'max'],
  conditional: ['match'],
  sequence: ['match'],
  metric: ['value', 'min', 'max', 'limit', 'unit'],
};

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const LOCALE = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// ---------------------------------------------------------------- validation

const severity = { enum: ['off', 'warn', 'error', 0, 1, 2] };
const common = {
  type: { enum: [...CUSTOM_RULE_TYPES] },
  message: { type: 'string', minLength: 1 },
  severity,
  description: { type: 'string' },
  kind: { enum: ['sin', 'practice', 'style'] },
  url: { type: 'string' },
  role: { anyOf: [{ enum: [...ROLES] }, { type: 'array', minItems: 1, items: { enum: [...ROLES] } }] },
  channels: { type: 'array', minItems: 1, items: { enum: [...CHANNELS] } },
  includeNegated: { type: 'boolean' },
  includeQuoted: { type: 'boolean' },
};
/** Phrase lists and swap maps are checked in code, for messages that say what was expected. */
const anything = {};
const count = { type: 'integer', minimum: 0 };
const typeSchemas: Record<CustomRuleType, object> = {
  existence: { properties: { ...common, phrases: anything }, required: ['phrases'] },
  substitution: { properties: { ...common, swap: anything }, required: ['swap'] },
  occurrence: { properties: { ...common, phrases: anything, min: count, max: count, scope: { enum: ['conversation', 'reply'] } }, required: ['phrases'] },
  conditional: { properties: { ...common, if: anything, then: anything, scope: { enum: ['sentence', 'reply', 'conversation'] } }, required: ['if', 'then'] },
  sequence: { properties: { ...common, first: anything, then: anything }, required: ['first', 'then'] },
  metric: { properties: { ...common, measure: { enum: ['words', 'characters', 'sentences', 'gap'] }, min: { type: 'number', minimum: 0 }, max: { type: 'number', minimum: 0 } }, required: ['measure'] },
};

// Compiled when a config first defines a rule of that type: most runs define none.
let ajv: InstanceType<ReturnType<typeof loadAjv>['Ajv']> | undefined;
const validators = new Map<CustomRuleType, ValidateFunction>();
function validatorFor(type: CustomRuleType): ValidateFunction {
  let validate = validators.get(type);
  if (!validate) {
    const schema = typeSchemas[type] as { properties: object; required: string[] };
    ajv ??= new (loadAjv().Ajv)({ allErrors: false, strict: false });
    validate = ajv.compile({ type: 'object', properties: schema.properties, required: ['type', 'message', ...schema.required], additionalProperties: false });
    validators.set(type, validate);
  }
  return validate;
}

function describeError(error: ErrorObject, type: CustomRuleType): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${(error.params as { additionalProperty: string }).additionalProperty}" (${article(type)} ${type} rule takes: ${Object.keys((typeSchemas[type] as { properties: object }).properties).join(', ')})`;
    case 'required':
      return `missing required key "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
      return `expected a role (${ROLES.join(', ')}) or a list of them`;
    default:
      return error.message ?? 'invalid';
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function fail(where: string, key: string, what: string): never {
  throw new ConfigError(`${where}${key ? `.${key}` : ''}: ${what}`);
}

function checkEntry(entry: string, where: string): void {
  try {
    assertSafePattern(entrySource(entry));
  } catch (error) {
    throw new ConfigError(`${where}: pattern "${entry}" ${error instanceof UnsafePatternError ? error.message : `is not a valid pattern: ${(error as Error).message}`}`);
  }
}

function checkList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new ConfigError(`${where}: expected a non-empty list of phrases`);
  value.forEach((entry, i) => {
    if (typeof entry !== 'string' || entry.trim() === '') throw new ConfigError(`${where}[${i}]: expected a phrase (a non-empty string)`);
    checkEntry(entry, `${where}[${i}]`);
  });
  return value as string[];
}

/** A phrase list as `{ locale: entries }`, `'*'` standing for every locale. */
function phraseList(value: unknown, where: string, allowQuestion: boolean): Record<string, string[]> | 'question' {
  if (allowQuestion && value === 'question') return 'question';
  if (Array.isArray(value)) return { '*': checkList(value, where) };
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) throw new ConfigError(`${where}: expected a list of phrases, or { <locale>: [phrases] }`);
    const out: Record<string, string[]> = {};
    for (const [locale, list] of entries) {
      if (!LOCALE.test(locale)) throw new ConfigError(`${where}.${locale}: "${locale}" is not a locale (en, el, hy, ka, pt-BR…)`);
      out[locale] = checkList(list, `${where}.${locale}`);
    }
    return out;
  }
  throw new ConfigError(`${where}: expected a list of phrases, or { <locale>: [phrases] }${allowQuestion ? ', or "question"' : ''}`);
}

/** A swap map as `{ locale: [[phrase, replacement]…] }`. */
function swapMap(value: unknown, where: string): Record<string, Array<[string, string]>> {
  const expected = 'expected { phrase: replacement }, or { <locale>: { phrase: replacement } }';
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) throw new ConfigError(`${where}: ${expected}`);
  const values = Object.values(value as Record<string, unknown>);
  const pairs = (map: Record<string, unknown>, at: string): Array<[string, string]> =>
    Object.entries(map).map(([phrase, replacement]) => {
      if (typeof replacement !== 'string') throw new ConfigError(`${at}.${phrase}: expected the replacement text (a string)`);
      if (phrase.trim() === '') throw new ConfigError(`${at}: a phrase to replace is empty`);
      checkEntry(phrase, `${at}.${phrase}`);
      return [phrase, replacement];
    });
  if (values.every((v) => typeof v === 'string')) return { '*': pairs(value as Record<string, unknown>, where) };
  if (values.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    const out: Record<string, Array<[string, string]>> = {};
    for (const [locale, map] of Object.entries(value as Record<string, Record<string, unknown>>)) {
      if (!LOCALE.test(locale)) throw new ConfigError(`${where}.${locale}: "${locale}" is not a locale (en, el, hy, ka, pt-BR…)`);
      if (Object.keys(map).length === 0) throw new ConfigError(`${where}.${locale}: ${expected}`);
      out[locale] = pairs(map, `${where}.${locale}`);
    }
    return out;
  }
  throw new ConfigError(`${where}: ${expected}`);
}

// ---------------------------------------------------------------- runtime helpers

interface Hit {
  start: number;
  end: number;
  text: string;
  /** Sentence bounds, for `scope: sentence`. */
  sentence?: { start: number; end: number };
}

/** A reply: a run of consecutive turns by the roles the rule reads. */
function replies(transcript: Transcript, roles: ReadonlySet<Role>): Turn[][] {
  const out: Turn[][] = [];
  let current: Turn[] | undefined;
  for (const turn of transcript.turns) {
    if (roles.has(turn.role)) {
      if (!current) out.push((current = []));
      current.push(turn);
    } else current = undefined;
  }
  return out;
}

function questions(context: RuleContext, turn: Turn): Hit[] {
  return context
    .analyze(turn)
    .sentences.filter((s) => s.isQuestion)
    .map((s) => ({ start: s.start, end: s.end, text: s.text, sentence: { start: s.start, end: s.end } }));
}

const WORDS = /[\p{L}\p{N}]+(?:['\u2019.,:/-][\p{L}\p{N}]+)*/gu;

/** "Per our policy" → "As we do it": a capital on the found words carries over; an acronym's does not. */
function matchCase(found: string, replacement: string): string {
  const first = found.charAt(0);
  const acronym = found.length > 1 && found === found.toUpperCase();
  if (!acronym && first && first !== first.toLowerCase() && replacement.charAt(0) === replacement.charAt(0).toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

function isRuleModule(value: unknown): value is RuleModule {
  return Boolean(value && typeof value === 'object' && typeof (value as RuleModule).create === 'function' && (value as RuleModule).meta);
}

/** True for a declarative definition (an object with a `type`), false for a code rule module. */
export function isCustomRuleDefinition(value: unknown): value is CustomRuleDefinition {
  return Boolean(value && typeof value === 'object' && !isRuleModule(value) && typeof (value as { type?: unknown }).type === 'string');
}

// ---------------------------------------------------------------- compile

/**
 * Validates one definition and compiles it into a rule module. `where` names it in
 * errors, e.g. `.transcriptlintrc.yaml: customRules.refund-timeframe`; every
 * problem is a ConfigError naming the key.
 */
export function compileCustomRule(id: string, input: unknown, where: string, origin = 'custom rule'): CompiledCustomRule {
  const bare = id.slice(id.lastIndexOf('/') + 1);
  if (!ID.test(bare)) fail(where, '', `"${bare}" is not a usable rule id (letters, digits, "-", "_" and ".", starting with a letter or digit)`);
  if (!input || typeof input !== 'object' || Array.isArray(input)) fail(where, '', `expected an object with type and message`);
  const raw = input as Record<string, unknown>;
  if (raw.type === undefined) fail(where, '', 'missing required key "type"');
  if (!CUSTOM_RULE_TYPES.includes(raw.type as CustomRuleType)) fail(where, 'type', `expected one of ${CUSTOM_RULE_TYPES.map((t) => JSON.stringify(t)).join(', ')}`);
  const type = raw.type as CustomRuleType;
  const validate = validatorFor(type);
  if (!validate(raw)) {
    const error = validate.errors![0];
    const key = error.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    fail(where, key, describeError(error, type));
  }
  const definition = raw as unknown as CustomRuleDefinition;

  const allowed = PLACEHOLDERS[type];
  for (const m of definition.message.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
    if (!allowed.includes(m[1])) fail(where, 'message', `unknown placeholder {{${m[1]}}} (${article(type)} ${type} rule fills: ${allowed.map((p) => `{{${p}}}`).join(', ')})`);
  }

  const lexicon: Record<string, Lexicon> = {};
  const addPhrases = (category: string, list: Record<string, string[]>) => {
    for (const [locale, entries] of Object.entries(list)) {
      lexicon[locale] ??= { [id]: {} };
      lexicon[locale][id][category] = entries;
    }
  };

  const roles = new Set<Role>(definition.role === undefined ? ['agent'] : [definition.role].flat());
  const findOptions: FindOptions = { includeNegated: definition.includeNegated ?? false, includeSkipped: definition.includeQuoted ?? false };
  let conversationLevel = false;
  let fixable = false;
  let requiresTimestamps = false;
  let create: (context: RuleContext) => RuleListener;

  /** Hits of a phrase category, or question sentences, in one turn. */
  const matcher = (spec: Record<string, string[]> | 'question', category: string, options: FindOptions) => {
    if (spec !== 'question') addPhrases(category, spec);
    return (context: RuleContext, turn: Turn): Hit[] =>
      spec === 'question'
        ? questions(context, turn)
        : context.find(turn, category, options).map((h) => ({ start: h.start, end: h.end, text: h.text, sentence: h.sentence && { start: h.sentence.start, end: h.sentence.end } }));
  };
  const report = (context: RuleContext, descriptor: ReportDescriptor) => context.report(descriptor);

  switch (definition.type) {
    case 'existence': {
      const find = matcher(phraseList(definition.phrases, `${where}.phrases`, false) as Record<string, string[]>, 'phrases', findOptions);
      create = (context) => ({
        turn(turn) {
          if (!roles.has(turn.role)) return;
          for (const hit of find(context, turn)) report(context, { turn, range: [hit.start, hit.end], messageId: 'found', data: { match: hit.text } });
        },
      });
      break;
    }
    case 'substitution': {
      fixable = true;
      const swaps = swapMap(definition.swap, `${where}.swap`);
      addPhrases('swap', Object.fromEntries(Object.entries(swaps).map(([locale, pairs]) => [locale, pairs.map(([phrase]) => phrase)])));
      // Which phrase a hit is, to pick its replacement: the nearest locale's table first. Entries are folded
      // (accents, apostrophes) as the matcher folds them.
      const tables = Object.fromEntries(
        Object.entries(swaps).map(([locale, pairs]) => [locale, pairs.map(([phrase, replacement]) => ({ test: new RegExp(`^(?:${entrySource(normalizeForMatching(phrase))})$`, 'iu'), replacement }))]),
      );
      const replacementFor = (locale: string, text: string): string | undefined => {
        const normalized = normalizeForMatching(text);
        for (const key of [locale, locale.split('-')[0], '*']) {
          const found = tables[key]?.find((t) => t.test.test(normalized));
          if (found) return found.replacement;
        }
        return undefined;
      };
      create = (context) => ({
        turn(turn) {
          if (!roles.has(turn.role)) return;
          // A wording is a wording, negated or not.
          for (const hit of context.find(turn, 'swap', { ...findOptions, includeNegated: true })) {
            const replacement = replacementFor(context.locale, hit.text);
            if (replacement === undefined) continue;
            const text = matchCase(hit.text, replacement);
            report(context, { turn, range: [hit.start, hit.end], messageId: 'swap', data: { match: hit.text, replacement: text }, fix: { range: [hit.start, hit.end], text } });
          }
        },
      });
      break;
    }
    case 'occurrence': {
      const { min, max } = definition;
      if (min === undefined && max === undefined) fail(where, '', 'an occurrence rule needs "min", "max" or both');
      if (min !== undefined && max !== undefined && min > max) fail(where, 'min', `is more than max (${min} > ${max})`);
      const perReply = definition.scope === 'reply';
      conversationLevel = !perReply;
      const find = matcher(phraseList(definition.phrases, `${where}.phrases`, false) as Record<string, string[]>, 'phrases', findOptions);
      const data = (n: number, match = '') => ({ count: n, min: min ?? '', max: max ?? '', match });
      const check = (context: RuleContext, turns: Turn[]) => {
        const hits = turns.flatMap((turn) => find(context, turn).map((hit) => ({ turn, hit })));
        if (max !== undefined && hits.length > max) {
          const { turn, hit } = hits[max];
          report(context, { turn, range: [hit.start, hit.end], messageId: 'tooMany', data: data(hits.length, hit.text) });
        }
        if (min !== undefined && hits.length < min) report(context, { turn: turns[turns.length - 1], messageId: 'tooFew', data: data(hits.length) });
      };
      create = (context) => ({
        transcriptEnd(transcript) {
          const groups = replies(transcript, roles);
          if (perReply) for (const reply of groups) check(context, reply);
          else if (groups.length) check(context, groups.flat());
        },
      });
      break;
    }
    case 'conditional': {
      const scope = definition.scope ?? 'reply';
      conversationLevel = scope === 'conversation';
      const trigger = matcher(phraseList(definition.if, `${where}.if`, true), 'if', findOptions);
      // "It won't take more than 5 days" still gives a time frame: the requirement counts negated hits.
      const required = matcher(phraseList(definition.then, `${where}.then`, true), 'then', { ...findOptions, includeNegated: true });
      const check = (context: RuleContext, turns: Turn[], within: Turn[]) => {
        for (const turn of turns) {
          for (const hit of trigger(context, turn)) {
            const satisfied =
              scope === 'sentence'
                ? required(context, turn).some((r) => hit.sentence && r.start < hit.sentence.end && r.end > hit.sentence.start && (r.start !== hit.start || r.end !== hit.end))
                : within.some((t) => required(context, t).some((r) => t !== turn || r.start !== hit.start || r.end !== hit.end));
            if (!satisfied) {
              report(context, { turn, range: [hit.start, hit.end], messageId: 'missing', data: { match: hit.text } });
              if (scope !== 'sentence') return;
            }
          }
        }
      };
      create = (context) => ({
        transcriptEnd(transcript) {
          const groups = replies(transcript, roles);
          if (scope === 'conversation') check(context, groups.flat(), groups.flat());
          else for (const reply of groups) check(context, reply, reply);
        },
      });
      break;
    }
    case 'sequence': {
      conversationLevel = true;
      const first = matcher(phraseList(definition.first, `${where}.first`, true), 'first', findOptions);
      const then = matcher(phraseList(definition.then, `${where}.then`, true), 'then', findOptions);
      create = (context) => ({
        transcriptEnd(transcript) {
          let seen = false;
          for (const turn of transcript.turns) {
            if (!roles.has(turn.role)) continue;
            const firstHits = first(context, turn);
            const next = then(context, turn)[0];
            if (next) {
              // Only the first `then` is judged: was a `first` said before it?
              if (!seen && !firstHits.some((h) => h.start < next.start)) {
                report(context, { turn, range: [next.start, next.end], messageId: 'outOfOrder', data: { match: next.text } });
              }
              return;
            }
            if (firstHits.length) seen = true;
          }
        },
      });
      break;
    }
    case 'metric': {
      const { min, max, measure } = definition;
      if (min === undefined && max === undefined) fail(where, '', 'a metric rule needs "min", "max" or both');
      if (min !== undefined && max !== undefined && min > max) fail(where, 'min', `is more than max (${min} > ${max})`);
      const unit = measure === 'gap' ? 'seconds' : measure;
      const judge = (context: RuleContext, turn: Turn, value: number) => {
        const data = { value, min: min ?? '', max: max ?? '', unit };
        if (max !== undefined && value > max) report(context, { turn, messageId: 'aboveMax', data: { ...data, limit: max } });
        else if (min !== undefined && value < min) report(context, { turn, messageId: 'belowMin', data: { ...data, limit: min } });
      };
      if (measure === 'gap') {
        conversationLevel = true;
        requiresTimestamps = true;
        create = (context) => ({
          transcriptEnd(transcript) {
            // The silence before each reply: from the last message before it (its end, for voice) to the reply's first message.
            for (const reply of replies(transcript, roles)) {
              const first = reply[0];
              const before = transcript.turns[first.index - 1];
              if (!before || !first.timestamp || !before.timestamp) continue;
              const gap = (first.timestamp.getTime() - (before.endTimestamp ?? before.timestamp).getTime()) / 1000;
              judge(context, first, Math.round(gap));
            }
          },
        });
      } else {
        const size = (context: RuleContext, turn: Turn) =>
          measure === 'words' ? (turn.text.match(WORDS) ?? []).length : measure === 'characters' ? [...turn.text.trim()].length : context.analyze(turn).sentences.length;
        create = (context) => ({
          transcriptEnd(transcript) {
            for (const reply of replies(transcript, roles)) judge(context, reply[0], reply.reduce((n, turn) => n + size(context, turn), 0));
          },
        });
      }
      break;
    }
  }

  const channels = definition.channels ?? (conversationLevel ? CHANNELS.filter((c) => c !== 'macro') : [...CHANNELS]);
  const sev = definition.severity ?? 'warn';
  const rule: RuleModule = {
    meta: {
      id,
      kind: definition.kind ?? 'style',
      docs: { description: definition.description ?? definition.message.replace(/\{\{\s*[\w.-]+\s*\}\}/g, '…'), seed: origin, ...(definition.url ? { url: definition.url } : {}) },
      channels: [...channels],
      defaultSeverity: typeof sev === 'number' ? (['off', 'warn', 'error'] as const)[sev] : sev,
      ...(requiresTimestamps ? { requiresTimestamps } : {}),
      fixable,
      messages: Object.fromEntries(MESSAGE_IDS[type].map((messageId) => [messageId, definition.message])),
    },
    create: create!,
  };
  return { id, definition, rule, lexicon };
}

/** The message ids a declarative type reports with (for RuleTester `errors[].messageId`). */
export function customRuleMessageIds(type: CustomRuleType): readonly string[] {
  return MESSAGE_IDS[type];
}
