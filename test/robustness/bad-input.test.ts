/**
 * What a file system or an export can throw at an unattended run: every case
 * is a clear message on its own file, the other files are still linted, and
 * the exit code follows DESIGN.md (a file that cannot be read or parsed is a
 * fatal error of severity 2: exit 1; our own failure: exit 2).
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { run, tempProject } from '../helpers.js';

const BAD = path.join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
const CHAT = 'Customer: my order is late\nAgent: Please visit our website.\n';
const isRoot = process.getuid?.() === 0;

/** fixtures/bad copied into a temporary folder, with the cases that cannot be committed made beside them. */
function badFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tl-bad-'));
  cpSync(BAD, dir, { recursive: true });
  mkdirSync(path.join(dir, 'x.json'));
  symlinkSync('loop-b.json', path.join(dir, 'loop-a.json'));
  symlinkSync('loop-a.json', path.join(dir, 'loop-b.json'));
  writeFileSync(path.join(dir, 'good.txt'), CHAT);
  return dir;
}

async function lintJson(argv: string[], cwd: string): Promise<{ code: number; stderr: string; byName: Record<string, LintResult> }> {
  const { code, stdout, stderr } = await run([...argv, '-f', 'json'], { cwd });
  const results = JSON.parse(stdout) as LintResult[];
  return { code, stderr, byName: Object.fromEntries(results.map((r) => [path.relative(cwd, r.filePath), r])) };
}

