// Every rule in the registry, through the server: its first failing example gives exactly the
// example's messages, and its fix (a code action) turns the text into the example's `fixed`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { RULES } from '../../server/src/engine';
import { snippetToText } from '../../server/src/engine/snippet';
import { allRulesOff, fileUri, tempDir, TestClient } from './harness';

let client: TestClient;
let dir: string;

beforeAll(async () => {
  client = await TestClient.start();
  dir = tempDir();
});

afterAll(async () => {
  await client.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const allOff = allRulesOff(RULES.map((r) => r.meta.id));

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const example = rule.meta.examples.find((e) => e.messages.length > 0);

  it('reports the first failing example through the server, and its fix gives the fixed text', async () => {
    expect(example, 'every rule has a failing example').toBeDefined();
    const severity = rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity;
    const uri = fileUri(path.join(dir, `${id}.md`));
    client.settingsByUri.set(uri, { rules: { ...allOff, [id]: { severity, ...(example!.options ?? {}) } } });
    client.optIn(uri);
    client.open(uri, example!.text);
    const pub = await client.waitForCurrent(uri);
    const diags = pub.diagnostics;
    expect(diags.map((d) => d.code)).toEqual(example!.messages.map(() => id));
    expect(diags.map((d) => d.message)).toEqual(example!.messages);

    const fixable = diags.filter((d) => d.data?.fix);
    if (!rule.meta.fixable || example!.fixed === undefined) return;
    if (fixable.length === 0) {
      // Nothing to fix in this example: the fixed text is the text itself.
      expect(example!.fixed).toBe(example!.text);
      return;
    }
    let action: CodeAction | undefined;
    if (fixable.length === 1 && !fixable[0].data.fix.snippet) {
      const actions = await client.codeActions(uri, fixable[0].range, [fixable[0] as Diagnostic]);
      action = actions.find((a) => a.isPreferred);
    } else {
      const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
      action = actions.find((a) => a.kind === 'source.fixAll.groupplan');
    }
    expect(action?.edit).toBeDefined();
    const fixedText = client.applyEdit(action!.edit!);
    const snippet = fixable.some((d) => d.data.fix.snippet);
    expect(fixedText).toBe(snippet ? snippetToText(example!.fixed) : example!.fixed);
    client.close(uri);
  });
});
