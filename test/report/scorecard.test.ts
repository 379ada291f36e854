import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { applyLayer, emptyResolved } from '../../src/config/resolve.js';
import { validateConfigData } from '../../src/config/schema.js';
import { ConfigError, type ResolvedConfig } from '../../src/config/types.js';
import { defineRule, type RuleModule } from '../../src/linter/rule.js';
import { conversationIdentity, DEFAULT_KIND_WEIGHTS, emptyScorecard, scoreTranscript } from '../../src/linter/scorecard.js';
import type { Channel, Transcript, Turn } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { tempProject } from '../helpers.js';

const rule = (id: string, kind: 'sin' | 'practice' | 'style', extra: Partial<RuleModule['meta']> = {}): RuleModule =>
  defineRule({
    meta: { id, kind, docs: { description: id, seed: '' }, channels: ['chat', 'email'], defaultSeverity: 'warn', messages: { m: 'x' }, ...extra },
    create: () => ({}),
  }) as RuleModule;

const registry = new Map<string, RuleModule>([
  ['a-sin', rule('a-sin', 'sin')],
  ['b-practice', rule('b-practice', 'practice')],
  ['c-style', rule('c-style', 'style')],
  ['d-chat-only', rule('d-chat-only', 'practice', { channels: ['chat'] })],
  ['e-timing', rule('e-timing', 'practice', { requiresTimestamps: true })],
]);

function config(scorecard: Partial<ReturnType<typeof emptyScorecard>> = {}, off: string[] = []): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const id of registry.keys()) rules[id] = [off.includes(id) ? 0 : 1, {}];
  return { ...emptyResolved(), rules, scorecard: { ...emptyScorecard(), ...scorecard } };
}

function turn(index: number, role: Turn['role'], time?: string, author?: string): Turn {
  return { index, role, text: 'x', author, timestamp: time ? new Date(time) : undefined, loc: undefined as never };
}

function transcript(channel: Channel, stamped: boolean, metadata: Record<string, unknown> = {}): Pick<Transcript, 'channel' | 'turns' | 'metadata'> {
  return {
    channel,
    metadata,
    turns: [turn(0, 'customer', stamped ? '2026-01-01T10:00:00Z' : undefined), turn(1, 'agent', stamped ? '2026-01-01T10:01:00Z' : undefined, 'Maria')],
  };
}

describe('scorecard', () => {
  it('defaults weights by kind: sin 10, practice 5, style 2', () => {
    expect(DEFAULT_KIND_WEIGHTS).toEqual({ sin: 10, practice: 5, style: 2 });
  });

  it('scores 100 × weight of applicable rules that did not fire ÷ weight of applicable rules', () => {
    // chat with time stamps: every rule applies: 10 + 5 + 2 + 5 + 5 = 27
    const clean = scoreTranscript(transcript('chat', true), [], config(), registry);
    expect(clean).toEqual({ score: 100, passed: true, failedRules: [], na: [] });
    const sinned = scoreTranscript(transcript('chat', true), [{ ruleId: 'a-sin' }, { ruleId: 'a-sin' }], config(), registry);
    expect(sinned.score).toBe(Math.round((1000 * 17) / 27) / 10); // 63.0
    expect(sinned.failedRules).toEqual(['a-sin']);
    expect(sinned.passed).toBe(false);
  });

  it('leaves out rules of other channels and timing rules without time stamps (N/A rescales)', () => {
    const email = scoreTranscript(transcript('email', false), [{ ruleId: 'c-style' }], config(), registry);
    expect(email.na).toEqual(['d-chat-only', 'e-timing']);
    // applicable: 10 + 5 + 2 = 17; c-style (2) fired
    expect(email.score).toBe(Math.round((1000 * 15) / 17) / 10);
    expect(email.passed).toBe(true);
  });

  it('ignores disabled rules, honours configured weights and the pass mark', () => {
    const s = scoreTranscript(transcript('chat', true), [{ ruleId: 'b-practice' }], config({ weights: { 'b-practice': 30 }, passMark: 50 }, ['c-style', 'e-timing']), registry);
    // applicable: a-sin 10, b-practice 30, d-chat-only 5 = 45; kept 15
    expect(s.score).toBe(33.3);
    expect(s.passed).toBe(false);
    expect(s.na).toEqual([]);
    const zeroWeight = scoreTranscript(transcript('chat', true), [{ ruleId: 'c-style' }], config({ weights: { 'c-style': 0 } }), registry);
    expect(zeroWeight.score).toBe(100);
    expect(zeroWeight.failedRules).toEqual(['c-style']);
  });

  it('an auto-fail finding scores 0', () => {
    const s = scoreTranscript(transcript('chat', true), [{ ruleId: 'c-style' }], config({ autoFail: ['c-style'] }), registry);
    expect(s).toMatchObject({ score: 0, passed: false, failedRules: ['c-style'] });
    // an auto-fail rule that is N/A cannot fail the conversation
    const na = scoreTranscript(transcript('email', true), [], config({ autoFail: ['d-chat-only'] }), registry);
    expect(na.score).toBe(100);
  });

  it('takes agent and team from metadata, else the last agent turn', () => {
    expect(conversationIdentity(transcript('chat', false, { agent: 'Tom', team: 'orders' }))).toEqual({ agent: 'Tom', team: 'orders' });
    expect(conversationIdentity(transcript('chat', false, { agent: { name: 'Ana B.' } }))).toEqual({ agent: 'Ana B.' });
    expect(conversationIdentity(transcript('chat', false))).toEqual({ agent: 'Maria' });
  });
});

