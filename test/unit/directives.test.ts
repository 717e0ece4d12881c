// Inline suppression comments: the four kinds, the no-id form, several ids, unknown ids.
import { describe, expect, it } from 'vitest';
import { checkPlan, parseMarkdown, resolveConfig, RULES } from '../../server/src/engine';
import { readDirectives } from '../../server/src/engine/directives';

// norms-missing and group-type-missing both anchor at the first heading (line 3 below, 0-based 2).
const BODY = '# Plan\n\n## Purpose\n\nThis group brings together new fathers so that they can support one another through the first year.\n';
const ids = (text: string) => checkPlan(text).findings.map((f) => f.ruleId);
const at = (text: string) => checkPlan(text).findings.map((f) => `${f.ruleId}@${f.start.line}`);

describe('directives', () => {
  it('without directives both anchored rules report at the first heading', () => {
    expect(at(BODY)).toEqual(expect.arrayContaining(['norms-missing@0', 'group-type-missing@0']));
  });

  it('groupplan-disable-file with an id turns that rule off everywhere', () => {
    const text = `${BODY}\n<!-- groupplan-disable-file norms-missing -->\n`;
    expect(ids(text)).not.toContain('norms-missing');
    expect(ids(text)).toContain('group-type-missing');
  });

  it('groupplan-disable-file without ids turns every rule off', () => {
    expect(ids(`<!-- groupplan-disable-file -->\n${BODY}`)).toEqual([]);
  });

  it('groupplan-disable-next-line applies to the next non-blank line only', () => {
    const text = `<!-- groupplan-disable-next-line norms-missing -->\n\n${BODY}`;
    expect(ids(text)).not.toContain('norms-missing');
    expect(ids(text)).toContain('group-type-missing');
    // On a line further down it does not reach the heading.
    const later = `${BODY}\n<!-- groupplan-disable-next-line norms-missing -->\nSome text.\n`;
    expect(ids(later)).toContain('norms-missing');
  });

  it('groupplan-disable-next-line takes several ids', () => {
    const text = `<!-- groupplan-disable-next-line norms-missing group-type-missing -->\n${BODY}`;
    expect(ids(text)).not.toContain('norms-missing');
    expect(ids(text)).not.toContain('group-type-missing');
  });

  it('groupplan-disable ... groupplan-enable covers the lines between them', () => {
    const inside = `<!-- groupplan-disable norms-missing -->\n${BODY}<!-- groupplan-enable norms-missing -->\n`;
    expect(ids(inside)).not.toContain('norms-missing');
    expect(ids(inside)).toContain('group-type-missing');
    const closedBefore = `<!-- groupplan-disable norms-missing -->\n<!-- groupplan-enable norms-missing -->\n\n${BODY}`;
    expect(ids(closedBefore)).toContain('norms-missing');
  });

  it('groupplan-disable without ids covers every rule until groupplan-enable without ids', () => {
    expect(ids(`<!-- groupplan-disable -->\n${BODY}`)).toEqual([]);
    const reopened = `<!-- groupplan-disable -->\n<!-- groupplan-enable -->\n\n${BODY}`;
    expect(ids(reopened)).toContain('norms-missing');
  });

  it('enabling one rule leaves others disabled', () => {
    const text = `<!-- groupplan-disable norms-missing group-type-missing -->\n<!-- groupplan-enable group-type-missing -->\n\n${BODY}`;
    expect(ids(text)).not.toContain('norms-missing');
    expect(ids(text)).toContain('group-type-missing');
  });

  it('an unknown id is reported at the id, with a suggestion and a fix that removes it', () => {
    const text = `<!-- groupplan-disable-next-line norm-missing group-type-missing -->\n${BODY}`;
    const { findings } = checkPlan(text);
    const unknown = findings.filter((f) => f.ruleId === 'suppression-unknown-rule');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toBe('"norm-missing" in this groupplan comment is not a rule id, so the comment does not turn it off. Did you mean "norms-missing"?');
    expect(text.slice(unknown[0].range.start, unknown[0].range.end)).toBe('norm-missing');
    expect(findings.map((f) => f.ruleId)).toContain('norms-missing');
    expect(findings.map((f) => f.ruleId)).not.toContain('group-type-missing');
    expect(unknown[0].fix?.edits).toEqual([{ range: [unknown[0].range.start - 1, unknown[0].range.end], text: '' }]);
  });

  it('an unknown id is reported even inside a region that disables everything', () => {
    const text = `<!-- groupplan-disable -->\n<!-- groupplan-disable-file nonsense -->\n${BODY}`;
    expect(ids(text)).toEqual(['suppression-unknown-rule']);
  });

  it('a rule that is turned off in config is still a known id', () => {
    const { config } = resolveConfig([{ name: 'c', input: { rules: { 'norms-missing': 'off' } } }], RULES);
    expect(checkPlan(`<!-- groupplan-disable norms-missing -->\n${BODY}`, config).findings.map((f) => f.ruleId)).not.toContain('suppression-unknown-rule');
  });

  it('reads the kind, ids and id positions; other comments and look-alikes are ignored', () => {
    const text = '<!-- groupplan-disable a b -->\n<!-- just a note -->\n<!-- groupplan-disabled x -->\n<!--groupplan-enable-->\n\nText <!-- groupplan-disable-next-line c --> inline.\n';
    const doc = parseMarkdown(text);
    const ds = readDirectives(doc.comments, text);
    expect(ds.map((d) => [d.kind, d.ruleIds])).toEqual([
      ['disable', ['a', 'b']],
      ['enable', []],
      ['disable-next-line', ['c']],
    ]);
    for (const d of ds) d.ruleIds.forEach((id, i) => expect(text.slice(d.idRanges[i].start, d.idRanges[i].end)).toBe(id));
  });

  it('a directive inside fenced code is not a directive', () => {
    const text = `\`\`\`markdown\n<!-- groupplan-disable-file -->\n\`\`\`\n\n${BODY}`;
    expect(ids(text)).toContain('norms-missing');
  });
});
