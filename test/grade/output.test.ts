// Atomic output writing, progress output, CSV escaping and slugs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeOutputs } from '../../server/src/grade/output';
import { createProgress, formatDuration } from '../../server/src/grade/progress';
import { csvField, slugify } from '../../server/src/grade/report';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'groupplan-output-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeOutputs', () => {
  it('writes every file and removes feedback of students no longer in the batch', () => {
    const out = path.join(tmp, 'a');
    writeOutputs(out, new Map([['report.html', 'one'], ['feedback/x.md', 'x'], ['feedback/y.md', 'y']]));
    writeOutputs(out, new Map([['report.html', 'two'], ['feedback/x.md', 'x2']]));
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('two');
    expect(readdirSync(path.join(out, 'feedback'))).toEqual(['x.md']);
    expect(readdirSync(out).sort()).toEqual(['.groupplan-run.json', 'feedback', 'report.html']);
  });

  it('leaves the previous outputs whole when a run fails while writing', () => {
    const out = path.join(tmp, 'b');
    writeOutputs(out, new Map([['report.html', 'complete old report'], ['grades.csv', 'old']]));
    // A NUL byte in a file name makes the write fail half-way through the batch.
    const failing = new Map([['grades.csv', 'new'], ['feedback/bad\0name.md', 'x'], ['report.html', 'new report']]);
    expect(() => writeOutputs(out, failing)).toThrow();
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toBe('complete old report');
    expect(readFileSync(path.join(out, 'grades.csv'), 'utf8')).toBe('old');
    // No staging folder is left; the run marker is the earlier run's.
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual(['.groupplan-run.json']);
  });

  it('writes into a folder that already holds other files without touching them', () => {
    const out = path.join(tmp, 'c');
    mkdirSync(out);
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    writeOutputs(out, new Map([['grades.csv', 'g']]));
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(out, 'grades.csv'))).toBe(true);
  });
});

describe('progress', () => {
  it('redraws one bar with files done, rate and time left on a terminal', () => {
    let written = '';
    let t = 0;
    const p = createProgress(4, { isTTY: true, columns: 80, write: (s: string) => (written += s) }, { now: () => t });
    t = 1000;
    p.tick('a');
    t = 2000;
    p.tick('b');
    t = 3000;
    p.tick('c');
    t = 4000;
    p.tick('d');
    p.done();
    expect(written).toContain('\r\x1b[2K[#####---------------] 1/4 files  1.0 files/s  about 3 s left');
    expect(written).toContain('[####################] 4/4 files  1.0 files/s  done in 4 s');
    expect(written.endsWith('\n')).toBe(true);
    expect(written.split('\n')).toHaveLength(2);
  });

  it('prints one plain line per file when not a terminal, and nothing when quiet', () => {
    const lines: string[] = [];
    const p = createProgress(2, { isTTY: false, write: (s: string) => lines.push(s) }, { now: () => 0 });
    p.tick('a.md', '3 findings');
    p.tick('b.docx', 'not graded: is empty');
    expect(lines.slice(0, 2)).toEqual(['[1/2] a.md: 3 findings\n', '[2/2] b.docx: not graded: is empty\n']);
    const quiet: string[] = [];
    const q = createProgress(2, { isTTY: true, write: (s: string) => quiet.push(s) }, { quiet: true });
    q.tick('a');
    q.done();
    expect(quiet).toEqual([]);
  });

  it('formats durations', () => {
    expect(formatDuration(0.2)).toBe('1 s');
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(NaN)).toBe('?');
  });
});

describe('csvField and slugify', () => {
  it('quotes fields that need it and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });

  it('keeps a student’s name in any script, replacing only what a file system forbids, unique without regard to case', () => {
    const taken = new Set<string>();
    expect(slugify('Zoë Ángel', taken)).toBe('Zoë Ángel');
    expect(slugify('zoë ángel', taken)).toBe('zoë ángel-2');
    expect(slugify('Łukasz Żółw', taken)).toBe('Łukasz Żółw');
    expect(slugify('陈伟', taken)).toBe('陈伟');
    expect(slugify('../../etc', taken)).toBe('etc');
    expect(slugify('a/b\\c:d*e?"f<g>h|i\u0007', taken)).toBe('a-b-c-d-e--f-g-h-i-');
    expect(slugify('  . ', taken)).toBe('student');
    expect(slugify('CON', taken)).toBe('CON-');
    expect(slugify('Ana.', taken)).toBe('Ana');
  });
});
