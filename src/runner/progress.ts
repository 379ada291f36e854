/**
 * The progress bar long runs show on a terminal's stderr: files and
 * conversations done, the rate and the time left. It redraws at most every
 * `intervalMs` (and can wait `delayMs` before the first draw), and clears its
 * line when done, so the report that follows starts on a clean line. The CLI
 * creates one only when stderr is a TTY and neither --quiet nor --no-progress
 * was given.
 */
import type { LintProgress } from './engine.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Milliseconds since some epoch; Date.now unless a test fakes the clock. */
  now?: () => number;
  /** Draw nothing until the run has taken this long (ms). */
  delayMs?: number;
  /** Redraw at most this often (ms). */
  intervalMs?: number;
}

const CLEAR_LINE = '\r\u001b[2K';
const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** One line of progress text (no control sequences), at most `columns - 1` characters wide. */
export function renderProgress(progress: LintProgress, elapsedMs: number, columns = 80): string {
  const { filesDone, filesTotal, conversationsDone } = progress;
  const fraction = filesTotal > 0 ? Math.min(1, filesDone / filesTotal) : 1;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? filesDone / seconds : 0;
  const convRate = seconds > 0 ? conversationsDone / seconds : 0;
  const eta = rate > 0 ? (filesTotal - filesDone) / rate : Infinity;
  const parts = [
    `${bar} ${Math.floor(fraction * 100)}%`,
    `${count(filesDone)}/${count(filesTotal)} files`,
    `${count(conversationsDone)} conversations`,
    `${convRate >= 10 ? count(Math.round(convRate)) : convRate.toFixed(1)} conv/s`,
    `ETA ${duration(eta)}`,
  ];
  let line = parts.join(' · ');
  const max = Math.max(10, columns - 1);
  if ([...line].length > max) line = [...line].slice(0, max).join('');
  return line;
}

export class ProgressBar {
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private last?: LintProgress;

  constructor(private readonly stream: ProgressStream, options: ProgressOptions = {}) {
    this.now = options.now ?? Date.now;
    this.delayMs = options.delayMs ?? 0;
    this.intervalMs = options.intervalMs ?? 100;
    this.started = this.now();
  }

  /** The engine's onProgress callback. */
  readonly update = (progress: LintProgress): void => {
    this.last = progress;
    const at = this.now();
    const elapsed = at - this.started;
    if (elapsed < this.delayMs) return;
    const finished = progress.filesDone >= progress.filesTotal;
    if (!finished && at - this.lastDraw < this.intervalMs) return;
    this.lastDraw = at;
    this.drawn = true;
    this.stream.write(`${CLEAR_LINE}${renderProgress(progress, elapsed, this.stream.columns ?? 80)}`);
  };

  /** Clears the bar's line (when it drew one). */
  done(): void {
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  /** The last progress reported (tests). */
  get latest(): LintProgress | undefined {
    return this.last;
  }
}

/** A bar on `stream` when it is a terminal and progress is wanted; otherwise undefined. */
export function createProgressBar(stream: ProgressStream, options: ProgressOptions & { enabled?: boolean } = {}): ProgressBar | undefined {
  if (options.enabled === false || !stream.isTTY) return undefined;
  return new ProgressBar(stream, options);
}
