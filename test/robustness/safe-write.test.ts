/**
 * Never damage a user's file: --fix and -o write a temporary file and rename
 * it over the target, so a run killed at any moment leaves the original or
 * the complete new version; line endings, BOM, final newline and mode survive
 * a fix; nothing is written through a symbolic link, over a folder, over a
 * file being linted, or over a file that changed while it was linted.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/runner/engine.js';
import { replaceFile, writeFileAtomically } from '../../src/runner/write.js';
import { run, tempProject } from '../helpers.js';

const root = path.join(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'transcript-lint.js');
const TEMP = /^\..+\.\d+\.\d+\.\d+\.tmp$/;

function runBin(args: string[], cwd: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - start });
    });
  });
}

describe('--fix is atomic', () => {
  it('a run killed at any moment leaves the file either as it was or fully fixed, never partial', async () => {
    expect(existsSync(path.join(root, 'dist', 'src', 'cli.js')), 'dist/ is missing: run npm run build').toBe(true);
    const original = 'Thanks for waiting!!! Your order is on its way.\n'.repeat(12_000);
    const ref = tempProject({ 'big.md': original });
    const full = await runBin(['--fix', 'big.md', '--max-file-time', '0'], ref);
    expect(full.code).toBe(0);
    const fixed = readFileSync(path.join(ref, 'big.md'), 'utf8');
    expect(fixed).not.toBe(original);
    expect(fixed).toBe('Thanks for waiting! Your order is on its way.\n'.repeat(12_000));
    // A completed run leaves no temporary file.
    expect(readdirSync(ref)).toEqual(['big.md']);

    const outcomes: string[] = [];
    // Kills spread over the run, half of them late, where the write happens.
    const delays = [0.2, 0.5, 0.85, 0.95, 1.0, 1.05].map((f) => Math.round(f * full.ms * (0.9 + Math.random() * 0.2)));
    for (const delay of delays) {
      const dir = tempProject({ 'big.md': original });
      const { signal } = await runBin(['--fix', 'big.md', '--max-file-time', '0'], dir, delay);
      const now = readFileSync(path.join(dir, 'big.md'), 'utf8');
      expect(now === original || now === fixed, `killed after ${delay} ms: the file is neither the original nor the fixed version (${now.length} chars)`).toBe(true);
      // At most the killed run's hidden temporary file is left beside it.
      expect(readdirSync(dir).filter((f) => f !== 'big.md').every((f) => TEMP.test(f))).toBe(true);
      outcomes.push(`${delay} ms: ${signal ? 'killed' : 'finished'}, ${now === original ? 'original' : 'fixed'}`);
    }
    console.log(`--fix killed at random moments (full run ${Math.round(full.ms)} ms):\n  ${outcomes.join('\n  ')}`);
  }, 120_000);

  it('keeps CRLF line endings, the BOM, the missing final newline, UTF-16, and the file mode', async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = tempProject({
      'crlf.md': 'Thanks for waiting!!!\r\nYour order is on its way!!!\r\n',
      'bom.md': '\ufeffThanks for waiting!!!\n',
      'no-final-newline.md': 'Thanks for waiting!!!',
      'utf16.md': utf16('Thanks for waiting!!!\r\n'),
      'private.md': 'Thanks for waiting!!!\n',
      'script.md': 'Thanks for waiting!!!\n',
    });
    chmodSync(path.join(dir, 'private.md'), 0o600);
    chmodSync(path.join(dir, 'script.md'), 0o755);
    const { stderr } = await run(['.', '--fix'], { cwd: dir });
    expect(stderr).toBe('');
    const bytes = (f: string) => readFileSync(path.join(dir, f));
    expect(bytes('crlf.md').toString()).toBe('Thanks for waiting!\r\nYour order is on its way!\r\n');
    expect([...bytes('bom.md').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes('bom.md').toString()).toBe('\ufeffThanks for waiting!\n');
    expect(bytes('no-final-newline.md').toString()).toBe('Thanks for waiting!');
    expect(bytes('utf16.md')).toEqual(utf16('Thanks for waiting!\r\n'));
    expect(statSync(path.join(dir, 'private.md')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'script.md')).mode & 0o777).toBe(0o755);
    expect(bytes('private.md').toString()).toBe('Thanks for waiting!\n');
    expect(readdirSync(dir).filter((f) => TEMP.test(f))).toEqual([]);
  });

  it('jargon fixes land too, and only where the finding was', async () => {
    const dir = tempProject({ 'macro.md': 'Your RMA is approved!!!\nThe RMA (return authorization) form is attached.\n' });
    await run(['macro.md', '--fix'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'macro.md'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^Your return authorization is approved!$/);
    expect(text.split('\n')[1]).toBe('The RMA (return authorization) form is attached.');
  });

  it('does not write through a symbolic link: the link and the file it points to stay as they are, and the run says so', async () => {
    const dir = tempProject({ 'real/macro.md': 'Thanks for waiting!!!\n' });
    mkdirSync(path.join(dir, 'macros'));
    symlinkSync('../real/macro.md', path.join(dir, 'macros', 'linked.md'));
    const { stderr } = await run(['macros/linked.md', '--fix'], { cwd: dir });
    expect(stderr).toBe(`transcript-lint: ${path.join(dir, 'macros', 'linked.md')}: not written: it is a symbolic link (fix the file it points to)\n`);
    expect(lstatSync(path.join(dir, 'macros', 'linked.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'macros', 'linked.md'))).toBe('../real/macro.md');
    expect(readFileSync(path.join(dir, 'real', 'macro.md'), 'utf8')).toBe('Thanks for waiting!!!\n');
  });

  it('does not rewrite a file that is not valid UTF-8 (its other bytes would become U+FFFD), and says so', async () => {
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' closed!!!\n')]);
    const dir = tempProject({ 'latin1.md': latin1 });
    const { stderr } = await run(['latin1.md', '--fix'], { cwd: dir });
    expect(stderr).toBe(`transcript-lint: ${path.join(dir, 'latin1.md')}: not written: it is not valid UTF-8 (byte 3); convert it to UTF-8 first\n`);
    expect(readFileSync(path.join(dir, 'latin1.md'))).toEqual(latin1);
  });

  it('does not overwrite a file that changed while it was being linted', () => {
    const dir = tempProject({ 'a.md': 'Thanks for waiting!!!\n' });
    const engine = new Engine({ cwd: dir, configLookup: false, fix: true });
    const results = engine.lintFiles(['a.md']);
    expect(results[0].output).toBe('Thanks for waiting!\n');
    // Someone saves the file between our read and our write.
    writeFileSync(path.join(dir, 'a.md'), 'A new reply, written meanwhile!!!\n');
    const skipped = engine.outputFixes(results);
    expect(skipped).toEqual([{ filePath: path.join(dir, 'a.md'), reason: `${path.join(dir, 'a.md')}: not written: it changed while it was being linted` }]);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('A new reply, written meanwhile!!!\n');
  });

  it('replaceFile refuses anything but a regular file; writeFileAtomically keeps an existing file\'s mode', () => {
    const dir = tempProject({ 'a.txt': 'x' });
    expect(() => replaceFile(dir, Buffer.from('x'))).toThrow(/not written: not a regular file/);
    chmodSync(path.join(dir, 'a.txt'), 0o640);
    writeFileAtomically(path.join(dir, 'a.txt'), 'y');
    expect(statSync(path.join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('y');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('-o is safe', () => {
  const CHAT = 'Customer: hi\nAgent: Please visit our website.\n';

  for (const format of ['json', 'jsonl']) {
    it(`refuses a symbolic link with exit 2 and one line; nothing is written anywhere (-f ${format})`, async () => {
      const dir = tempProject({ 'chat.txt': CHAT, 'elsewhere/precious.txt': 'keep me\n' });
      symlinkSync(path.join(dir, 'elsewhere', 'precious.txt'), path.join(dir, 'report.json'));
      const { code, stdout, stderr } = await run(['chat.txt', '-f', format, '-o', 'report.json'], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe('transcript-lint: -o report.json: not written: it is a symbolic link (give the path it points to)\n');
      expect(readFileSync(path.join(dir, 'elsewhere', 'precious.txt'), 'utf8')).toBe('keep me\n');
      expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    });
  }

  it('refuses a folder, and a path under a file, with exit 2 and one line', async () => {
    const dir = tempProject({ 'chat.txt': CHAT, 'out/keep.txt': 'x', 'file.txt': 'x' });
    const folder = await run(['chat.txt', '-o', 'out'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('transcript-lint: -o out: not written: it is a folder\n');
    const under = await run(['chat.txt', '-o', 'file.txt/report.txt'], { cwd: dir });
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(/^transcript-lint: -o file\.txt\/report\.txt: cannot write the report: ENOTDIR/);
    expect(under.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'file.txt'), 'utf8')).toBe('x');
  });

  it('refuses to put the report over a file it read conversations from', async () => {
    const dir = tempProject({ 'chat.txt': CHAT });
    const { code, stderr } = await run(['chat.txt', '-o', 'chat.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`transcript-lint: -o ${path.join(dir, 'chat.txt')}: not written: it is one of the files being linted\n`);
    expect(readFileSync(path.join(dir, 'chat.txt'), 'utf8')).toBe(CHAT);
  });

  it('report merge -o refuses a symbolic link and a folder the same way', async () => {
    const dir = tempProject({ 'chat.txt': CHAT, 'out/keep.txt': 'x', 'precious.txt': 'keep me\n' });
    await run(['chat.txt', '-f', 'json', '-o', 'part.json'], { cwd: dir });
    symlinkSync('precious.txt', path.join(dir, 'merged.txt'));
    const link = await run(['report', 'merge', 'part.json', '-o', 'merged.txt'], { cwd: dir });
    expect(link.code).toBe(2);
    expect(link.stderr).toBe('transcript-lint: -o merged.txt: not written: it is a symbolic link (give the path it points to)\n');
    expect(readFileSync(path.join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n');
    const folder = await run(['report', 'merge', 'part.json', '-o', 'out'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('transcript-lint: -o out: not written: it is a folder\n');
  });

  it('-f jsonl (streamed) refuses to write over the JSON Lines file it reads', async () => {
    const lines = '{"id":"a","messages":[{"role":"agent","text":"Please visit our website."}]}\n';
    const dir = tempProject({ 'chats.jsonl': lines });
    const { code, stderr } = await run(['chats.jsonl', '-f', 'jsonl', '-o', 'chats.jsonl'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(`transcript-lint: -o ${path.join(dir, 'chats.jsonl')}: not written: it is one of the files being linted\n`);
    expect(readFileSync(path.join(dir, 'chats.jsonl'), 'utf8')).toBe(lines);
    expect(readdirSync(dir)).toEqual(['chats.jsonl']);
  });

  it('replaces its own old report (no conversations in it), and writes to a device such as /dev/null', async () => {
    const dir = tempProject({ 'chat.json': JSON.stringify({ id: 'c', messages: [{ role: 'agent', text: 'Please visit our website.' }] }) });
    await run(['.', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    const first = readFileSync(path.join(dir, 'report.json'), 'utf8');
    const again = await run(['.', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).not.toBe(first);
    expect(readdirSync(dir).sort()).toEqual(['chat.json', 'report.json']);
    const devnull = await run(['chat.json', '-o', '/dev/null'], { cwd: dir });
    expect(devnull.stderr).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
