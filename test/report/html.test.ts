import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, ruleDocHref, scriptJson } from '../../src/formatters/html.js';
import { loadFormatter } from '../../src/formatters/index.js';
import type { RuleMeta } from '../../src/linter/rule.js';
import { run, tempProject } from '../helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const HOSTILE = readFileSync(path.join(ROOT, 'fixtures/reports/hostile.json'), 'utf8');

async function report(files: Record<string, string>, extra: string[] = []): Promise<string> {
  const dir = tempProject(files);
  const { code, stderr } = await run(['.', '-f', 'html', '-o', 'report.html', ...extra], { cwd: dir });
  expect(stderr).toBe('');
  expect(code).toBeLessThan(2);
  return readFileSync(path.join(dir, 'report.html'), 'utf8');
}

describe('-f html', () => {
  it('is registered and asks for the conversations', async () => {
    const html = await loadFormatter('html');
    expect(html.needs).toEqual(['conversations']);
  });

  it('escapes text for HTML and data for a script element', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const value = { t: '</script><script>alert(1)</script>\u2028<!--&' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('links rule docs over http(s) only', () => {
    const meta = (url: string) => ({ docs: { url } }) as unknown as RuleMeta;
    expect(ruleDocHref('runaround')).toBe('https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/runaround.md');
    expect(ruleDocHref('x', meta('javascript:alert(1)'))).toBe('https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/x.md');
    expect(ruleDocHref('x', meta('https://example.test/x'))).toBe('https://example.test/x');
    expect(ruleDocHref('a"b<c>')).toBe('https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/a%22b%3Cc%3E.md');
  });

  it('is self-contained: a strict CSP allowing its one script by hash, nothing fetched', async () => {
    const html = await report({ 'chats.json': HOSTILE });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => s[1])).toEqual([' type="application/json" id="report-data"', '']);
    const hash = createHash('sha256').update(scripts[1][2]).digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(html).not.toMatch(/<link\b|<[a-z][^>]*\ssrc=/i);
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).not.toMatch(/@import|url\(|@font-face/i);
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(#|https:\/\/github\.com\/transcript-lint\/)/);
    expect(html).not.toMatch(/<(iframe|object|embed|img)\b/i);
    expect(scripts[1][2]).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('renders hostile transcripts, names and file names as text', async () => {
    const evilName = 'evil"><img src=x onerror=alert(1)>.json';
    const html = await report({ [evilName]: HOSTILE, 'chats.json': HOSTILE });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('</textarea>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('evil&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.json');
    // the data block stays one script element and holds the text intact
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(data).not.toMatch(/[<>]/);
    const parsed = JSON.parse(data) as { conversations: Array<{ id: string; agent: string; turns: Array<{ text: string }>; findings: Array<{ ruleId: string; turn: number; start: number; end: number }> }> };
    const conv = parsed.conversations[0];
    expect(conv.agent).toBe('<script>window.__pwned=1</script>');
    expect(conv.turns[1].text).toContain('<img src=x onerror="window.__pwned=1">');
    const runaround = conv.findings.find((f) => f.ruleId === 'runaround')!;
    expect(conv.turns[runaround.turn].text.slice(runaround.start, runaround.end)).toBe('visit our website');
  });

  it('renders merged results without turns, saying how to get them', async () => {
    const dir = tempProject({ 'chats.json': HOSTILE });
    await run(['.', '-f', 'json', '-o', 'part.json'], { cwd: dir });
    const merged = await run(['report', 'merge', 'part.json', '-f', 'html'], { cwd: dir });
    expect(merged.code).toBe(0);
    const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(merged.stdout)![1]);
    expect(data.conversations[0].turns).toBeNull();
    expect(data.conversations[0].findings.length).toBeGreaterThan(0);
  });
});
