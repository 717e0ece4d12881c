// Regression floor: the held-out purpose statements in test/corpus (written from the domain brief's
// four-part test, not from the development corpus) go through the real engine with the same measure
// as `npm run eval:purpose`. The floors sit a few rows below the agreement reached, so a change that
// loses the generalisation fails here rather than silently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan, defaults } from '../../server/src/engine';
// @ts-ignore: plain ES module shared with scripts/eval-purpose.mjs
import { measure, readLabelled } from '../../scripts/purpose-measure.mjs';

const SETS = [
  // 124 statements; floors allow about four rows of slack on agreement.
  { file: 'purpose-heldout.tsv', rows: 124, precision: 0.95, recall: 0.95, agreement: 0.96 },
  // 40 statements written later, in other wording; about two rows of slack.
  { file: 'purpose-heldout-2.tsv', rows: 40, precision: 0.95, recall: 0.95, agreement: 0.95 },
  // 34 and 22 statements written later still, with common causes worded like failures.
  { file: 'purpose-heldout-3.tsv', rows: 34, precision: 0.95, recall: 0.94, agreement: 0.94 },
  { file: 'purpose-heldout-4.tsv', rows: 22, precision: 0.85, recall: 0.83, agreement: 0.9 },
  // 25 longer statements in the style of agency pages and student plans (several sentences, mixed).
  { file: 'purpose-heldout-5.tsv', rows: 25, precision: 0.9, recall: 0.93, agreement: 0.92 },
  // 24 more, mostly common causes with words that often signal a failure.
  { file: 'purpose-heldout-6.tsv', rows: 24, precision: 0.88, recall: 0.87, agreement: 0.91 },
  { file: 'purpose-heldout-7.tsv', rows: 27, precision: 0.9, recall: 0.93, agreement: 0.92 },
  { file: 'purpose-heldout-8.tsv', rows: 29, precision: 0.9, recall: 0.93, agreement: 0.89 },
  { file: 'purpose-heldout-9.tsv', rows: 28, precision: 0.9, recall: 0.93, agreement: 0.92 },
  // 101 statements by a second author, written blind (before reading the lexicon or the other sets).
  { file: 'purpose-blind-b1.tsv', rows: 101, precision: 0.95, recall: 0.95, agreement: 0.95 },
  // 61 statements in other registers (UK leaflets, workplace networks, online groups), written blind too.
  { file: 'purpose-blind-b2.tsv', rows: 61, precision: 0.95, recall: 0.93, agreement: 0.93 },
  // 58 statements centred on mixtures (a worker beside mutual help, topics as a side sentence), written blind too.
  { file: 'purpose-blind-b3.tsv', rows: 58, precision: 0.95, recall: 0.9, agreement: 0.93 },
  // 47 statements with "we" as members or as the agency, definitions, meeting formats, written blind too.
  { file: 'purpose-blind-b4.tsv', rows: 47, precision: 0.95, recall: 0.92, agreement: 0.93 },
  // 35 statements, mostly common causes using the words the later cues look for, written blind too.
  { file: 'purpose-blind-b5.tsv', rows: 35, precision: 0.9, recall: 0.9, agreement: 0.91 },
  // 42 statements in charity and marketing registers and student plans mixing purpose with objectives, written blind too.
  { file: 'purpose-blind-b6.tsv', rows: 42, precision: 0.9, recall: 0.9, agreement: 0.92 },
  // 36 statements with real-world formatting (headings, bullets, capitals, quotations), written blind too.
  { file: 'purpose-blind-b7.tsv', rows: 36, precision: 0.9, recall: 0.9, agreement: 0.91 },
  // 33 statements in the "The purpose of this group is to provide / help / offer" phrasing, written blind too.
  { file: 'purpose-blind-b8.tsv', rows: 33, precision: 0.9, recall: 0.88, agreement: 0.9 },
  // 23 multi-sentence agency statements where the main clause decides, written blind too.
  { file: 'purpose-blind-b9.tsv', rows: 23, precision: 0.9, recall: 0.85, agreement: 0.86 },
  // 20 textbook-list fragments and awkward student plans, written blind too.
  { file: 'purpose-blind-b10.tsv', rows: 20, precision: 0.9, recall: 0.9, agreement: 0.85 },
  // 44 statements written blind after the cue index: student, funder-report and clinic registers, peer-run and online groups, committees.
  { file: 'purpose-blind-b11.tsv', rows: 44, precision: 0.95, recall: 0.92, agreement: 0.93 },
  // 44 more, blind: background-first paragraphs, questions as hooks, passive voice, named programmes.
  { file: 'purpose-blind-b12.tsv', rows: 44, precision: 0.95, recall: 0.95, agreement: 0.95 },
  // 48 more, blind: course-assignment purposes with clinical language, objectives lists and worker verbs.
  { file: 'purpose-blind-b13.tsv', rows: 48, precision: 0.95, recall: 0.95, agreement: 0.93 },
  // 44 more, blind: plain-language and translated flyers, social action, activity groups, slogans, run-on sentences.
  { file: 'purpose-blind-b14.tsv', rows: 44, precision: 0.95, recall: 0.92, agreement: 0.93 },
  // 46 more, blind, weighted to false alarms: common causes worded with failure words, realistic therapy-programme failures.
  { file: 'purpose-blind-b15.tsv', rows: 46, precision: 0.95, recall: 0.95, agreement: 0.93 },
  // 46 more, blind, weighted to false alarms again: members teaching one another, concerns listed, openings that the main clause overturns.
  { file: 'purpose-blind-b16.tsv', rows: 46, precision: 0.95, recall: 0.95, agreement: 0.93 },
  // 50 more, blind: hospice, faith, refugee, rural, self-advocacy and online registers; goals lists; a worker planning in the first person.
  { file: 'purpose-blind-b17.tsv', rows: 50, precision: 0.95, recall: 0.93, agreement: 0.92 },
  // 52 more, blind, written as a second sample of the development corpus's population.
  { file: 'purpose-blind-b18.tsv', rows: 52, precision: 0.95, recall: 0.95, agreement: 0.92 },
  // 52 more, blind: another sample of the same population, other groups and sentence shapes.
  { file: 'purpose-blind-b19.tsv', rows: 52, precision: 0.95, recall: 0.95, agreement: 0.94 },
  // 52 more, blind: another sample of the same population, written as each kind of author would.
  { file: 'purpose-blind-b20.tsv', rows: 52, precision: 0.95, recall: 0.95, agreement: 0.94 },
  // 52 more, blind: another sample, with question-and-answer, heading-and-sentence and 'what it is not' shapes.
  { file: 'purpose-blind-b21.tsv', rows: 52, precision: 0.95, recall: 0.95, agreement: 0.94 },
  // 52 more, blind: another sample, in leaflet, college and hospital-department voices. One weak
  // common cause is flagged on purpose: a "safe setting" sentence then "Topics this term include …",
  // the shape three other authors labelled CONTENT (see test/corpus/README.md).
  { file: 'purpose-blind-b22.tsv', rows: 52, precision: 0.93, recall: 0.95, agreement: 0.94, weakWarned: 1 },
];

