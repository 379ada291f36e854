/**
 * Runaway protection: user text that becomes a regular expression is checked
 * or escaped; a file that takes too long is cut off by a per-file time budget
 * (a fatal message, findings so far kept, the run goes on); work grows
 * linearly with a file's size; a rule that throws is a fatal message and exit 2.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { FormatRegistry } from '../../src/formats/index.js';
import { Linter } from '../../src/linter/linter.js';
import { defineRule, type RuleModule } from '../../src/linter/rule.js';
import type { LintResult } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { builtinLexicon, builtinMessages } from '../../src/runner/lexicons.js';
import { segmentSentences } from '../../src/text/analysis.js';
import { run, tempProject } from '../helpers.js';

const CHAT = 'Customer: my order is late\nAgent: Please visit our website.\n';

/** A linter with extra rules, and a config (from an engine) that switches them on. */
function linterWith(extra: Record<string, RuleModule>, options: Record<string, unknown> = {}) {
  const rules = new Map([...builtinRules, ...Object.entries(extra)]);
  const linter = new Linter({ rules, formats: new FormatRegistry(), lexicon: builtinLexicon, messages: builtinMessages });
  const base = new Engine({ cwd: tempProject({}), configLookup: false }).configForFile('x.txt');
  const config = { ...base, rules: { ...base.rules, ...Object.fromEntries(Object.keys(extra).map((id) => [id, [2, options[id] ?? {}] as [2, Record<string, unknown>]])) } };
  return { linter, config };
}

/** A rule that reports every agent turn, and spends `ms` on each: a stand-in for a slow rule. */
const slowSource = (ms: number) => `export default {
  meta: { id: 'slow', messages: { seen: 'seen' } },
  create(context) {
    return { agentTurn(turn) { const until = performance.now() + ${ms}; while (performance.now() < until); context.report({ turn, messageId: 'seen' }); } };
  },
};
`;

