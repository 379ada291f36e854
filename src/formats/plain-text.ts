/**
 * The plain-text transcript: one turn per block, a speaker label first.
 *
 *   [10:00:05] Customer (Ana): My order arrived broken!
 *   [10:01:10] Agent (Maria): I'm so sorry to hear that…
 *     a line that starts with white space continues the turn above
 */
import type { Transcript, Turn } from '../model.js';
import { findDirectiveCommentLines } from './comments.js';
import { SourceMap } from './source-map.js';
import type { InputFormat, ParseContext, ParseOutput, SourceComment } from './types.js';

// [time] Label (Author): text — the time may be HH:MM, HH:MM:SS or an ISO date-time.
const TURN_LINE =
  /^\[?(?<time>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\d{1,2}:\d{2}(?::\d{2})?)?\]?[ \t]*(?<label>[\p{L}][\p{L}\p{N} ._'-]{0,40}?)[ \t]*(?:\((?<author>[^()\r\n]{1,80})\))?[ \t]*:(?:[ \t]+|$)/u;

interface PendingTurn {
  turn: Turn;
  text: string;
  map: SourceMap;
}

/** Time stamps without a date count from the Unix epoch: gaps between them are what matters. */
function parseClock(value: string | undefined, previous: Date | undefined): Date | undefined {
  if (!value) return undefined;
  if (value.includes('-')) {
    const date = new Date(value.includes('T') || value.includes(' ') ? value.replace(' ', 'T') : value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const [h, m, s = '0'] = value.split(':');
  let ms = ((+h * 60 + +m) * 60 + +s) * 1000;
  // A clock that goes backwards has passed midnight.
  if (previous && ms < previous.getTime() % 86_400_000) ms += 86_400_000 * (Math.floor(previous.getTime() / 86_400_000) + 1);
  else if (previous) ms += 86_400_000 * Math.floor(previous.getTime() / 86_400_000);
  return new Date(ms);
}

/** True when the text has at least one line that starts a turn with a known speaker label. */
export function hasSpeakerLabels(text: string, context: Pick<ParseContext, 'roleLabels'>): boolean {
  for (const line of text.slice(0, 65536).split(/\r?\n/, 200)) {
    const match = TURN_LINE.exec(line);
    if (match && context.roleLabels.has(match.groups!.label.trim().toLowerCase())) return true;
  }
  return false;
}

export function parsePlainTranscript(text: string, context: ParseContext): ParseOutput {
  const comments: SourceComment[] = findDirectiveCommentLines(text);
  const commentStarts = new Set(comments.map((c) => c.start));
  const turns: Turn[] = [];
  let current: PendingTurn | undefined;
  let lastTime: Date | undefined;
  const finish = () => {
    if (!current) return;
    // Trailing blank lines belong to no turn.
    const trimmed = current.text.replace(/\s+$/, '');
    current.turn.text = trimmed;
    turns.push(current.turn);
    current = undefined;
  };

  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    const next = lineEnd + 1;
    if (commentStarts.has(lineStart)) {
      lineStart = next;
      continue;
    }
    const match = TURN_LINE.exec(line);
    const role = match ? context.roleLabels.get(match.groups!.label.trim().toLowerCase()) : undefined;
    if (match && role) {
      finish();
      const timestamp = parseClock(match.groups!.time, lastTime);
      if (timestamp) lastTime = timestamp;
      const bodyStart = lineStart + match[0].length;
      const map = new SourceMap().literal(bodyStart, contentEnd - bodyStart);
      current = {
        turn: { index: turns.length, role, author: match.groups!.author?.trim(), text: '', timestamp, loc: map },
        text: text.slice(bodyStart, contentEnd),
        map,
      };
    } else if (current && line.trim() !== '') {
      // A continuation line: white space at its start is layout, not text.
      const indent = line.length - line.trimStart().length;
      current.map.unit(lineStart - 1 < 0 ? 0 : lineStart - 1, 1); // the line break
      current.map.literal(lineStart + indent, contentEnd - lineStart - indent);
      current.text += '\n' + line.slice(indent);
    } else if (current && line.trim() === '') {
      // A blank line ends nothing by itself; keep it as a paragraph break.
      current.map.unit(Math.max(0, lineStart - 1), 1);
      current.text += '\n';
    }
    lineStart = next;
  }
  finish();
  // The map may run past the trimmed text; offsets beyond the text are never asked for.
  const transcript: Transcript = {
    id: context.path,
    channel: context.channel && context.channel !== 'macro' ? context.channel : 'chat',
    locale: context.locale ?? 'auto',
    turns,
    metadata: {},
    source: { path: context.path, format: 'text' },
  };
  return { transcripts: turns.length > 0 ? [transcript] : [], comments, problems: [] };
}

export const plainText: InputFormat = {
  name: 'text',
  description: 'Plain-text transcripts: "[time] Speaker (Name): text", one turn per line block',
  extensions: ['.txt', '.log'],
  parse: parsePlainTranscript,
};
