/**
 * docs/writing-rules.md is a test: the plugin it shows is the fixture plugin file
 * for file, the output it prints is what the CLI prints for the fixture project, its
 * config examples load, and the RuleTester files it shows run here.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempProject } from '../helpers.js';
import { fixture, fixtures, installPlugin, root } from './helpers.js';

const markdown = readFileSync(path.join(root, 'docs', 'writing-rules.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  line: number;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)$/.exec(lines[i]);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && lines[i] !== '```') body.push(lines[i]);
    out.push({ lang: fence[1], body: body.join('\n') + '\n', line: start + 1 });
  }
  return out;
}

const all = blocks(markdown);
/** Blocks that open with a comment naming their file: `// fixtures/…` or `# fixtures/…`. */
const fileBlocks = all.flatMap((b) => {
  const named = /^(?:\/\/|#) (fixtures\/\S+)\n/.exec(b.body);
  return named ? [{ ...b, file: named[1] }] : [];
});
const blockAfter = (marker: string) => all.find((b) => b.body.startsWith(marker))!;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describe('docs/writing-rules.md', () => {
  it('shows every file of the fixture plugins and project, exactly', () => {
    for (const block of fileBlocks) {
      expect(block.body, `docs/writing-rules.md:${block.line} differs from ${block.file}`).toBe(readFileSync(path.join(root, block.file), 'utf8'));
    }
    // JSON has no comments: package.json blocks are matched by content.
    const shown = new Set(fileBlocks.map((b) => b.file));
    for (const file of walk(fixtures).map((f) => path.relative(root, f).split(path.sep).join('/'))) {
      if (file.endsWith('package.json')) {
        if (file.includes('transcript-lint-plugin-acme')) expect(all.some((b) => b.body === readFileSync(path.join(root, file), 'utf8')), file).toBe(true);
        continue;
      }
      if (file.endsWith('chat.txt')) {
        expect(all.some((b) => b.body === readFileSync(path.join(root, file), 'utf8')), file).toBe(true);
        continue;
      }
      expect(shown.has(file), `${file} is not shown in the doc`).toBe(true);
    }
  });

  it('prints what the CLI prints for the fixture project', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': fixture('acme-project/.transcriptlintrc.yaml'), 'chat.txt': fixture('acme-project/chat.txt') });
    installPlugin(dir, 'transcript-lint-plugin-acme');
    const documented = blockAfter('$ npx transcript-lint chat.txt\n').body.split('\n').slice(1).join('\n');
    const { code, stdout } = await run(['chat.txt'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.trim()).toBe(documented.trim());
    const list = await run(['--list-rules'], { cwd: dir });
    for (const id of ['acme/case-number', 'acme/no-competitors', 'refund-timeframe']) expect(list.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    const config = JSON.parse((await run(['--print-config', 'chat.txt'], { cwd: dir })).stdout);
    expect(config.plugins).toEqual({ acme: 'transcript-lint-plugin-acme@1.0.0' });
    expect(Object.keys(config.customRules)).toEqual(['refund-timeframe']);
  });

  it('the first example finds what it says', async () => {
    const config = blockAfter('# .transcriptlintrc.yaml\n').body;
    const chat = blockAfter('Customer: My blender broke.\n').body;
    const printed = blockAfter('$ transcript-lint chat.txt\n').body.split('\n')[2].trim().split(/\s{2,}/);
    const dir = tempProject({ '.transcriptlintrc.yaml': config, 'chat.txt': chat });
    const { stdout } = await run(['chat.txt'], { cwd: dir });
    expect(stdout).toMatch(new RegExp(printed.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')));
  });

  it('the example rules of each type load', async () => {
    const example = all.find((b) => b.lang === 'yaml' && b.body.startsWith('customRules:\n'))!;
    const dir = tempProject({ '.transcriptlintrc.yaml': example.body, 'chat.txt': 'Agent: hi\n' });
    const { code, stdout, stderr } = await run(['--list-rules'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const ids = [...example.body.matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
    expect(ids.length).toBe(7);
    for (const id of ids) expect(stdout).toMatch(new RegExp(`^${id} `, 'm'));
    const types = new Set([...example.body.matchAll(/^ {4}type: (\w+)$/gm)].map((m) => m[1]));
    expect([...types].sort()).toEqual(['existence', 'metric', 'occurrence', 'sequence', 'substitution']);
  });
});

// The RuleTester files the doc shows, run as their authors run them (imports of the package pointed at the source).
for (const file of ['transcript-lint-plugin-acme/test/rules.test.js', 'acme-project/refund-timeframe.test.js']) {
  const original = path.join(fixtures, file);
  const copy = path.join(path.dirname(original), `.docs-run-${process.pid}-${path.basename(file)}`);
  writeFileSync(copy, readFileSync(original, 'utf8').replace(/from 'transcript-lint'/g, `from ${JSON.stringify(path.join(root, 'src', 'index.ts'))}`));
  try {
    await import(copy);
  } finally {
    rmSync(copy, { force: true });
  }
}
