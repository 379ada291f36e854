/**
 * A deterministic benchmark corpus: seeded, so every run and every machine
 * lints the same bytes. Conversations of ~12 turns in native JSON Lines with a
 * realistic mix — most replies clean, some with the sins the rules look for —
 * plus plain-text transcripts and a macro library.
 *
 *   node dist/bench/generate.js --out DIR --sizes 1000,10000,100000 [--seed 42]
 */
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, good enough for picking sentences. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMER_OPENINGS = [
  'Hi, my order #{n} arrived broken and I need it for Friday.',
  'Hello, I was charged twice for my subscription this month.',
  'My internet has been down since this morning and I work from home.',
  'I want to return these shoes, they do not fit.',
  'Why is my invoice higher than last month?',
  'The app keeps crashing when I open the camera.',
  'I never received the refund you promised last week!',
  'Can I change the delivery address for order {n}?',
  'This is the third time I am writing about the same problem. Nobody helps.',
  'How do I reset my password? The link does not work.',
];
const CUSTOMER_FOLLOW_UPS = [
  'It is order {n}.', 'Ok, thanks.', 'That did not work either.', 'When will it arrive?', 'Can you check again please?',
  'I already tried restarting it.', 'My account number is {n}.', 'Great, that worked!', 'Is there anything faster?', 'Thanks for your help.',
];
const CLEAN_AGENT = [
  "I'm so sorry to hear that. Let me look up your order right away.",
  'Thanks for letting us know. I have refunded the second payment; it reaches your card within 3 business days.',
  'I understand how frustrating that is. I have booked an engineer for 1pm today and will text you when they are on the way.',
  'Thank you for your patience. I have sent a replacement; it ships tomorrow and arrives by Thursday.',
  'Could you tell me which screen you see when it crashes, so I can find the cause?',
  'Just to confirm, you mean the address on order {n}, not your account address?',
  'Done! Your password is reset and I have sent a new link to your e-mail. Does that work for you?',
  'Is there anything else I can help you with today?',
  'I have updated the delivery address for you. You will get a confirmation e-mail in the next few minutes.',
  'Thanks for waiting. I found the issue and fixed it on our side.',
];
const SINFUL_AGENT = [
  'Please visit our website for more details.',
  'Our policy states that returns take 7-10 business days.',
  'Order number?',
  'Please provide your account number.',
  "That's not my department, you'll have to contact billing.",
  'As I already told you, calm down.',
  'Obviously you should have read the instructions.',
  'Your RMA is pending escalation to T2 per the SLA.',
  "I'll look into it and get back to you.",
  'Unfortunately we cannot do that.',
  'You can fill out the refund form on our site.',
  'Hi {{first_name}}, your ticket has been updated!!!',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

function fill(text: string, random: () => number): string {
  return text.replace(/\{n\}/g, () => String(10000 + Math.floor(random() * 90000)));
}

export interface Conversation {
  id: string;
  channel: string;
  metadata: Record<string, string>;
  messages: Array<{ role: string; author: string; text: string; timestamp: string }>;
}

const AGENTS = ['Maria', 'Tom', 'Priya', 'Sam', 'Kofi', 'Lena', 'Ivo', 'Ana'];
const TEAMS = ['billing', 'orders', 'tech', 'accounts'];

export function conversation(index: number, random: () => number, sinRate = 0.12): Conversation {
  const agent = pick(random, AGENTS);
  const channel = random() < 0.7 ? 'chat' : random() < 0.5 ? 'email' : 'social';
  let time = Date.UTC(2026, 0, 1) + Math.floor(random() * 300 * 86_400_000);
  const messages: Conversation['messages'] = [];
  const turns = 10 + Math.floor(random() * 5);
  for (let t = 0; t < turns; t++) {
    const customer = t % 2 === 0;
    time += (customer ? 20 : 40) * 1000 + Math.floor(random() * 90_000);
    const text = customer
      ? fill(t === 0 ? pick(random, CUSTOMER_OPENINGS) : pick(random, CUSTOMER_FOLLOW_UPS), random)
      : fill(random() < sinRate ? pick(random, SINFUL_AGENT) : pick(random, CLEAN_AGENT), random);
    messages.push({ role: customer ? 'customer' : 'agent', author: customer ? 'Customer' : agent, text, timestamp: new Date(time).toISOString() });
  }
  return { id: `bench-${index}`, channel, metadata: { agent, team: pick(random, TEAMS) }, messages };
}

/** Writes `count` conversations as JSON Lines; returns the byte size. */
export function writeJsonl(file: string, count: number, seed: number): number {
  const random = rng(seed);
  const fd = openSync(file, 'w');
  let bytes = 0;
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += JSON.stringify(conversation(i, random)) + '\n';
    if (buffer.length > 1 << 20) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(fd, buffer);
  closeSync(fd);
  return bytes;
}

export function writeTextAndMacros(dir: string, count: number, seed: number): void {
  const random = rng(seed + 1);
  mkdirSync(path.join(dir, 'text'), { recursive: true });
  mkdirSync(path.join(dir, 'macros'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const c = conversation(i, random);
    const lines = c.messages.map((m) => `[${m.timestamp.slice(11, 19)}] ${m.role === 'agent' ? 'Agent' : 'Customer'} (${m.author}): ${m.text}`);
    writeFileSync(path.join(dir, 'text', `chat-${i}.txt`), lines.join('\n') + '\n');
  }
  const library = Array.from({ length: 200 }, (_, i) => `- title: Macro ${i}\n  text: |\n    ${fill(random() < 0.3 ? pick(random, SINFUL_AGENT) : pick(random, CLEAN_AGENT), random)}\n`).join('');
  writeFileSync(path.join(dir, 'macros', 'library.yaml'), library);
  writeFileSync(path.join(dir, 'macros', 'refund.md'), 'Hi {{ticket.requester.first_name}},\n\nYour RMA was approved. Please visit our website to print the label.\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const get = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const out = path.resolve(get('--out', 'bench/corpus'));
  const seed = Number(get('--seed', '42'));
  mkdirSync(out, { recursive: true });
  for (const size of get('--sizes', '1000,10000,100000').split(',').map(Number)) {
    const bytes = writeJsonl(path.join(out, `conversations-${size}.jsonl`), size, seed);
    console.log(`conversations-${size}.jsonl  ${(bytes / 1e6).toFixed(1)} MB`);
  }
  writeTextAndMacros(out, 500, seed);
  console.log(`text/ 500 transcripts, macros/ library of 200 + 1 file`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