const rules = (r: LintResult) => r.messages.map((m) => m.ruleId);
const fatal = (r: LintResult): LintMessage => {
  expect(r.messages).toHaveLength(1);
  expect(r.messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
  return r.messages[0];
};

describe('bad input: a whole folder of it', () => {
  it('lints every good file, gives each bad one a clear message, skips what is not a file, and exits 1', async () => {
    const dir = badFolder();
    const { code, stderr, byName } = await lintJson(['.'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    // Not files: a folder named like one and a symbolic link loop are not linted.
    expect(Object.keys(byName)).not.toContain('x.json');
    expect(Object.keys(byName).some((f) => f.startsWith('loop-'))).toBe(false);
    // The good file is linted as if nothing else were there.
    expect(rules(byName['good.txt'])).toContain('runaround');

    expect(byName['empty.json'].messages).toEqual([]);
    expect(byName['whitespace.json'].messages).toEqual([]);
    expect(fatal(byName['image.png.json']).message).toBe('binary file: not a transcript or macro (found a NUL byte)');
    expect(fatal(byName['nul-bytes.txt'])).toMatchObject({ line: 2, column: 33, message: expect.stringMatching(/^binary file/) });
    // A BOM is no character: the finding is where the user sees it.
    expect(byName['bom-utf8.txt'].messages.find((m) => m.ruleId === 'runaround')).toMatchObject({ line: 2, column: 15 });
    // UTF-16 (either byte order, with its BOM) is decoded and linted.
    for (const file of ['utf16le.txt', 'utf16be.txt']) {
      expect(byName[file].fatalErrorCount, file).toBe(0);
      expect(byName[file].messages.find((m) => m.ruleId === 'runaround'), file).toMatchObject({ line: 2, column: 15 });
    }
    // Invalid UTF-8: linted, with a warning naming the byte offset, at the place of the bad byte.
    const invalid = byName['invalid-utf8.txt'];
    expect(invalid.messages[0]).toEqual({ ruleId: null, severity: 1, message: 'invalid UTF-8 at byte 16: replaced with U+FFFD', line: 1, column: 17 });
    expect(rules(invalid)).toContain('runaround');
    // Truncated JSON: one fatal message at the place it stops.
    expect(fatal(byName['truncated.json'])).toMatchObject({ line: 3, message: expect.stringMatching(/^cannot read as json: JSON syntax error: /) });
    // JSON Lines with one broken line: the good lines are linted, the broken one is reported at its line.
    const jsonl = byName['broken-line.jsonl'];
    expect(jsonl.messages.filter((m) => m.ruleId === 'runaround').map((m) => [m.line, m.transcriptId])).toEqual([[1, 'good-1'], [3, 'good-3']]);
    expect(jsonl.messages.find((m) => m.ruleId === null)).toMatchObject({ line: 2, severity: 2, message: 'line 2 skipped: JSON syntax error: comma expected' });
  });

  it('each bad file named on the command line, alone', async () => {
    const dir = badFolder();
    const cases: Array<[string, number, RegExp]> = [
      ['empty.json', 0, /^$/],
      ['whitespace.json', 0, /^$/],
      ['image.png.json', 1, /binary file/],
      ['truncated.json', 1, /cannot read as json/],
      ['loop-a.json', 1, /cannot read file: symbolic link loop/],
    ];
    for (const [file, exit, text] of cases) {
      const { code, stdout } = await run([file, '--no-color'], { cwd: dir });
      expect(code, file).toBe(exit);
      expect(stdout.trim(), file).toMatch(text);
    }
    // A folder named x.json is a folder: it holds nothing to lint, which is a usage error (exit 2), said in one line.
    const folder = await run(['x.json'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('transcript-lint: No files matching the pattern "x.json" were found: it is a folder holding no file an input format reads (see --list-formats).\n');
  });

  it('a UTF-16 JSON Lines file is decoded whole, not cut into byte chunks', () => {
    const text = '{"id":"a","messages":[{"role":"agent","text":"Please visit our website."}]}\n{"id":"b","messages":[{"role":"agent","text":"Please visit our website."}]}\n';
    const dir = tempProject({ 'le.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['le.jsonl']);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'runaround').map((m) => m.line)).toEqual([1, 2]);
  });

  it('invalid UTF-8 in a JSON Lines file (read in chunks) is a warning too, at the bad byte', () => {
    const dir = tempProject({
      'x.jsonl': Buffer.concat([
        Buffer.from('{"id":"a","messages":[{"role":"agent","text":"Please visit our website."}]}\n{"id":"b","messages":[{"role":"agent","text":"caf'),
        Buffer.from([0xe9]),
        Buffer.from(' Please visit our website."}]}\n'),
      ]),
    });
    const [result] = new Engine({ cwd: dir, configLookup: false, chunkBytes: 64 }).lintFiles(['x.jsonl']);
    expect(result.messages.find((m) => m.ruleId === null)).toEqual({ ruleId: null, severity: 1, message: 'invalid UTF-8 at byte 125: replaced with U+FFFD', line: 2, column: 50 });
    expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
    expect(result.messages.filter((m) => m.ruleId === 'runaround')).toHaveLength(2);
  });
});

describe('bad input: the file system', () => {
  it('an unreadable file (EACCES, simulated through readFile) is a fatal message; the other files are linted', () => {
    const dir = tempProject({ 'a.txt': CHAT, 'locked.txt': CHAT });
    const engine = new Engine({
      cwd: dir,
      configLookup: false,
      readFile: (file) => {
        if (file.endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
        return Buffer.from(CHAT);
      },
    });
    const [a, locked] = engine.lintFiles(['.']);
    expect(rules(a)).toContain('runaround');
    expect(fatal(locked)).toMatchObject({ message: 'cannot read file: permission denied', line: 0, column: 0 });
  });

  it.skipIf(isRoot)('an unreadable file (chmod 000) is a fatal message; exit 1', async () => {
    const dir = tempProject({ 'a.txt': CHAT, 'locked.txt': CHAT });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const { code, byName } = await lintJson(['.'], dir);
    expect(code).toBe(1);
    expect(fatal(byName['locked.txt']).message).toBe('cannot read file: permission denied');
    expect(rules(byName['a.txt'])).toContain('runaround');
  });

  it('a file deleted between discovery and reading is a fatal message; the other files are linted', () => {
    const dir = tempProject({ 'a.txt': CHAT, 'b.txt': CHAT, 'c.jsonl': '{"id":"x","messages":[]}\n' });
    const engine = new Engine({ cwd: dir, configLookup: false });
    const files = engine.listFiles(['.']);
    unlinkSync(path.join(dir, 'b.txt'));
    unlinkSync(path.join(dir, 'c.jsonl'));
    const [a, b, c] = files.map((f) => engine.lintFile(f));
    expect(rules(a)).toContain('runaround');
    expect(fatal(b).message).toBe('cannot read file: file vanished before it could be read');
    // JSON Lines files are read in chunks, by another path: the same message.
    expect(fatal(c).message).toBe('cannot read file: file vanished before it could be read');
  });

  it('JSON Lines read in chunks, streamed (-f jsonl) or by a worker thread: a file that cannot be read is a fatal result too', async () => {
    const dir = tempProject({ 'good.jsonl': '{"id":"a","messages":[{"role":"agent","text":"Please visit our website."}]}\n' });
    symlinkSync('loop-b.jsonl', path.join(dir, 'loop-a.jsonl'));
    symlinkSync('loop-a.jsonl', path.join(dir, 'loop-b.jsonl'));
    const streamed: LintResult[] = [];
    new Engine({ cwd: dir, configLookup: false }).lintFilesStreaming(['loop-a.jsonl', 'good.jsonl'], (r) => streamed.push(r));
    expect(streamed.map((r) => [path.basename(r.filePath), r.messages[0].message])).toEqual([
      ['good.jsonl', expect.stringMatching(/visit our website/)],
      ['loop-a.jsonl', 'cannot read file: symbolic link loop'],
    ]);
    const { default: lintTask } = await import('../../src/runner/worker.js');
    const gone = lintTask({ options: { cwd: dir, configLookup: false }, file: path.join(dir, 'gone.jsonl'), ranges: [{ start: 0, end: 10 }], firstLine: 1, charOffset: 0 });
    expect(fatal(gone).message).toBe('cannot read file: file vanished before it could be read');
  });

  it('a file that vanishes as it is read (ENOENT from readFile) is a fatal message', () => {
    const dir = tempProject({ 'a.txt': CHAT, 'b.txt': CHAT });
    const engine = new Engine({
      cwd: dir,
      configLookup: false,
      readFile: (file) => {
        if (file.endsWith('b.txt')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return Buffer.from(CHAT);
      },
    });
    const [a, b] = engine.lintFiles(['.']);
    expect(rules(a)).toContain('runaround');
    expect(fatal(b).message).toBe('cannot read file: file vanished before it could be read');
  });

  it('a bug of ours on one file (a format that throws) is a fatal "internal error" there, the rest is linted, and the run exits 2', async () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': "plugins: ['./boom.cjs']\n",
      'boom.cjs': "module.exports = { formats: [{ name: 'boom', description: 'throws', extensions: ['.boom'], parse() { throw new TypeError('cannot read properties of undefined') } }] };\n",
      'a.boom': 'anything',
      'b.txt': CHAT,
    });
    const { code, byName } = await lintJson(['.'], dir);
    expect(code).toBe(2);
    expect(fatal(byName['a.boom']).message).toBe('internal error while linting this file: cannot read properties of undefined');
    expect(rules(byName['b.txt'])).toContain('runaround');
  });
});

describe('bad input: size', () => {
  it('a 50 MB single-line JSON export is linted in reasonable time and memory', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tl-big-'));
    const attachment = 'QUJD'.repeat(6250); // 25 KB of base64, as exports embed attachments
    const parts: string[] = [];
    let size = 2;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const conv = JSON.stringify({
        id: `c${i}`,
        channel: 'chat',
        metadata: { agent: `A${i % 50}`, attachment },
        messages: [
          { role: 'customer', text: `My order #${i} arrived broken!` },
          { role: 'agent', text: 'I am so sorry to hear that. Please visit our website to request a refund.' },
        ],
      });
      parts.push(conv);
      size += conv.length + 1;
    }
    writeFileSync(path.join(dir, 'export.json'), `[${parts.join(',')}]`);
    const start = performance.now();
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['export.json']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`50 MB single-line JSON (${parts.length} conversations): ${seconds.toFixed(1)} s`);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.transcripts).toHaveLength(parts.length);
    expect(result.messages.filter((m) => m.ruleId === 'runaround')).toHaveLength(parts.length);
    // Every finding is on line 1, at a column inside the 50 MB line.
    expect(result.messages.every((m) => m.line === 1 && m.column > 0 && m.column <= size)).toBe(true);
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('JSON nested 100,000 deep is one fatal message, quickly; in JSON Lines only that line is lost', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const dir = tempProject({
      'deep.json': deep,
      'deep-object.json': `{"messages":[{"role":"agent","text":"x","extra":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`,
      'deep.jsonl': `${deep}\n{"id":"b","messages":[{"role":"agent","text":"Please visit our website."}]}\n`,
    });
    const start = performance.now();
    const results = new Engine({ cwd: dir, configLookup: false }).lintFiles(['.']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`JSON nested 100,000 deep (3 files): ${seconds.toFixed(2)} s`);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    expect(fatal(byName['deep.json']).message).toBe('cannot read as json: JSON is nested too deeply to read');
    expect(fatal(byName['deep-object.json']).message).toMatch(/nested too deeply/);
    const jsonl = byName['deep.jsonl'];
    expect(jsonl.messages.map((m) => [m.line, m.ruleId ?? m.message])).toEqual([
      [1, 'line 1 skipped: JSON is nested too deeply to read'],
      [2, 'runaround'],
    ]);
    expect(seconds).toBeLessThan(10);
  });

  it('deep YAML is one fatal message', async () => {
    const dir = tempProject({ 'deep.yaml': `- title: x\n  text: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n` });
    const { code, byName } = await lintJson(['.'], dir);
    expect(code).toBe(1);
    expect(fatal(byName['deep.yaml']).message).toMatch(/^cannot read as macro-library: YAML /);
  });

  it('no file or folder is left in the temporary folders by these tests but what they made', () => {
    // A guard for the cases above: a run never writes beside the files it reads.
    const dir = badFolder();
    const before = readdirSync(dir).sort();
    new Engine({ cwd: dir, configLookup: false }).lintFiles(['.']);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
