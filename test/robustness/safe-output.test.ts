/**
 * Transcript text, conversation ids, agent names and file names are strangers'
 * input. Every built-in formatter gets the same hostile project: terminal
 * formats carry no control character or escape sequence but the colours they
 * add themselves; JSON formats escape what JSON.stringify leaves raw; markup
 * formats still parse to the same text; error messages on stderr are clean.
 * (Format-specific cases live in test/formatters and test/report.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtinFormatterNames } from '../../src/formatters/index.js';
import { run, tempProject } from '../helpers.js';

const ESC = '\u001b';
/** Escape sequences and controls a transcript could use on a terminal: colours, clear screen, title, OSC 8 link, bell, backspace, C1 CSI, carriage return, bidi override. */
const ATTACKS = [`${ESC}[31m`, `${ESC}[2J`, `${ESC}]0;owned\u0007`, `${ESC}]8;;https://evil.test/${ESC}\\`, '\u0007', '\b\b\b', '\u009b31m', '\r', '\u202e', `${ESC}P+q${ESC}\\`];
const HOSTILE = ATTACKS.join('');

/** Anything a terminal acts on: C0 controls but tab and line feed, DEL, C1, bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

function hostileProject(): string {
  const conversation = (id: string) => ({
    id,
    channel: 'chat',
    metadata: { agent: `Eve${HOSTILE}`, team: `red${HOSTILE}team` },
    messages: [
      { role: 'customer', text: `My order ${HOSTILE} is late` },
      { role: 'agent', text: `PLEASE STOP ${ESC}[31mWRITING TO US. Please visit ${ESC}]8;;https://evil.test/${ESC}\\our website${ESC}]8;;${ESC}\\ for ${HOSTILE} help!!!` },
    ],
  });
  const dir = tempProject({
    'chats.json': JSON.stringify([conversation(`conv-1${HOSTILE}`), conversation(`conv-2<script>alert(1)</script>`)]),
    'plain.txt': `Customer: help ${HOSTILE}\nAgent: Please visit our website ${HOSTILE}!!!\n`,
  });
  // A file name with an escape sequence in it (legal on Linux).
  writeFileSync(path.join(dir, `evil${ESC}]0;owned\u0007${ESC}[2J.txt`), `Agent: Please visit our website.\n`);
  return dir;
}

describe('every terminal output is free of control sequences', () => {
  const dir = hostileProject();

  for (const format of ['stylish', 'compact', 'unix', 'summary', 'github']) {
    for (const color of [false, true]) {
      it(`${format}${color ? ' (colour)' : ''}`, async () => {
        const { stdout, stderr } = await run(['.', '-f', format, color ? '--color' : '--no-color'], { cwd: dir });
        expect(stderr).toBe('');
        // The findings are there (the test would prove nothing otherwise)...
        expect(stdout).toMatch(/visit our website|runaround/);
        // ...and the only escape sequences are the colours the formatter adds.
        const plain = color ? stdout.replace(SGR, '') : stdout;
        if (!color) expect(stdout).not.toMatch(SGR);
        const bad = TERMINAL_CONTROL.exec(plain);
        expect(bad, bad ? `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(plain.slice(Math.max(0, bad.index - 30), bad.index + 10))}` : '').toBeNull();
        if (format === 'github') for (const line of stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=/);
      });
    }
  }

  for (const format of ['json', 'jsonl', 'json-with-metadata']) {
    it(`${format}: the same values, with C1 controls, separators and bidi overrides written as \\u escapes`, async () => {
      const { stdout } = await run(['.', '-f', format], { cwd: dir });
      expect(stdout).not.toMatch(TERMINAL_CONTROL);
      const values = format === 'jsonl' ? stdout.trim().split('\n').map((l) => JSON.parse(l)) : [JSON.parse(stdout)];
      // Nothing is lost: the conversation ids come back exactly as the export had them.
      expect(JSON.stringify(values)).toContain(JSON.stringify(`conv-1${HOSTILE}`).slice(1, -1));
      expect(stdout).toContain('\\u009b31m');
    });
  }

  it('--print-config escapes them too', async () => {
    const cfg = tempProject({ '.transcriptlintrc.yaml': 'lexicon:\n  en:\n    runaround:\n      redirect: ["x\\u009b31m y"]\n' });
    const { stdout } = await run(['--print-config', 'a.txt'], { cwd: cfg });
    expect(stdout).not.toMatch(TERMINAL_CONTROL);
    expect(JSON.parse(stdout).lexicon.en.runaround.redirect).toContain('x\u009b31m y');
  });
});

describe('markup and SARIF still parse, with the hostile text as text', () => {
  const dir = hostileProject();

  for (const format of ['junit', 'checkstyle']) {
    it(format, async () => {
      const { stdout } = await run(['.', '-f', format], { cwd: dir });
      // XML 1.0 allows no C0 control but tab, line feed and carriage return; none is raw.
      // eslint-disable-next-line no-control-regex
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(stdout).not.toContain('<script>');
      const doc = new XMLParser({ ignoreAttributes: false }).parse(stdout);
      expect(doc).toBeTruthy();
      if (format === 'junit') expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });
  }

  it('sarif', async () => {
    const { stdout } = await run(['.', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(stdout);
    const texts: string[] = log.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(texts.some((t) => t.includes('visit'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(TERMINAL_CONTROL);
    const uris: string[] = log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri);
    // The hostile file name is a percent-encoded URI.
    expect(uris.some((u) => u.startsWith('evil%1B'))).toBe(true);
    for (const u of uris) expect(u).not.toMatch(TERMINAL_CONTROL);
  });

  it('html', async () => {
    const { stdout } = await run(['.', '-f', 'html'], { cwd: dir });
    expect(stdout).not.toContain('<script>alert(1)</script>');
    expect(stdout).not.toMatch(/\u001b/);
  });

  it('every built-in formatter is covered here or in its own test', () => {
    const here = ['stylish', 'compact', 'unix', 'summary', 'github', 'json', 'jsonl', 'json-with-metadata', 'junit', 'checkstyle', 'sarif', 'html'];
    expect(builtinFormatterNames().filter((f) => !here.includes(f))).toEqual([]);
  });
});

describe('error messages on stderr', () => {
  it('a pattern that matches nothing, echoed back, is cleaned', async () => {
    const { code, stderr } = await run([`${ESC}]0;owned\u0007${ESC}[2Jmissing.txt`], { cwd: tempProject({}) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^transcript-lint: No files matching the pattern ".*missing\.txt" were found\.\n$/);
    expect(stderr.replace(/\n$/, '')).not.toMatch(TERMINAL_CONTROL);
  });

  it('a bad option value, echoed back, is cleaned', async () => {
    const { code, stderr } = await run(['a.txt', '--max-file-time', `${ESC}[2J`], { cwd: tempProject({}) });
    expect(code).toBe(2);
    expect(stderr.replace(/\n$/, '')).not.toMatch(TERMINAL_CONTROL);
  });

  it('a file --fix will not write, named on stderr, is cleaned', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tempProject({ 'real.md': 'Thanks for waiting!!!\n' });
    const name = `link${ESC}[2J.md`;
    symlinkSync('real.md', path.join(dir, name));
    const { stderr } = await run([name, '--fix'], { cwd: dir });
    expect(stderr).toMatch(/not written: it is a symbolic link/);
    expect(stderr.replace(/\n$/, '')).not.toMatch(TERMINAL_CONTROL);
  });

  it('a config error naming a hostile key is cleaned', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': `rules:\n  "evil\\e[2J": error\n`, 'a.txt': 'Agent: hi\n' });
    const { code, stderr } = await run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown rule/);
    expect(stderr.replace(/\n$/, '')).not.toMatch(TERMINAL_CONTROL);
  });
});
