/**
 * The rule API, in the shape ESLint made familiar: `meta` is data, `create`
 * returns handlers the engine calls as it walks a transcript.
 */
import type { Channel, Role, Transcript, Turn } from '../model.js';
import type { TurnAnalysis } from '../text/analysis.js';
import type { PhraseHit, PhraseMatcher, FindOptions } from '../text/phrases.js';

export type RuleKind = 'sin' | 'practice' | 'style';
export type SeverityName = 'off' | 'warn' | 'error';

export interface RuleMeta {
  id: string;
  kind: RuleKind;
  docs: {
    description: string;
    /** Where in the source documents the rule comes from, e.g. "seven sins #7". */
    seed: string;
    url?: string;
  };
  /** Channels the rule applies to; transcripts of other channels are N/A for it. */
  channels: Channel[];
  /** Severity in the `recommended` preset, earned by measured precision. */
  defaultSeverity: SeverityName;
  /** Needs timestamps on turns to say anything (timing rules); N/A without them. */
  requiresTimestamps?: boolean;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** JSON Schema of the options object. */
  schema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** Message templates with `{{placeholders}}`. */
  messages: Record<string, string>;
}

/** A change in turn-text coordinates; the engine maps it into the source file. */
export interface TextFix {
  range: [number, number];
  text: string;
}

export interface ReportDescriptor {
  turn: Turn;
  /** [start, end) in the turn's text; the whole (trimmed) turn when omitted. */
  range?: [number, number];
  messageId: string;
  data?: Record<string, string | number>;
  fix?: TextFix;
  suggest?: Array<{ messageId?: string; desc?: string; data?: Record<string, string | number>; fix: TextFix }>;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Options;
  readonly transcript: Transcript;
  readonly locale: string;
  readonly channel: Channel;
  report(descriptor: ReportDescriptor): void;
  /** Sentences and skipped spans of a turn, computed once and shared by every rule. */
  analyze(turn: Turn): TurnAnalysis;
  /** The matcher for one phrase category of this rule (or of `group`) in the transcript's locale. */
  phrases(category: string, group?: string): PhraseMatcher;
  /** The raw entries of a phrase category (built-in plus config), for rules that read them as data (a glossary). */
  entries(category: string, group?: string): readonly string[];
  /** Shorthand: hits of `category` in `turn`, filtered as FindOptions says. */
  find(turn: Turn, category: string, options?: FindOptions & { group?: string }): PhraseHit[];
  /**
   * True when `hit` opens its clause in `turn`: only punctuation, numbering and the
   * language's lead words (`language.clause-leads`: "please", "then", "παρακαλώ") stand
   * between the start of the clause and the hit. For imperatives: "Please restart it".
   * `leadIns` names a category of the rule's own lexicon whose words may open the clause
   * instead of the language's clause leads (coldness: "look", "listen"; brush-off: "alternatively", "sir").
   */
  atClauseStart(turn: Turn, hit: { start: number; sentence?: { start: number } }, options?: { leadIns?: string }): boolean;
  /** The nearest turn before `turn` (of `role`, when given). */
  previousTurn(turn: Turn, role?: Role): Turn | undefined;
  /** The nearest turn after `turn` (of `role`, when given). */
  nextTurn(turn: Turn, role?: Role): Turn | undefined;
  /** The run of consecutive turns by the same role that contains `turn` (one reply sent as several messages). */
  burst(turn: Turn): Turn[];
  /**
   * Everything the agent sends between two customer messages, `turn`'s included:
   * like `burst`, but internal notes, system and bot messages in between do not
   * split it. Empty for a customer turn.
   */
  reply(turn: Turn): Turn[];
  turnsOf(role: Role): Turn[];
}

export interface RuleListener {
  transcriptStart?(transcript: Transcript): void;
  turn?(turn: Turn): void;
  agentTurn?(turn: Turn): void;
  customerTurn?(turn: Turn): void;
  transcriptEnd?(transcript: Transcript): void;
}

export interface RuleModule<Options = any> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): RuleListener;
}

/** Identity with types: what rule modules export. */
export function defineRule<Options = Record<string, unknown>>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
