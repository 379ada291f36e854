/**
 * JSON Lines files are read in chunks of whole lines, never whole into memory,
 * and can be split between workers or machines: every chunk knows the line it
 * starts on, so positions stay those of the file.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { buildResult } from '../linter/linter.js';
import type { LintResult } from '../model.js';
import { bytePosition, decodeUtf8 } from './read.js';

export const CHUNK_BYTES = 4 * 1024 * 1024;

export interface ChunkRange {
  /** Byte offsets [start, end) in the file; both at line starts (or the file's end). */
  start: number;
  end: number;
}

export interface Chunk extends ChunkRange {
  text: string;
  /** Line number of the chunk's first line. */
  firstLine: number;
  /** Where the chunk's first invalid UTF-8 sequence is (decoded as U+FFFD), if it has one. */
  invalidUtf8?: { byte: number; line: number; column: number };
}

/** Splits a file into ranges of about `size` bytes that end after a newline. */
export function chunkRanges(file: string, size = CHUNK_BYTES): ChunkRange[] {
  const total = statSync(file).size;
  const ranges: ChunkRange[] = [];
  const fd = openSync(file, 'r');
  const probe = Buffer.alloc(64 * 1024);
  try {
    let start = 0;
    while (start < total) {
      let end = Math.min(total, start + size);
      // Move the cut forward to just past the next newline.
      while (end < total) {
        const n = readSync(fd, probe, 0, probe.length, end);
        const nl = probe.subarray(0, n).indexOf(0x0a);
        if (nl !== -1) {
          end += nl + 1;
          break;
        }
        end += n;
        if (n === 0) break;
      }
      ranges.push({ start, end: Math.min(end, total) });
      start = Math.min(end, total);
    }
  } finally {
    closeSync(fd);
  }
  return ranges;
}

function countLines(buffer: Uint8Array): number {
  let n = 0;
  for (let i = buffer.indexOf(0x0a); i !== -1; i = buffer.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Reads the chunks of `ranges` in order; line numbers are counted as it goes. */
export function* readChunks(file: string, ranges: readonly ChunkRange[], firstLineOfFirst = 1): Generator<Chunk> {
  const fd = openSync(file, 'r');
  try {
    let line = firstLineOfFirst;
    for (const range of ranges) {
      const buffer = Buffer.alloc(range.end - range.start);
      let read = 0;
      while (read < buffer.length) {
        const n = readSync(fd, buffer, read, buffer.length - read, range.start + read);
        if (n === 0) break;
        read += n;
      }
      const bytes = buffer.subarray(0, read);
      // A BOM can only open the file.
      const body = range.start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      const { text, invalidByteOffset } = decodeUtf8(body);
      const invalidUtf8 =
        invalidByteOffset === undefined
          ? undefined
          : { byte: range.start + (bytes.length - body.length) + invalidByteOffset, ...bytePosition(body, invalidByteOffset) };
      yield { ...range, text, firstLine: line, ...(invalidUtf8 ? { invalidUtf8 } : {}) };
      line += countLines(bytes);
    }
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 code units that UTF-8 `bytes` decode to (continuation bytes add none; 4-byte sequences add two). */
function utf16Length(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/**
 * Where each range starts, as a line number and as an offset in the decoded
 * text (fix ranges are text offsets): one pass over the bytes, no decoding.
 */
export function rangeStarts(file: string, ranges: readonly ChunkRange[]): Array<{ line: number; charOffset: number }> {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1024 * 1024);
  const out: Array<{ line: number; charOffset: number }> = [];
  let line = 1;
  let chars = 0;
  try {
    for (const range of ranges) {
      out.push({ line, charOffset: chars });
      for (let pos = range.start; pos < range.end; ) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, range.end - pos), pos);
        if (n === 0) break;
        let bytes = buffer.subarray(0, n);
        if (pos === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        line += countLines(bytes);
        chars += utf16Length(bytes);
        pos += n;
      }
    }
  } finally {
    closeSync(fd);
  }
  return out;
}

/** Keeps only the lines of shard `index` (1-based) of `count`: the others become empty, so numbering holds. */
export function keepShardLines(text: string, firstLine: number, index: number, count: number): string {
  if (count <= 1) return text;
  return text
    .split('\n')
    .map((line, i) => ((firstLine + i - 1) % count === index - 1 ? line : ''))
    .join('\n');
}

/** Joins the results of a file's chunks, in order, into one result for the file. */
export function mergeChunkResults(filePath: string, parts: readonly LintResult[]): LintResult {
  if (parts.length === 1) return parts[0];
  const merged = buildResult(
    filePath,
    parts.flatMap((p) => p.messages),
    parts.flatMap((p) => p.suppressedMessages),
    [],
  );
  const transcripts = parts.flatMap((p) => p.transcripts ?? []);
  const result: LintResult = { ...parts[0], ...merged, transcripts };
  const scores = transcripts.flatMap((t) => (typeof t.score === 'number' ? [t.score] : []));
  if (scores.length) result.score = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  return result;
}

/**
 * One result per conversation, for streaming output (`-f jsonl`): findings go
 * with their conversation; file-level problems (a broken line) get a result
 * of their own, in position order.
 */
export function splitByTranscript(result: LintResult): LintResult[] {
  const transcripts = result.transcripts ?? [];
  if (transcripts.length <= 1) return [result];
  const byId = new Map<string, { messages: LintResult['messages']; suppressed: LintResult['suppressedMessages'] }>();
  for (const t of transcripts) byId.set(t.id, { messages: [], suppressed: [] });
  const loose: LintResult['messages'] = [];
  for (const m of result.messages) (m.transcriptId !== undefined && byId.get(m.transcriptId)?.messages ? byId.get(m.transcriptId)!.messages : loose).push(m);
  for (const m of result.suppressedMessages) byId.get(m.transcriptId ?? '')?.suppressed.push(m);
  const out: LintResult[] = transcripts.map((t) => {
    const own = byId.get(t.id)!;
    return { ...buildResult(result.filePath, own.messages, own.suppressed, []), transcripts: [t] };
  });
  if (loose.length) out.push(buildResult(result.filePath, loose, [], []));
  return out;
}
