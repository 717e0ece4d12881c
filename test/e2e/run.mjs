// End-to-end checks in real VS Code: installs the packaged extension into code-server with a fresh
// profile, opens a copy of samples/, and works as a user would through Chromium. Every wait is on
// something appearing on screen (never a fixed sleep). Screenshots go to docs/images/.
// Run through `npm run test:e2e` (scripts/e2e.sh installs code-server, Node 24 and Chromium first).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RUN = path.join(ROOT, '.e2e', 'run');
const IMAGES = path.join(ROOT, 'docs', 'images');
const NODE24 = process.env.GROUPPLAN_NODE24 ?? path.join(ROOT, '.cache/node24/node_modules/node/bin/node');
const CODE_SERVER = process.env.GROUPPLAN_CODE_SERVER ?? path.join(ROOT, '.cache/code-server/node_modules/code-server/out/node/entry.js');
const VSIX = process.env.GROUPPLAN_VSIX ?? path.join(ROOT, '.e2e', 'groupplan.vsix');
const CHROMIUM = process.env.GROUPPLAN_CHROMIUM ?? '/usr/bin/chromium';
/** Longest wait for any one thing to appear; generous because the machine may be busy. */
const WAIT = Number(process.env.GROUPPLAN_E2E_TIMEOUT ?? 90_000);
const FLAWED = 'flawed-missing-parts.md';
const GOOD = 'good-plan.md';
/** A plan that leaves some dynamics unplanned, so typing can visibly change the preview. */
const TYPED = 'flawed-content-purpose.md';
const EXPECTED_RULES = ['plan-section-missing', 'norms-missing', 'group-type-missing'];
const CLASS = 'class';
const UNMARKED = 'notes-unmarked.md';
/** Whether the bundled CLI can grade (the command is built separately); without it the client must say so. */
function cliGrades() {
  const dir = path.join(ROOT, '.e2e', 'grade-probe');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  cpSync(path.join(ROOT, 'samples', 'good-plan.md'), path.join(dir, 'in', 'plan.md'));
  spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'grade', path.join(dir, 'in'), '--out', path.join(dir, 'out')], { encoding: 'utf8' });
  return existsSync(path.join(dir, 'out', 'report.html'));
}
const CLI_GRADES = cliGrades();
const engine = require(path.join(ROOT, 'dist', 'engine.cjs'));

for (const [what, file] of [['Node 24', NODE24], ['code-server', CODE_SERVER], ['the packaged extension', VSIX], ['Chromium', CHROMIUM]]) {
  if (!existsSync(file)) fail(`${what} is missing at ${file}. Run "npm run test:e2e", which installs it.`);
}

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// A fresh profile and a copy of samples/, so quick fixes never touch the repository.
function prepare() {
  rmSync(RUN, { recursive: true, force: true });
  const userData = path.join(RUN, 'user-data');
  const extensions = path.join(RUN, 'extensions');
  const workspace = path.join(RUN, 'samples');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  // Ordinary Markdown, until "Check this file as a group plan" opts it in.
  writeFileSync(path.join(workspace, UNMARKED), '# Youth drop-in\n\n## Purpose\n\nThe group will discuss school, friends and family.\n');
  // A folder of submissions for "Grade a folder of plans": the class samples, or two plans.
  if (!existsSync(path.join(workspace, CLASS))) {
    mkdirSync(path.join(workspace, CLASS));
    cpSync(path.join(ROOT, 'samples', GOOD), path.join(workspace, CLASS, 'student-a.md'));
    cpSync(path.join(ROOT, 'samples', FLAWED), path.join(workspace, CLASS, 'student-b.md'));
  }
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'git.enabled': false,
    'markdown.validate.enabled': false,
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
    'window.commandCenter': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  return { userData, extensions, workspace };
}

