// Pure parts of the client: status text, skill sentences, snippet expansion.
import { describe, expect, it } from 'vitest';
import { DYNAMICS } from '../../server/src/engine/dynamics';
import { checkPlan } from '../../server/src/engine';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { expandSnippet, gradeProgressStep, hasStrictCsp, innermostOpen, metaCsp, outputFolderFor, skillSentence, statusText, statusTooltip } from '../../client/src/text';

describe('statusText', () => {
  it('counts findings by severity and leaves out the empty ones', () => {
    expect(statusText({ uri: 'u', isPlan: true, errors: 1, warnings: 8, infos: 0 })).toBe('Group plan: $(error) 1 $(warning) 8');
    expect(statusText({ uri: 'u', isPlan: true, errors: 0, warnings: 0, infos: 2 })).toBe('Group plan: $(info) 2');
    expect(statusText({ uri: 'u', isPlan: true, errors: 0, warnings: 0, infos: 0 })).toBe('$(pass) Group plan: no findings');
  });
  it('spells the counts out in the tooltip', () => {
    expect(statusTooltip({ uri: 'u', isPlan: true, errors: 1, warnings: 2, infos: 0 })).toMatch(/^Group plan: 1 error, 2 warnings, 0 suggestions\./);
  });
});

describe('skillSentence', () => {
  it('turns a skill into a sentence about what the worker will do, naming the dynamic', () => {
    expect(skillSentence('Sharing data', 'Turn questions back to the group, even those put to the worker.')).toBe(
      'The worker will turn questions back to the group, even those put to the worker (sharing data).',
    );
    expect(skillSentence('The dialectic process', 'Give debate a safe structure.')).toBe('The worker will give debate a safe structure (the dialectic process).');
  });
  it('makes one well-formed sentence from every skill of the nine dynamics', () => {
    for (const d of DYNAMICS) {
      for (const s of d.skills) {
        const sentence = skillSentence(d.name, s);
        expect(sentence).toMatch(/^The worker will [a-z].*\)\.$/);
        expect(sentence).not.toMatch(/\.\s*\(/);
        // Worker skills read as the worker's own action: no "yourself", no "the worker's own" after
        // "The worker will", no "it" with nothing to stand for.
        expect(sentence).not.toMatch(/\byour(?:self)?\b|The worker will .*\bthe worker[’']s own\b|\bhelp it\b/);
      }
    }
  });

  it('a plan with every skill sentence inserted gets no warning of its own making', () => {
    const sentences = DYNAMICS.flatMap((d) => d.skills.map((s) => skillSentence(d.name, s)));
    const plan = `---\ngroupplan: true\ntype: short-term\n---\n# Plan\n\n## Purpose\n\nParents of teenagers meet to share what works and support one another as they face the same worries.\n\n## Process\n\n${sentences.join('\n\n')}\n`;
    const own = checkPlan(plan).findings.filter((f) => f.range.start > plan.indexOf('## Process'));
    expect(own.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

describe('expandSnippet', () => {
  it('keeps defaults, copies mirrors, takes the first choice and drops plain tab stops', () => {
    expect(expandSnippet('title: ${1:Carers}\n# ${1}\ntype: ${2|short-term,classic|}\n$0')).toBe('title: Carers\n# Carers\ntype: short-term\n');
  });
  it('unescapes dollar signs and braces', () => {
    expect(expandSnippet('costs \\$5 ${1:a \\} b}')).toBe('costs $5 a } b');
  });
});

describe('hasStrictCsp (which grade reports keep their own script)', () => {
  const page = (csp: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp}"><style>x</style></head><body></body></html>`;
  it('reads the policy from the meta tag', () => {
    expect(metaCsp(page("default-src 'none'; style-src 'sha256-abc'"))).toBe("default-src 'none'; style-src 'sha256-abc'");
    expect(metaCsp('<html><head></head></html>')).toBe('');
  });
  it('accepts a hash-only policy and refuses inline, remote or missing ones', () => {
    expect(hasStrictCsp(page("default-src 'none'; style-src 'sha256-abc'; script-src 'sha256-def'; img-src data:"))).toBe(true);
    expect(hasStrictCsp(page("default-src 'none'; script-src 'unsafe-inline'"))).toBe(false);
    expect(hasStrictCsp(page("default-src 'none'; script-src https://cdn.example"))).toBe(false);
    expect(hasStrictCsp(page("default-src 'self'"))).toBe(false);
    expect(hasStrictCsp('<html><head><script>alert(1)</script></head></html>')).toBe(false);
  });
});

describe('innermostOpen (where norm ids are completed in JSON config files)', () => {
  it('finds the innermost open bracket, skipping strings and comments', () => {
    expect(innermostOpen('{ "rules": { "norm-not-stated": { "expected": [ "free-')).toBe('[');
    expect(innermostOpen('{ "rules": { "')).toBe('{');
    expect(innermostOpen('{ "a": "[not a bracket", "b": "')).toBe('{');
    expect(innermostOpen('{ // [ comment\n "x": [1, 2], "')).toBe('{');
    expect(innermostOpen('{ /* [ */ "x": [ "')).toBe('[');
    expect(innermostOpen('')).toBeUndefined();
  });
});

describe('grading from the editor', () => {
  it('reads the grader\'s progress lines on a pipe, and nothing else', () => {
    expect(gradeProgressStep('[3/20] class/Ana López/plan.docx: 4 findings')).toEqual({ done: 3, total: 20, file: 'plan.docx' });
    expect(gradeProgressStep('[1/2] notes.pdf: not graded: is a PDF with no text layer')).toEqual({ done: 1, total: 2, file: 'notes.pdf' });
    expect(gradeProgressStep('20/20 files  9.1 files/s  done in 3 s')).toBeUndefined();
    expect(gradeProgressStep('Moodle: moodle-feedback.zip holds the feedback page of 3 participants')).toBeUndefined();
  });

  it('puts the reports beside the submissions, and in a temporary folder where that cannot be written', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'groupplan-out-'));
    try {
      mkdirSync(path.join(root, 'class'));
      expect(outputFolderFor(path.join(root, 'class'))).toBe(path.join(root, 'class-graded'));
      expect(outputFolderFor(path.join(root, 'SW610 download.zip'))).toBe(path.join(root, 'SW610 download-graded'));
      const locked = path.join(root, 'locked');
      mkdirSync(path.join(locked, 'class'), { recursive: true });
      chmodSync(locked, 0o500);
      const out = outputFolderFor(path.join(locked, 'class'));
      chmodSync(locked, 0o700);
      // Root can write anywhere; elsewhere the locked parent sends the reports to a temporary folder.
      if (process.getuid?.() !== 0) expect(out.startsWith(path.join(tmpdir(), 'groupplan-grade-'))).toBe(true);
      else expect(out).toBe(path.join(locked, 'class-graded'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
