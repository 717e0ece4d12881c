// Reading submissions: Word conversion with mammoth, tidying, and failures that become reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readSubmission, tidyConvertedMarkdown } from '../../server/src/grade/convert';
import { collectSubmissions } from '../../server/src/grade/collect';
import { checkSubmission } from '../../server/src/grade/check-submission';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-convert-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function writeDocx(name: string, children: (Paragraph | Table)[]): Promise<string> {
  const file = path.join(tmp, name);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

describe('readSubmission', () => {
  it('converts a Word document to Markdown, keeping headings, lists and emphasis', async () => {
    const file = await writeDocx('plan.docx', [
      new Paragraph({ text: 'Parents group', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Purpose', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun('Parents of teenagers '), new TextRun({ text: 'help one another', italics: true }), new TextRun(' (weekly).')] }),
      new Paragraph({ text: 'Norms', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'We talk to one another.', bullet: { level: 0 } }),
      new Paragraph({ text: 'Differences are welcome.', bullet: { level: 0 } }),
    ]);
    const r = await readSubmission(file);
    expect(r).toEqual({
      ok: true,
      format: 'docx',
      text: '# Parents group\n\n## Purpose\n\nParents of teenagers _help one another_ (weekly).\n\n## Norms\n\n- We talk to one another.\n- Differences are welcome.\n',
    });
  });

  it('keeps a Word table as a table, so a plan laid out as "element | text" rows has its purpose found', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (a: string, b: string) => new TableRow({ children: [cell(a), cell(b)] });
    const file = await writeDocx('table.docx', [
      new Paragraph({ text: 'Parents group', heading: HeadingLevel.HEADING_1 }),
      new Table({ rows: [row('Purpose', 'Parents of teenagers come together to help one another face the same worries.'), row('Norms', 'We speak to one another, not only to the worker.')] }),
    ]);
    const r = await checkSubmission({ index: 0, path: file, display: 'table.docx', student: 's' }, []);
    expect(r.text).toMatch(/^\| Purpose \| Parents of teenagers come together to help one another face the same worries\. \|$/m);
    expect(r.purpose).toMatchObject({ text: 'Parents of teenagers come together to help one another face the same worries.', from: 'label' });
  });

  it('grades the converted text, so positions refer to it', async () => {
    const file = await writeDocx('graded.docx', [
      new Paragraph({ text: 'Plan', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: 'Purpose', bold: true })] }),
      new Paragraph({ text: 'Neighbours band together to keep the park open.' }),
    ]);
    const r = await checkSubmission({ index: 0, path: file, display: 'graded.docx', student: 's' }, ['norms-missing']);
    expect(r.skipped).toBeUndefined();
    expect(r.text).toBe('# Plan\n\n## Purpose\n\nNeighbours band together to keep the park open.\n');
    expect(r.purpose).toEqual({ text: 'Neighbours band together to keep the park open.', line: 5, endLine: 5, from: 'section' });
    expect(r.findings.find((f) => f.ruleId === 'norms-missing')?.line).toBe(1);
    expect(r.dynamics.map((d) => d.id)).toContain('strength-in-numbers');
  });

  it('turns failures into reasons: corrupt, empty, renamed, unsupported, missing', async () => {
    const good = await writeDocx('whole.docx', [new Paragraph('Text')]);
    const { readFileSync } = await import('node:fs');
    writeFileSync(path.join(tmp, 'half.docx'), readFileSync(good).subarray(0, 200));
    writeFileSync(path.join(tmp, 'empty.docx'), '');
    writeFileSync(path.join(tmp, 'blank.md'), ' \n\n\t\n');
    writeFileSync(path.join(tmp, 'renamed.docx'), '# Really Markdown\n\nThe purpose of this group is for us to help one another.\n');
    writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(tmp, 'old.doc'), 'x');
    expect(await readSubmission(path.join(tmp, 'half.docx'))).toEqual({ ok: false, reason: expect.stringMatching(/^is not a valid Word document \(.+\)$/) });
    expect(await readSubmission(path.join(tmp, 'empty.docx'))).toEqual({ ok: false, reason: 'is empty' });
    expect(await readSubmission(path.join(tmp, 'blank.md'))).toEqual({ ok: false, reason: 'is empty' });
    expect(await readSubmission(path.join(tmp, 'renamed.docx'))).toMatchObject({ ok: true, format: 'docx', text: expect.stringContaining('# Really Markdown') });
    expect(await readSubmission(path.join(tmp, 'latin1.txt'))).toEqual({ ok: false, reason: 'is not UTF-8 text (save it as UTF-8 and try again)' });
    expect(await readSubmission(path.join(tmp, 'old.doc'))).toEqual({ ok: false, reason: 'is an old Word .doc file; save it as .docx and grade again' });
    expect(await readSubmission(path.join(tmp, 'gone.md'))).toEqual({ ok: false, reason: 'does not exist' });
  });
});

describe('tidyConvertedMarkdown', () => {
  it('drops escapes that cannot start markup and keeps those that would', () => {
    expect(tidyConvertedMarkdown('An open\\-ended group \\(weekly\\)\\. Really\\!\n')).toBe('An open-ended group (weekly). Really!\n');
    expect(tidyConvertedMarkdown('1\\. Not a list\n\n\\- not a bullet\n\n\\# not a heading\n\n[a]\\(b\\) and \\![x]\n')).toBe('1\\. Not a list\n\n\\- not a bullet\n\n\\# not a heading\n\n[a]\\(b) and \\![x]\n');
  });

  it('turns short bold-only paragraphs into headings, but not bold sentences', () => {
    expect(tidyConvertedMarkdown('__Purpose__\n\nText.\n\n__Group norms:__\n\n__This is a full sentence.__\n')).toBe('## Purpose\n\nText.\n\n## Group norms:\n\n__This is a full sentence.__\n');
  });
});

describe('collectSubmissions', () => {
  it('names students by file, or by sub-folder, one submission per folder with the other files listed', () => {
    const dir = path.join(tmp, 'class');
    mkdirSync(path.join(dir, 'Maya Ortiz', 'drafts'), { recursive: true });
    writeFileSync(path.join(dir, 'Maya Ortiz', 'drafts', 'final.md'), 'x');
    writeFileSync(path.join(dir, 'Maya Ortiz', 'notes.jpg'), 'x');
    writeFileSync(path.join(dir, 'leo.docx'), 'x');
    writeFileSync(path.join(dir, '~$leo.docx'), 'x');
    writeFileSync(path.join(dir, '.hidden.md'), 'x');
    const { files, missing } = collectSubmissions([dir, path.join(tmp, 'nowhere')], { cwd: tmp });
    // One student, one submission: the folder's plan is its largest file of a type the grader reads;
    // the other files are listed for the student's feedback.
    expect(files.map((f) => [f.display, f.student])).toEqual([
      ['class/Maya Ortiz/drafts/final.md', 'Maya Ortiz'],
      ['class/leo.docx', 'leo'],
    ]);
    expect(files[0].others).toEqual(['class/Maya Ortiz/notes.jpg']);
    expect(missing).toEqual([{ arg: path.join(tmp, 'nowhere'), glob: false, reason: 'does not exist' }]);
  });
});
