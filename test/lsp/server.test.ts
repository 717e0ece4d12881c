// Protocol tests: the bundled server spoken to over real JSON-RPC on stdio.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_DOCS_BASE, RULES } from '../../server/src/engine';
import { allRulesOff, fileUri, ROOT, tempDir, TestClient } from './harness';

const PLAN = `---
groupplan: true
title: Teen anger group
---

# Teen anger group

## Purpose

The group will cover anger triggers, calming techniques and communication skills over six weeks.

## Sessions

Week one: what makes us angry.
`;

const COMPLETE = fs.readFileSync(path.join(ROOT, 'samples', 'good-plan.md'), 'utf8');

let client: TestClient;
let dir: string;

// These tests are about the protocol, so they run the foundation rules only; later rules have their
// own examples driven through the server in rule-examples.test.ts.
const FOUNDATION = ['front-matter-invalid', 'suppression-unknown-rule', 'part-not-checked', 'plan-section-missing', 'purpose-missing', 'norms-missing', 'group-type-missing'];
const FOUNDATION_ONLY = { rules: allRulesOff(RULES.map((r) => r.meta.id).filter((id) => !FOUNDATION.includes(id))) };

beforeEach(async () => {
  client = await TestClient.start();
  client.settings = structuredClone(FOUNDATION_ONLY);
  dir = tempDir();
});

