/**
 * The compact view of a conversation that reports show an analyst: its turns
 * (role, author, time, text) and, for each finding, where it sits inside its
 * turn. Attached to `transcripts[].conversation` only when asked for
 * (`keepConversations`: the html formatter, `-f json --keep-conversations`), so
 * the default JSON stays lean.
 *
 * A mark names its finding by rule id and start line/column rather than by index,
 * so it survives whatever drops messages later (--quiet, a baseline, merging).
 */
import type { LineIndex } from '../formats/source-map.js';
import type { ConversationView, LintMessage, LintResult, Transcript, Turn } from '../model.js';

/** The offset in `turn.text` whose source position is the first at or after `sourceOffset`. */
function textOffset(turn: Turn, sourceOffset: number, edge: 'start' | 'end'): number {
  const length = turn.text.length;
  let lo = 0;
  let hi = length;
  // Smallest i with map(i) >= sourceOffset; map is monotonic.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = edge === 'start' ? turn.loc.start(mid) : turn.loc.end(mid + 1);
    if (at >= sourceOffset) hi = mid;
    else lo = mid + 1;
  }
  return edge === 'start' ? lo : Math.min(length, lo + 1);
}

/** The [start, end) range in the turn's text that a message points at. */
export function turnRange(turn: Turn, message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, lines: LineIndex): [number, number] {
  const from = lines.lineStart(message.line) + message.column - 1;
  const to = message.endLine !== undefined && message.endColumn !== undefined ? lines.lineStart(message.endLine) + message.endColumn - 1 : from + 1;
  const start = textOffset(turn, from, 'start');
  const end = Math.max(start + 1, textOffset(turn, to, 'end'));
  return [Math.min(start, turn.text.length), Math.min(end, turn.text.length)];
}

export function conversationView(transcript: Transcript, messages: readonly LintMessage[], lines: LineIndex): ConversationView {
  const marks: ConversationView['marks'] = [];
  for (const m of messages) {
    if (m.transcriptId !== transcript.id || m.turn === undefined) continue;
    const turn = transcript.turns[m.turn];
    if (!turn || turn.text.length === 0) continue;
    const [start, end] = turnRange(turn, m, lines);
    marks.push({ ruleId: m.ruleId, line: m.line, column: m.column, turn: m.turn, start, end });
  }
  return {
    turns: transcript.turns.map((t) => ({
      role: t.role,
      ...(t.author ? { author: t.author } : {}),
      ...(t.timestamp && !Number.isNaN(t.timestamp.getTime()) ? { timestamp: t.timestamp.toISOString() } : {}),
      text: t.text,
    })),
    marks,
  };
}

/** Attaches the conversation view to each `transcripts[]` entry (kept and suppressed findings both get marks). */
export function attachConversations(result: LintResult, transcripts: readonly Transcript[], lines: LineIndex): LintResult {
  if (!result.transcripts) return result;
  const byTranscript = new Map<string, LintMessage[]>();
  for (const m of [...result.messages, ...result.suppressedMessages]) {
    if (m.transcriptId === undefined) continue;
    let list = byTranscript.get(m.transcriptId);
    if (!list) byTranscript.set(m.transcriptId, (list = []));
    list.push(m);
  }
  result.transcripts = result.transcripts.map((entry, i) => {
    const transcript = transcripts[i];
    return transcript ? { ...entry, conversation: conversationView(transcript, byTranscript.get(transcript.id) ?? [], lines) } : entry;
  });
  return result;
}
