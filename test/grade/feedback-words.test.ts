// Feedback written for the student: plain words, no configuration or rule ids, every finding with the
// words it is about and what to write instead, and strengths that never contradict the score or the
// points still to add. Graded with the default rubric, as an instructor would, on the sample class and
// the sample plans (Markdown, Word, text and flawed plans of every kind).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { NORMS, NORM_IDS } from '../../server/src/engine/norms/lexicon';

const root = path.resolve(__dirname, '../..');
let tmp: string;
const feedback: Record<string, string> = {};

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-feedback-'));
  const subs = path.join(tmp, 'submissions');
  mkdirSync(subs);
  for (const f of readdirSync(path.join(root, 'samples'))) if (f.endsWith('.md')) copyFileSync(path.join(root, 'samples', f), path.join(subs, f));
  for (const f of ['ben-okafor.md', 'dara-singh.docx', 'eli-moreau.txt', 'farah-haddad.markdown']) copyFileSync(path.join(root, 'samples/class', f), path.join(subs, f));
  const r = spawnSync(process.execPath, [path.join(root, 'bin/groupplan.js'), 'grade', subs, '--out', path.join(tmp, 'out'), '--quiet'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  for (const f of readdirSync(path.join(tmp, 'out/feedback'))) feedback[f.replace(/\.md$/, '')] = readFileSync(path.join(tmp, 'out/feedback', f), 'utf8');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The part of a feedback file written by the grader: not the file-name line, not the converted text.
const body = (text: string): string =>
  text
    .split('## The text that was checked')[0]
    .split('\n')
    .filter((l) => !l.startsWith('Submission: ') && !l.startsWith('Also in your folder'))
    .join('\n');
const section = (text: string, heading: string): string => (text.split(`## ${heading}\n`)[1] ?? '').split(/\n## /)[0];

describe('feedback a student can use', () => {
  it('grades every submission', () => {
    expect(Object.keys(feedback).length).toBe(15);
  });

  it('names no rule, norm or setting ids, tools, editor steps, front matter or paths', () => {
    const ids = [...RULES.map((r) => r.meta.id), ...NORM_IDS.filter((id) => id.includes('-'))];
    for (const [name, text] of Object.entries(feedback)) {
      const b = body(text);
      for (const id of ids) expect(b, `${name}: ${id}`).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
      expect(b, name).not.toMatch(/front matter|tab stops?|snippet|quick fix|preset|README|the checker|groupplan|`|\bexpected`|seed chapters|(?<!group )\btype:/i);
      expect(b, name).not.toContain(tmp);
    }
  });

  it('puts every finding at its line with the words the student wrote, or says it is about the plan as a whole', () => {
    let quoted = 0;
    for (const [name, text] of Object.entries(feedback)) {
      const lines = body(text).split('\n');
      lines.forEach((l, i) => {
        if (!l.startsWith('- **')) return;
        expect(l, name).toMatch(/^- \*\*(?:The plan as a whole\*\*|Line \d+\*\*(?:, the heading “[^”]+”)?) \((?:Error|Warning|Note)\): /);
        if (/^- \*\*Line \d+\*\* \(/.test(l)) {
          expect(lines[i + 1], `${name}: ${l}`).toMatch(/^ {2}- You wrote: “.{3,}”$/);
          quoted++;
        }
      });
    }
    expect(quoted).toBeGreaterThan(10);
    // The sentence itself, across the lines it was wrapped on, not the physical line.
    expect(feedback['farah-haddad']).toContain('  - You wrote: “This evening is designed to educate family members about stroke recovery.”');
    expect(feedback['farah-haddad']).toContain('  - You wrote: “Please raise your hand and wait to be called on.”');
  });

  it('says what to write instead, with blanks shown as blanks', () => {
    const content = feedback['flawed-content-purpose'];
    expect(content).toContain('For example, you could write: “This group brings together \\[people who share a situation\\] so that they can \\[what members will do for one another\\] as they \\[the aim they share\\].”');
    const norms = feedback['flawed-norms-against-mutual-aid'];
    expect(norms).toMatch(/You wrote: “[^”]+”\n(?: {2}- Why it matters: .*\n)? {2}- For example, you could write: “Members talk directly to one another/);
    // Editor steps ("keeping this one as the earlier draft", "from the template") give way to the text.
    for (const text of Object.values(feedback)) expect(body(text)).not.toMatch(/earlier draft|template,|to adapt/i);
  });

  it('lists, under each criterion short of full marks, what is still to add or what cost the points', () => {
    for (const [name, text] of Object.entries(feedback)) {
      const work = section(text, 'What to work on');
      for (const row of text.matchAll(/^\| (.+?) \| ([\d.]+) \/ (\d+) \| \d+ \|$/gm)) {
        const [, title, score, points] = row;
        if (Number(score) < Number(points)) expect(work, `${name}: ${title}`).toContain(`### ${title} (${score} / ${points})`);
      }
    }
  });

  it('never names as a strength what it also asks for', () => {
    for (const [name, text] of Object.entries(feedback)) {
      const strengths = section(text, 'Strengths');
      const work = section(text, 'What to work on');
      for (const norm of NORMS) {
        if (strengths.includes(norm.name)) expect(work, `${name}: ${norm.name}`).not.toMatch(new RegExp(`does not seem to state[^\\n]*${norm.name.replace(/[()]/g, '\\$&')}`));
      }
      const written = /parts of the plan (?:is|are) written: (.*)\.$/m.exec(strengths)?.[1] ?? '';
      for (const part of written.match(/"[^"]+"/g) ?? []) {
        expect(work, `${name}: ${part}`).not.toMatch(new RegExp(`(?:Add sections? for|Write more under)[^\\n]*${part}`));
        expect(work, `${name}: ${part}`).not.toContain(`has no ${part} section`);
      }
      if (/Your purpose names the situation the members share, what members will do for one another and the aim they share, and reads as a common cause/.test(strengths)) expect(work).not.toContain('### Purpose as common cause');
    }
  });

  it('gives a Word user advice they can follow', () => {
    const dara = body(feedback['dara-singh']);
    expect(dara).toContain('Write a line near the top such as "Group type: short-term"');
    expect(dara).toMatch(/Write more under "Composition" and "Structure" in your own words/);
  });

  it('puts strengths first, and lists a norm not found under the norms criterion, not as an unscored extra', () => {
    for (const text of Object.values(feedback)) expect(text.indexOf('## Strengths')).toBeLessThan(text.indexOf('## What to work on'));
    const farah = section(feedback['farah-haddad'], 'What to work on');
    const norms = farah.split('### Norms that set mutual aid in motion')[1].split('\n### ')[0];
    expect(norms).toContain('does not seem to state these 6 norms: that members talk directly to one another; that decisions');
    expect(farah).not.toContain('Other points (not scored)');
  });
});
