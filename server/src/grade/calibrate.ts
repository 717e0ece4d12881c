// Calibration against the instructor: `grade --calibrate marks.csv` reads the instructor's own marks
// for some submissions (a total, and criterion marks where given) and reports how far groupplan's
// scores agree with them: rank correlation and mean differences, overall and per criterion, so an
// instructor can see how far to trust the scores of the submissions they did not mark.
import { rescaled, round2, withHandMarks } from '../engine/grade/score';
import { summarise, type ClassReport } from './report';

export interface Agreement {
  /** Submissions with both marks. */
  n: number;
  /** Spearman's rank correlation (ties share their mean rank); null below three pairs or with no spread. */
  spearman: number | null;
  /** Mean of |groupplan − instructor|, in points. */
  meanAbsDiff: number | null;
  /** Mean of groupplan − instructor, in points: above 0, groupplan marks higher. */
  meanDiff: number | null;
}

export interface Calibration {
  /** The marks file's name, as given. */
  file: string;
  total: Agreement & { max: number };
  criteria: (Agreement & { id: string; title: string; max: number })[];
  /** Each marked submission: the instructor's total beside groupplan's. */
  rows: { student: string; instructor: number; groupplan: number }[];
  /** Rows of the marks file whose student was not among those graded. */
  unmatched: string[];
  /** Columns that are neither the student, the total nor a criterion of the rubric. */
  ignoredColumns: string[];
}

export interface Marks {
  file: string;
  header: string[];
  rows: string[][];
}

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a byte order mark). The separator is
 * the comma, or the semicolon or tab when the header line has more of those (spreadsheets in many
 * locales save with semicolons).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  const first = s.slice(0, s.search(/\r|\n|$/));
  const count = (ch: string) => first.split(ch).length - 1;
  const sep = [',', ';', '\t'].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const STUDENT_COLUMN = /^(?:student|name|student name|full name)$/i;
const TOTAL_COLUMN = /^(?:total|score|mark|marks|grade|points)$/i;

/** Checks a marks file before any grading: returns the problems that make it unusable. */
export function readMarks(text: string, file: string): { marks?: Marks; problems: string[] } {
  const table = parseCsv(text);
  if (table.length < 2) return { problems: [`${file} has no rows of marks (expected a header line, then one line per submission)`] };
  const header = table[0].map((h) => h.trim());
  if (!header.some((h) => STUDENT_COLUMN.test(h))) return { problems: [`${file} has no "student" column naming whose marks each row holds (its columns are: ${header.join(', ')})`] };
  return { marks: { file, header, rows: table.slice(1) }, problems: [] };
}

const norm = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
// A name as a set of words, so that "Ana López", "ana-lopez" and "Lopez, Ana" are the same student.
const nameKey = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');

// A mark as instructors write it: "18", "18.5", "18,5", "72%" (of the maximum), "18/25" (scaled to it).
function markOf(raw: string | undefined, max: number): number | undefined {
  const v = (raw ?? '').trim().replace(/(\d),(\d)/, '$1.$2');
  if (!v) return undefined;
  let m = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(v);
  if (m) return (Number(m[1]) / 100) * max;
  m = /^(-?\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(v);
  if (m && Number(m[2]) > 0) return (Number(m[1]) / Number(m[2])) * max;
  return /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : undefined;
}

/** Ranks with ties sharing their mean rank (1-based). */
function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks. */
export function spearman(a: number[], b: number[]): number | null {
  if (a.length < 3) return null;
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return da === 0 || db === 0 ? null : num / Math.sqrt(da * db);
}

const round2OrNull = (n: number | null): number | null => (n === null ? null : round2(n));

function agreement(pairs: [number, number][]): Agreement {
  const n = pairs.length;
  if (n === 0) return { n, spearman: null, meanAbsDiff: null, meanDiff: null };
  const diffs = pairs.map(([ours, theirs]) => ours - theirs);
  return {
    n,
    spearman: round2OrNull(spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]))),
    meanAbsDiff: round2(diffs.reduce((s, d) => s + Math.abs(d), 0) / n),
    meanDiff: round2(diffs.reduce((s, d) => s + d, 0) / n),
  };
}

// A row names a student as the grader did, by the feedback file's name, or by the submission's file name.
function studentsByName(report: ClassReport): Map<string, ClassReport['students'][number]> {
  const byName = new Map<string, ClassReport['students'][number]>();
  for (const s of report.students) {
    const base = s.file.split('/').pop() ?? s.file;
    for (const key of [s.student, s.slug, base, base.replace(/\.[^.]+$/, '')]) if (!byName.has(nameKey(key))) byName.set(nameKey(key), s);
  }
  return byName;
}

const columnOf = (header: string[], c: { id: string; title: string }): number => header.findIndex((h) => norm(h) === norm(c.id) || norm(h) === norm(c.title));

