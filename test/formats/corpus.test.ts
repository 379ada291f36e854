/**
 * Integration over the public samples in ../shared/corpus (never copied into the
 * repository): every sample reads without a fatal error, and the turn counts match
 * what the source holds, counted here independently of the adapters. Skipped when
 * the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { LintResult } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';
import { tempProject } from '../helpers.js';

const repoRoot = path.join(import.meta.dirname, '..', '..');
const dir = path.join(repoRoot, '..', 'shared', 'corpus');
const corpus = (...parts: string[]) => path.join(dir, ...parts);

/** An engine with no config, or with `config` (YAML text) as its only config file. */
function engine(config?: string): Engine {
  if (!config) return new Engine({ cwd: dir, configLookup: false });
  const configDir = tempProject({ 'corpus.yaml': config });
  return new Engine({ cwd: dir, configFile: path.join(configDir, 'corpus.yaml') });
}

/** Lints and checks nothing was lost: no fatal error, no parse problem. */
function lintClean(e: Engine, file: string): LintResult {
  const result = e.lintFile(file);
  expect([file, result.messages.filter((m) => m.ruleId === null).map((m) => m.message).slice(0, 3)]).toEqual([file, []]);
  return result;
}

const turnsOf = (result: LintResult) => (result.transcripts ?? []).reduce((n, t) => n + t.turns, 0);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe.skipIf(!existsSync(dir))('corpus (../shared/corpus)', () => {
  it('zenpy-zendesk-api-samples: tickets, comments, audits, macros and a chat', () => {
    const e = engine();
    const spec = (...p: string[]) => corpus('zenpy-zendesk-api-samples', 'specification', ...p);
    const cases: Array<[string, string, number]> = [
      [spec('zendesk', 'ticket.json'), 'zendesk', 1],
      [spec('zendesk', 'comment.json'), 'zendesk', 1],
      [spec('zendesk', 'audit.json'), 'zendesk', json(spec('zendesk', 'audit.json')).events.filter((x: { type: string }) => x.type === 'Comment').length],
      [spec('zendesk', 'ticket_audit.json'), 'zendesk', json(spec('zendesk', 'ticket_audit.json')).audit.events.filter((x: { type: string }) => x.type === 'Comment').length],
      [spec('zendesk', 'macro.json'), 'zendesk-macros', 1],
      [spec('chat', 'chat.json'), 'zendesk-chat', json(spec('chat', 'chat.json')).history.filter((x: { type: string }) => x.type === 'chat.msg').length],
    ];
    for (const [file, format, turns] of cases) {
      const text = readFileSync(file, 'utf8');
      expect([file, e.linter.formatFor(text, { filePath: file, config: e.configForFile(file) }).name]).toEqual([file, format]);
      const result = lintClean(e, file);
      expect([file, turnsOf(result)]).toEqual([file, turns]);
    }
    // The chat's own count of messages agrees.
    expect(json(spec('chat', 'chat.json')).count.total).toBe(19);
    const chat = e.lintFile(spec('chat', 'chat.json')).transcripts![0];
    expect(chat.metadata).toMatchObject({ agent: 'facetoe' });
  });

  it('ibm-twitter-customer-care: every conversation has as many turns as its messageCount', () => {
    const e = engine();
    for (const name of ['dev.json', 'test.json']) {
      const file = corpus('ibm-twitter-customer-care', name);
      const dialogs = json(file) as Array<{ dialogHeader: { sessionID: string; messageCount: string } }>;
      const result = lintClean(e, file);
      expect(result.transcripts!.map((t) => [t.id, t.turns])).toEqual(dialogs.map((d) => [d.dialogHeader.sessionID, Number(d.dialogHeader.messageCount)]));
    }
  }, 60_000);

  it('twcs-sample: one turn per tweet, threads rebuilt from the reply links', () => {
    const e = engine();
    for (const [name, threads] of [['twcs_head_1000.csv', 255], ['kaggle_sample.csv', undefined]] as const) {
      const file = corpus('twcs-sample', name);
      const rows = parseCsv(readFileSync(file), { columns: true }) as unknown[];
      const result = lintClean(e, file);
      expect(turnsOf(result)).toBe(rows.length);
      if (threads) expect(result.transcripts).toHaveLength(threads);
      expect(result.transcripts!.every((t) => t.channel === 'social')).toBe(true);
    }
  });

  it('wmt24-chat-customer-support through a CSV column map: one turn per segment, one conversation per doc_id', () => {
    // 40,000 segments: the rules are switched off, what is tested here is the reading.
    const rulesOff = [...builtinRules.keys()].map((id) => `  ${id}: off`).join('\n');
    const e = engine(`formatOptions:\n  csv: { conversation: doc_id, role: sender, text: source, channel: chat }\nrules:\n${rulesOff}\n`);
    const base = corpus('wmt24-chat-customer-support');
    const files = ['train', 'valid', 'test'].flatMap((split) => readdirSync(path.join(base, split)).filter((f) => f.endsWith('.csv')).map((f) => path.join(base, split, f)));
    expect(files.length).toBe(11);
    for (const file of files) {
      const rows = parseCsv(readFileSync(file), { columns: true }) as Array<Record<string, string>>;
      const kept = rows.filter((r) => r.source.trim() !== '');
      const result = lintClean(e, file);
      expect([file, result.transcripts!.length, turnsOf(result)]).toEqual([file, new Set(rows.map((r) => r.doc_id)).size, kept.length]);
    }
  }, 120_000);

  it('harper-valley-bank through a JSON field map: a call, agent and caller segments with start and end', () => {
    const e = engine(
      'formatOptions:\n  json:\n    conversations: "."\n    messages: "."\n    role: speaker_role\n    text: human_transcript\n    time: start_timestamp_ms\n    timeUnit: ms\n    duration: duration_ms\n    durationUnit: ms\n    channel: voice\n    roles: { customer: [caller] }\n',
    );
    const file = corpus('harper-valley-bank', 'transcript_0002f70f7386445b.json');
    const segments = json(file) as Array<{ speaker_role: string }>;
    const result = lintClean(e, file);
    expect(result.transcripts).toHaveLength(1);
    expect(result.transcripts![0]).toMatchObject({ channel: 'voice', turns: segments.length });
    expect(segments.length).toBe(18);
  });

  it('abcd through a JSON field map: [speaker, text] turns, actions as system turns', () => {
    const e = engine('formatOptions:\n  json: { messages: original, id: convo_id, role: "0", text: "1", roles: { system: [action] } }\n');
    const file = corpus('abcd', 'abcd_sample.json');
    const convos = json(file) as Array<{ convo_id: number; original: unknown[] }>;
    const result = lintClean(e, file);
    expect(result.transcripts!.map((t) => [t.id, t.turns])).toEqual(convos.map((c) => [String(c.convo_id), c.original.length]));
    expect(turnsOf(result)).toBe(72);
  });

  it('zammad-text-modules and osticket-templates read as macro libraries', () => {
    const e = engine();
    for (const [name, entries] of [['en.yml', 27], ['de.yml', 28]] as const) {
      const result = lintClean(e, corpus('zammad-text-modules', name));
      expect(result.transcripts!.length).toBe(entries);
      expect(result.transcripts!.every((t) => t.channel === 'macro' && t.turns === 1)).toBe(true);
    }
    const templates = corpus('osticket-templates', 'templates');
    const files = e.listFiles([templates]);
    expect(files).toHaveLength(35);
    let macros = 0;
    for (const file of files) macros += lintClean(e, file).transcripts!.length;
    // premade.yaml holds two canned responses; every other file is one template.
    expect(macros).toBe(36);
  });
});
