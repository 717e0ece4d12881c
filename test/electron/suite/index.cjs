// Runs inside VS Code's extension host (loaded by @vscode/test-electron): the e2e scenarios through
// the API. A tiny runner, so no test framework has to be installed; it throws when a check fails.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXPECTED_RULES = ['plan-section-missing', 'norms-missing', 'group-type-missing'];
const WAIT = 60000;

const codeOf = (d) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code));

// Resolves when the document's diagnostics satisfy `ok`, listening to change events (no sleeps).
function diagnosticsWhere(uri, ok, what) {
  return new Promise((resolve, reject) => {
    const now = vscode.languages.getDiagnostics(uri);
    if (ok(now)) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; have: ${vscode.languages.getDiagnostics(uri).map(codeOf).join(', ')}`));
    }, WAIT);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const list = vscode.languages.getDiagnostics(uri);
      if (ok(list)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(list);
      }
    });
  });
}

// Polls a condition on the extension's own state, yielding to the event loop between tries.
async function eventually(fn, what) {
  const deadline = Date.now() + WAIT;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

async function run() {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const flawed = vscode.Uri.joinPath(folder, 'flawed-missing-parts.md');
  const good = vscode.Uri.joinPath(folder, 'good-plan.md');
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'groupplan');
  assert.ok(ext, 'the groupplan extension is not loaded');
  const results = [];
  const test = async (name, fn) => {
    try {
      await fn();
      results.push([name, true]);
      console.log(`  ✓ ${name}`);
    } catch (error) {
      results.push([name, false]);
      console.log(`  ✗ ${name}\n    ${error && error.stack ? error.stack : error}`);
    }
  };

  let editor;
  await test('diagnostics list the expected rule ids for a flawed plan', async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(flawed));
    await diagnosticsWhere(flawed, (l) => EXPECTED_RULES.every((id) => l.some((d) => codeOf(d) === id)), EXPECTED_RULES.join(', '));
  });

  await test('a status bar text is shown for the plan', async () => {
    const api = await ext.activate();
    const text = await eventually(() => api.statusText(flawed), 'a status for the plan');
    assert.match(text, /Group plan/);
  });

  await test('hovering a finding shows its explanation', async () => {
    const d = vscode.languages.getDiagnostics(flawed).find((x) => codeOf(x) === 'group-type-missing');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', flawed, d.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /kind of group/);
    assert.match(text, /Source:/);
  });

  await test('applying a quick fix changes the text and clears the finding', async () => {
    const d = vscode.languages.getDiagnostics(flawed).find((x) => codeOf(x) === 'group-type-missing');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', flawed, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /Declare the group type/.test(a.title));
    assert.ok(fix && fix.edit, `no "Declare the group type" fix among: ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^type: [\w-]+$/m);
    await diagnosticsWhere(flawed, (l) => !l.some((x) => codeOf(x) === 'group-type-missing') && l.length > 0, 'group-type-missing to clear');
  });

  await test('the preview lists nine dynamics and marks coverage for the open plan', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(good));
    await vscode.commands.executeCommand('groupplan.showSkills');
    const api = await ext.activate();
    const state = await eventually(() => {
      const s = api.previewState();
      return s && s.plan && s.plan.uri === good.toString() && s.plan.isPlan ? s : undefined;
    }, 'the preview to show good-plan.md');
    assert.equal(state.dynamics.length, 9);
    assert.ok(state.dynamics.some((d) => d.addressed), 'no dynamic marked as addressed');
    assert.match(state.source, /Steinberg 2014, ch\. 2/);
  });

  await test('a snippet expands', async () => {
    const e = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(good));
    const end = e.document.lineAt(e.document.lineCount - 1).range.end;
    e.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Session outline' });
    assert.match(e.document.getText(), /### Session 1: theme the members chose/);
  });

  const failed = results.filter((r) => !r[1]).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} check(s) failed`);
}

module.exports = { run };
