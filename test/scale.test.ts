/** Chunked JSON Lines reading, shards and workers give the same findings as one whole run. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversation, rng } from '../bench/generate.js';
import type { LintResult } from '../src/model.js';
import { keepShardLines } from '../src/runner/chunks.js';
import { Engine } from '../src/runner/engine.js';
import { tempProject } from './helpers.js';

function corpus(count: number): string {
  const random = rng(7);
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify(conversation(i, random, 0.3)));
  // A broken line in the middle, and a line with escapes.
  lines.splice(5, 0, '{"id": "broken", oops');
  return lines.join('\n') + '\n';
}

const key = (r: LintResult) => r.messages.map((m) => `${m.transcriptId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`);

describe('JSON Lines at scale', () => {
  const dir = tempProject({});
  const file = path.join(dir, 'export.jsonl');
  writeFileSync(file, corpus(300));

  it('reading in small chunks gives exactly what one piece gives', () => {
    const whole = new Engine({ cwd: dir, configLookup: false, chunkBytes: 1 << 30 }).lintFiles(['export.jsonl'])[0];
    const chunked = new Engine({ cwd: dir, configLookup: false, chunkBytes: 4096 }).lintFiles(['export.jsonl'])[0];
    expect(whole.messages.length).toBeGreaterThan(50);
    expect(whole.messages.some((m) => m.message.startsWith('line 6 skipped'))).toBe(true);
    expect(key(chunked)).toEqual(key(whole));
    expect(chunked.transcripts?.map((t) => t.id)).toEqual(whole.transcripts?.map((t) => t.id));
    expect(chunked.errorCount).toBe(whole.errorCount);
  });

  it('four shards together equal one whole run', () => {
    const whole = new Engine({ cwd: dir, configLookup: false }).lintFiles(['export.jsonl'])[0];
    const parts = [1, 2, 3, 4].map((index) => new Engine({ cwd: dir, configLookup: false, chunkBytes: 8192, shard: { index, count: 4 } }).lintFiles(['export.jsonl'])[0]);
    const merged = parts.flatMap(key).sort();
    expect(merged).toEqual([...key(whole)].sort());
    expect(parts.every((p) => p.messages.length > 0)).toBe(true);
  });

  it('shard lines keep their numbers', () => {
    expect(keepShardLines('a\nb\nc\nd', 1, 2, 2)).toBe('\nb\n\nd');
    expect(keepShardLines('c\nd\n', 3, 1, 2)).toBe('c\n\n');
  });
});

describe('worker threads (built bin)', () => {
  it('--concurrency 2 gives byte-identical JSON to a single-thread run', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = path.join(import.meta.dirname, '..');
    const dir = tempProject({ 'a.jsonl': corpus(120), 'b.txt': 'Customer: hi\nAgent: Please visit our website.\n' });
    const run = (concurrency: string) =>
      spawnSync(process.execPath, [path.join(root, 'bin', 'transcript-lint.js'), '--no-config-lookup', '.', '--concurrency', concurrency, '-f', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    const one = run('off');
    const two = run('2');
    expect(one.status).toBe(1);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('streaming', () => {
  it('-f jsonl writes one result per conversation, from files and from stdin', async () => {
    const { run } = await import('./helpers.js');
    const text = corpus(20);
    const dir = tempProject({ 'e.jsonl': text });
    const fromFile = await run(['e.jsonl', '-f', 'jsonl', '--no-config-lookup'], { cwd: dir });
    const lines = fromFile.stdout.trim().split('\n').map((l) => JSON.parse(l) as LintResult);
    // 20 conversations plus the broken line's own result
    expect(lines).toHaveLength(21);
    expect(lines[0].transcripts?.[0].id).toBe('bench-0');
    expect(lines.every((r) => r.messages.every((m) => m.transcriptId === undefined || m.transcriptId === r.transcripts?.[0].id))).toBe(true);
    const fromStdin = await run(['--stdin', '--stdin-filename', 'part.jsonl', '-f', 'jsonl', '--no-config-lookup'], { cwd: dir, stdin: text });
    expect(fromStdin.stdout.trim().split('\n')).toHaveLength(21);
  });
});

describe('shards as separate processes (built bin)', () => {
  it('four --shard runs merged with `report merge` equal one whole run', async () => {
    const { spawnSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const root = path.join(import.meta.dirname, '..');
    const bin = path.join(root, 'bin', 'transcript-lint.js');
    const dir = tempProject({ 'in/export.jsonl': corpus(60), 'in/a.txt': 'Customer: hi\nAgent: Please visit our website.\n', 'in/b.txt': 'Customer: hi\nAgent: Order number?\n' });
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const i of [1, 2, 3, 4]) expect(run('in', '--no-config-lookup', '--shard', `${i}/4`, '-f', 'json', '-o', `part-${i}.json`).status).toBeLessThan(2);
    run('report', 'merge', 'part-1.json', 'part-2.json', 'part-3.json', 'part-4.json', '-f', 'summary', '-o', 'merged.txt');
    run('in', '--no-config-lookup', '-f', 'json', '-o', 'whole.json');
    run('report', 'merge', 'whole.json', '-f', 'summary', '-o', 'whole.txt');
    const merged = readFileSync(path.join(dir, 'merged.txt'), 'utf8');
    expect(merged).toMatch(/Scorecard summary/);
    expect(merged).toBe(readFileSync(path.join(dir, 'whole.txt'), 'utf8'));
    // Every finding of the whole run is in exactly one shard.
    const key = (r: LintResult[]) => r.flatMap((x) => x.messages.map((m) => `${path.basename(x.filePath)} ${m.line}:${m.column} ${m.ruleId}`)).sort();
    const parts = [1, 2, 3, 4].flatMap((i) => JSON.parse(readFileSync(path.join(dir, `part-${i}.json`), 'utf8')) as LintResult[]);
    expect(key(parts)).toEqual(key(JSON.parse(readFileSync(path.join(dir, 'whole.json'), 'utf8'))));
  });
});