describe.each(SETS)('held-out purpose statements: $file', (set) => {
  const rows = readLabelled(readFileSync(resolve(__dirname, '../corpus', set.file), 'utf8'));
  const m = measure(rows, { checkPlan, defaults });

  it('reads every labelled row', () => {
    expect(rows).toHaveLength(set.rows);
    expect(new Set(rows.map((r: { label: string }) => r.label))).toEqual(new Set(['COMMON-CAUSE', 'CONTENT', 'INDIVIDUAL', 'WORKER-CENTERED']));
  });

  it(`keeps precision >= ${set.precision} and recall >= ${set.recall} for flagged statements`, () => {
    expect(m.precision).toBeGreaterThanOrEqual(set.precision);
    expect(m.recall).toBeGreaterThanOrEqual(set.recall);
  });

  it(`keeps 4-way agreement >= ${set.agreement}`, () => {
    const misses = m.disagreements.map((d: { row: number; label: string; predicted: string }) => `row ${d.row}: ${d.label} -> ${d.predicted}`);
    expect(m.agreement, misses.join('\n')).toBeGreaterThanOrEqual(set.agreement);
  });

  it('never warns on a weak common cause (at most the information hint), but for rows read differently on purpose', () => {
    expect(m.weak.correct).toBe(m.weak.n - ((set as { weakWarned?: number }).weakWarned ?? 0));
  });
});
