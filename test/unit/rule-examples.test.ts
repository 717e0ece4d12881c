// Runs every rule's examples: exact messages, and the fixed text for fixable rules.
import { describe, expect, it } from 'vitest';
import { RULES, checkPlan, resolveConfig, applyEdits } from '../../server/src/engine';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  it('has at least one failing and one passing example', () => {
    expect(rule.meta.examples.some((e) => e.messages.length > 0)).toBe(true);
    expect(rule.meta.examples.some((e) => e.messages.length === 0)).toBe(true);
  });

  for (const example of rule.meta.examples) {
    it(example.title, () => {
      const { config, problems } = resolveConfig(
        [{ name: 'example', input: { rules: { [id]: { severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, ...(example.options ?? {}) } } } }],
        RULES,
      );
      expect(problems).toEqual([]);
      const { findings, ruleErrors } = checkPlan(example.text, config, { only: [id] });
      expect(ruleErrors).toEqual([]);
      expect(findings.map((f) => f.message)).toEqual(example.messages);
      if (rule.meta.fixable && example.fixed !== undefined) {
        const edits = findings.flatMap((f) => f.fix?.edits ?? []);
        expect(applyEdits(example.text, edits).text).toBe(example.fixed);
      }
    });
  }
});
