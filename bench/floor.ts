/**
 * The floor: what any linter must pay at least — read the JSONL, parse each
 * line, and run one combined regex of every English phrase over the agent text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../src/runner/package-root.js';
import { compilePattern } from '../src/text/phrases.js';

export function allPhrases(): string[] {
  const lexicon = parse(readFileSync(path.join(packageRoot(), 'rules', 'lexicon', 'en.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  const out: string[] = [];
  for (const categories of Object.values(lexicon)) {
    for (const entries of Object.values(categories)) if (Array.isArray(entries)) out.push(...entries.filter((e): e is string => typeof e === 'string'));
  }
  return out;
}

export function floor(file: string): { hits: number; conversations: number } {
  const pattern = compilePattern(allPhrases(), { leftBoundary: false })!;
  const text = readFileSync(file, 'utf8');
  let hits = 0;
  let conversations = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const conversation = JSON.parse(line) as { messages: Array<{ role: string; text: string }> };
    conversations++;
    for (const m of conversation.messages) {
      if (m.role !== 'agent') continue;
      pattern.lastIndex = 0;
      while (pattern.exec(m.text)) hits++;
    }
  }
  return { hits, conversations };
}
