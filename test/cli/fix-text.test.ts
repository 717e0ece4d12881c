// The pieces of --fix: choosing fixes that do not collide, snippet text, passes until stable.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan, defaults, type Finding } from '../../server/src/engine';
import { fixText, selectFixes } from '../../server/src/cli/lint';
import { snippetToText } from '../../server/src/engine/snippet';

const finding = (ruleId: string, edits: [number, number, string][], snippet = false): Finding => ({
  ruleId,
  severity: 'warning',
  message: ruleId,
  range: { start: 0, end: 0 },
  start: { line: 0, column: 0 },
  end: { line: 0, column: 0 },
  docsUrl: '',
  fix: { title: ruleId, edits: edits.map(([a, b, text]) => ({ range: [a, b], text })), snippet },
});

describe('selectFixes', () => {
  it('skips a whole fix when any of its edits overlaps a fix already chosen', () => {
    const picked = selectFixes([finding('a', [[0, 5, 'x']]), finding('b', [[10, 12, 'y'], [3, 4, 'z']]), finding('c', [[5, 7, 'w']])]);
    expect(picked.map((p) => p.finding.ruleId)).toEqual(['a', 'c']);
  });

  it('lets one rule insert several times at one point, but defers another rule inserting there', () => {
    const picked = selectFixes([finding('a', [[9, 9, '1']]), finding('a', [[9, 9, '2']]), finding('b', [[9, 9, '3']]), finding('b', [[4, 4, '4']])]);
    expect(picked.map((p) => `${p.finding.ruleId}${p.edits[0].text}`)).toEqual(['a1', 'a2', 'b4']);
  });

  it('an insertion strictly inside a replaced range collides; one at its edge does not', () => {
    expect(selectFixes([finding('a', [[2, 6, 'x']]), finding('b', [[4, 4, 'y']])]).length).toBe(1);
    expect(selectFixes([finding('a', [[2, 6, 'x']]), finding('b', [[6, 6, 'y']])]).length).toBe(2);
  });

  it('turns snippet fixes into plain text', () => {
    expect(selectFixes([finding('a', [[0, 0, 'Hello ${1:name}$0']], true)])[0].edits[0].text).toBe('Hello name');
  });
});

describe('one rule for several fixes, in the editor too', () => {
  it('an editor’s "Fix all" never applies a fix in part, and takes insertions by different rules at one point together', async () => {
    const { fixAllEdits } = await import('../../server/src/lsp/code-actions');
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const doc = TextDocument.create('file:///p.md', 'markdown', 1, '0123456789abc');
    const lsp = (a: number, b: number, newText: string) => ({ range: { start: doc.positionAt(a), end: doc.positionAt(b) }, newText });
    const edits = fixAllEdits(doc, [
      { ruleId: 'a', fix: { title: 'a', edits: [lsp(0, 5, 'x')] } },
      { ruleId: 'b', fix: { title: 'b', edits: [lsp(10, 12, 'y'), lsp(3, 4, 'z')] } },
      { ruleId: 'c', fix: { title: 'c', edits: [lsp(12, 12, '1')] } },
      { ruleId: 'd', fix: { title: 'd', edits: [lsp(12, 12, '2')] } },
    ]);
    expect(edits.map((e) => e.newText)).toEqual(['x', '1', '2']);
  });

  it('snippet text reads the same in every host: mirrors copy their placeholder, choices take the first', () => {
    expect(snippetToText('title: ${1:Carers}\n# ${1}\ntype: ${2|short-term,classic|} and \\$5 ${3:a ${4:b} c}$0')).toBe('title: Carers\n# Carers\ntype: short-term and $5 a b c');
  });
});

describe('snippetToText', () => {
  it.each([
    ['plain', 'plain'],
    ['${1:who} and ${2:what}', 'who and what'],
    ['a $1 b $0', 'a  b '],
    ['${1}x', 'x'],
    ['${1:outer ${2:inner}}', 'outer inner'],
    ['costs \\$5 \\} \\\\', 'costs $5 } \\'],
  ])('%j -> %j', (snippet, text) => {
    expect(snippetToText(snippet)).toBe(text);
  });
});

describe('fixText', () => {
  it('reaches a fixed point: fixing the result again changes nothing', () => {
    const text = '# Plan\n\nSome words.\n';
    const once = fixText(text, defaults());
    expect(once.applied).toBeGreaterThan(3);
    expect(once.text).not.toBe(text);
    const twice = fixText(once.text, defaults());
    expect(twice).toEqual({ text: once.text, applied: 0 });
    const left = checkPlan(once.text).findings.filter((f) => f.fix);
    expect(left).toEqual([]);
  });

  it('leaves a plan without fixable findings untouched', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../samples/good-plan.md'), 'utf8');
    expect(fixText(text, defaults())).toEqual({ text, applied: 0 });
  });

  it('respects the filter (as --quiet does)', () => {
    const text = '# Plan\n';
    const errorsOnly = fixText(text, defaults(), (f) => f.severity === 'error');
    expect(errorsOnly.text).toContain('## Purpose');
    expect(errorsOnly.text).not.toContain('## Norms');
  });
});
