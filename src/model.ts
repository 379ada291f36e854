/**
 * The transcript model every input format produces and every rule reads.
 * See DESIGN.md, "The transcript model".
 */
import type { SourceMap } from './formats/source-map.js';

export type Role = 'agent' | 'customer' | 'bot' | 'system' | 'note';
export type Channel = 'chat' | 'email' | 'voice' | 'social' | 'macro';

export const ROLES: readonly Role[] = ['agent', 'customer', 'bot', 'system', 'note'];
export const CHANNELS: readonly Channel[] = ['chat', 'email', 'voice', 'social', 'macro'];

export interface Turn {
  index: number;
  role: Role;
  /** Display name or id of the speaker, as the source gives it. */
  author?: string;
  /** Plain text the rules read (HTML already reduced to text, placeholders masked in macros). */
  text: string;
  timestamp?: Date;
  endTimestamp?: Date;
  /** Maps offsets in `text` to offsets in the source file. */
  loc: SourceMap;
}

export interface Transcript {
  /** Conversation id from the source, else the file path (+ #index). */
  id: string;
  channel: Channel;
  /** BCP 47 tag; resolved before rules run. */
  locale: string;
  turns: Turn[];
  metadata: Record<string, unknown>;
  source: { path: string; format: string };
}

export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';

/** A replacement in the source file, ESLint's shape: `range` is [start, end) in source offsets. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  messageId?: string;
  fix: Fix;
}

/** One finding, ESLint's `LintMessage` plus the conversation it belongs to. */
export interface LintMessage {
  ruleId: string | null;
  severity: Severity;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  fatal?: boolean;
  /** Conversation id of the transcript the finding is in. */
  transcriptId?: string;
  /** Index of the turn inside its transcript. */
  turn?: number;
  role?: Role;
  suppressions?: Array<{ kind: 'directive' | 'file'; justification: string }>;
}

/** ESLint's `LintResult`, one per file. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: Array<{ ruleId: string; replacedBy: string[] }>;
  /** Fixed source text, present when fixes were applied (ESLint's `output`). */
  output?: string;
  source?: string;
  /** One entry per conversation in the file: its id, channel and resolved locale. */
  transcripts?: TranscriptSummary[];
  /** Mean scorecard score of the file's conversations (see docs/reports.md). */
  score?: number;
}

/** A conversation of a LintResult: identity, who handled it, and its scorecard. */
export interface TranscriptSummary {
  id: string;
  channel: Channel;
  locale: string;
  turns: number;
  metadata?: Record<string, unknown>;
  /** metadata.agent, else the author of the last agent turn. */
  agent?: string;
  /** metadata.team. */
  team?: string;
  /** Scorecard score, 0–100. */
  score?: number;
  passed?: boolean;
  /** Applicable rules that fired. */
  failedRules?: string[];
  /** Enabled rules that did not apply (channel, time stamps). */
  na?: string[];
  /** Auto-fail rules that fired, when any did (the score is then 0). */
  autoFailed?: string[];
  /** The turns and finding ranges, kept only on request (html reports, --keep-conversations). */
  conversation?: ConversationView;
}

/** A conversation as reports show it: turn texts, and where each finding sits in its turn. */
export interface ConversationView {
  turns: Array<{ role: Role; author?: string; timestamp?: string; text: string }>;
  /** [start, end) in the text of turn `turn` for the finding of `ruleId` that starts at line:column. */
  marks: Array<{ ruleId: string | null; line: number; column: number; turn: number; start: number; end: number }>;
}
