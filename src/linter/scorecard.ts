/**
 * The QA scorecard: every conversation gets a score from 0 to 100 out of the
 * rules that apply to it, the way QA teams grade conversations on weighted
 * yes/no items. Pure: the linter hands in the transcript, its findings, the
 * resolved config and the rule registry.
 *
 *   score = 100 × Σ weight(applicable rules that did not fire) / Σ weight(applicable rules)
 *
 * A rule is applicable when it is enabled, lists the conversation's channel and,
 * when it needs time stamps (meta.requiresTimestamps), the conversation has them;
 * otherwise it is N/A and drops out of both sums (so N/A rescales the score).
 * A finding of an auto-fail rule sets the score to 0. passed = score ≥ passMark.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { LintMessage, LintResult, Transcript, TranscriptSummary } from '../model.js';
import type { RuleKind, RuleMeta, RuleModule } from './rule.js';

/** The weight of a rule whose kind is all the config says about it. */
export const DEFAULT_KIND_WEIGHTS: Readonly<Record<RuleKind, number>> = { sin: 10, practice: 5, style: 2 };
export const DEFAULT_PASS_MARK = 80;

/** The `scorecard` key of a config file. */
export interface ScorecardConfig {
  /** Points per rule; rules not listed weigh what their kind does (sin 10, practice 5, style 2). */
  weights?: Record<string, number>;
  /** Rules whose finding fails the conversation outright (score 0). */
  autoFail?: string[];
  /** Lowest passing score (0–100); 80 when not set. */
  passMark?: number;
}

/** The scorecard after merging config layers. */
export interface ResolvedScorecard {
  weights: Record<string, number>;
  autoFail: string[];
  passMark: number;
}

export function emptyScorecard(): ResolvedScorecard {
  return { weights: {}, autoFail: [], passMark: DEFAULT_PASS_MARK };
}

/** One layer on top of another: weights merge key by key; autoFail and passMark replace. */
export function mergeScorecard(base: ResolvedScorecard | undefined, layer: ScorecardConfig | undefined): ResolvedScorecard {
  const out = base ?? emptyScorecard();
  if (!layer) return out;
  return {
    weights: layer.weights ? { ...out.weights, ...layer.weights } : out.weights,
    autoFail: layer.autoFail ? [...layer.autoFail] : out.autoFail,
    passMark: layer.passMark ?? out.passMark,
  };
}

export function ruleWeight(ruleId: string, meta: Pick<RuleMeta, 'kind'> | undefined, scorecard: ResolvedScorecard): number {
  const configured = scorecard.weights[ruleId];
  if (configured !== undefined) return configured;
  return meta ? DEFAULT_KIND_WEIGHTS[meta.kind] ?? 0 : 0;
}

/** At least two turns carry a time stamp: enough for a gap to be measured. */
export function hasTimestamps(transcript: Pick<Transcript, 'turns'>): boolean {
  let stamped = 0;
  for (const turn of transcript.turns) if (turn.timestamp && ++stamped >= 2) return true;
  return false;
}

export interface ConversationScore {
  score: number;
  passed: boolean;
  /** Applicable rules that fired, in rule order. */
  failedRules: string[];
  /** Enabled rules that do not apply to this conversation (channel, time stamps). */
  na: string[];
  /** The auto-fail rules that fired (only when some did): why the score is 0. */
  autoFailed?: string[];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Scores one conversation from the findings that belong to it. */
export function scoreTranscript(
  transcript: Pick<Transcript, 'channel' | 'turns'>,
  messages: readonly Pick<LintMessage, 'ruleId'>[],
  config: Pick<ResolvedConfig, 'rules'> & { scorecard?: ResolvedScorecard },
  rules: ReadonlyMap<string, RuleModule>,
): ConversationScore {
  const scorecard = config.scorecard ?? emptyScorecard();
  const fired = new Set<string>();
  for (const m of messages) if (m.ruleId) fired.add(m.ruleId);
  const stamped = hasTimestamps(transcript);
  let total = 0;
  let kept = 0;
  const autoFailed: string[] = [];
  const failedRules: string[] = [];
  const na: string[] = [];
  for (const [ruleId, [severity]] of Object.entries(config.rules)) {
    if (severity === 0) continue;
    const rule = rules.get(ruleId);
    if (!rule) continue;
    if (!rule.meta.channels.includes(transcript.channel) || (rule.meta.requiresTimestamps && !stamped)) {
      na.push(ruleId);
      continue;
    }
    const weight = ruleWeight(ruleId, rule.meta, scorecard);
    total += weight;
    if (fired.has(ruleId)) {
      failedRules.push(ruleId);
      if (scorecard.autoFail.includes(ruleId)) autoFailed.push(ruleId);
    } else {
      kept += weight;
    }
  }
  const score = autoFailed.length ? 0 : total > 0 ? round1((100 * kept) / total) : 100;
  return { score, passed: score >= scorecard.passMark, failedRules, na, ...(autoFailed.length ? { autoFailed } : {}) };
}

/** Who handled a conversation: metadata.agent / metadata.team, else the last agent turn's author. */
export function conversationIdentity(transcript: Pick<Transcript, 'metadata' | 'turns'>): { agent?: string; team?: string } {
  const name = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number') return String(value);
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      return name(o.name ?? o.displayName ?? o.email ?? o.id);
    }
    return undefined;
  };
  const metadata = transcript.metadata ?? {};
  let agent = name(metadata.agent);
  if (!agent) {
    for (let i = transcript.turns.length - 1; i >= 0; i--) {
      const turn = transcript.turns[i];
      if (turn.role === 'agent' && turn.author?.trim()) {
        agent = turn.author.trim();
        break;
      }
    }
  }
  const team = name(metadata.team);
  return { ...(agent ? { agent } : {}), ...(team ? { team } : {}) };
}

/**
 * Puts agent, team and the scorecard on each `transcripts[]` entry of a result,
 * and the mean of its conversations' scores on the result. Findings are matched
 * to conversations by `transcriptId`.
 */
export function annotateResult(
  result: LintResult,
  transcripts: readonly Transcript[],
  config: Pick<ResolvedConfig, 'rules'> & { scorecard?: ResolvedScorecard },
  rules: ReadonlyMap<string, RuleModule>,
): LintResult {
  if (!result.transcripts || transcripts.length === 0) return result;
  const byTranscript = new Map<string, LintMessage[]>();
  for (const m of result.messages) {
    if (m.transcriptId === undefined || !m.ruleId) continue;
    let list = byTranscript.get(m.transcriptId);
    if (!list) byTranscript.set(m.transcriptId, (list = []));
    list.push(m);
  }
  let sum = 0;
  result.transcripts = result.transcripts.map((entry: TranscriptSummary, i) => {
    const transcript = transcripts[i];
    if (!transcript) return entry;
    const scored = scoreTranscript(transcript, byTranscript.get(transcript.id) ?? [], config, rules);
    sum += scored.score;
    return { ...entry, ...conversationIdentity(transcript), ...scored };
  });
  result.score = round1(sum / transcripts.length);
  return result;
}