function codeServerArgs(dirs) {
  return [CODE_SERVER, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

function installExtension(dirs) {
  const r = spawnSync(NODE24, [...codeServerArgs(dirs), '--install-extension', VSIX], { encoding: 'utf8' });
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
    fail(`installing ${VSIX} into code-server failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`e2e: ${(r.stdout.trim().split('\n').pop() ?? '').trim()}`);
}

// Starts code-server and resolves once it says it is listening.
function startCodeServer(dirs, port) {
  const args = [...codeServerArgs(dirs), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', dirs.workspace];
  const child = spawn(NODE24, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` } });
  let log = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${WAIT / 1000}s:\n${log}`)), WAIT);
    const onData = (d) => {
      log += String(d);
      if (/HTTP server listening/i.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}):\n${log}`));
    });
  });
  return { child, ready, log: () => log };
}

const results = [];

// Runs one check; a failure is recorded with a screenshot and the run goes on where it can. A check
// that fails is run once more (as Playwright's own runner retries in CI), and the summary says which
// checks needed the second try; a check that fails twice fails the run.
async function check(page, name, fn) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const started = Date.now();
    try {
      await clearProblemsFilter(page);
      await fn();
      results.push({ name, ok: true, retried: attempt > 1 });
      console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s${attempt > 1 ? ', on the second try' : ''})`);
      return;
    } catch (error) {
      const shot = path.join(ROOT, '.e2e', `failure-${name.replace(/\W+/g, '-')}${attempt > 1 ? '' : '-first-try'}.png`);
      console.log(`  ✗ ${name}${attempt > 1 ? '' : ' (first try; trying once more)'}\n    ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      await page.screenshot({ path: shot }).catch(() => undefined);
      console.log(`    screenshot: ${path.relative(ROOT, shot)}`);
      if (attempt > 1) results.push({ name, ok: false, error });
      else await page.keyboard.press('Escape').catch(() => undefined);
    }
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const dirs = prepare();
  installExtension(dirs);
  const port = await freePort();
  const server = startCodeServer(dirs, port);
  let browser;
  try {
    await server.ready;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await scenarios(page);
  } finally {
    await browser?.close().catch(() => undefined);
    server.child.kill('SIGTERM');
  }
  const failed = results.filter((r) => !r.ok);
  const retried = results.filter((r) => r.ok && r.retried).length;
  console.log(`\n${results.length - failed.length} passed${retried ? ` (${retried} on the second try)` : ''}, ${failed.length} failed`);
  if (failed.length) {
    writeFileSync(path.join(ROOT, '.e2e', 'code-server.log'), server.log());
    console.log('code-server log: .e2e/code-server.log');
    process.exit(1);
  }
}

// --- helpers that act as a user ---

const editorLines = (page) => page.locator('.editor-group-container.active .monaco-editor .view-lines').first();

// The text editor showing the named file, in whichever group holds it.
const editorFor = (page, name) =>
  page.locator('.editor-group-container').filter({ has: page.locator('.tab.active', { hasText: name }) }).locator('.monaco-editor .view-lines').first();

// The visible text of an editor; VS Code renders spaces as no-break spaces.
async function editorText(page, lines = editorLines(page)) {
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

async function openFromExplorer(page, name) {
  await page.locator('.explorer-folders-view').getByText(name, { exact: true }).click();
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor();
  await editorLines(page).waitFor();
}

// Puts the keyboard focus in the active editor, on its first line: a click where the text starts,
// as a user would. A click can wait forever for the editor to hold still (once seen on a slow
// machine, for one file only); after WAIT / 6 the reason is printed and the focus is moved with the
// keyboard command a user would then use, so the check goes on and says what it saw.
async function focusEditor(page) {
  const lines = editorLines(page);
  try {
    await lines.click({ position: { x: 200, y: 5 }, timeout: WAIT / 6 });
    return;
  } catch (error) {
    const editors = page.locator('.editor-group-container.active .monaco-editor .view-lines');
    const seen = [];
    for (let i = 0; i < (await editors.count()); i++) {
      const e = editors.nth(i);
      seen.push(`${(await e.isVisible()) ? 'visible' : 'hidden'} ${JSON.stringify(await e.boundingBox())}`);
    }
    const tabs = await page.locator('.tabs-container .tab.active').allInnerTexts();
    console.log(`    (a click in the editor did not land: ${String(error?.message ?? error).split('\n')[0]}; editors in the active group: ${seen.join('; ') || 'none'}; active tabs: ${tabs.join(', ')}; focusing by keyboard)`);
  }
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.keyboard.press('Control+Home');
}

// Runs a command from the palette; `opensPicker` for commands that ask something in the same widget.
async function runCommand(page, title, opensPicker = false) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  if (!opensPicker) await input.waitFor({ state: 'hidden' });
}

