import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintProgress } from '../../src/runner/engine.js';
import { Engine } from '../../src/runner/engine.js';
import { createProgressBar, ProgressBar, renderProgress } from '../../src/runner/progress.js';
import { run } from '../helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** A stream that says it is a terminal and records what is written to it. */
function fakeTty(columns = 100) {
  const writes: string[] = [];
  return { writes, stream: { isTTY: true, columns, write: (s: string) => writes.push(s) } };
}

describe('progress bar', () => {
  it('renders files, conversations, rate and ETA on one line', () => {
    const line = renderProgress({ filesDone: 25, filesTotal: 100, conversationsDone: 1234 }, 5000, 120);
    expect(line).toBe('██████░░░░░░░░░░░░░░░░░░ 25% · 25/100 files · 1,234 conversations · 247 conv/s · ETA 0:15');
    expect(renderProgress({ filesDone: 0, filesTotal: 10, conversationsDone: 0 }, 0, 120)).toContain('ETA --:--');
    expect([...renderProgress({ filesDone: 1, filesTotal: 3, conversationsDone: 9 }, 1000, 30)].length).toBeLessThanOrEqual(29);
  });

  it('draws on a TTY at most every interval, always the last file, and clears its line when done', () => {
    let now = 0;
    const { writes, stream } = fakeTty();
    const bar = new ProgressBar(stream, { now: () => now, intervalMs: 100 });
    const step = (filesDone: number, at: number) => {
      now = at;
      bar.update({ filesDone, filesTotal: 4, conversationsDone: filesDone * 10 });
    };
    step(1, 10); // first update draws
    step(2, 50); // throttled
    step(3, 200); // draws
    step(4, 220); // the last file always draws
    expect(writes).toHaveLength(3);
    for (const w of writes) expect(w.startsWith('\r\u001b[2K')).toBe(true);
    expect(writes[2]).toContain('4/4 files · 40 conversations');
    bar.done();
    expect(writes[3]).toBe('\r\u001b[2K');
    bar.done();
    expect(writes).toHaveLength(4);
  });

  it('waits delayMs before the first draw', () => {
    let now = 0;
    const { writes, stream } = fakeTty();
    const bar = new ProgressBar(stream, { now: () => now, delayMs: 500 });
    now = 100;
    bar.update({ filesDone: 1, filesTotal: 2, conversationsDone: 1 });
    now = 600;
    bar.update({ filesDone: 2, filesTotal: 2, conversationsDone: 2 });
    expect(writes).toHaveLength(1);
    bar.done();
    expect(writes).toHaveLength(2);
  });

  it('is not created when the stream is not a terminal or progress is off', () => {
    expect(createProgressBar({ write: () => true })).toBeUndefined();
    expect(createProgressBar({ write: () => true, isTTY: true }, { enabled: false })).toBeUndefined();
    expect(createProgressBar({ write: () => true, isTTY: true })).toBeInstanceOf(ProgressBar);
  });

  it('the engine reports files done of total and conversations done after each file', () => {
    const seen: LintProgress[] = [];
    const results = new Engine({ cwd: ROOT, onProgress: (p) => seen.push({ ...p }) }).lintFiles(['fixtures/demo']);
    expect(seen.map((p) => p.filesDone)).toEqual(results.map((_, i) => i + 1));
    expect(new Set(seen.map((p) => p.filesTotal))).toEqual(new Set([results.length]));
    expect(seen.at(-1)!.conversationsDone).toBe(results.reduce((n, r) => n + (r.transcripts?.length ?? 0), 0));
  });

  it('the CLI draws on a TTY stderr only, and not with --quiet or --no-progress', async () => {
    const tty = fakeTty();
    const ttyStdout: string[] = [];
    await run(['fixtures/demo', '-f', 'json'], { cwd: ROOT, stderr: tty.stream, stdout: { write: (s: string) => ttyStdout.push(s) } });
    expect(tty.writes.join('')).toMatch(/\r\u001b\[2K█+░* 100% · 9\/9 files · 16 conversations/);
    expect(tty.writes.at(-1)).toBe('\r\u001b[2K');
    expect(() => JSON.parse(ttyStdout.join(''))).not.toThrow();

    for (const extra of [['--quiet'], ['--no-progress']]) {
      const quiet = fakeTty();
      await run(['fixtures/demo', ...extra], { cwd: ROOT, stderr: quiet.stream });
      expect(quiet.writes, extra.join(' ')).toEqual([]);
    }
    const notTty = await run(['fixtures/demo', '-f', 'json'], { cwd: ROOT });
    expect(notTty.stderr).toBe('');
  });
});
