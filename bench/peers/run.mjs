// Runs the peers on the agent text of each conversation in a JSONL file and
// prints [{ name, ms, conversations, findings }] as JSON.
//  - textlint: the kernel with one rule per transcript-lint phrase category
//    (the same English phrases, compiled the same way), on each agent message.
//  - write-good and alex: their stock checks, on each agent message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextlintKernel } from '@textlint/kernel';
import textPluginModule from '@textlint/textlint-plugin-text';
const textPlugin = textPluginModule.default ?? textPluginModule;
import writeGood from 'write-good';
import { text as alexText } from 'alex';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2];
const conversations = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const agentTexts = conversations.map((c) => c.messages.filter((m) => m.role === 'agent').map((m) => m.text));

const lexicon = parse(readFileSync(path.join(here, '..', '..', 'rules', 'lexicon', 'en.yaml'), 'utf8'));
const rules = [];
for (const [group, categories] of Object.entries(lexicon)) {
  for (const [category, entries] of Object.entries(categories)) {
    if (!Array.isArray(entries) || !entries.length) continue;
    const body = [...entries].sort((a, b) => b.length - a.length).map((e) => e.trim().replace(/ +/g, '\\s+')).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
    rules.push({
      ruleId: `${group}/${category}`,
      rule: (context) => ({
        [context.Syntax.Str](node) {
          const text = context.getSource(node);
          for (const m of text.matchAll(pattern)) context.report(node, new context.RuleError(m[0], { index: m.index }));
        },
      }),
    });
  }
}

async function time(name, fn) {
  const start = performance.now();
  const findings = await fn();
  return { name, ms: performance.now() - start, conversations: conversations.length, findings };
}

const kernel = new TextlintKernel();
const results = [];
results.push(
  await time('textlint', async () => {
    let n = 0;
    for (const texts of agentTexts) {
      for (const t of texts) {
        const r = await kernel.lintText(t, { ext: '.txt', filePath: 'x.txt', plugins: [{ pluginId: 'text', plugin: textPlugin }], rules });
        n += r.messages.length;
      }
    }
    return n;
  }),
);
results.push(await time('write-good', () => agentTexts.reduce((n, texts) => n + texts.reduce((k, t) => k + writeGood(t).length, 0), 0)));
results.push(await time('alex', () => agentTexts.reduce((n, texts) => n + texts.reduce((k, t) => k + alexText(t).messages.length, 0), 0)));
console.log(JSON.stringify(results));