afterEach(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function codes(diags: Diagnostic[]): string[] {
  return diags.map((d) => String(d.code));
}

const uriIn = (name: string): string => fileUri(path.join(dir, name));

describe('initialize and diagnostics', () => {
  it('returns the capabilities on initialize', async () => {
    const { spawn } = await import('node:child_process');
    const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    conn.listen();
    try {
      const res = await conn.sendRequest<{ capabilities: any; serverInfo: { name: string } }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      expect(res.serverInfo.name).toBe('groupplan');
      expect(res.capabilities.hoverProvider).toBe(true);
      expect(res.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.groupplan']);
      expect(res.capabilities.executeCommandProvider.commands).toEqual(['groupplan.server.fixAll']);
      expect(res.capabilities.textDocumentSync.openClose).toBe(true);
    } finally {
      conn.dispose();
      child.kill();
    }
  });

  it('publishes diagnostics with code, docs link, source, data and version for a plan', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.version).toBe(1);
    expect(codes(pub.diagnostics)).toContain('norms-missing');
    expect(codes(pub.diagnostics)).toContain('plan-section-missing');
    const norms = pub.diagnostics.find((d) => d.code === 'norms-missing')!;
    expect(norms.source).toBe('groupplan');
    expect(norms.severity).toBe(2);
    expect(norms.codeDescription?.href).toMatch(/norms-missing\.md$/);
    expect(norms.data.ruleId).toBe('norms-missing');
    expect(norms.data.fix.title).toBeTruthy();
    expect(norms.data.fix.edits[0].range.start).toHaveProperty('line');
    const type = pub.diagnostics.find((d) => d.code === 'group-type-missing')!;
    expect(type.severity).toBe(3);
    expect(type.data.suggestions.length).toBeGreaterThan(0);
    const status = await client.waitForStatus(uri);
    expect(status).toMatchObject({ uri, isPlan: true, errors: 0 });
    expect(status.warnings).toBe(pub.diagnostics.filter((d) => d.severity === 2).length);
    expect(status.infos).toBe(1);
    // Settings were asked for this document.
    expect(client.configurationRequests.some((r) => r.scopeUri === uri && r.section === 'groupplan')).toBe(true);
  });

  it('stays silent on ordinary Markdown', async () => {
    const uri = uriIn('notes.md');
    client.open(uri, '# Shopping\n\n- milk\n- bread\n');
    const status = await client.waitForStatus(uri);
    expect(status.isPlan).toBe(false);
    expect(client.diagnosticsCount(uri)).toBe(0);
  });

  it('checks a document the client opts in', async () => {
    const uri = uriIn('notes.md');
    client.open(uri, '# My group\n\nSome notes.\n');
    await client.waitForStatus(uri);
    expect(client.diagnosticsCount(uri)).toBe(0);
    client.optIn(uri);
    const pub = await client.waitForDiagnostics(uri);
    expect(codes(pub.diagnostics)).toContain('purpose-missing');
  });

  it('clears diagnostics when a document stops being a plan', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    client.change(uri, PLAN.replace('groupplan: true\n', ''));
    const pub = await client.waitForCurrent(uri);
    expect(pub.diagnostics).toEqual([]);
  });

  it('checks the unsaved buffer as the user types and publishes for the latest version only', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    const before = client.diagnosticsCount(uri);
    let text = PLAN;
    let version = 1;
    // Type a norms section one piece at a time, faster than the debounce.
    for (const piece of ['\n## Norms\n', '\n- Members speak', ' to one another', ' directly.\n']) {
      text += piece;
      version = client.change(uri, text);
    }
    const pub = await client.waitForCurrent(uri);
    expect(pub.version).toBe(version);
    expect(codes(pub.diagnostics)).not.toContain('norms-missing');
    const versions = (client.diagnostics.get(uri) ?? []).slice(before).map((p) => p.version!);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(versions.every((v) => v > 1)).toBe(true);
  });

  it('drops the result of a check that finished after the buffer changed', async () => {
    // A plan above the inline limit is checked in the worker, one request after another: the
    // first large version is still being checked when the buffer changes, and the last large
    // version is published only after that first check has finished.
    const uri = uriIn('long.md');
    let large = PLAN;
    while (large.length < 800 * 1024) large += `\n## Part ${large.length}\n\nMembers share what they know about the week.\n`;
    client.open(uri, large);
    await client.waitForConfigurationRequest(uri);
    const v2 = client.change(uri, PLAN);
    await client.waitForDiagnostics(uri, (p) => p.version === v2, 0, 60_000);
    const v3 = client.change(uri, `${large}\nOne more line.\n`);
    await client.waitForDiagnostics(uri, (p) => p.version === v3, 0, 120_000);
    const versions = (client.diagnostics.get(uri) ?? []).map((p) => p.version);
    expect(versions).toEqual([v2, v3]);
  }, 240_000);

  it('links each finding to the bundled docs page when there is one, else to the web page', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const pub = await client.waitForDiagnostics(uri);
    for (const d of pub.diagnostics) {
      const local = path.join(ROOT, 'docs', 'rules', `${d.code}.md`);
      expect(d.codeDescription?.href).toBe(fs.existsSync(local) ? fileUri(local) : `${DEFAULT_DOCS_BASE}${d.code}.md`);
    }
  });

  it('checks a complete plan clean', async () => {
    const uri = uriIn('good.md');
    client.open(uri, COMPLETE);
    const status = await client.waitForStatus(uri);
    expect(status).toMatchObject({ isPlan: true, errors: 0, warnings: 0, infos: 0 });
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics).toEqual([]);
  });
});

describe('hover', () => {
  it('explains the finding under the cursor', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const pub = await client.waitForDiagnostics(uri);
    const norms = pub.diagnostics.find((d) => d.code === 'norms-missing')!;
    const hover = await client.hover(uri, norms.range.start.line, norms.range.start.character + 1);
    expect(hover?.contents.kind).toBe('markdown');
    const rule = RULES.find((r) => r.meta.id === 'norms-missing')!;
    // The editor shows the message beside the hover; the hover gives the reasoning instead.
    expect(hover!.contents.value).not.toContain('The plan states no norms');
    expect(hover!.contents.value).toContain('Why groupplan flags this** (`norms-missing`)');
    expect(hover!.contents.value).toContain(rule.meta.explanation);
    expect(hover!.contents.value).toContain(`Source: ${rule.meta.source}`);
    expect(hover!.contents.value).toContain(`](${norms.codeDescription!.href})`);
  });

  it('returns nothing away from findings', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    await client.waitForDiagnostics(uri);
    expect(await client.hover(uri, 10, 5)).toBeNull();
  });
});

