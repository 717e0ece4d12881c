// The class report lists students as a class list does: by the platform's sortable name, or the name
// read from the file, compared as names are, the same order on every run.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../server/src/grade/report';
import { defaultRubric } from '../../server/src/engine/grade/rubric';
import type { CheckedSubmission } from '../../server/src/grade/check-submission';
import type { Platform } from '../../server/src/grade/platform';

function submission(student: string, platform?: Partial<Platform>, skipped?: string): CheckedSubmission {
  return {
    index: 0,
    file: `class/${student}.md`,
    student,
    findings: [],
    ruleErrors: [],
    strengths: [],
    dynamics: [],
    ...(skipped ? { skipped } : {}),
    ...(platform ? { platform: { kind: 'canvas', id: '1', name: student, original: 'plan.md', resubmission: 0, ...platform } } : {}),
  };
}

describe('the order of students in the class report', () => {
  it('is by name as people sort names: accents and case second, numbers as numbers, any script', () => {
    const names = ['Zoe', 'student10', 'Łukasz Żółw', 'adam', 'Żaneta', 'Émile', 'student9', '陈伟'];
    const report = buildReport(names.map((n) => submission(n)), defaultRubric(), '0', []);
    expect(report.students.map((s) => s.student)).toEqual(['adam', 'Émile', 'Łukasz Żółw', 'student9', 'student10', 'Żaneta', 'Zoe', '陈伟']);
  });

  it('uses the platform\'s sortable name where there is one, and keeps the same order for skipped files', () => {
    // Canvas's sortable name is "lastfirst": Ana López sorts under l, before Ben Okafor under o.
    const report = buildReport(
      [submission('Ben Okafor', { name: 'okaforben', id: '2' }), submission('Ana López', { name: 'lopezana', id: '1' }), submission('Zed', undefined, 'is empty'), submission('Abe', undefined, 'is empty')],
      defaultRubric(),
      '0',
      [],
    );
    expect(report.students.map((s) => s.student)).toEqual(['Ana López', 'Ben Okafor']);
    expect(report.skipped.map((s) => s.student)).toEqual(['Abe', 'Zed']);
    // The same input in another order gives the same report.
    const again = buildReport([submission('Abe', undefined, 'is empty'), submission('Zed', undefined, 'is empty'), submission('Ana López', { name: 'lopezana', id: '1' }), submission('Ben Okafor', { name: 'okaforben', id: '2' })], defaultRubric(), '0', []);
    expect(again.students.map((s) => s.student)).toEqual(['Ana López', 'Ben Okafor']);
    expect(again.skipped.map((s) => s.student)).toEqual(['Abe', 'Zed']);
  });
});
