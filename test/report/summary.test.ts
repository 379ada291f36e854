import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { run, tempProject } from '../helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('-f summary', () => {
  it('shows totals, rules, per-agent and per-team scores and the lowest conversations of the demo', async () => {
    const { code, stdout } = await run(['fixtures/demo', '-f', 'summary'], { cwd: ROOT });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(ANSI);
    expect(stdout).toMatch(/Scorecard summary\n  9 files {2}· {2}16 conversations {2}· {2}\d+ findings \(\d+ errors, \d+ warnings\) {2}· {2}mean score \d+\.\d {2}· {2}pass rate [\d.]+% \(\d+ of 16\)/);
    const section = (title: string) => stdout.split(`\n${title}\n`)[1].split('\n\n')[0].split('\n');
    const rules = section('Rules');
    expect(rules[0]).toMatch(/^ {2}rule\s+kind\s+findings\s+conversations\s+per 100 conv\.$/);
    expect(rules.some((l) => /^ {2}runaround\s+sin\s+\d+\s+\d+\s+\d+\.\d$/.test(l))).toBe(true);
    const agents = section('Agents');
    expect(agents[0]).toMatch(/^ {2}agent\s+team\s+conv\.\s+mean score\s+pass rate\s+top sins$/);
    // worst first: Tom's conversation hit the auto-fail rule (runaround) of the demo's scorecard
    expect(agents[1]).toMatch(/^ {2}Tom\s+orders\s+1\s+0\.0\s+0%\s+.*runaround ×1/);
    expect(agents.some((l) => /^ {2}Maria\s+orders\s+1\s+100\.0\s+100%\s+—$/.test(l))).toBe(true);
    // columns line up: "mean score" values end in the same column
    const ends = agents.slice(1).map((l) => l.search(/\d+\.\d(?=\s+[\d.]+%)/) + (l.match(/\d+\.\d(?=\s+[\d.]+%)/)?.[0].length ?? 0));
    expect(new Set(ends).size).toBe(1);
    const teams = section('Teams');
    expect(teams.some((l) => /^ {2}billing\s+Jo, Priya, Sam\s+4\s/.test(l))).toBe(true);
    const lowest = section('Lowest-scoring conversations');
    expect(lowest[1]).toMatch(/^ {4}0\.0\s+conv-1043\s+Tom\s+auto-fail: runaround · .*\s+fixtures\/demo\/chats\.json:21:52$/);
    expect(lowest.filter(Boolean).length).toBeLessThanOrEqual(11); // the header and at most ten conversations
  });

  it('colours only when asked', async () => {
    const { stdout } = await run(['fixtures/demo', '-f', 'summary', '--color'], { cwd: ROOT });
    expect(stdout).toMatch(ANSI);
  });

  it('strips control sequences from agent names, teams and conversation ids', async () => {
    const dir = tempProject({
      'c.json': JSON.stringify({
        id: 'conv-\u001b]0;owned\u0007x',
        channel: 'chat',
        metadata: { agent: 'Eve\u001b[31m\u001b[2J', team: 'red\u009b31mteam' },
        messages: [{ role: 'customer', text: 'Where is my order?' }, { role: 'agent', text: 'Please visit our website.' }],
      }),
    });
    const { stdout } = await run(['c.json', '-f', 'summary', '--color'], { cwd: dir });
    const withoutColour = stdout.replace(/\u001b\[\d+(;\d+)*m/g, '');
    expect(withoutColour).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(withoutColour).toMatch(/Eve\s+redteam/);
    expect(withoutColour).toContain('conv-x');
  });

  it('puts scores, agent and team in the JSON per conversation and per file; the turns only with --keep-conversations', async () => {
    const { stdout } = await run(['fixtures/demo/chats.json', '-f', 'json'], { cwd: ROOT });
    const [result] = JSON.parse(stdout) as LintResult[];
    expect(result.score).toBe(50);
    expect(result.transcripts).toEqual([
      expect.objectContaining({ id: 'conv-1042', agent: 'Maria', team: 'orders', score: 100, passed: true, failedRules: [], na: expect.any(Array) }),
      expect.objectContaining({ id: 'conv-1043', agent: 'Tom', team: 'orders', score: 0, passed: false, autoFailed: ['runaround'] }),
    ]);
    expect(result.transcripts![0]).not.toHaveProperty('conversation');
    const kept = JSON.parse((await run(['fixtures/demo/chats.json', '-f', 'json', '--keep-conversations'], { cwd: ROOT })).stdout) as LintResult[];
    const view = kept[0].transcripts![1].conversation!;
    expect(view.turns[1]).toEqual({ role: 'agent', author: 'Tom', timestamp: '2026-03-01T11:00:40.000Z', text: 'Order number?' });
    const runaround = view.marks.find((m) => m.ruleId === 'runaround')!;
    expect(view.turns[runaround.turn].text.slice(runaround.start, runaround.end)).toBe('fill out the return form');
    expect(runaround).toMatchObject({ line: 23, column: 117 });
  });

  it('keeps scores and finding marks right when a JSON Lines file is linted chunk by chunk', () => {
    const whole = new Engine({ cwd: ROOT, keepConversations: true }).lintFiles(['fixtures/demo/chats.jsonl'])[0];
    const chunked = new Engine({ cwd: ROOT, keepConversations: true, chunkBytes: 300 }).lintFiles(['fixtures/demo/chats.jsonl'])[0];
    expect(chunked.transcripts).toEqual(whole.transcripts);
    expect(chunked.score).toBe(whole.score);
    for (const t of chunked.transcripts!) {
      for (const mark of t.conversation!.marks) {
        expect(chunked.messages.some((m) => m.ruleId === mark.ruleId && m.line === mark.line && m.column === mark.column)).toBe(true);
      }
    }
  });
});
