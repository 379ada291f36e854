/**
 * Converts the public corpora in ../shared/corpus into native JSON Lines, for
 * `npm run eval -- --corpus DIR`. The output goes to a folder outside the
 * repository: several corpora are licensed for research only and are never
 * committed.
 *
 *   node dist/scripts/corpus-to-native.js [--shared ../shared] [--out /tmp/transcript-lint-corpus]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

interface NativeMessage { role: 'agent' | 'customer'; text: string; timestamp?: string }
interface NativeConversation { id: string; channel: string; locale: string; metadata: Record<string, unknown>; messages: NativeMessage[] }

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Appends to the last message when the same role speaks again: corpora split turns into sentences. */
function push(messages: NativeMessage[], message: NativeMessage, join = ' '): void {
  const last = messages[messages.length - 1];
  if (last && last.role === message.role) last.text += join + message.text;
  else messages.push(message);
}

/** WMT24 chat task: one row per segment; agent text is English, the customer's English reference is used. */
export function convertWmt(dir: string, splits: readonly string[]): NativeConversation[] {
  const conversations = new Map<string, NativeConversation>();
  const files: string[] = [];
  for (const split of splits) {
    const folder = path.join(dir, split);
    if (existsSync(folder)) files.push(...readdirSync(folder).filter((f) => f.endsWith('.csv')).map((f) => path.join(folder, f)));
  }
  for (const file of files) {
    const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      const role = row.sender === 'agent' ? 'agent' : 'customer';
      const text = (row.source_language === 'en' ? row.source : row.reference) ?? '';
      if (!text.trim()) continue;
      const id = `wmt24:${path.basename(path.dirname(file))}:${row.doc_id}`;
      let conv = conversations.get(id);
      if (!conv) {
        conv = { id, channel: 'chat', locale: 'en', metadata: { corpus: 'wmt24', client: row.client_id }, messages: [] };
        conversations.set(id, conv);
      }
      push(conv.messages, { role, text: text.trim() });
    }
  }
  return [...conversations.values()];
}

/** Kaggle TWCS: rebuild threads from in_response_to links; inbound tweets are customers'. */
export function convertTwcs(file: string): NativeConversation[] {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<Record<string, string>>;
  const byId = new Map(rows.map((r) => [r.tweet_id, r]));
  const rootOf = (row: Record<string, string>): string => {
    let current = row;
    const seen = new Set<string>();
    while (current.in_response_to_tweet_id && !seen.has(current.tweet_id)) {
      seen.add(current.tweet_id);
      const parent = byId.get(String(Math.trunc(Number(current.in_response_to_tweet_id))));
      if (!parent) break;
      current = parent;
    }
    return current.tweet_id;
  };
  const threads = new Map<string, Array<Record<string, string>>>();
  for (const row of rows) {
    const root = rootOf(row);
    threads.set(root, [...(threads.get(root) ?? []), row]);
  }
  const out: NativeConversation[] = [];
  for (const [root, tweets] of threads) {
    tweets.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    const messages: NativeMessage[] = [];
    for (const t of tweets) push(messages, { role: t.inbound === 'True' ? 'customer' : 'agent', text: t.text, timestamp: new Date(t.created_at).toISOString() }, '\n');
    if (messages.some((m) => m.role === 'agent') && messages.some((m) => m.role === 'customer')) {
      out.push({ id: `twcs:${root}`, channel: 'social', locale: 'en', metadata: { corpus: 'twcs' }, messages });
    }
  }
  return out;
}

/** IBM Twitter customer care: dialogContent entries keyed `client` or `agent`. */
export function convertIbm(file: string): NativeConversation[] {
  const dialogs = JSON.parse(readFileSync(file, 'utf8')) as Array<{ dialogContent: Array<Record<string, string>>; dialogHeader: Record<string, string>; agentURL?: Record<string, string> }>;
  return dialogs.map((d, i) => {
    const messages: NativeMessage[] = [];
    for (const item of d.dialogContent) {
      push(messages, { role: 'agent' in item ? 'agent' : 'customer', text: item.message, timestamp: item.datetime }, '\n');
    }
    if (!messages.some((m) => m.role === 'agent') && d.agentURL?.url_utterance) push(messages, { role: 'agent', text: d.agentURL.url_utterance });
    return { id: `ibm:${d.dialogHeader.sessionID ?? i}`, channel: 'social', locale: 'en', metadata: { corpus: 'ibm-twitter', company: d.dialogHeader.company }, messages };
  });
}

function main(): void {
  const shared = path.resolve(arg('--shared', path.join(process.cwd(), '..', 'shared')));
  const out = path.resolve(arg('--out', path.join(os.tmpdir(), 'transcript-lint-corpus')));
  const corpus = path.join(shared, 'corpus');
  if (!existsSync(corpus)) {
    console.error(`corpus-to-native: no corpus at ${corpus}; nothing to convert`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(out, { recursive: true });
  const sets: Array<[string, () => NativeConversation[]]> = [
    ['wmt24-train.jsonl', () => convertWmt(path.join(corpus, 'wmt24-chat-customer-support'), ['train'])],
    ['wmt24-valid-test.jsonl', () => convertWmt(path.join(corpus, 'wmt24-chat-customer-support'), ['valid', 'test'])],
    ['twcs.jsonl', () => convertTwcs(path.join(corpus, 'twcs-sample', 'twcs_head_1000.csv'))],
    ['ibm-twitter.jsonl', () => [...convertIbm(path.join(corpus, 'ibm-twitter-customer-care', 'dev.json')), ...convertIbm(path.join(corpus, 'ibm-twitter-customer-care', 'test.json'))]],
  ];
  for (const [name, convert] of sets) {
    const conversations = convert();
    writeFileSync(path.join(out, name), conversations.map((c) => JSON.stringify(c)).join('\n') + '\n');
    console.log(`${name.padEnd(20)} ${String(conversations.length).padStart(6)} conversations`);
  }
  console.log(`written to ${out}`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
