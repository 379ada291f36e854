/**
 * The linter core: parse one source text, run the configured rules over each of
 * its transcripts, map findings into the source, apply inline directives. It does
 * no I/O: rules, formats and lexicons are handed to it.
 */
import type { ResolvedConfig } from '../config/types.js';
import { LineIndex } from '../formats/source-map.js';
import { buildRoleLabels } from '../formats/roles.js';
import { FormatRegistry, ParseError, type InputFormat, type ParseOutput } from '../formats/index.js';
import type { Channel, LintMessage, LintResult, Role, Severity, Transcript, Turn } from '../model.js';
import { analyzeText, type TurnAnalysis } from '../text/analysis.js';
import { detectLocale } from '../text/locale.js';
import { atClauseStart } from '../text/clauses.js';
import { mergeLexicons, PhraseBook, type FindOptions, type Lexicon, type PhraseHit, type PhraseMatcher } from '../text/phrases.js';
import { applyDirectives, parseDirectives, unusedDirectiveMessage } from './directives.js';
import { compareMessages, interpolate, translateValues } from './messages.js';
import { attachConversations } from './conversation-view.js';
import { annotateResult } from './scorecard.js';
import type { ReportDescriptor, RuleContext, RuleListener, RuleModule, TextFix } from './rule.js';

export interface LinterEnvironment {
  rules: ReadonlyMap<string, RuleModule>;
  formats: FormatRegistry;
  /** The built-in lexicon of a locale (empty when there is none). */
  lexicon(locale: string): Lexicon;
  /** Translated message templates of a locale: rule id → message id → template. */
  messages?(locale: string): Record<string, Record<string, string>>;
}

export interface VerifyOptions {
  filePath: string;
  config: ResolvedConfig;
  /** Force a format by name instead of detecting one. */
  inputFormat?: string;
  /** false with --no-inline-config: directives in comments are ignored. */
  allowInlineConfig?: boolean;
  /** Report disable directives that suppressed nothing, at this severity. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /** Attach each conversation's turns and finding ranges to `transcripts[].conversation` (html reports). */
  keepConversations?: boolean;
  /** Line number of the text's first line, when the text is a chunk of a JSON Lines file. */
  firstLine?: number;
  /** Stop linting when this budget runs out (--max-file-time): a fatal message, findings so far kept. */
  timeBudget?: TimeBudget;
}

/** A per-file time budget, checked between conversations and between turns. */
export interface TimeBudget {
  /** performance.now() past which linting stops. */
  deadline: number;
  /** The budget, for the message. */
  seconds: number;
  /** Set when verify ran out of it. */
  exceeded?: boolean;
}


export class UnknownFormatError extends Error {}

/** Locale of a transcript: as configured, as the source says, else from the script of its text. */
export function resolveLocale(transcript: Transcript, config: ResolvedConfig): string {
  const configured = config.locale !== 'auto' ? config.locale : transcript.locale;
  if (configured && configured !== 'auto') return configured;
  return detectLocale(transcript.turns.map((t) => t.text).join('\n'), config.defaultLocale);
}