function manyConversations(n: number): string {
  const convs = Array.from({ length: n }, (_, i) => ({ id: `c${i + 1}`, messages: [{ role: 'customer', text: 'hi' }, { role: 'agent', text: 'Please visit our website.' }] }));
  return `[\n${convs.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;
}

const budgetMessage = (r: LintResult) => r.messages.find((m) => m.fatal && /^time budget exceeded/.test(m.message));

describe('patterns from options', () => {
  it('a jargon term that can backtrack catastrophically is refused by config validation: exit 2, one line naming the key', async () => {
    const dir = tempProject({ '.transcriptlintrc.yaml': 'rules:\n  jargon: [warn, { terms: { "(a+)+b": "x" } }]\n', 'a.txt': CHAT });
    const { code, stderr, stdout } = await run(['a.txt'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('transcript-lint: .transcriptlintrc.yaml: rules.jargon.terms: pattern "(a+)+b" can backtrack catastrophically (nested repetition "a+")\n');
  });

  it('so is one that is no pattern at all, from --rule too', async () => {
    const { code, stderr } = await run(['a.txt', '--no-config-lookup', '--rule', 'jargon: [warn, {terms: {"(": x}}]'], { cwd: tempProject({ 'a.txt': CHAT }) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^transcript-lint: --rule: rules\.jargon\.terms: pattern "\(" is not a valid pattern: Invalid regular expression/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('through the Node API, where nothing validated the options, such a term is matched as the literal text it is, in no time', () => {
    const { linter, config } = linterWith({});
    config.rules = { ...config.rules, jargon: [1, { terms: { '(a+)+b': 'x', '(': 'a bracket' } }] };
    const evil = `Agent: ${'a'.repeat(40)}! and (a+)+b and (\n`;
    const start = performance.now();
    const result = linter.verify(evil, { filePath: 'x.txt', config });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result.messages.filter((m) => m.ruleId === 'jargon').map((m) => m.message)).toEqual([
      'Replace "(a+)+b" with "x"; the customer may not know internal terms.',
      'Replace "(" with "a bracket"; the customer may not know internal terms.',
    ]);
  });
});

describe('per-file time budget', () => {
  it('a file over budget gets one fatal message naming the file, the conversation reached and the budget; findings so far are kept; the next file is linted', () => {
    const dir = tempProject({ 'rules/slow.mjs': slowSource(2), 'a.json': manyConversations(2000), 'b.txt': CHAT });
    const engine = new Engine({ cwd: dir, configLookup: false, rulesdirs: ['rules'], rules: { slow: 'warn' }, maxFileTime: 0.5 });
    engine.lintFiles(['b.txt']); // phrase lists compiled before the clock matters
    const start = performance.now();
    const [a, b] = engine.lintFiles(['a.json', 'b.txt']);
    // Linting all of a.json takes 2000 × 2 ms at the very least.
    expect(performance.now() - start).toBeLessThan(4000);
    const fatal = budgetMessage(a)!;
    expect(fatal).toMatchObject({ ruleId: null, severity: 2, fatal: true });
    // The clock is checked between conversations and between turns: where it runs out is a matter of timing.
    const m = /^time budget exceeded: (.+) took longer than 0\.5 s to lint \(--max-file-time\); stopped at conversation "c(\d+)" \((\d+) of 2000\)(?:, turn [12])?; findings before that point are kept$/.exec(fatal.message);
    expect(m, fatal.message).not.toBeNull();
    expect(m![1]).toBe(path.join(dir, 'a.json'));
    const reached = Number(m![2]);
    expect(Number(m![3])).toBe(reached);
    expect(reached).toBeGreaterThan(1);
    expect(reached).toBeLessThan(2000);
    // It points at the conversation it stopped at (one conversation per line after the opening bracket).
    expect(fatal.line).toBe(reached + 1);
    // Findings of the conversations before it are kept, and only those conversations count as linted.
    expect(a.messages.filter((x) => x.ruleId === 'slow')).toHaveLength(reached - 1);
    expect(a.transcripts).toHaveLength(reached - 1);
    expect(a.fatalErrorCount).toBe(1);
    // The run goes on: the next file gets a budget of its own.
    expect(budgetMessage(b)).toBeUndefined();
    expect(b.messages.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['runaround', 'slow']));
  });

  it('stops between turns of one long conversation, too', () => {
    const slow = defineRule({
      meta: { id: 'slow', kind: 'style', docs: { description: 'slow', seed: 'test' }, channels: ['chat'], defaultSeverity: 'warn', messages: { seen: 'seen' } },
      create: (context) => ({
        agentTurn(turn) {
          const until = performance.now() + 2;
          while (performance.now() < until);
          context.report({ turn, messageId: 'seen' });
        },
      }),
    });
    const { linter, config } = linterWith({ slow });
    const text = Array.from({ length: 3000 }, (_, i) => `Agent: reply ${i}`).join('\n');
    const result = linter.verify(text, { filePath: 'long.txt', config, timeBudget: { deadline: performance.now() + 200, seconds: 0.2 } });
    const fatal = budgetMessage(result)!;
    const m = /stopped at conversation "long\.txt" \(1 of 1\), turn (\d+);/.exec(fatal.message);
    expect(m, fatal.message).not.toBeNull();
    const turn = Number(m![1]);
    expect(turn).toBeGreaterThan(1);
    expect(turn).toBeLessThan(3000);
    expect(fatal.line).toBe(turn);
    expect(result.messages.filter((x) => x.ruleId === 'slow')).toHaveLength(turn - 1);
  });

  it('JSON Lines read in chunks stop at the chunk the budget ran out in', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `c${i + 1}`, messages: [{ role: 'agent', text: 'Please visit our website.' }] })).join('\n') + '\n';
    const dir = tempProject({ 'rules/slow.mjs': slowSource(2), 'a.jsonl': lines });
    const engine = new Engine({ cwd: dir, configLookup: false, rulesdirs: ['rules'], rules: { slow: 'warn' }, maxFileTime: 0.3, chunkBytes: 4096 });
    const [a] = engine.lintFiles(['a.jsonl']);
    const fatal = budgetMessage(a)!;
    const reached = Number(/conversation "c(\d+)"/.exec(fatal.message)![1]);
    expect(fatal.line).toBe(reached);
    expect(a.messages.filter((x) => x.ruleId === 'slow')).toHaveLength(reached - 1);
    expect(a.messages.filter((x) => x.fatal)).toHaveLength(1);
  });

  it('--max-file-time: the CLI stops the slow file, lints the rest, and exits 1 (a file-level fatal error, as for a file it cannot parse)', async () => {
    const dir = tempProject({ 'rules/slow.mjs': slowSource(2), 'a.json': manyConversations(2000), 'b.txt': CHAT });
    const { code, stdout } = await run(['a.json', 'b.txt', '--rulesdir', 'rules', '--rule', 'slow: warn', '--max-file-time', '0.3', '-f', 'unix', '--concurrency', 'off'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/a\.json:\d+:\d+: time budget exceeded: .*a\.json took longer than 0\.3 s to lint \(--max-file-time\); stopped at conversation "c\d+" \(\d+ of 2000\)/);
    expect(stdout).toMatch(/b\.txt:2:15: Sends the customer to "visit our website"/);
  });

  it('--max-file-time takes seconds (0: no limit); anything else is a usage error', async () => {
    const dir = tempProject({ 'b.txt': CHAT });
    const unlimited = await run(['b.txt', '--max-file-time', '0', '-f', 'json'], { cwd: dir });
    expect(unlimited.stderr).toBe('');
    expect(JSON.parse(unlimited.stdout)[0].fatalErrorCount).toBe(0);
    const bad = await run(['b.txt', '--max-file-time', 'soon'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('transcript-lint: --max-file-time: expected a number of seconds, got "soon"\n');
  });

  it('a file over budget is not fixed', () => {
    const dir = tempProject({ 'rules/slow.mjs': slowSource(5), 'a.txt': Array.from({ length: 200 }, () => 'Agent: Thanks!!!').join('\n') + '\n' });
    const engine = new Engine({ cwd: dir, configLookup: false, rulesdirs: ['rules'], rules: { slow: 'warn' }, maxFileTime: 0.2, fix: true });
    const [a] = engine.lintFiles(['a.txt']);
    expect(budgetMessage(a)).toBeDefined();
    expect(a.output).toBeUndefined();
  });
});

describe('work grows linearly with size', () => {
  // Each of these took minutes to hours before (quadratic sentence segmentation, span look-ups,
  // rescans per reply, a string copy per Markdown link); the bounds leave room for a slow machine.
  it('one 2 MB agent message (137 s before)', () => {
    const words = 'Please visit our website and fill out the form. Our policy states returns take 7-10 business days. ';
    const text = JSON.stringify({ id: 'x', messages: [{ role: 'customer', text: 'help' }, { role: 'agent', text: words.repeat(Math.ceil(2e6 / words.length)) }] });
    const dir = tempProject({ 'big.json': text });
    const start = performance.now();
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['big.json']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`one 2 MB agent message: ${seconds.toFixed(1)} s`);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'runaround').length).toBeGreaterThan(20_000);
    expect(seconds).toBeLessThan(30);
  }, 90_000);

  it('a 2 MB plain-text call of 40,000 turns (9 s before)', () => {
    const block = 'Customer: my internet is down again\nAgent: I\'ll check that for you right now.\n  Let me run a line test.\nCustomer: ok\n';
    const dir = tempProject({ 'call.txt': block.repeat(Math.ceil(2e6 / block.length)) });
    const start = performance.now();
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['call.txt']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`2 MB plain-text call: ${seconds.toFixed(1)} s`);
    expect(result.fatalErrorCount).toBe(0);
    expect(seconds).toBeLessThan(30);
  }, 90_000);

  it('a 2 MB Markdown macro with 30,000 links and comments (61 s before)', () => {
    const dir = tempProject({ 'macro.md': 'See [our page](https://example.com/x) for details. <!-- note -->\n'.repeat(30_000) });
    const start = performance.now();
    const [result] = new Engine({ cwd: dir, configLookup: false }).lintFiles(['macro.md']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`2 MB Markdown macro: ${seconds.toFixed(1)} s`);
    expect(result.fatalErrorCount).toBe(0);
    expect(seconds).toBeLessThan(20);
  }, 60_000);

  it('long texts are segmented window by window into the same sentences as in one pass', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const samples = [
      readme.repeat(3),
      'Καλημέρα σας; Πώς μπορώ να βοηθήσω; '.repeat(800) + 'Բարև ձեզ։ Ինչո՞վ կարող եմ օգնել։ '.repeat(800),
      `${'a'.repeat(9000)}. Next? ${'😀 '.repeat(5000)}end.`,
    ];
    for (const text of samples) {
      const one = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => [s.index, s.segment]);
      expect([...segmentSentences(text, 'en')].map((s) => [s.index, s.segment])).toEqual(one);
    }
    // Text with no sentence break at all (a pasted log, a base64 blob) is cut into long pieces instead of taking minutes.
    const start = performance.now();
    const pieces = [...segmentSentences('QUJD'.repeat(1_000_000), 'en')];
    expect(performance.now() - start).toBeLessThan(5000);
    expect(pieces.map((p) => p.segment).join('')).toBe('QUJD'.repeat(1_000_000));
  });

  it('a conversation with more findings than a call stack holds arguments', () => {
    // push(...findings) of 300,000 findings threw "Maximum call stack size exceeded".
    const many = defineRule({
      meta: { id: 'many', kind: 'style', docs: { description: 'many', seed: 'test' }, channels: ['chat'], defaultSeverity: 'warn', messages: { x: 'x' } },
      create: (context) => ({
        agentTurn(turn) {
          for (let i = 0; i < 300_000; i++) context.report({ turn, range: [0, 1], messageId: 'x' });
        },
      }),
    });
    const { linter, config } = linterWith({ many });
    const result = linter.verify('Agent: hello\n', { filePath: 'x.txt', config });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'many')).toHaveLength(300_000);
  }, 60_000);

  it('a degenerate conversation (100,000 agent turns in a row, which rules read as one reply) is stopped by the time budget', () => {
    const dir = tempProject({ 'agent-only.txt': 'Agent: Please visit our website.\n'.repeat(100_000) });
    const start = performance.now();
    const [result] = new Engine({ cwd: dir, configLookup: false, maxFileTime: 2 }).lintFiles(['agent-only.txt']);
    const seconds = (performance.now() - start) / 1000;
    console.log(`100,000 agent turns in a row, 2 s budget: stopped after ${seconds.toFixed(1)} s`);
    expect(budgetMessage(result)?.message).toMatch(/took longer than 2 s to lint.*stopped at conversation ".*agent-only\.txt" \(1 of 1\), turn \d+;/);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('a rule that throws', () => {
  const broken = (where: 'create' | 'agentTurn' | 'transcriptEnd' | 'report', id = 'broken'): RuleModule =>
    defineRule({
      meta: { id, kind: 'style', docs: { description: 'throws', seed: 'test' }, channels: ['chat'], defaultSeverity: 'warn', messages: { x: 'x' } },
      create(context) {
        if (where === 'create') throw new Error('boom in create');
        return {
          agentTurn(turn) {
            if (where === 'agentTurn') throw new TypeError('boom in agentTurn');
            if (where === 'report') context.report({ turn, messageId: 'nope' });
          },
          transcriptEnd() {
            // eslint-disable-next-line no-throw-literal
            if (where === 'transcriptEnd') throw 'a string, not an Error';
          },
        };
      },
    });

  for (const [where, reason] of [
    ['create', 'boom in create'],
    ['agentTurn', 'boom in agentTurn'],
    ['transcriptEnd', 'a string, not an Error'],
    ['report', 'rule "broken" reported unknown messageId "nope"'],
  ] as const) {
    it(`in ${where}: one fatal message naming the rule, the conversation and the reason; the other rules still report`, () => {
      const { linter, config } = linterWith({ broken: broken(where) });
      const result = linter.verify(CHAT, { filePath: 'x.txt', config });
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toMatchObject({ ruleId: null, severity: 2, message: `rule "broken" crashed on conversation "x.txt": ${reason}`, line: 1, column: 1 });
      expect(result.messages.some((m) => m.ruleId === 'runaround')).toBe(true);
    });
  }

  it('through the CLI (--rulesdir): the other files are linted and the run exits 2', async () => {
    const dir = tempProject({
      'rules/broken.mjs': "export default { meta: { id: 'broken', messages: { x: 'x' } }, create() { return { agentTurn() { throw new Error('boom') } }; } };\n",
      'a.txt': CHAT,
      'b.txt': CHAT,
    });
    const { code, stdout, stderr } = await run(['.', '--rulesdir', 'rules', '--rule', 'broken: error', '-f', 'json'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(2);
    const results = JSON.parse(stdout) as LintResult[];
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([`rule "broken" crashed on conversation "${r.filePath}": boom`]);
      expect(r.messages.some((m) => m.ruleId === 'runaround')).toBe(true);
    }
  });

  it('writes nothing of a file whose fixed text makes a rule crash', () => {
    // The crash happens only on the fixed text ("!!!" became "!"): the file is left as it was.
    const dir = tempProject({
      'rules/picky.mjs': "export default { meta: { id: 'picky', messages: { x: 'x' } }, create() { return { agentTurn(turn) { if (/[^!]![^!]/.test(turn.text + ' ')) throw new Error('single bang'); } }; } };\n",
      'a.txt': 'Agent: Thanks!!! Bye\n',
    });
    const engine = new Engine({ cwd: dir, configLookup: false, rulesdirs: ['rules'], rules: { picky: 'warn' }, fix: true });
    const [a] = engine.lintFiles(['a.txt']);
    expect(a.messages.some((m) => m.fatal && /rule "picky" crashed/.test(m.message))).toBe(true);
    expect(a.output).toBeUndefined();
  });
});