async function problemsText(page) {
  return (await page.locator('.markers-panel').first().innerText().catch(() => '')) ?? '';
}

// The Problems list is virtualised: rows below the fold are not in the page. Shows only the findings
// that match `text` (as a user would, with the panel's filter) and returns what the panel then shows.
// Types only when the filter differs: filling again on every poll would restart the filter's delay,
// and on a slow machine the list would never settle.
async function filterProblems(page, text) {
  const input = page.locator('.part.panel input[placeholder^="Filter"]').first();
  if ((await input.inputValue()) !== text) await input.fill(text);
  return problemsText(page);
}

// A check that failed half-way may leave the Problems filter set; every check starts with it empty.
async function clearProblemsFilter(page) {
  const input = page.locator('.part.panel input[placeholder^="Filter"]').first();
  if ((await input.isVisible().catch(() => false)) && (await input.inputValue()) !== '') await input.fill('');
}

async function openProblems(page) {
  if (await page.locator('.markers-panel').first().isVisible().catch(() => false)) return;
  await runCommand(page, 'View: Toggle Problems');
  await page.locator('.markers-panel').first().waitFor({ state: 'visible' });
}

// Waits until fn() returns a truthy value, polling on animation frames of the test (no fixed sleep).
async function waitUntil(page, what, fn) {
  const deadline = Date.now() + WAIT;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// The content of a webview: the first one opened (the skills preview) or the last (a newer one).
function webview(page, which = 'first') {
  return page.frameLocator('iframe.webview.ready')[which]().frameLocator('iframe#active-frame');
}

async function screenshot(page, name) {
  mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: path.join(IMAGES, name) });
}

// --- the scenarios ---

