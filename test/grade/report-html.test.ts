// The class report rendered in headless Chromium: the table, the charts, sorting, the purpose
// highlight, and no Content-Security-Policy violation. Saves the screenshot used in the README.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.GROUPPLAN_CHROMIUM ?? '/usr/bin/chromium';
let tmp: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // Never skip: a missing browser is a failure with a clear way out.
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it (apt-get install chromium) or set GROUPPLAN_CHROMIUM to its path; .ci/run installs it.`);
  if (!existsSync(path.join(root, 'dist/cli.js'))) throw new Error('The CLI is not built: run "npm run build" first.');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-html-'));
  const r = spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', 'samples/class', '--out', tmp, '--rubric', 'test/fixtures/grade/foundation-rubric.yaml', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`grade failed: ${r.stderr}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (req) => {
    if (!req.url().startsWith('file:')) problems.push(`network request: ${req.url()}`);
  });
  await page.goto(pathToFileURL(path.join(tmp, 'report.html')).href);
}, 60000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('report.html in Chromium', () => {
  it('shows the class table with one row per graded student', async () => {
    await page.waitForSelector('#class-table tbody tr');
    const names = await page.$$eval('#class-table tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(names).toEqual(['ana-lopez', 'ben-okafor', 'chen-wei', 'dara-singh', 'eli-moreau', 'farah-haddad']);
    const skipped = await page.$$eval('#skipped-table tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    expect(skipped).toEqual(['gil-corrupt', 'hana-empty', 'ivan-petrov']);
  });

  it('draws the score distribution and the rule frequency charts', async () => {
    const bars = await page.$$eval('#score-chart rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('data-count'))));
    // Totals 100, 46, 96, 48, 46, 70: two in 40–49, one in 70–79, two in 90–100.
    expect(bars).toEqual([0, 0, 0, 0, 3, 0, 0, 1, 0, 2]);
    const tallest = await page.$eval('#score-chart rect.bar[data-count="3"]', (r) => (r as SVGGraphicsElement).getBBox().height);
    expect(tallest).toBeGreaterThan(100);
    const rules = await page.$$eval('#rule-chart rect.bar-rule', (rs) => rs.map((r) => r.getAttribute('data-rule')));
    expect(rules).toContain('plan-section-missing');
    expect(rules).toContain('norms-missing');
  });

  it('sorts the table when a header is clicked', async () => {
    await page.click('#class-table thead th:nth-child(3) button');
    const asc = await page.$$eval('#class-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
    expect(asc).toEqual([46, 46, 48, 70, 96, 100]);
    await page.click('#class-table thead th:nth-child(3) button');
    const desc = await page.$$eval('#class-table tbody tr td:nth-child(3)', (tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
    expect(desc).toEqual([100, 96, 70, 48, 46, 46]);
    expect(await page.getAttribute('#class-table thead th:nth-child(3)', 'aria-sort')).toBe('descending');
  });

  it('highlights each student’s purpose statement in the detail', async () => {
    await page.click('#s-chen-wei summary');
    const mark = await page.textContent('#s-chen-wei blockquote.purpose mark');
    expect(mark).toMatch(/^This group brings together grandparents/);
    expect(await page.isVisible('#s-chen-wei blockquote.purpose mark')).toBe(true);
  });

  it('runs under its strict Content-Security-Policy with no errors and no network access, and saves the README screenshot', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    // The style applied (a blocked stylesheet would leave the default white body).
    const bg = await page.$eval('body', (b) => getComputedStyle(b).backgroundColor);
    expect(bg).toBe('rgb(246, 247, 251)');
    expect(problems).toEqual([]);
    // The README shows the report as instructors get it: the default rubric.
    const out = path.join(tmp, 'default');
    const r = spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', 'samples/class', '--out', out, '--quiet'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    await page.waitForSelector('#class-table tbody tr');
    expect(problems).toEqual([]);
    mkdirSync(path.join(root, 'docs/images'), { recursive: true });
    const shot = path.join(root, 'docs/images/grade-report.png');
    rmSync(shot, { force: true });
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
  }, 60000);

  it('shows every criterion column at 1280 px, for a class graded from an absolute path with the default rubric', async () => {
    const out = path.join(tmp, 'wide');
    const r = spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', path.join(root, 'samples/class'), '--out', out, '--quiet'], { cwd: os.tmpdir(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    const narrow = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await narrow.goto(pathToFileURL(path.join(out, 'report.html')).href);
      const heads = await narrow.$$eval('#class-table thead th', (ths) => ths.map((t) => ({ text: t.textContent ?? '', right: t.getBoundingClientRect().right, left: t.getBoundingClientRect().left })));
      const wrap = await narrow.$eval('#class-table', (t) => {
        const box = (t.parentElement as HTMLElement).getBoundingClientRect();
        return { right: box.right, scroll: (t.parentElement as HTMLElement).scrollWidth, client: (t.parentElement as HTMLElement).clientWidth };
      });
      // Student, File, Total, the six criteria of the default rubric, Findings: all inside the page.
      expect(heads).toHaveLength(10);
      for (const h of heads) expect(h.right, h.text).toBeLessThanOrEqual(Math.min(1280, wrap.right) + 0.5);
      expect(wrap.scroll).toBeLessThanOrEqual(wrap.client);
      expect(heads.map((h) => h.text).join('|')).toContain('Purpose as common cause');
      // Files are shown from the submissions folder down, not as a path on the grader's machine.
      const files = await narrow.$$eval('#class-table tbody td.file', (tds) => tds.map((td) => td.textContent));
      expect(files).toContain('chen-wei/plan.docx');
      expect(files.join(' ')).not.toContain(root);
    } finally {
      await narrow.close();
    }
  }, 60000);
});