describe('code actions', () => {
  async function openPlan(text = PLAN): Promise<{ uri: string; diags: Diagnostic[] }> {
    const uri = uriIn('plan.md');
    client.open(uri, text);
    const pub = await client.waitForDiagnostics(uri);
    return { uri, diags: pub.diagnostics };
  }

  async function actionsFor(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return client.codeActions(uri, d.range, [d], only);
  }

  it('offers the fix as the preferred quick fix, and applying it clears the finding', async () => {
    const { uri, diags } = await openPlan();
    const norms = diags.find((d) => d.code === 'norms-missing')!;
    const actions = await actionsFor(uri, norms);
    const preferred = actions.filter((a) => a.isPreferred);
    expect(preferred).toHaveLength(1);
    expect(preferred[0].kind).toBe('quickfix');
    client.applyEdit(preferred[0].edit!);
    const pub = await client.waitForCurrent(uri);
    expect(codes(pub.diagnostics)).not.toContain('norms-missing');
    expect(client.text(uri)).toMatch(/## Norms/);
  });

  it('offers each suggestion as a further quick fix', async () => {
    const { uri, diags } = await openPlan();
    const type = diags.find((d) => d.code === 'group-type-missing')!;
    const titles = (await actionsFor(uri, type)).map((a) => a.title);
    for (const t of ['classic', 'single-session', 'short-term', 'open-ended', 'very-large']) expect(titles).toContain(`Declare the group type (${t})`);
  });

  it('fixes every finding of one rule', async () => {
    const { uri, diags } = await openPlan();
    const missing = diags.filter((d) => d.code === 'plan-section-missing');
    expect(missing.length).toBeGreaterThan(1);
    const fixAll = (await actionsFor(uri, missing[0])).find((a) => a.title === 'Fix all plan-section-missing problems in this file')!;
    expect(fixAll).toBeDefined();
    client.applyEdit(fixAll.edit!);
    const pub = await client.waitForCurrent(uri);
    expect(codes(pub.diagnostics)).not.toContain('plan-section-missing');
    expect(codes(pub.diagnostics)).toContain('norms-missing');
  });

  it('does not offer fix-all for a rule with one fixable finding', async () => {
    const { uri, diags } = await openPlan();
    const norms = diags.find((d) => d.code === 'norms-missing')!;
    const titles = (await actionsFor(uri, norms)).map((a) => a.title);
    expect(titles.some((t) => t.startsWith('Fix all norms-missing'))).toBe(false);
  });

  it('applies every fix with source.fixAll.groupplan', async () => {
    const { uri } = await openPlan();
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.groupplan']);
    client.applyEdit(actions[0].edit!);
    const pub = await client.waitForCurrent(uri);
    expect(pub.diagnostics).toEqual([]);
  });

  it('applies every fix with the groupplan.server.fixAll command through workspace/applyEdit', async () => {
    const { uri } = await openPlan();
    const res = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'groupplan.server.fixAll', arguments: [{ uri }] });
    expect(res.applied).toBe(true);
    expect(client.appliedEdits).toHaveLength(1);
    client.applyEdit(client.appliedEdits[0]);
    const pub = await client.waitForCurrent(uri);
    expect(pub.diagnostics).toEqual([]);
  });

  for (const scope of ['line', 'section', 'file'] as const) {
    it(`disables a rule for the ${scope} with a comment on its own line, and the re-check is clean of it`, async () => {
      const text = PLAN.replace(/## Purpose\n\n.*\n/, '## Purpose\n');
      const { uri, diags } = await openPlan(text);
      const empty = diags.find((d) => d.code === 'purpose-missing')!;
      expect(empty.range.start.line).toBe(7);
      const action = (await actionsFor(uri, empty)).find((a) => a.title === `Disable purpose-missing for this ${scope}`)!;
      expect(action).toBeDefined();
      const after = client.applyEdit(action.edit!).split('\n');
      if (scope === 'line') expect(after.slice(7, 9)).toEqual(['<!-- groupplan-disable-next-line purpose-missing -->', '## Purpose']);
      if (scope === 'section') {
        expect(after.slice(7, 9)).toEqual(['<!-- groupplan-disable purpose-missing -->', '## Purpose']);
        expect(after.slice(after.indexOf('## Sessions') - 1, after.indexOf('## Sessions'))).toEqual(['<!-- groupplan-enable purpose-missing -->']);
      }
      if (scope === 'file') expect(after.slice(3, 5)).toEqual(['---', '<!-- groupplan-disable-file purpose-missing -->']);
      const pub = await client.waitForCurrent(uri);
      expect(codes(pub.diagnostics)).not.toContain('purpose-missing');
      expect(codes(pub.diagnostics)).toContain('norms-missing');
    });
  }

  it('returns a snippet fix as the groupplan.insertSnippet command', async () => {
    const { uri, diags } = await openPlan();
    const norms = diags.find((d) => d.code === 'norms-missing')!;
    const range = { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } };
    const snippetDiag = { ...norms, data: { ruleId: 'norms-missing', fix: { title: 'Insert norms', edits: [{ range, newText: '## Norms\n\n- ${1:A norm}\n' }], snippet: true }, suggestions: [] } };
    const actions = await actionsFor(uri, snippetDiag as Diagnostic);
    const preferred = actions.find((a) => a.isPreferred)!;
    expect(preferred.edit).toBeUndefined();
    expect(preferred.command).toEqual({ command: 'groupplan.insertSnippet', title: 'Insert norms', arguments: [{ uri, range, snippet: '## Norms\n\n- ${1:A norm}\n' }] });
  });

  it('gives an editor without the insert-snippet command the snippet fix as a plain edit, placeholders filled', async () => {
    const other = await TestClient.start({ snippetCommand: false });
    try {
      const uri = uriIn('other.md');
      other.open(uri, PLAN);
      const pub = await other.waitForDiagnostics(uri);
      const norms = pub.diagnostics.find((d) => d.code === 'norms-missing')!;
      const range = { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } };
      const snippetDiag = { ...norms, data: { ruleId: 'norms-missing', fix: { title: 'Insert norms', edits: [{ range, newText: '## Norms\n\n- ${1:A norm}\n' }], snippet: true }, suggestions: [] } };
      const actions = await other.codeActions(uri, norms.range, [snippetDiag as Diagnostic]);
      const preferred = actions.find((a) => a.isPreferred)!;
      expect(preferred.command).toBeUndefined();
      expect(preferred.edit).toEqual({ changes: { [uri]: [{ range, newText: '## Norms\n\n- A norm\n' }] } });
    } finally {
      await other.stop();
    }
  });

  it('offers only the file-wide disable for a finding inside the front matter', async () => {
    const { uri, diags } = await openPlan();
    const type = diags.find((d) => d.code === 'group-type-missing')!;
    const titles = (await actionsFor(uri, type)).map((a) => a.title).filter((t) => t.startsWith('Disable'));
    expect(titles).toEqual(['Disable group-type-missing for this file']);
  });
});

