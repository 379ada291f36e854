/**
 * Call transcripts as captions (channel voice), each cue a turn with its start and
 * end time (counted from the Unix epoch: the gaps are what timing rules read).
 *
 * - WebVTT: the speaker is a voice span, `<v Agent>` or `<v Customer Ana>`; several
 *   voices in one cue are several turns. Other markup (`<c>`, `<i>`, time tags) is
 *   dropped and entities decoded.
 * - SRT: the speaker is a `Name:` prefix on the cue's first line.
 *
 * A speaker is a role label (`Agent`, `Customer`…, or the config's `roles`), alone
 * or followed by a name (`Agent Maria`), or a name followed by the label in
 * parentheses (`Maria (Agent)`). A cue without a speaker continues the previous one.
 */
import type { Role, Transcript, Turn } from '../model.js';
import { htmlToText, trimMapped } from './html.js';
import { DEFAULT_ROLE_LABELS } from './roles.js';
import { composeMaps, SourceMap } from './source-map.js';
import type { InputFormat, ParseContext, ParseOutput, ParseProblem } from './types.js';

interface Speaker {
  role: Role;
  author?: string;
}

/** Role (and name) of a speaker label, or undefined when no label says. */
export function speakerOf(name: string, context: Pick<ParseContext, 'roleLabels'>): Speaker | undefined {
  const clean = name.trim().replace(/\s+/g, ' ');
  const lower = clean.toLowerCase();
  const whole = context.roleLabels.get(lower);
  // A generic label ("Agent") names no one; a name the config maps ("Maria") does.
  if (whole) return { role: whole, author: Object.values(DEFAULT_ROLE_LABELS).some((labels) => labels.includes(lower)) ? undefined : clean };
  const parens = /^(.+?)\s*\(([^()]+)\)$/.exec(clean);
  if (parens) {
    const role = context.roleLabels.get(parens[2].trim().toLowerCase());
    if (role) return { role, author: parens[1] };
  }
  const space = clean.indexOf(' ');
  if (space > 0) {
    const role = context.roleLabels.get(lower.slice(0, space));
    if (role) return { role, author: clean.slice(space + 1) };
  }
  return undefined;
}

const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

function clockMs(value: string): number {
  const [clock, fraction = '0'] = value.split(/[.,]/);
  const parts = clock.split(':').map(Number);
  while (parts.length < 3) parts.unshift(0);
  return ((parts[0] * 60 + parts[1]) * 60 + parts[2]) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** Lines with their offsets (end excludes the line break). */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    const next = end === -1 ? text.length + 1 : end + 1;
    if (end === -1) end = text.length;
    const contentEnd = text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ text: text.slice(start, contentEnd), start, end: contentEnd });
    start = next;
  }
  return lines;
}

interface Cue {
  start: number;
  end: number;
  /** Source span of the payload (the cue's text lines). */
  payloadStart: number;
  payloadEnd: number;
  timingOffset: number;
}

/** Blocks of non-blank lines holding a timing line: the cues. */
function cuesOf(text: string, skipBlock: (first: string) => boolean): { cues: Cue[]; lines: Line[] } {
  const lines = linesOf(text);
  const cues: Cue[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].text.trim() === '') {
      i++;
      continue;
    }
    const blockStart = i;
    while (i < lines.length && lines[i].text.trim() !== '') i++;
    const block = lines.slice(blockStart, i);
    if (skipBlock(block[0].text)) continue;
    const timingIndex = block.findIndex((l) => TIMING.test(l.text.trim()));
    if (timingIndex === -1 || timingIndex > 1) continue;
    const timing = TIMING.exec(block[timingIndex].text.trim())!;
    const payload = block.slice(timingIndex + 1);
    cues.push({
      start: clockMs(timing[1]),
      end: clockMs(timing[2]),
      payloadStart: payload.length ? payload[0].start : block[timingIndex].end,
      payloadEnd: payload.length ? payload[payload.length - 1].end : block[timingIndex].end,
      timingOffset: block[timingIndex].start,
    });
  }
  return { cues, lines };
}

/** Text of a payload span (markup dropped, entities decoded, line wraps as spaces), mapped into the source. */
function segmentText(source: string, start: number, end: number): { text: string; map: SourceMap } {
  const slice = source.slice(start, end);
  const reduced = htmlToText(slice, { timeTags: true });
  // Braced SSA tags some SRT files carry: {\an8}
  return trimMapped({ text: reduced.text.replace(/\{\\[^{}]*\}/g, (m) => ' '.repeat(m.length)), map: composeMaps(reduced.map, new SourceMap().literal(start, slice.length)) });
}

