/**
 * The built command, run as a user runs it: catches what in-process tests
 * cannot (module resolution under Node's own ESM loader, the bin's exit code).
 * Needs `npm run build` (which `npm install` / `npm ci` run).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'transcript-lint.js');

describe('bin/transcript-lint.js', () => {
  it('is built', () => {
    expect(existsSync(path.join(root, 'dist', 'src', 'cli.js')), 'dist/ is missing: run npm run build').toBe(true);
  });

  it('lints the demo and exits 1, as the README promises', () => {
    const run = spawnSync(process.execPath, [bin, 'fixtures/demo'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it('reads stdin and exits 0 on warnings only (runaround lowered to warn)', () => {
    const run = spawnSync(process.execPath, [bin, '--stdin', '--stdin-filename', 'chat.txt', '--no-color', '--rule', 'runaround: warn'], { cwd: root, input: 'Agent: Please visit our website.\n', encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1:15\s+warning/);
  });

  it('exits 2 with a one-line reason on bad usage', () => {
    const run = spawnSync(process.execPath, [bin, '--rule', 'nope: error', 'fixtures/demo'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