describe('settings and config files', () => {
  it('re-checks open plans when the settings change', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const first = await client.waitForDiagnostics(uri);
    expect(codes(first.diagnostics)).toContain('norms-missing');
    const count = client.diagnosticsCount(uri);
    client.changeSettings({ rules: { 'norms-missing': 'off', 'group-type-missing': 'error' } });
    const pub = await client.waitForDiagnostics(uri, () => true, count);
    expect(codes(pub.diagnostics)).not.toContain('norms-missing');
    expect(pub.diagnostics.find((d) => d.code === 'group-type-missing')?.severity).toBe(1);
  });

  it('reports a bad editor setting once at the top of the plan and checks with the rest', async () => {
    client.settings = { template: 'kurland', rules: { 'norms-missing': 'sometimes', 'purpose-missing': 'off' } };
    const uri = uriIn('plan.md');
    client.open(uri, PLAN.replace(/## Purpose\n\n.*\n/, ''));
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics[0].code).toBe('config-invalid');
    expect(pub.diagnostics[0].message).toContain('"sometimes" is not a severity');
    expect(pub.diagnostics.filter((d) => d.code === 'config-invalid')).toHaveLength(1);
    expect(codes(pub.diagnostics)).not.toContain('purpose-missing');
    expect(codes(pub.diagnostics)).toContain('norms-missing');
  });

  it('uses settings pushed with didChangeConfiguration when the client cannot answer workspace/configuration', async () => {
    const push = await TestClient.start({ configuration: false });
    try {
      const uri = uriIn('plan.md');
      push.open(uri, PLAN);
      const first = await push.waitForDiagnostics(uri);
      expect(codes(first.diagnostics)).toContain('norms-missing');
      expect(push.configurationRequests).toEqual([]);
      const count = push.diagnosticsCount(uri);
      push.changeSettings({ rules: { 'norms-missing': 'off' } });
      const pub = await push.waitForDiagnostics(uri, () => true, count);
      expect(codes(pub.diagnostics)).not.toContain('norms-missing');
    } finally {
      await push.stop();
    }
  });

  it('turns checking off with groupplan.enable', async () => {
    client.settings = { enable: false };
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const status = await client.waitForStatus(uri);
    expect(status.isPlan).toBe(false);
    expect(client.diagnosticsCount(uri)).toBe(0);
  });

  it('sends at most maxNumberOfProblems diagnostics, the most severe first, with a notice of how many more', async () => {
    const uri = uriIn('plan.md');
    client.settings = { rules: { ...FOUNDATION_ONLY.rules, 'norms-missing': 'error' } };
    client.open(uri, PLAN);
    const all = (await client.waitForDiagnostics(uri)).diagnostics;
    expect(all.length).toBeGreaterThan(3);
    expect(codes(all)).not.toContain('not-shown');
    const fullStatus = await client.waitForStatus(uri);

    const capped = uriIn('capped.md');
    client.settings = { rules: { ...FOUNDATION_ONLY.rules, 'norms-missing': 'error' }, maxNumberOfProblems: 2 };
    client.open(capped, PLAN);
    const pub = await client.waitForDiagnostics(capped);
    expect(pub.diagnostics).toHaveLength(3);
    // The error is kept whatever its place in the document; the notice says how many are not shown.
    expect(codes(pub.diagnostics)).toContain('norms-missing');
    const notice = pub.diagnostics.find((d) => d.code === 'not-shown')!;
    expect(notice.message).toContain(`${all.length - 2} more findings`);
    expect(notice.message).toContain('groupplan.maxNumberOfProblems');
    // The status counts every finding, shown or not.
    const status = await client.waitForStatus(capped);
    expect(status.errors + status.warnings + status.infos).toBe(fullStatus.errors + fullStatus.warnings + fullStatus.infos);
  });

  it('treats Markdown in a folder with a config file as a plan, and the config file wins over settings', async () => {
    fs.writeFileSync(path.join(dir, '.groupplan.json'), JSON.stringify({ rules: { 'norms-missing': 'error', 'plan-section-missing': 'off' } }));
    fs.mkdirSync(path.join(dir, 'week1'));
    client.settings = { rules: { 'norms-missing': 'off' } };
    const uri = fileUri(path.join(dir, 'week1', 'notes.md'));
    client.open(uri, '# Notes\n\n## Purpose\n\nThis group brings together carers so that they can support one another.\n');
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics.find((d) => d.code === 'norms-missing')?.severity).toBe(1);
    expect(codes(pub.diagnostics)).not.toContain('plan-section-missing');
  });

  it('re-reads a changed config file when told the file changed', async () => {
    const configPath = path.join(dir, '.groupplan.yaml');
    fs.writeFileSync(configPath, 'rules:\n  norms-missing: error\n');
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const first = await client.waitForDiagnostics(uri);
    expect(first.diagnostics.find((d) => d.code === 'norms-missing')?.severity).toBe(1);
    const count = client.diagnosticsCount(uri);
    fs.writeFileSync(configPath, 'rules:\n  norms-missing: off\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
    const pub = await client.waitForDiagnostics(uri, () => true, count);
    expect(codes(pub.diagnostics)).not.toContain('norms-missing');
  });

  it('follows extends to a shared course file, and shows a missing or broken one on the extends key', async () => {
    fs.mkdirSync(path.join(dir, 'course'));
    fs.writeFileSync(path.join(dir, 'course', 'groupplan.yaml'), 'rules:\n  norms-missing: error\n');
    fs.writeFileSync(path.join(dir, '.groupplan.yaml'), 'extends: ./course/groupplan.yaml\n');
    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics.find((d) => d.code === 'norms-missing')?.severity).toBe(1);
    // A change to the shared file re-checks the plans under it; a change to another JSON file does not.
    const count = client.diagnosticsCount(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriIn('unrelated.json'), type: 2 }] });
    fs.writeFileSync(path.join(dir, 'course', 'groupplan.yaml'), 'rules:\n  norms-missing: off\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriIn('course/groupplan.yaml'), type: 2 }] });
    const after = await client.waitForDiagnostics(uri, () => true, count);
    expect(codes(after.diagnostics)).not.toContain('norms-missing');
    expect(client.diagnosticsCount(uri)).toBe(count + 1);

    const configUri = uriIn('.groupplan.yaml');
    client.open(configUri, '# shared rules for the course\nextends: ./course/missing.yaml\n', 'yaml');
    const missing = await client.waitForDiagnostics(configUri);
    expect(missing.diagnostics).toHaveLength(1);
    expect(missing.diagnostics[0].message).toMatch(/^The config file "\.\/course\/missing\.yaml" named in extends does not exist/);
    expect(missing.diagnostics[0].range.start).toEqual({ line: 1, character: 0 });

    fs.writeFileSync(path.join(dir, 'course', 'groupplan.yaml'), 'rules:\n  norms-missing: loud\n');
    client.change(configUri, 'extends: ./course/groupplan.yaml\n');
    const broken = await client.waitForCurrent(configUri);
    expect(broken.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^In groupplan\.yaml: "loud" is not a severity/)]);
    expect(broken.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
  });

  it('shows problems of a broken config file at the offending key, and still checks plans under it', async () => {
    const configText = '{\n  "extends": "recommended",\n  "rules": {\n    "norms-missing": "loud",\n    "norms-mising": "error"\n  }\n}\n';
    fs.writeFileSync(path.join(dir, '.groupplan.json'), configText);
    const configUri = uriIn('.groupplan.json');
    client.open(configUri, configText, 'json');
    const configPub = await client.waitForDiagnostics(configUri);
    expect(configPub.diagnostics).toHaveLength(2);
    const [severity, unknown] = configPub.diagnostics;
    expect(severity.message).toContain('"loud" is not a severity');
    expect(severity.range.start).toEqual({ line: 3, character: 4 });
    expect(unknown.message).toContain('Did you mean "norms-missing"?');
    expect(unknown.range.start).toEqual({ line: 4, character: 4 });
    expect(configPub.diagnostics.every((d) => d.source === 'groupplan' && d.severity === 1)).toBe(true);

    const uri = uriIn('plan.md');
    client.open(uri, PLAN);
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics[0].code).toBe('config-invalid');
    expect(pub.diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    expect(pub.diagnostics[0].message).toContain('.groupplan.json has 2 problems');
    expect(pub.diagnostics[0].relatedInformation?.[0].location.uri).toBe(configUri);
    expect(codes(pub.diagnostics)).toContain('norms-missing');

    // Fixing the buffer clears its diagnostics.
    const fixedText = '{ "rules": { "norms-missing": "error" } }\n';
    client.change(configUri, fixedText);
    const clean = await client.waitForCurrent(configUri);
    expect(clean.diagnostics).toEqual([]);
  });

  it('reports a syntax error in a config file and a YAML problem at its key', async () => {
    const jsonUri = uriIn('.groupplan.jsonc');
    client.open(jsonUri, '{ "rules": { "norms-missing": "error", }\n', 'jsonc');
    const jsonPub = await client.waitForDiagnostics(jsonUri);
    expect(jsonPub.diagnostics).toHaveLength(1);
    expect(jsonPub.diagnostics[0].message).toContain('not valid JSON');

    const yamlUri = uriIn('.groupplan.yml');
    client.open(yamlUri, 'template: kurland\nrules:\n  norms-missing:\n    severity: error\n    colour: red\n', 'yaml');
    const yamlPub = await client.waitForDiagnostics(yamlUri);
    expect(yamlPub.diagnostics).toHaveLength(1);
    expect(yamlPub.diagnostics[0].message).toContain('norms-missing');
    expect(yamlPub.diagnostics[0].range.start.line).toBe(2);

    const badYamlUri = uriIn('.groupplan.yaml');
    client.open(badYamlUri, 'rules:\n  norms-missing: [error\n', 'yaml');
    const bad = await client.waitForDiagnostics(badYamlUri);
    expect(bad.diagnostics[0].message).toContain('not valid YAML');
    expect(client.alive).toBe(true);
  });

  it('answers groupplan/effectiveConfig with the layers applied', async () => {
    fs.writeFileSync(path.join(dir, '.groupplan.json'), JSON.stringify({ template: 'toseland-rivas', rules: { 'norms-missing': 'info' } }));
    client.settings = { preset: 'strict', rules: { 'purpose-missing': 'warning' } };
    const uri = uriIn('plan.md');
    const cfg = await client.request<any>('groupplan/effectiveConfig', { uri });
    expect(cfg.configFile).toBe(path.join(dir, '.groupplan.json'));
    expect(cfg.presets).toEqual(['strict']);
    expect(cfg.template.id).toBe('toseland-rivas');
    expect(cfg.template.elements.length).toBeGreaterThan(0);
    expect(cfg.rules['norms-missing'].severity).toBe('info');
    expect(cfg.rules['purpose-missing'].severity).toBe('warning');
    expect(cfg.rules['group-type-missing'].severity).toBe('warning');
    expect(cfg.problems).toEqual([]);
  });
});