describe('scorecard config', () => {
  it('validates weights and autoFail against the rules, naming the key', () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ scorecard: { weights: { 'no-such-rule': 3 } } }, /x\.yaml: scorecard\.weights\.no-such-rule: unknown rule "no-such-rule"/],
      [{ scorecard: { autoFail: ['runaround', 'nope'] } }, /x\.yaml: scorecard\.autoFail\[1\]: unknown rule "nope"/],
      [{ overrides: [{ files: '*', scorecard: { autoFail: ['nope'] } }] }, /overrides\[0\]\.scorecard\.autoFail\[0\]: unknown rule "nope"/],
      [{ scorecard: { passMark: 120 } }, /scorecard\.passMark: must be <= 100/],
      [{ scorecard: { weights: { runaround: -1 } } }, /scorecard\.weights\.runaround: must be >= 0/],
      [{ scorecard: { pass: 80 } }, /scorecard: unknown key "pass"/],
    ];
    for (const [data, message] of bad) expect(() => validateConfigData(data, 'x.yaml', builtinRules)).toThrow(message);
    expect(() => validateConfigData({ scorecard: { weights: { runaround: 20 }, autoFail: ['runaround'], passMark: 75 } }, 'x.yaml', builtinRules)).not.toThrow();
    expect(() => validateConfigData({}, 'x.yaml', builtinRules)).not.toThrow(ConfigError);
  });

  it('merges layers: weights key by key, autoFail and passMark replaced', () => {
    const base = applyLayer(emptyResolved(), { scorecard: { weights: { runaround: 20, jargon: 1 }, autoFail: ['runaround'] } });
    const merged = applyLayer(base, { scorecard: { weights: { jargon: 4 }, autoFail: [], passMark: 70 } });
    expect(merged.scorecard).toEqual({ weights: { runaround: 20, jargon: 4 }, autoFail: [], passMark: 70 });
    expect(emptyResolved().scorecard).toEqual({ weights: {}, autoFail: [], passMark: 80 });
  });

  it('puts score, passed, failedRules, na, agent and team on each conversation and a mean on the file', () => {
    const dir = tempProject({
      '.transcriptlintrc.yaml': 'scorecard:\n  autoFail: [runaround]\n',
      'chats.json': JSON.stringify([
        { id: 'good', channel: 'chat', metadata: { agent: 'Maria', team: 'orders' }, messages: [
          { role: 'customer', text: 'My order is late.' },
          { role: 'agent', author: 'Maria', text: 'Thanks for telling me, I am sorry. It ships today and arrives Friday. Does that help?' },
        ] },
        { id: 'bad', channel: 'chat', messages: [
          { role: 'customer', text: 'My order is late.' },
          { role: 'agent', author: 'Tom', text: 'Please visit our website.' },
        ] },
      ]),
    });
    const [result] = new Engine({ cwd: dir }).lintFiles(['chats.json']);
    const [good, bad] = result.transcripts!;
    expect(bad).toMatchObject({ id: 'bad', agent: 'Tom', score: 0, passed: false });
    expect(bad.failedRules).toContain('runaround');
    expect(bad.na).toEqual(expect.arrayContaining(['slow-response', 'interruption']));
    expect(good).toMatchObject({ id: 'good', agent: 'Maria', team: 'orders', passed: true });
    expect(good.score).toBeGreaterThan(80);
    expect(result.score).toBe(Math.round(((good.score! + bad.score!) / 2) * 10) / 10);
    expect(good.conversation).toBeUndefined();
  });
});