async function scenarios(page) {
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view').waitFor();
  console.log('e2e: workbench ready');

  await check(page, 'the Problems panel lists the expected rule ids for a flawed plan', async () => {
    await openFromExplorer(page, FLAWED);
    await focusEditor(page);
    await openProblems(page);
    // The list is virtualised: rows below the fold are not in the page, so look for each rule id the
    // way a user would, by typing it into the Problems filter.
    await waitUntil(page, 'findings for the flawed plan in the Problems panel', async () => (await problemsText(page)).includes(FLAWED));
    await screenshot(page, 'problems.png');
    for (const id of EXPECTED_RULES) {
      await waitUntil(page, `${id} for ${FLAWED} in the Problems panel`, async () => {
        const t = await filterProblems(page, id);
        return t.includes(id) && t.includes(FLAWED);
      });
    }
    await filterProblems(page, '');
  });

  await check(page, 'ordinary Markdown stays silent until "Check this file as a group plan"', async () => {
    await openFromExplorer(page, UNMARKED);
    await focusEditor(page);
    const item = page.locator('.statusbar-item').filter({ hasText: /Group plan/ });
    // The server answers every opened document with a status; silence means no item and no finding.
    await waitUntil(page, 'the plan item to disappear for ordinary Markdown', async () => (await item.count()) === 0 || !(await item.first().isVisible()));
    assert(!(await problemsText(page)).includes(UNMARKED), 'ordinary Markdown has findings');
    await runCommand(page, 'Group Plan: Check this file as a group plan');
    await item.first().waitFor({ state: 'visible' });
    await waitUntil(page, `findings for ${UNMARKED}`, async () => {
      const t = await problemsText(page);
      return t.includes(UNMARKED) && t.includes('plan-section-missing');
    });
    await openFromExplorer(page, FLAWED);
  });

  await check(page, 'a status bar item shows the plan’s findings', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: /Group plan/ }).first();
    await item.waitFor({ state: 'visible' });
    const text = await item.innerText();
    assert(/\d/.test(text), `status bar item shows no count: "${text}"`);
  });

  await check(page, 'hovering a finding shows its explanation', async () => {
    // The group-type-missing finding sits alone on the front matter's first line.
    const squiggle = page.locator('.editor-group-container.active .squiggly-info').first();
    await squiggle.waitFor({ state: 'attached' });
    const box = await squiggle.boundingBox();
    assert(box, 'no information squiggle on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const explanation = engine.findRule('group-type-missing').meta.explanation;
    const hover = page.locator('.monaco-hover').filter({ visible: true }).first();
    const text = await waitUntil(page, 'a hover with the rule explanation', async () => {
      const t = (await hover.innerText().catch(() => '')) ?? '';
      return t.replace(/\s+/g, ' ').includes(explanation.slice(0, 60).replace(/`/g, '')) ? t : undefined;
    });
    assert(/Source:/.test(text), 'the hover does not cite its source');
    await screenshot(page, 'hover.png');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);
    await hover.waitFor({ state: 'hidden' }).catch(() => undefined);
  });

  await check(page, 'applying a quick fix changes the text and clears the finding', async () => {
    // group-type-missing sits on the front matter's first line; the cursor goes there by keyboard
    // (the squiggles' order in the page is not the order of the lines, so clicking "the first" one
    // could open the fixes of another line's finding).
    await focusEditor(page);
    await page.keyboard.press('Control+Home');
    const widget = page.locator('.action-widget');
    const item = widget.locator('.monaco-list-row').filter({ hasText: /Declare the group type/ }).first();
    // Asked up to three times: a request sent while the server is still answering an edit may come
    // back empty; the offered fixes are printed when it never shows.
    let offered = '';
    for (let attempt = 0; attempt < 3 && !(await item.isVisible()); attempt++) {
      await page.keyboard.press('Control+.');
      await Promise.race([item.waitFor({ state: 'visible', timeout: WAIT / 3 }), widget.getByText(/No code actions|No quick fixes/i).waitFor({ timeout: WAIT / 3 })]).catch(() => undefined);
      if (await item.isVisible()) break;
      offered = (await widget.innerText().catch(() => '')) || (await page.locator('.monaco-editor .contentWidgets').innerText().catch(() => ''));
      await page.keyboard.press('Escape');
    }
    assert(await item.isVisible(), `"Declare the group type" was not offered at line 1; offered: ${offered.replace(/\s+/g, ' ').slice(0, 300)}`);
    await screenshot(page, 'quick-fix.png');
    const title = await item.innerText();
    const type = /\(([\w-]+)\)/.exec(title)?.[1];
    await item.click();
    await waitUntil(page, `"type: ${type}" in the editor`, async () => (await editorText(page)).includes(`type: ${type}`));
    await waitUntil(page, 'group-type-missing to leave the Problems panel', async () => {
      const t = await problemsText(page);
      return !t.includes('group-type-missing') && t.includes('plan-section-missing');
    });
  });

  await check(page, 'the status bar item opens the preview, which lists nine dynamics and marks the open plan’s coverage', async () => {
    await openFromExplorer(page, GOOD);
    await focusEditor(page);
    if (await page.locator('.part.panel').isVisible()) {
      await runCommand(page, 'View: Toggle Panel Visibility');
      await page.locator('.part.panel').waitFor({ state: 'hidden' });
    }
    // The status bar item of a plan opens the preview.
    await page.locator('.statusbar-item').filter({ hasText: /Group plan/ }).first().click();
    const view = webview(page);
    await view.locator('li.dynamic').nth(8).waitFor();
    assert((await view.locator('li.dynamic').count()) === 9, 'the preview does not list nine dynamics');
    await view.locator('#plan').filter({ hasText: GOOD }).waitFor();
    await view.locator('li.dynamic.covered').first().waitFor();
    const covered = await view.locator('li.dynamic.covered').count();
    const uncovered = await view.locator('li.dynamic.uncovered').count();
    assert(covered + uncovered === 9, `coverage marks ${covered} + ${uncovered} dynamics, not 9`);
    // A dynamic the plan's prose addresses names the words that decided it.
    assert(/Read from the words: \S/.test(await view.locator('li.dynamic.covered p.because').first().innerText()), 'no covered dynamic says which words decided it');
    assert((await view.locator('.source').innerText()).includes('Steinberg 2014, ch. 2'), 'the digest is not labelled with its source');
    await screenshot(page, 'preview.png');
    // Clicking a covered dynamic takes the editor to where the plan addresses it.
    const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
    const before = await selection.innerText();
    await view.locator('li.dynamic.covered button.name').first().click();
    await waitUntil(page, 'the cursor to move to the dynamic', async () => {
      const t = await selection.innerText();
      return t !== before && /Ln (\d+)/.exec(t) && Number(/Ln (\d+)/.exec(t)[1]) > 1;
    });
  });

  await check(page, 'the filter box narrows the dynamics', async () => {
    const view = webview(page);
    await view.locator('#filter').fill('role play');
    await waitUntil(page, 'only matching dynamics shown', async () => (await view.locator('li.dynamic:visible').count()) === 1);
    await view.locator('#filter').fill('');
    await waitUntil(page, 'all dynamics shown again', async () => (await view.locator('li.dynamic:visible').count()) === 9);
  });

  await check(page, 'a snippet expands and the preview follows the plan as it is typed', async () => {
    const view = webview(page);
    await editorFor(page, GOOD).click();
    await openFromExplorer(page, TYPED);
    await focusEditor(page);
    const candidates = [
      ['rehearsal', 'Members can role play a hard conversation before they have it at home.'],
      ['strength-in-numbers', 'Members may choose to speak up together to the clinic about respite care.'],
      ['taboo-area', 'Members can raise subjects that are hard to talk about.'],
    ];
    // Wait for the preview to follow the newly active plan, then pick a dynamic it does not yet plan.
    const target = await waitUntil(page, `the preview to show ${TYPED} with an unplanned dynamic`, async () => {
      for (const c of candidates) if ((await view.locator(`li.dynamic.uncovered[data-id="${c[0]}"]`).count()) === 1) return c;
      return undefined;
    });
    const editor = editorFor(page, TYPED);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('gp-session');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'gp-session' }).first();
    await suggestion.waitFor({ state: 'visible' });
    await screenshot(page, 'snippet.png');
    await page.keyboard.press('Enter');
    await waitUntil(page, 'the session outline in the editor', async () => /Session 1: theme the members chose/.test(await editorText(page, editor)));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(target[1]);
    await view.locator(`li.dynamic.covered[data-id="${target[0]}"]`).waitFor();
    await openFromExplorer(page, GOOD);
  });

  await check(page, 'clicking a skill in the preview inserts a sentence at the cursor', async () => {
    const view = webview(page);
    const editor = editorFor(page, GOOD);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const skill = view.locator('li.dynamic[data-id="same-boat"] .skill-button').first();
    const text = (await skill.innerText()).trim().replace(/\.$/, '');
    await skill.click();
    const expected = `The worker will ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    await waitUntil(page, `"${expected}" in the editor`, async () => (await editorText(page, editor)).replace(/\s+/g, ' ').includes(expected));
  });

  await check(page, 'hovering a dynamic’s name in a plan shows its skills', async () => {
    // The inserted sentence ends with "(all in the same boat)"; the grammar makes the name one token.
    const editor = editorFor(page, GOOD);
    const token = editor.locator('.view-line span span').filter({ hasText: /^all.in.the.same.boat$/ }).last();
    await token.waitFor();
    const box = await token.boundingBox();
    assert(box, 'the dynamic name is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: 'Worker skills that set it in motion' }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);
  });

  await check(page, 'New plan from template opens a plan for the chosen group type', async () => {
    await runCommand(page, 'Group Plan: New plan from template', true);
    await page.locator('.quick-input-widget').filter({ hasText: 'what type of group' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Open-ended' }).first().click();
    await page.locator('.quick-input-widget').filter({ hasText: 'which plan outline' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Kurland' }).first().click();
    await page.locator('.tabs-container .tab.active').filter({ hasText: /Untitled/ }).waitFor();
    await waitUntil(page, 'the skeleton in the new editor', async () => {
      const t = await editorText(page);
      return t.includes('type: open-ended') && t.includes('## Need') && t.includes('groupplan: true');
    });
    await page.keyboard.press('Escape');
  });

  await check(page, 'Fix all problems clears the fixable findings of the flawed plan', async () => {
    await openFromExplorer(page, FLAWED);
    await focusEditor(page);
    await openProblems(page);
    // There must be something to fix first, or the check below would prove nothing.
    const fixable = ['plan-section-missing', 'norms-missing'];
    for (const id of fixable) {
      await waitUntil(page, `${id} for ${FLAWED} in the Problems panel`, async () => {
        const t = await filterProblems(page, id);
        return t.includes(FLAWED);
      });
    }
    await focusEditor(page);
    await runCommand(page, 'Group Plan: Fix all problems');
    for (const id of fixable) {
      await waitUntil(page, `${id} to leave ${FLAWED} in the Problems panel`, async () => {
        const t = await filterProblems(page, id);
        return !t.includes(FLAWED);
      });
    }
    await filterProblems(page, '');
  });

  await check(page, CLI_GRADES ? 'Grade a folder of plans shows the report' : 'Grade a folder of plans says clearly that grading is not available', async () => {
    await page.locator('.explorer-folders-view').getByText(CLASS, { exact: true }).click({ button: 'right' });
    const menuItem = page.locator('.context-view .monaco-menu .action-label').filter({ hasText: 'Grade a folder of plans' });
    await menuItem.hover();
    await menuItem.click();
    // A click that lands while the menu is still settling is ignored; the item is focused, so Enter runs it.
    await page
      .locator('.context-view .monaco-menu')
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => page.keyboard.press('Enter'));
    if (CLI_GRADES) {
      await page.locator('.tabs-container .tab.active').filter({ hasText: `Grades: ${CLASS}` }).waitFor();
      const report = webview(page, 'last');
      await waitUntil(page, 'the report to list the submissions', async () => ((await report.locator('body').innerText().catch(() => '')) ?? '').length > 200);
      await screenshot(page, 'grade-report-in-vscode.png');
      // The reports are kept beside the class folder, and a notification offers to open them.
      const toast = page.locator('.notification-toast').filter({ hasText: 'Graded.' });
      await toast.waitFor();
      assert((await toast.innerText()).includes(`${CLASS}-graded`), 'the notification does not say where the reports are');
      await toast.locator('.monaco-button').filter({ hasText: 'Open grades.csv' }).click();
      await page.locator('.tabs-container .tab.active').filter({ hasText: 'grades.csv' }).waitFor();
      assert((await editorText(page)).includes('total'), 'grades.csv does not show the grades');
    } else {
      await runCommand(page, 'Notifications: Show Notifications');
      await page.locator('.notifications-center').filter({ hasText: 'cannot grade folders yet' }).waitFor();
    }
  });

  await check(page, 'Show effective configuration opens the configuration as JSON', async () => {
    await openFromExplorer(page, FLAWED);
    await focusEditor(page);
    await runCommand(page, 'Group Plan: Show effective configuration');
    await waitUntil(page, 'a JSON editor with the rules', async () => {
      const lang = await page.locator('.statusbar-item[id="status.editor.mode"]').innerText().catch(() => '');
      const t = await editorText(page).catch(() => '');
      return /JSON/.test(lang) && t.includes('"rules"') && t.includes('"template"');
    });
  });

  await check(page, 'the skills preview comes back after a window reload', async () => {
    page.on('dialog', (d) => void d.accept().catch(() => undefined));
    await page.reload();
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.tabs-container .tab').filter({ hasText: 'Mutual-aid skills' }).first().click();
    const view = webview(page);
    await view.locator('li.dynamic').nth(8).waitFor();
    assert((await view.locator('li.dynamic').count()) === 9, 'the restored preview does not list nine dynamics');
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