describe('custom requests', () => {
  it('answers groupplan/dynamics with coverage and ranges', async () => {
    const uri = uriIn('plan.md');
    client.open(uri, `${PLAN}\n## Content\n\nMembers will role play talking to a teacher.\n`);
    const res = await client.request<any>('groupplan/dynamics', { uri });
    expect(res.isPlan).toBe(true);
    expect(res.dynamics).toHaveLength(9);
    const rehearsal = res.dynamics.find((d: any) => d.id === 'rehearsal');
    expect(rehearsal.addressed).toBe(true);
    expect(rehearsal.ranges[0].start.line).toBe(PLAN.split('\n').length + 2);
    expect(rehearsal.skills.length).toBeGreaterThan(0);
    expect(rehearsal.name).toBe('Rehearsal');
    expect(res.dynamics.find((d: any) => d.id === 'strength-in-numbers').addressed).toBe(false);
  });

  it('says a non-plan is not a plan in groupplan/dynamics', async () => {
    const uri = uriIn('notes.md');
    client.open(uri, '# Notes\n');
    const res = await client.request<any>('groupplan/dynamics', { uri });
    expect(res.isPlan).toBe(false);
  });
});

describe('bad input', () => {
  it('checks a 5 MB document off the main thread and keeps answering', async () => {
    // The check takes about 3 s here; a budget well above it, so that a busy machine still finishes it
    // (over the default 5 s, the rules not run would leave no purpose-missing to find).
    client.settings = { rules: { ...FOUNDATION_ONLY.rules, 'check-incomplete': { severity: 'warning', budgetMs: 120_000 } } };
    const uri = uriIn('big.md');
    let text = '---\ngroupplan: true\n---\n\n# Big plan\n\n';
    const para = 'Members share what they have learned about caring for a parent, and the worker links their stories.\n\n';
    while (text.length < 5 * 1024 * 1024) text += `## Part ${text.length}\n\n${para.repeat(20)}`;
    client.open(uri, text);
    // Another plan is checked and answered while the large one is in progress.
    const small = uriIn('plan.md');
    client.open(small, PLAN);
    const smallPub = await client.waitForDiagnostics(small);
    expect(codes(smallPub.diagnostics)).toContain('norms-missing');
    const pub = await client.waitForDiagnostics(uri, () => true, 0, 150_000);
    expect(pub.version).toBe(1);
    expect(codes(pub.diagnostics)).toContain('purpose-missing');
    const purpose = pub.diagnostics.find((d) => d.code === 'purpose-missing')!;
    const titles = (await client.codeActions(uri, purpose.range, [purpose])).map((a) => a.title);
    expect(titles).toContain('Disable purpose-missing for this line');
    expect(titles).toContain('Disable purpose-missing for this file');
    expect(titles).not.toContain('Disable purpose-missing for this section');
    const dyn = await client.request<any>('groupplan/dynamics', { uri });
    expect(dyn.dynamics.find((d: any) => d.id === 'sharing-data').addressed).toBe(true);
    expect(client.alive).toBe(true);
  }, 300_000);

  it('gives one notice for a document larger than the editor limit', async () => {
    const uri = uriIn('huge.md');
    client.open(uri, `---\ngroupplan: true\n---\n${'x'.repeat(9 * 1024 * 1024)}`);
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics).toHaveLength(1);
    expect(pub.diagnostics[0].code).toBe('not-checked');
    expect(pub.diagnostics[0].message).toContain('9.0 MB');
    expect(await client.codeActions(uri, pub.diagnostics[0].range, pub.diagnostics)).toEqual([]);
  });

  it('survives a document full of NUL characters', async () => {
    const uri = uriIn('binary.md');
    client.optIn(uri);
    client.open(uri, '\u0000'.repeat(100000));
    const pub = await client.waitForDiagnostics(uri);
    expect(pub.diagnostics[0].message).toContain('binary');
    const hover = await client.hover(uri, 0, 0);
    expect(hover?.contents.value).toContain('binary');
    const res = await client.request<any>('groupplan/dynamics', { uri });
    expect(res.dynamics.every((d: any) => !d.addressed)).toBe(true);
    expect(client.alive).toBe(true);
  });

  it('answers requests about unknown documents without failing', async () => {
    const uri = uriIn('missing.md');
    expect(await client.hover(uri, 0, 0)).toBeNull();
    expect(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [])).toEqual([]);
    const res = await client.request<any>('groupplan/dynamics', { uri });
    expect(res).toEqual({ isPlan: false, dynamics: [] });
    const cmd = await client.request<any>('workspace/executeCommand', { command: 'groupplan.server.fixAll', arguments: [{ uri }] });
    expect(cmd.applied).toBe(false);
    expect(client.alive).toBe(true);
  });

  it('checks with every rule off except one without errors', async () => {
    client.settings = { rules: { ...allRulesOff(RULES.map((r) => r.meta.id)), 'purpose-missing': 'error' } };
    const uri = uriIn('plan.md');
    client.open(uri, '---\ngroupplan: true\n---\n\n# Plan\n');
    const pub = await client.waitForDiagnostics(uri);
    expect(codes(pub.diagnostics)).toEqual(['purpose-missing']);
  });
});
