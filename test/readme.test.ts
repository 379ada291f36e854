import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { withTable } from '../scripts/rules-table.js';

it("the README's rules table matches the rules (npm run docs:rules)", () => {
  const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
  expect(readme).toBe(withTable(readme));
  expect(readme).toContain('npm test');
  expect(readme).toContain('npx transcript-lint fixtures/demo');
});
