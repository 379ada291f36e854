/**
 * `npm run bench`: generates the seeded corpus (once), then measures and prints
 * wall time, MB/s, conversations/s and peak RSS per size, the per-rule time
 * table, start-up on one macro, the cache, workers, the floor and (with
 * --peers) textlint, write-good and alex on the same texts. Results go to
 * bench/results/latest.json as well.
 *
 *   npm run bench                    1k and 10k conversations
 *   npm run bench -- --full          also 100k
 *   npm run bench -- --peers         also the peers (installs bench/peers once)
 *   npm run bench -- --floor         also the "floor" (the whole lexicon as one regex; slow, minutes)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/runner/package-root.js';
import { floor } from './floor.js';
import { writeJsonl, writeTextAndMacros } from './generate.js';

const root = packageRoot();
const args = process.argv.slice(2);
const sizes = args.includes('--full') ? [1000, 10000, 100000] : [1000, 10000];
const corpus = path.join(root, 'bench', 'corpus');
const child = path.join(root, 'dist', 'bench', 'child.js');
const bin = path.join(root, 'bin', 'transcript-lint.js');
const out = mkdtempSync(path.join(os.tmpdir(), 'tl-bench-'));

interface Run { wallMs: number; maxRssKb: number; code: number; stderr: string }

function measure(argv: string[], env: Record<string, string> = {}): Run {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [child, ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const report = /@@bench (.*)/.exec(run.stderr);
  const parsed = report ? (JSON.parse(report[1]) as { code: number; maxRssKb: number }) : { code: run.status ?? -1, maxRssKb: 0 };
  return { wallMs, ...parsed, stderr: run.stderr };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wall(command: string[], times = 5): number {
  return median(
    Array.from({ length: times }, () => {
      const start = process.hrtime.bigint();
      spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'ignore' });
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
}

function ensureCorpus(): void {
  mkdirSync(corpus, { recursive: true });
  for (const size of sizes) {
    const file = path.join(corpus, `conversations-${size}.jsonl`);
    if (!existsSync(file)) writeJsonl(file, size, 42);
  }
  if (!existsSync(path.join(corpus, 'macros'))) writeTextAndMacros(corpus, 500, 42);
}

const fmt = (n: number, digits = 1) => (Number.isNaN(n) ? '-' : n.toFixed(digits));
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model };

ensureCorpus();
console.log(`transcript-lint benchmark — ${results.cpu} × ${results.cpus}, Node ${process.version}\n`);

// 1. Throughput per size, recommended rules, no config lookup.
const sizeRows: Array<Record<string, number>> = [];
console.log('size        MB     wall s    MB/s   conv/s   peak RSS MB   floor s   × floor');
for (const size of sizes) {
  const file = path.join(corpus, `conversations-${size}.jsonl`);
  const mb = statSync(file).size / 1e6;
  const run = measure(['--no-config-lookup', file, '-f', 'json', '-o', path.join(out, `r-${size}.json`)]);
  // The floor compiles every lexicon entry into one regex: it takes minutes, so it runs only when asked for.
  let floorS = NaN;
  if (args.includes('--floor')) {
    const floorStart = process.hrtime.bigint();
    floor(file);
    floorS = Number(process.hrtime.bigint() - floorStart) / 1e9;
  }
  const s = run.wallMs / 1000;
  sizeRows.push({ size, mb, wallS: s, mbPerS: mb / s, convPerS: size / s, peakRssMb: run.maxRssKb / 1024, floorS, timesFloor: s / floorS });
  console.log(`${String(size).padEnd(8)} ${fmt(mb).padStart(6)} ${fmt(s, 2).padStart(9)} ${fmt(mb / s).padStart(7)} ${fmt(size / s, 0).padStart(8)} ${fmt(run.maxRssKb / 1024, 0).padStart(13)} ${fmt(floorS, 2).padStart(9)} ${fmt(s / floorS).padStart(9)}`);
}
results.sizes = sizeRows;

// 2. Per-rule time on the largest size.
const largest = sizes[sizes.length - 1];
// One thread: worker threads time their own rules, out of the main thread's sight.
const timing = measure(['--no-config-lookup', '--concurrency', 'off', path.join(corpus, `conversations-${largest}.jsonl`), '-f', 'json', '-o', path.join(out, 't.json')], { TIMING: '25' });
const table = timing.stderr.split('@@bench')[0].trim();
console.log(`\nper-rule time, ${largest} conversations (TIMING=25):\n${table}`);
results.timing = table;

// 3. Start-up: one macro file, cold, against `node -e 0`.
const macro = path.join(corpus, 'macros', 'refund.md');
const nodeBaseline = wall([process.execPath, '-e', '0']);
const single = wall([process.execPath, bin, '--no-config-lookup', macro]);
console.log(`\none macro, cold: ${fmt(single, 0)} ms (node -e 0: ${fmt(nodeBaseline, 0)} ms, ${fmt(single / nodeBaseline, 2)}×)`);
results.startup = { singleMacroMs: single, nodeMs: nodeBaseline, ratio: single / nodeBaseline };

// 4. Cache: 500 text transcripts, cold then unchanged.
const cacheFile = path.join(out, 'cache');
const textDir = path.join(corpus, 'text');
const cold = measure(['--no-config-lookup', textDir, '--cache', '--cache-location', cacheFile, '-f', 'json', '-o', path.join(out, 'c1.json')]);
const warm = measure(['--no-config-lookup', textDir, '--cache', '--cache-location', cacheFile, '-f', 'json', '-o', path.join(out, 'c2.json')]);
console.log(`cache, 500 files: cold ${fmt(cold.wallMs, 0)} ms, unchanged re-run ${fmt(warm.wallMs, 0)} ms (${fmt((100 * warm.wallMs) / cold.wallMs, 0)}%)`);
results.cache = { coldMs: cold.wallMs, warmMs: warm.wallMs, ratio: warm.wallMs / cold.wallMs };

// 5. Workers, when the CLI has them.
const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout;
if (help.includes('--concurrency')) {
  const file = path.join(corpus, `conversations-${largest}.jsonl`);
  const one = measure(['--no-config-lookup', file, '--concurrency', '1', '-f', 'json', '-o', path.join(out, 'w1.json')]);
  const two = measure(['--no-config-lookup', file, '--concurrency', '2', '-f', 'json', '-o', path.join(out, 'w2.json')]);
  console.log(`workers, ${largest} conversations: 1 → ${fmt(one.wallMs / 1000, 2)} s, 2 → ${fmt(two.wallMs / 1000, 2)} s (${fmt(one.wallMs / two.wallMs, 2)}×)`);
  results.workers = { oneS: one.wallMs / 1000, twoS: two.wallMs / 1000, speedup: one.wallMs / two.wallMs };
}

// 6. Peers on the same texts.
if (args.includes('--peers')) {
  const peers = path.join(root, 'bench', 'peers');
  if (!existsSync(path.join(peers, 'node_modules'))) spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peers, stdio: 'inherit' });
  const file = path.join(corpus, 'conversations-1000.jsonl');
  const run = spawnSync(process.execPath, [path.join(peers, 'run.mjs'), file], { cwd: peers, encoding: 'utf8' });
  const peerRows = JSON.parse(run.stdout || '[]') as Array<{ name: string; ms: number; conversations: number }>;
  const ours = sizeRows.find((r) => r.size === 1000)!;
  console.log(`\npeers on the same 1000 conversations (agent text only):`);
  console.log(`  transcript-lint  ${fmt(ours.convPerS, 0).padStart(8)} conv/s (end to end, 20 rules)`);
  for (const p of peerRows) {
    const rate = (p.conversations / p.ms) * 1000;
    console.log(`  ${p.name.padEnd(15)}  ${fmt(rate, 0).padStart(8)} conv/s  (transcript-lint is ${fmt(ours.convPerS / rate, 1)}×)`);
  }
  if (run.status !== 0) console.log(run.stderr);
  results.peers = peerRows;
}

mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nresults: bench/results/latest.json`);
