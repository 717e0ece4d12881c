// Disable comments built by the engine: where they go, and that the re-check no longer reports the rule.
import { describe, expect, it } from 'vitest';
import { applyEdits, checkPlan, disableEdits } from '../../server/src/engine';
import { snippetToText } from '../../server/src/engine/snippet';

const PLAN = [
  '---',
  'groupplan: true',
  '---',
  '',
  '# Plan',
  '',
  '## Purpose',
  '',
  '## Content',
  '',
  '- Week one',
  '  <!-- groupplan-disable nope-rule -->',
  '',
  '### Details',
  '',
  'Text.',
  '',
  '## Norms',
  '',
  '- Members talk to one another.',
  '',
].join('\n');

function offsetOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

function findingIds(text: string): string[] {
  return checkPlan(text).findings.map((f) => f.ruleId);
}

describe('disableEdits', () => {
  it('puts a disable-next-line comment above the line, with its indentation', () => {
    const at = offsetOf(PLAN, 'nope-rule');
    const edits = disableEdits(PLAN, 'suppression-unknown-rule', at, 'line')!;
    const out = applyEdits(PLAN, edits).text;
    expect(out).toContain('- Week one\n  <!-- groupplan-disable-next-line suppression-unknown-rule -->\n  <!-- groupplan-disable nope-rule -->');
  });

  it('wraps the section after its heading and re-enables before the next heading of the same level', () => {
    const at = offsetOf(PLAN, 'Week one');
    const out = applyEdits(PLAN, disableEdits(PLAN, 'x-rule', at, 'section')!).text;
    expect(out).toContain('## Content\n<!-- groupplan-disable x-rule -->\n\n- Week one');
    // The sub-heading stays inside; the enable comes before "## Norms".
    expect(out).toContain('Text.\n\n<!-- groupplan-enable x-rule -->\n## Norms');
  });

  it('covers a finding on a heading by disabling above the heading', () => {
    const at = offsetOf(PLAN, '## Purpose');
    expect(findingIds(PLAN)).toContain('purpose-missing');
    const out = applyEdits(PLAN, disableEdits(PLAN, 'purpose-missing', at, 'section')!).text;
    expect(out).toContain('<!-- groupplan-disable purpose-missing -->\n## Purpose\n\n<!-- groupplan-enable purpose-missing -->\n## Content');
    expect(findingIds(out)).not.toContain('purpose-missing');
  });

  it('needs no enable comment for the last section', () => {
    const at = offsetOf(PLAN, 'Members talk');
    const edits = disableEdits(PLAN, 'x-rule', at, 'section')!;
    expect(edits).toHaveLength(1);
    expect(applyEdits(PLAN, edits).text).toContain('## Norms\n<!-- groupplan-disable x-rule -->\n\n- Members');
  });

  it('treats text before the first heading as a section starting after the front matter', () => {
    const text = '---\ngroupplan: true\n---\nIntro text.\n\n# Plan\n';
    const out = applyEdits(text, disableEdits(text, 'x-rule', offsetOf(text, 'Intro'), 'section')!).text;
    expect(out).toBe('---\ngroupplan: true\n---\n<!-- groupplan-disable x-rule -->\nIntro text.\n\n<!-- groupplan-enable x-rule -->\n# Plan\n');
  });

  it('puts a disable-file comment after the front matter, or at the top without one', () => {
    const out = applyEdits(PLAN, disableEdits(PLAN, 'norms-missing', 0, 'file')!).text;
    expect(out.startsWith('---\ngroupplan: true\n---\n<!-- groupplan-disable-file norms-missing -->\n\n# Plan')).toBe(true);
    const plain = '# Plan\n';
    expect(applyEdits(plain, disableEdits(plain, 'norms-missing', 3, 'file')!).text).toBe('<!-- groupplan-disable-file norms-missing -->\n# Plan\n');
    const fmOnly = '---\ngroupplan: true\n---';
    expect(applyEdits(fmOnly, disableEdits(fmOnly, 'a', 0, 'file')!).text).toBe('---\ngroupplan: true\n---\n<!-- groupplan-disable-file a -->\n');
  });

  it('offers no line or section comment inside the front matter', () => {
    expect(disableEdits(PLAN, 'group-type-missing', 1, 'line')).toBeUndefined();
    expect(disableEdits(PLAN, 'group-type-missing', 1, 'section')).toBeUndefined();
  });

  it('keeps Windows line breaks', () => {
    const text = PLAN.replace(/\n/g, '\r\n');
    const out = applyEdits(text, disableEdits(text, 'x-rule', offsetOf(text, 'Week one'), 'line')!).text;
    expect(out).toContain('<!-- groupplan-disable-next-line x-rule -->\r\n- Week one');
  });

  it('silences every rule that a plan triggers, for each scope', () => {
    for (const finding of checkPlan(PLAN).findings) {
      if (finding.ruleId === 'suppression-unknown-rule') continue; // never suppressed by design
      for (const scope of ['line', 'section', 'file'] as const) {
        const edits = disableEdits(PLAN, finding.ruleId, finding.range.start, scope);
        if (!edits) continue;
        const after = checkPlan(applyEdits(PLAN, edits).text).findings.filter((f) => f.ruleId === finding.ruleId && f.message === finding.message);
        expect(after, `${finding.ruleId} ${scope}`).toEqual([]);
      }
    }
  });
});

describe('snippetToText', () => {
  it('keeps placeholder defaults and drops tab stops', () => {
    expect(snippetToText('## Norms\n\n- ${1:Members speak} to ${2:one another}$0\n$3')).toBe('## Norms\n\n- Members speak to one another\n');
    expect(snippetToText('${1|short-term,classic|} and \\$5')).toBe('short-term and $5');
    expect(snippetToText('${1:outer ${2:inner}}')).toBe('outer inner');
  });
});