const PREFIX = /^[ \t]*(?:<[^>]*>[ \t]*)*([\p{L}][\p{L}\p{N} ._'()-]{0,60}?)[ \t]*:[ \t]+/u;

/** Names used as a `Name:` prefix in more than one cue. */
function recurringPrefixes(source: string, cues: readonly Cue[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    const prefix = PREFIX.exec(source.slice(cue.payloadStart, cue.payloadEnd));
    if (prefix) counts.set(prefix[1].trim(), (counts.get(prefix[1].trim()) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
}

class CaptionReader {
  readonly turns: Turn[] = [];
  readonly problems: ParseProblem[] = [];
  private readonly unknown = new Set<string>();
  private current: Speaker | undefined;

  constructor(
    private readonly source: string,
    private readonly context: ParseContext,
  ) {}

  /** Resolves a named speaker; an unknown one is reported once and its turns skipped. */
  speaker(name: string, offset: number): Speaker | undefined {
    const speaker = speakerOf(name, this.context);
    if (!speaker && !this.unknown.has(name)) {
      this.unknown.add(name);
      this.problems.push({
        message: `speaker "${name}" is not a known role label: its cues are skipped (map it under roles in the config, e.g. roles: { agent: ["${name}"] })`,
        offset,
        severity: 'error',
      });
    }
    this.current = speaker;
    return speaker;
  }

  /** Adds a turn for a payload span, by `speaker` or (null) the previous speaker. */
  add(cue: Cue, start: number, end: number, speaker: Speaker | undefined | null): void {
    const who = speaker === null ? this.current : speaker;
    if (!who) {
      if (speaker === null && this.turns.length === 0 && this.unknown.size === 0) {
        this.problems.push({ message: 'cue skipped: no speaker (start the cue with a voice span such as <v Agent> or a "Name:" prefix)', offset: cue.timingOffset, severity: 'error' });
        this.unknown.add('');
      }
      return;
    }
    const { text, map } = segmentText(this.source, start, end);
    if (text === '') return;
    this.turns.push({
      index: this.turns.length,
      role: who.role,
      author: who.author,
      text,
      timestamp: new Date(cue.start),
      endTimestamp: new Date(cue.end),
      loc: map,
    });
  }

  /**
   * A payload without voice spans: a `Name:` prefix names the speaker, else it
   * continues the previous one. A prefix counts as a speaker when it is a role
   * label or recurs as a prefix (an unmapped name: reported, its cues skipped);
   * a one-off "Sure:" is text.
   */
  prefixed(cue: Cue, start: number, end: number, recurring: ReadonlySet<string>): void {
    const prefix = PREFIX.exec(this.source.slice(start, end));
    if (prefix) {
      const name = prefix[1].trim();
      if (speakerOf(name, this.context) || recurring.has(name)) {
        const speaker = this.speaker(name, start + prefix.index + prefix[0].indexOf(prefix[1]));
        if (speaker) this.add(cue, start + prefix[0].length, end, speaker);
        return;
      }
    }
    this.add(cue, start, end, null);
  }

  transcript(format: string): Transcript {
    const agent = this.turns.find((t) => t.role === 'agent' && t.author)?.author;
    return {
      id: this.context.path,
      channel: this.context.channel && this.context.channel !== 'macro' ? this.context.channel : 'voice',
      locale: this.context.locale ?? 'auto',
      turns: this.turns,
      metadata: agent ? { agent } : {},
      source: { path: this.context.path, format },
    };
  }
}

const VOICE = /<v(?:\.[\w.-]+)?[ \t]+([^>]*)>/g;

export const webvtt: InputFormat = {
  name: 'webvtt',
  description: 'WebVTT captions of a call: <v Speaker> voice spans, cue times kept (channel voice)',
  extensions: ['.vtt'],
  family: 'captions',
  sniff: (text) => (/^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text) ? 0.99 : 0),
  parse(text, context): ParseOutput {
    const reader = new CaptionReader(text, context);
    const { cues } = cuesOf(text, (first) => /^(\uFEFF?WEBVTT|NOTE|STYLE|REGION)\b/.test(first));
    const recurring = recurringPrefixes(text, cues);
    for (const cue of cues) {
      const payload = text.slice(cue.payloadStart, cue.payloadEnd);
      const voices = [...payload.matchAll(VOICE)];
      if (voices.length === 0) {
        reader.prefixed(cue, cue.payloadStart, cue.payloadEnd, recurring);
        continue;
      }
      if (voices[0].index! > 0) reader.add(cue, cue.payloadStart, cue.payloadStart + voices[0].index!, null);
      voices.forEach((voice, k) => {
        const start = cue.payloadStart + voice.index! + voice[0].length;
        const end = k + 1 < voices.length ? cue.payloadStart + voices[k + 1].index! : cue.payloadEnd;
        const speaker = reader.speaker(voice[1].trim(), cue.payloadStart + voice.index! + voice[0].indexOf(voice[1]));
        if (speaker) reader.add(cue, start, end, speaker);
      });
    }
    return { transcripts: reader.turns.length ? [reader.transcript('webvtt')] : [], comments: [], problems: reader.problems, encodeFixText: (fix) => fix.replace(/&/g, '&amp;').replace(/</g, '&lt;') };
  },
};

export const srt: InputFormat = {
  name: 'srt',
  description: 'SRT subtitles of a call: "Name:" prefixes, cue times kept (channel voice)',
  extensions: ['.srt'],
  family: 'captions',
  sniff: (text) => (/^\uFEFF?\s*\d+\r?\n(?:\d+:)?\d{1,2}:\d{2},\d{3}[ \t]+-->/.test(text.slice(0, 200)) ? 0.95 : 0),
  parse(text, context): ParseOutput {
    const reader = new CaptionReader(text, context);
    const { cues } = cuesOf(text, () => false);
    const recurring = recurringPrefixes(text, cues);
    for (const cue of cues) reader.prefixed(cue, cue.payloadStart, cue.payloadEnd, recurring);
    return { transcripts: reader.turns.length ? [reader.transcript('srt')] : [], comments: [], problems: reader.problems };
  },
};
