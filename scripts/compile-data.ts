/**
 * Part of `npm run build`: the phrase lexicons and message files (rules/lexicon/*.yaml,
 * rules/messages/*.yaml) compiled to JSON under dist/rules/, which loads in a millisecond
 * where YAML takes ~75 ms for en.yaml alone — most of a single file's lint at start-up.
 * The loader (src/runner/lexicons.ts) reads the JSON only while it is newer than its
 * YAML source, so an edited lexicon is never shadowed by a stale build.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../src/runner/package-root.js';

const root = packageRoot();
let count = 0;
for (const kind of ['lexicon', 'messages']) {
  const from = path.join(root, 'rules', kind);
  const to = path.join(root, 'dist', 'rules', kind);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith('.yaml'))) {
    const data = parse(readFileSync(path.join(from, file), 'utf8')) ?? {};
    writeFileSync(path.join(to, file.replace(/\.yaml$/, '.json')), JSON.stringify(data));
    count++;
  }
}
console.log(`compiled ${count} lexicon and message files to dist/rules/`);
