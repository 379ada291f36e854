/** The example in docs/api.md runs as written (against the source, not a build). */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';

it('docs/api.md example runs and prints the finding it promises', async () => {
  const root = path.join(import.meta.dirname, '..');
  const markdown = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
  const example = /## Example\s+```js\n([\s\S]*?)```/.exec(markdown)![1];
  const file = path.join(import.meta.dirname, `.api-example-${process.pid}.ts`);
  writeFileSync(file, example.replace(/from 'transcript-lint'/g, "from '../src/index.js'"));
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    await import(file);
  } finally {
    spy.mockRestore();
    rmSync(file, { force: true });
  }
  expect(lines[0]).toMatch(/^2:15 Sends the customer to "visit our website"/);
  expect(lines[1]).toMatch(/chat\.txt\n/);
  expect(lines[1]).toMatch(/2:15\s+error\s+Sends the customer/);
});