function mergeOptions(defaults: Record<string, unknown> | undefined, options: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(defaults ?? {}) };
  for (const [key, value] of Object.entries(options)) {
    const base = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && base && typeof base === 'object' && !Array.isArray(base)
        ? mergeOptions(base as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

export class Linter {
  private readonly phraseBooks = new WeakMap<object, Map<string, PhraseBook>>();
  private readonly roleLabelCache = new WeakMap<object, ReturnType<typeof buildRoleLabels>>();
  private readonly optionCache = new WeakMap<object, Map<string, Record<string, unknown>>>();
  private readonly ruleMaps = new WeakMap<object, ReadonlyMap<string, RuleModule>>();

  /** Milliseconds spent in each rule's handlers, when timing is on (TIMING=1). */
  timings: Map<string, number> | undefined;

  constructor(readonly env: LinterEnvironment, options: { timing?: boolean } = {}) {
    if (options.timing) this.timings = new Map();
  }

  /** The environment's rules with the config's own (plugin and declarative rules) on top. */
  rulesFor(config: ResolvedConfig): ReadonlyMap<string, RuleModule> {
    const extra = config.ruleModules;
    if (!extra?.size) return this.env.rules;
    let rules = this.ruleMaps.get(extra);
    if (!rules) this.ruleMaps.set(extra, (rules = new Map([...this.env.rules, ...extra])));
    return rules;
  }

  private roleLabels(config: ResolvedConfig) {
    let labels = this.roleLabelCache.get(config.roles);
    if (!labels) {
      labels = buildRoleLabels(config.roles);
      this.roleLabelCache.set(config.roles, labels);
    }
    return labels;
  }

  private phraseBook(config: ResolvedConfig, locale: string): PhraseBook {
    let books = this.phraseBooks.get(config.lexicon);
    if (!books) {
      books = new Map();
      this.phraseBooks.set(config.lexicon, books);
    }
    let book = books.get(locale);
    if (!book) {
      const language = locale.split('-')[0];
      // '*' holds phrases for every locale (declarative rules' plain phrase lists).
      book = new PhraseBook(mergeLexicons(this.env.lexicon(language), config.lexicon['*'], config.lexicon[language], language !== locale ? config.lexicon[locale] : undefined));
      books.set(locale, book);
    }
    return book;
  }

  private ruleOptions(config: ResolvedConfig, ruleId: string, rule: RuleModule): Record<string, unknown> {
    let perConfig = this.optionCache.get(config.rules);
    if (!perConfig) {
      perConfig = new Map();
      this.optionCache.set(config.rules, perConfig);
    }
    let options = perConfig.get(ruleId);
    if (!options) {
      options = mergeOptions(rule.meta.defaultOptions, config.rules[ruleId]?.[1] ?? {});
      perConfig.set(ruleId, options);
    }
    return options;
  }

  /** The format that would read this file. */
  formatFor(text: string, options: VerifyOptions): InputFormat {
    if (options.inputFormat) {
      const format = this.env.formats.get(options.inputFormat);
      if (!format) {
        throw new UnknownFormatError(
          `unknown input format "${options.inputFormat}" (expected one of: ${this.env.formats.list().map((f) => f.name).join(', ')})`,
        );
      }
      return format;
    }
    return this.env.formats.detect(options.filePath, text, { roleLabels: this.roleLabels(options.config), channel: options.config.channel, formatOptions: options.config.formatOptions });
  }

  /** Parses and lints one source text. Never throws for bad input: that is a fatal message. */
  verify(text: string, options: VerifyOptions): LintResult {
    const lines = new LineIndex(text);
    const fatal = (message: string, offset: number): LintResult => {
      const { line, column } = lines.position(Math.min(offset, text.length));
      return buildResult(options.filePath, [{ ruleId: null, fatal: true, severity: 2, message, line, column }], [], []);
    };
    const nul = text.indexOf('\u0000');
    if (nul !== -1 && nul < 8192) return fatal('binary file: not a transcript or macro (found a NUL byte)', nul);

    const format = this.formatFor(text, options);
    let parsed: ParseOutput;
    try {
      parsed = format.parse(text, {
        path: options.filePath,
        roleLabels: this.roleLabels(options.config),
        channel: options.config.channel,
        locale: options.config.locale === 'auto' ? undefined : options.config.locale,
        firstLine: options.firstLine,
        formatOptions: options.config.formatOptions,
      });
    } catch (error) {
      if (error instanceof ParseError) return fatal(`cannot read as ${format.name}: ${error.message}`, error.offset);
      throw error;
    }

    const problems: LintMessage[] = parsed.problems.map((p) => ({
      ruleId: null,
      severity: p.severity === 'error' ? 2 : 1,
      message: p.message,
      ...lines.position(Math.min(p.offset, text.length)),
    }));
    const budget = options.timeBudget;
    let linted = parsed.transcripts;
    for (const [i, transcript] of parsed.transcripts.entries()) {
      const limit = budget ? { deadline: budget.deadline, stoppedAt: undefined as Turn | undefined } : undefined;
      const late = budget && performance.now() > budget.deadline;
      if (!late) {
        transcript.locale = resolveLocale(transcript, options.config);
        // No push(...found): a spread of a huge array overflows the stack.
        for (const message of this.lintTranscript(transcript, options.config, lines, parsed.encodeFixText, limit)) problems.push(message);
      }
      if (budget && (late || limit?.stoppedAt)) {
        budget.exceeded = true;
        linted = parsed.transcripts.slice(0, i);
        problems.push(overBudget(options.filePath, budget, transcript, i, parsed.transcripts.length, limit?.stoppedAt, lines, text.length));
        break;
      }
    }
    problems.sort(compareMessages);
    const directives = options.allowInlineConfig === false ? [] : parseDirectives(parsed.comments, lines);
    const { messages, suppressed, unused } = applyDirectives(problems, directives);
    if (options.reportUnusedDisableDirectives) {
      for (const d of unused) messages.push(unusedDirectiveMessage(d, options.reportUnusedDisableDirectives as 1 | 2));
      messages.sort(compareMessages);
    }
    const result = annotateResult(buildResult(options.filePath, messages, suppressed, linted), linted, options.config, this.rulesFor(options.config));
    return options.keepConversations ? attachConversations(result, linted, lines) : result;
  }

  /** Runs the enabled rules over one transcript; positions are resolved through `lines`. */
  lintTranscript(
    transcript: Transcript,
    config: ResolvedConfig,
    lines: LineIndex,
    encodeFixText?: (text: string, at: number) => string,
    /** Stop before the next turn once performance.now() passes `deadline`; `stoppedAt` says where. */
    limit?: { deadline: number; stoppedAt?: Turn },
  ): LintMessage[] {
    const messages: LintMessage[] = [];
    const analyses = new Map<Turn, TurnAnalysis>();
    const book = this.phraseBook(config, transcript.locale);
    const turns = transcript.turns;
    // A Greek customer may be answered in English: with locale auto, each turn is read in its own script's language.
    const turnLocales = new Map<Turn, string>();
    const localeOf = (turn: Turn): string => {
      if (config.locale !== 'auto') return transcript.locale;
      let locale = turnLocales.get(turn);
      if (!locale) {
        locale = /\p{L}/u.test(turn.text) ? detectLocale(turn.text, config.defaultLocale) : transcript.locale;
        turnLocales.set(turn, locale);
      }
      return locale;
    };
    const bookFor = (turn: Turn) => {
      const locale = localeOf(turn);
      return locale === transcript.locale ? book : this.phraseBook(config, locale);
    };
    const analyze = (turn: Turn) => {
      let analysis = analyses.get(turn);
      if (!analysis) {
        analysis = analyzeText(turn.text, localeOf(turn));
        analyses.set(turn, analysis);
      }
      return analysis;
    };
    // Several rules ask for the same phrases in the same turn (greetings, thanks…): match once.
    const found = new Map<Turn, Map<PhraseMatcher, PhraseHit[][]>>();
    const findCached = (turn: Turn, group: string, category: string, opts: FindOptions): PhraseHit[] => {
      const matcher = bookFor(turn).matcher(group, category);
      if (matcher.empty) return [];
      let perTurn = found.get(turn);
      if (!perTurn) found.set(turn, (perTurn = new Map()));
      let byFlags = perTurn.get(matcher);
      if (!byFlags) perTurn.set(matcher, (byFlags = []));
      const flags = (opts.includeSkipped ? 1 : 0) | (opts.includeNegated ? 2 : 0);
      return (byFlags[flags] ??= matcher.find(turn.text, analyze(turn), opts));
    };
    const bursts = new Map<Turn, Turn[]>();
    const neighbours = {
      previousTurn: (turn: Turn, role?: Role) => {
        for (let i = turn.index - 1; i >= 0; i--) if (!role || turns[i].role === role) return turns[i];
        return undefined;
      },
      nextTurn: (turn: Turn, role?: Role) => {
        for (let i = turn.index + 1; i < turns.length; i++) if (!role || turns[i].role === role) return turns[i];
        return undefined;
      },
      burst: (turn: Turn) => {
        // Worked out once per burst and shared (read-only) by its turns: a scan and a copy per call
        // made a conversation of many turns in a row quadratic.
        let burst = bursts.get(turn);
        if (!burst) {
          let first = turn.index;
          let last = turn.index;
          while (first > 0 && turns[first - 1].role === turn.role) first--;
          while (last < turns.length - 1 && turns[last + 1].role === turn.role) last++;
          burst = Object.freeze(turns.slice(first, last + 1)) as Turn[];
          for (const t of burst) bursts.set(t, burst);
        }
        return burst;
      },
      turnsOf: (role: Role) => turns.filter((t) => t.role === role),
      reply: (turn: Turn) => {
        if (turn.role === 'customer') return [];
        let first = turn.index;
        let last = turn.index;
        while (first > 0 && turns[first - 1].role !== 'customer') first--;
        while (last < turns.length - 1 && turns[last + 1].role !== 'customer') last++;
        return turns.slice(first, last + 1).filter((t) => t.role === 'agent');
      },
    };

    const active: Array<{ ruleId: string; listener: RuleListener; failed: boolean }> = [];
    const crash = (ruleId: string, error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      messages.push({
        ruleId: null,
        fatal: true,
        severity: 2,
        message: `rule "${ruleId}" crashed on conversation "${transcript.id}": ${reason}`,
        line: 1,
        column: 1,
        transcriptId: transcript.id,
      });
    };

    for (const [ruleId, [severity]] of Object.entries(config.rules)) {
      if (severity === 0) continue;
      const rule = config.ruleModules?.get(ruleId) ?? this.env.rules.get(ruleId);
      if (!rule || !rule.meta.channels.includes(transcript.channel)) continue;
      const context: RuleContext = {
        id: ruleId,
        options: this.ruleOptions(config, ruleId, rule),
        transcript,
        locale: transcript.locale,
        channel: transcript.channel,
        analyze,
        phrases: (category, group = ruleId) => book.matcher(group, category),
        entries: (category, group = ruleId) => book.lexicon[group]?.[category] ?? [],
        find: (turn, category, opts = {}) => findCached(turn, opts.group ?? ruleId, category, opts),
        atClauseStart: (turn, hit, opts) =>
          atClauseStart(analyze(turn).normalized, hit.sentence?.start ?? 0, hit.start, opts?.leadIns ? bookFor(turn).clauseLeads(ruleId, opts.leadIns) : bookFor(turn).clauseLeads()),
        report: (descriptor) => messages.push(this.toMessage(descriptor, ruleId, severity, rule, transcript, lines, encodeFixText, config.messageLocale)),
        ...neighbours,
      };
      try {
        active.push({ ruleId, listener: rule.create(context), failed: false });
      } catch (error) {
        crash(ruleId, error);
      }
    }

    const timings = this.timings;
    const dispatch = (call: (listener: RuleListener) => void) => {
      for (const entry of active) {
        if (entry.failed) continue;
        try {
          if (timings) {
            const start = performance.now();
            call(entry.listener);
            timings.set(entry.ruleId, (timings.get(entry.ruleId) ?? 0) + performance.now() - start);
          } else call(entry.listener);
        } catch (error) {
          entry.failed = true;
          crash(entry.ruleId, error);
        }
      }
    };
    dispatch((l) => l.transcriptStart?.(transcript));
    for (const [n, turn] of turns.entries()) {
      if (limit && n > 0 && performance.now() > limit.deadline) {
        limit.stoppedAt = turn;
        return messages;
      }
      dispatch((l) => {
        l.turn?.(turn);
        if (turn.role === 'agent') l.agentTurn?.(turn);
        else if (turn.role === 'customer') l.customerTurn?.(turn);
      });
    }
    dispatch((l) => l.transcriptEnd?.(transcript));
    return messages;
  }

  private toMessage(
    descriptor: ReportDescriptor,
    ruleId: string,
    severity: Severity,
    rule: RuleModule,
    transcript: Transcript,
    lines: LineIndex,
    encodeFixText?: (text: string, at: number) => string,
    messageLocale = 'en',
  ): LintMessage {
    const { turn } = descriptor;
    const catalog = messageLocale !== 'en' ? this.env.messages?.(messageLocale) : undefined;
    if (rule.meta.messages[descriptor.messageId] === undefined && catalog?.[ruleId]?.[descriptor.messageId] === undefined) {
      throw new Error(`rule "${ruleId}" reported unknown messageId "${descriptor.messageId}"`);
    }
    // A translated template gets translated values too ("is upset", "6 min"), where the catalog has them.
    const render = (messageId: string, data?: Record<string, string | number>): string => {
      const localized = catalog?.[ruleId]?.[messageId];
      return localized ? interpolate(localized, translateValues(data, catalog!)) : interpolate(rule.meta.messages[messageId] ?? messageId, data);
    };
    const [start, end] = descriptor.range ?? wholeTurn(turn.text);
    const from = lines.position(turn.loc.start(start));
    const to = lines.position(turn.loc.end(Math.max(end, start + 1)));
    const message: LintMessage = {
      ruleId,
      severity,
      message: render(descriptor.messageId, descriptor.data),
      messageId: descriptor.messageId,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      transcriptId: transcript.id,
      turn: turn.index,
      role: turn.role,
    };
    if (descriptor.fix) {
      const fix = this.mapFix(turn, descriptor.fix, encodeFixText);
      if (fix) message.fix = fix;
    }
    if (descriptor.suggest?.length) {
      message.suggestions = [];
      for (const s of descriptor.suggest) {
        const fix = this.mapFix(turn, s.fix, encodeFixText);
        const desc = s.desc ?? (s.messageId ? render(s.messageId, s.data) : '');
        if (fix) message.suggestions.push({ desc, ...(s.messageId ? { messageId: s.messageId } : {}), fix });
      }
      if (message.suggestions.length === 0) delete message.suggestions;
    }
    return message;
  }

  /** A fix in source offsets, or undefined when the text there is not a verbatim copy of the source. */
  private mapFix(turn: Turn, fix: TextFix, encode?: (text: string, at: number) => string): { range: [number, number]; text: string } | undefined {
    const [start, end] = fix.range;
    if (!turn.loc.isVerbatim(start, end)) return undefined;
    const sourceStart = start < turn.loc.length ? turn.loc.start(start) : turn.loc.end(start);
    const sourceEnd = end > start ? turn.loc.end(end) : sourceStart;
    return { range: [sourceStart, sourceEnd], text: encode ? encode(fix.text, sourceStart) : fix.text };
  }
}

/** The fatal message of a file that ran out of time: where it stopped, and that what came before is kept. */
function overBudget(filePath: string, budget: TimeBudget, transcript: Transcript, index: number, total: number, turn: Turn | undefined, lines: LineIndex, textLength: number): LintMessage {
  const at = turn ?? transcript.turns[0];
  let position = { line: 1, column: 1 };
  try {
    const offset = at ? at.loc.start(0) : NaN;
    if (Number.isFinite(offset)) position = lines.position(Math.min(Math.max(0, offset), textLength));
  } catch {
    // a turn with no place in the source: the file's start
  }
  const where = `conversation "${transcript.id}" (${index + 1} of ${total})${turn ? `, turn ${turn.index + 1}` : ''}`;
  return {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: `time budget exceeded: ${filePath} took longer than ${budget.seconds} s to lint (--max-file-time); stopped at ${where}; findings before that point are kept`,
    ...position,
  };
}

function wholeTurn(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [start, end] : [0, Math.max(1, text.length)];
}

export function buildResult(filePath: string, messages: LintMessage[], suppressedMessages: LintMessage[], transcripts: readonly Transcript[]): LintResult {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else if (m.severity === 1) {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return {
    filePath,
    messages,
    suppressedMessages,
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    usedDeprecatedRules: [],
    transcripts: transcripts.map((t) => ({ id: t.id, channel: t.channel as Channel, locale: t.locale, turns: t.turns.length, ...(Object.keys(t.metadata).length ? { metadata: t.metadata } : {}) })),
  };
}
