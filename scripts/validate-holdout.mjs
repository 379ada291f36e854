// Validates fixtures/labeled/holdout/*.jsonl and prints per-rule label counts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'labeled', 'holdout');
const RULES = ['apathy', 'brush-off', 'coldness', 'condescension', 'jargon', 'robotism', 'rule-book', 'runaround',
  'unset-expectations', 'missing-follow-up', 'missing-thanks', 'missing-confirmation', 'assumption', 'no-alternative',
  'interruption', 'slow-response', 'undocumented', 'readability', 'unprofessional-tone', 'unfilled-placeholder'];
const ROLES = new Set(['customer', 'agent', 'bot', 'system', 'note']);
const CHANNELS = new Set(['chat', 'email', 'social', 'voice']);
const KEYS = ['id', 'channel', 'locale', 'metadata', 'expected', 'note', 'messages'];
const MIN = { chat: 45, email: 25, social: 25, voice: 20, tricky: 25 };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const errors = [];
const ids = new Set();
const perRule = Object.fromEntries(RULES.map((r) => [r, 0]));
const perFile = {};
let total = 0, lowLabel = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
  perFile[file] = lines.length;
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    let c;
    try { c = JSON.parse(line); } catch (e) { errors.push(`${where}: bad JSON (${e.message})`); return; }
    const keys = Object.keys(c);
    for (const k of KEYS) if (!(k in c)) errors.push(`${where}: missing key ${k}`);
    for (const k of keys) if (!KEYS.includes(k)) errors.push(`${where}: unexpected key ${k}`);
    if (typeof c.id !== 'string' || !c.id.startsWith('ho-')) errors.push(`${where}: id must start with ho-`);
    if (ids.has(c.id)) errors.push(`${where}: duplicate id ${c.id}`);
    ids.add(c.id);
    if (!CHANNELS.has(c.channel)) errors.push(`${where}: bad channel ${c.channel}`);
    if (file !== 'tricky.jsonl' && file !== `${c.channel}.jsonl`) errors.push(`${where}: channel ${c.channel} in ${file}`);
    if (c.locale !== 'en') errors.push(`${where}: locale`);
    if (!c.metadata || typeof c.metadata.agent !== 'string' || typeof c.metadata.team !== 'string') errors.push(`${where}: metadata.agent/team`);
    if (!Array.isArray(c.expected)) errors.push(`${where}: expected not an array`);
    else {
      if (new Set(c.expected).size !== c.expected.length) errors.push(`${where}: duplicate labels`);
      for (const r of c.expected) { if (!RULES.includes(r)) errors.push(`${where}: unknown rule ${r}`); else perRule[r]++; }
      if (c.expected.length <= 1) lowLabel++;
    }
    if (typeof c.note !== 'string' || c.note.length < 10) errors.push(`${where}: note`);
    if (!Array.isArray(c.messages) || c.messages.length < 3 || c.messages.length > 20) errors.push(`${where}: 3-20 messages expected (got ${c.messages?.length})`);
    let prev = -Infinity;
    (c.messages ?? []).forEach((m, j) => {
      const w = `${where} msg ${j}`;
      if (!ROLES.has(m.role)) errors.push(`${w}: bad role ${m.role}`);
      if (typeof m.text !== 'string' || !m.text.trim()) errors.push(`${w}: empty text`);
      if (typeof m.author !== 'string' || !m.author) errors.push(`${w}: author`);
      if (!ISO.test(m.timestamp ?? '') || Number.isNaN(Date.parse(m.timestamp))) errors.push(`${w}: bad timestamp ${m.timestamp}`);
      const t = Date.parse(m.timestamp);
      if (c.channel === 'voice') {
        if (!ISO.test(m.endTimestamp ?? '') || Number.isNaN(Date.parse(m.endTimestamp))) errors.push(`${w}: bad endTimestamp`);
        else if (Date.parse(m.endTimestamp) <= t) errors.push(`${w}: endTimestamp not after timestamp`);
      } else {
        if ('endTimestamp' in m) errors.push(`${w}: endTimestamp on non-voice`);
        if (t < prev) errors.push(`${w}: timestamp goes backwards`);
      }
      prev = t;
    });
    total++;
  });
}
for (const [f, n] of Object.entries(MIN)) if ((perFile[`${f}.jsonl`] ?? 0) < n) errors.push(`${f}.jsonl: ${perFile[`${f}.jsonl`] ?? 0} < ${n}`);
for (const r of RULES) if (perRule[r] < 7) errors.push(`rule ${r}: only ${perRule[r]} positives`);

console.log('files:', perFile, 'total:', total, `zero/one label: ${lowLabel} (${Math.round((100 * lowLabel) / total)}%)`);
console.log('expected labels per rule:');
for (const r of RULES) console.log(`  ${r.padEnd(22)} ${perRule[r]}`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
console.log('OK');