/**
 * Puts the instructor's marks into the criteria the rubric has them mark by hand (a column named by
 * the criterion's id or title; "18", "72%", "18/25"), then totals and the class summary again. Says,
 * per hand-marked criterion, which students have no mark yet (they score 0 on it).
 */
export function applyHandMarks(report: ClassReport, marks: Marks | undefined): { report: ClassReport; unmarked: { id: string; title: string; students: string[] }[] } {
  const hand = report.rubric.criteria.filter((c) => c.hand);
  if (hand.length === 0) return { report, unmarked: [] };
  const given = new Map<ClassReport['students'][number], Map<string, number>>();
  if (marks) {
    const studentCol = marks.header.findIndex((h) => STUDENT_COLUMN.test(h));
    const byName = studentsByName(report);
    const cols = hand.map((c) => ({ c, col: columnOf(marks.header, c) })).filter((x) => x.col >= 0);
    for (const row of marks.rows) {
      const s = byName.get(nameKey(row[studentCol] ?? ''));
      if (!s) continue;
      for (const { c, col } of cols) {
        const mark = markOf(row[col], c.points);
        if (mark === undefined) continue;
        const m = given.get(s) ?? new Map<string, number>();
        m.set(c.id, mark);
        given.set(s, m);
      }
    }
  }
  const students = report.students.map((s) => {
    const { criteria, total } = withHandMarks(s.criteria, given.get(s) ?? new Map());
    return { ...s, criteria, total, percent: rescaled(total, s.max, 100) };
  });
  const unmarked = hand.map((c) => ({ id: c.id, title: c.title, students: students.filter((s) => s.criteria.find((x) => x.id === c.id)?.marked === false).map((s) => s.student) }));
  return { report: { ...report, students, summary: summarise(students, report.summary.submissions, report.summary.skipped) }, unmarked };
}

/** Compares the instructor's marks with the graded class. */
export function calibrate(report: ClassReport, marks: Marks): Calibration {
  const { header, rows } = marks;
  const studentCol = header.findIndex((h) => STUDENT_COLUMN.test(h));
  const totalCol = header.findIndex((h) => TOTAL_COLUMN.test(h));
  // A hand-marked criterion's score is the mark itself: there is nothing to compare.
  const criteria = report.rubric.criteria.filter((c) => !c.hand).map((c) => ({ c, col: columnOf(header, c) }));
  const used = new Set([studentCol, totalCol, ...criteria.map((x) => x.col)]);
  const ignoredColumns = header.filter((h, i) => !used.has(i) && h !== '');
  const byName = studentsByName(report);
  const max = report.students[0]?.max ?? report.rubric.criteria.reduce((t, c) => t + c.points, 0);
  const totals: [number, number][] = [];
  const perCriterion = criteria.map(() => [] as [number, number][]);
  const out: Calibration['rows'] = [];
  const unmatched: string[] = [];
  for (const row of rows) {
    const name = row[studentCol]?.trim() ?? '';
    if (!name) continue;
    const s = byName.get(nameKey(name));
    if (!s) {
      unmatched.push(name);
      continue;
    }
    const total = totalCol >= 0 ? markOf(row[totalCol], max) : undefined;
    if (total !== undefined) {
      totals.push([s.total, total]);
      out.push({ student: s.student, instructor: round2(total), groupplan: s.total });
    }
    criteria.forEach(({ c, col }, k) => {
      if (col < 0) return;
      const mark = markOf(row[col], c.points);
      const ours = s.criteria.find((x) => x.id === c.id)?.score;
      if (mark !== undefined && ours !== undefined) perCriterion[k].push([ours, mark]);
    });
  }
  return {
    file: marks.file,
    total: { ...agreement(totals), max },
    criteria: criteria.filter(({ col }) => col >= 0).map(({ c }) => ({ id: c.id, title: c.title, max: c.points, ...agreement(perCriterion[criteria.findIndex((x) => x.c === c)]) })),
    rows: out,
    unmatched,
    ignoredColumns,
  };
}

/** One sentence on what the agreement means, for the report and the terminal. */
export function calibrationSummary(c: Calibration): string {
  const t = c.total;
  if (t.n === 0) return `None of the ${c.rows.length + c.unmatched.length} rows of ${c.file} could be compared: check the student names and the total column.`;
  const rho = t.spearman === null ? 'too few marked submissions to compare their order' : `rank correlation ${t.spearman.toFixed(2)}`;
  const bias = t.meanDiff === null || t.meanDiff === 0 ? '' : `, groupplan ${t.meanDiff > 0 ? 'higher' : 'lower'} by ${Math.abs(t.meanDiff)} on average`;
  return `Against your marks for ${t.n} submission${t.n === 1 ? '' : 's'}: ${rho}; totals differ by ${t.meanAbsDiff} of ${t.max} points on average${bias}.`;
}
