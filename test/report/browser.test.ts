/**
 * The html report in a real browser: Debian's chromium driven by
 * playwright-core. Skips, saying why, when either is missing (.ci/run installs
 * chromium when it can). Keeps a screenshot of the overview in test/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

type Playwright = typeof import('playwright-core');
let playwright: Playwright | undefined;
try {
  playwright = await import('playwright-core');
} catch {
  playwright = undefined;
}
const skipReason = !CHROMIUM
  ? 'chromium not found (apt-get install chromium, or set CHROMIUM_PATH)'
  : !playwright
    ? 'playwright-core not installed (npm install)'
    : '';
if (skipReason) console.warn(`html report browser tests skipped: ${skipReason}`);

type Browser = Awaited<ReturnType<Playwright['chromium']['launch']>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

describe.skipIf(Boolean(skipReason))(`html report in chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let browser: Browser;
  let reportUrl: string;
  let demoUrl: string;

  beforeAll(async () => {
    browser = await playwright!.chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tl-browser-'));
    const report = path.join(dir, 'report.html');
    const demo = path.join(dir, 'demo.html');
    expect((await run(['fixtures/demo', 'fixtures/reports', '-f', 'html', '-o', report], { cwd: ROOT })).code).toBe(1);
    expect((await run(['fixtures/demo', '-f', 'html', '-o', demo], { cwd: ROOT })).code).toBe(1);
    reportUrl = pathToFileURL(report).href;
    demoUrl = pathToFileURL(demo).href;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records every request and script error. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    return { page, requests, errors };
  }

  /** The text highlighted for each finding (overlapping findings split the marks). */
  const highlighted = (page: Page) =>
    page.$$eval('#view-conversation mark', (marks) => {
      const byFinding: Record<string, string> = {};
      for (const m of marks) for (const n of (m.getAttribute('data-f') ?? '').split(' ')) byFinding[n] = (byFinding[n] ?? '') + m.textContent;
      return Object.values(byFinding);
    });

  const visibleAgents = (page: Page) =>
    page.$$eval('#agents tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLTableRowElement).cells[0].textContent));

  it('renders the overview: totals, both charts, the tables; keeps a screenshot', async () => {
    const { page, requests, errors } = await open(demoUrl);
    expect(await page.textContent('.kpi .value')).toBe('16');
    expect(await page.locator('#histogram rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#histogram text.axis').count()).toBeGreaterThanOrEqual(10);
    const ruleRows = await page.locator('#rules tbody tr').count();
    expect(await page.locator('#rules-chart rect').count()).toBe(Math.min(ruleRows, 20));
    expect(await page.locator('#agents tbody tr').count()).toBe(10);
    expect(await page.locator('#lowest tbody tr').count()).toBeGreaterThan(0);
    const box = await page.locator('#histogram').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-overview.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('sorts the agent table on a header click and filters it by text and team', async () => {
    const { page } = await open(demoUrl);
    // rendered worst score first
    expect((await visibleAgents(page))[0]).toBe('Tom');
    await page.click('#agents th:has-text("Agent")');
    const byName = await visibleAgents(page);
    expect(byName).toEqual([...byName].sort((a, b) => a!.toLowerCase().localeCompare(b!.toLowerCase())));
    expect(await page.getAttribute('#agents th:has-text("Agent")', 'aria-sort')).toBe('ascending');
    await page.click('#agents th:has-text("Agent")');
    expect(await visibleAgents(page)).toEqual([...byName].reverse());
    await page.click('#agents th:has-text("Conversations")');
    expect((await visibleAgents(page))[0]).not.toBe('(canned responses)');
    await page.click('#agents th:has-text("Conversations")');
    expect((await visibleAgents(page))[0]).toBe('(canned responses)');

    await page.fill('#agent-filter', 'pri');
    expect(await visibleAgents(page)).toEqual(['Priya']);
    await page.fill('#agent-filter', '');
    await page.selectOption('#team-filter', 'billing');
    expect((await visibleAgents(page)).sort()).toEqual(['Jo', 'Priya', 'Sam']);
    await page.fill('#agent-filter', 'nobody');
    expect(await visibleAgents(page)).toEqual([]);
    expect(await page.isVisible('#agents-empty')).toBe(true);
    await page.close();
  });

  it('lists, filters and opens conversations; a page shows the turns with findings highlighted', async () => {
    const { page, requests, errors } = await open(demoUrl);
    await page.click('.tabs a[href="#conversations"]');
    expect(await page.isVisible('#view-conversations')).toBe(true);
    expect(await page.isVisible('#view-overview')).toBe(false);
    expect(await page.locator('#conv-rows tr').count()).toBe(16);
    await page.check('#conv-failing');
    const failing = await page.locator('#conv-rows tr').count();
    expect(failing).toBeGreaterThan(0);
    expect(failing).toBeLessThan(11);
    await page.uncheck('#conv-failing');
    await page.selectOption('#conv-team', 'orders');
    expect(await page.locator('#conv-rows tr').count()).toBe(2);
    await page.selectOption('#conv-team', '');
    await page.fill('#conv-filter', 'conv-1043');
    expect(await page.locator('#conv-rows tr').count()).toBe(1);
    await page.click('#conv-rows a.conv-link');
    expect(page.url()).toMatch(/#c-\d+$/);
    expect(await page.textContent('#view-conversation .conv-id')).toBe('conv-1043');
    expect(await page.locator('#view-conversation .turn').count()).toBe(5);
    expect(await page.textContent('#view-conversation .turn.role-agent >> nth=0')).toContain('Tom');
    const marks = await highlighted(page);
    expect(marks).toEqual(expect.arrayContaining(['Order number?', 'fill out the return form']));
    const link = page.locator('#view-conversation .finding a.rule', { hasText: 'runaround' });
    expect(await link.getAttribute('href')).toBe('https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules/runaround.md');
    expect(await page.textContent('#view-conversation .score-big')).toContain('auto-fail');
    // back to the overview through the lowest-scoring table
    await page.click('.tabs a[href="#overview"]');
    await page.click('#lowest a.conv-link >> nth=0');
    // The click changes the hash; the page renders on hashchange, which a busy machine may not have run yet.
    await page.waitForSelector('#view-conversation .thread', { state: 'visible', timeout: 10_000 });
    expect(await page.isVisible('#view-conversation .thread')).toBe(true);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });

  it('runs nothing from hostile transcripts and makes no network request', async () => {
    const { page, requests, errors } = await open(reportUrl);
    await page.click('.tabs a[href="#conversations"]');
    await page.fill('#conv-filter', 'onerror');
    expect(await page.locator('#conv-rows tr').count()).toBe(1);
    await page.click('#conv-rows a.conv-link');
    await page.waitForSelector('#view-conversation .thread');
    expect(await page.textContent('#view-conversation .conv-id')).toBe('"><img src=x onerror="window.__pwned=1">');
    const texts = await page.$$eval('#view-conversation .turn-text', (t) => t.map((x) => x.textContent));
    expect(texts[0]).toContain('</script><script>window.__pwned=1</script>');
    expect(texts[1]).toContain('<a href="javascript:window.__pwned=1">click here</a>');
    expect(await highlighted(page)).toContain('visit our website');
    // nothing hostile became an element
    expect(await page.locator('img, svg[onload], textarea, a[href^="javascript:"], [onerror], [onload]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    await page.click('.tabs a[href="#overview"]');
    await page.fill('#agent-filter', 'script');
    expect(await visibleAgents(page)).toEqual(['<script>window.__pwned=1</script>']);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
