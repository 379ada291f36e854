/**
 * The README's rules table, made from the rules' own meta so it never drifts:
 *   npm run docs:rules          rewrite the table between the rules-table markers
 * test/readme.test.ts fails when the README's table is not what this prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../rules/index.js';
import { packageRoot } from '../src/runner/package-root.js';

export const START = '<!-- rules-table -->';
export const END = '<!-- /rules-table -->';

export function rulesTable(): string {
  const rows = [...builtinRules.values()].map((rule) => {
    const { id, kind, docs, defaultSeverity, fixable, hasSuggestions } = rule.meta;
    const fix = fixable ? 'fix' : hasSuggestions ? 'suggestions' : '';
    const description = docs.description.charAt(0).toLowerCase() + docs.description.slice(1);
    return `| [${id}](docs/rules/${id}.md) | ${kind} | ${defaultSeverity} | ${fix} | ${description} |`;
  });
  return [START, '| rule | kind | recommended | fixes | what it flags |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

export function withTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error('README.md has no rules-table markers');
  return readme.slice(0, start) + rulesTable() + readme.slice(end + END.length);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = path.join(packageRoot(), 'README.md');
  writeFileSync(file, withTable(readFileSync(file, 'utf8')));
  console.log('README.md rules table updated');
}
