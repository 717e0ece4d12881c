// Grades back into the learning platform, in the files its importers read.
//
// Canvas, Gradebook "Import" (CSV): the first columns are Student, ID, SIS User ID, SIS Login ID and
// Section; rows are matched by ID (the Canvas user id); every further column is an assignment, named
// "<name> (<assignment id>)" to fill an existing one, any other name creating a new assignment; a
// second row starting "Points Possible" may give each assignment's points. A Gradebook export has
// exactly this shape, so with `--roster` its rows are kept and only the assignment column is written.
// Moodle, assignment "Upload grading worksheet" (CSV exported by "Download grading worksheet"): rows
// are matched by the Identifier column ("Participant <id>"); the Grade and Feedback comments columns
// are read back; the headers are in the course's language and every other column is left as it was.
// Moodle, assignment "Upload multiple feedback files in a zip" (feedback plugin assignfeedback_file,
// importziplib.php): each file's path is split at underscores into at most five parts, the second
// being the participant id and the third and fourth the plugin (`assignfeedback`, `file`); the rest is
// the file's name. So `<full name>_<participant id>_assignfeedback_file_feedback.html` reaches that
// participant as a feedback file called feedback.html.
import { rescaled, scoreText } from '../engine/grade/score';
import { parseCsv } from './calibrate';
import type { ClassReport, StudentReport } from './report';
import JSZip from 'jszip';

export interface LmsFile {
  file: string;
  text: string;
}

export interface CanvasOptions {
  /** The assignment column: "<name> (<id>)" fills an existing assignment. */
  assignment?: string;
  /** The assignment's points; totals are scaled to it. Default: the rubric's maximum. */
  points?: number;
  /** A Gradebook export whose rows (and any points row) are kept. */
  roster?: LmsFile;
}

const STANDARD = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section'];
export const DEFAULT_ASSIGNMENT = 'Group plan (groupplan)';

// Plain CSV quoting: the importers read these cells back as data, so nothing is added to them.
function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: (string | number)[]): string => cells.map(cell).join(',');
const scaled = (s: StudentReport, points: number): number => rescaled(s.total, s.max, points);

/** canvas-import.csv, and what could not go in it. */
export function canvasImport(report: ClassReport, o: CanvasOptions = {}): { text: string; unmatched: string[] } {
  const assignment = o.assignment ?? DEFAULT_ASSIGNMENT;
  const max = report.students[0]?.max ?? report.rubric.criteria.reduce((t, c) => t + c.points, 0);
  const points = o.points ?? max;
  const canvas = report.students.filter((s) => s.platform?.kind === 'canvas' && !/^anonymous /.test(s.platform.name));
  const byId = new Map(canvas.map((s) => [s.platform!.id, s]));
  const used = new Set<string>();
  const rows: (string | number)[][] = [[...STANDARD, assignment]];
  if (o.roster) {
    const table = parseCsv(o.roster.text);
    const header = table[0] ?? [];
    const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    const idCol = col('ID');
    for (const r of table.slice(1)) {
      const standard = STANDARD.map((name) => (col(name) >= 0 ? (r[col(name)] ?? '') : ''));
      if (/^\s*Points Possible/i.test(r[0] ?? '')) {
        rows.push([...standard, points]);
        continue;
      }
      const s = idCol >= 0 ? byId.get((r[idCol] ?? '').trim()) : undefined;
      if (s) used.add(s.platform!.id);
      rows.push([...standard, s ? scaled(s, points) : '']);
    }
  } else {
    rows.push(['    Points Possible', '', '', '', '', points]);
    for (const s of canvas) {
      used.add(s.platform!.id);
      rows.push([s.platform!.name, s.platform!.id, '', '', '', scaled(s, points)]);
    }
  }
  const unmatched = report.students.filter((s) => !(s.platform?.kind === 'canvas' && used.has(s.platform.id))).map((s) => s.student);
  return { text: `${rows.map(line).join('\r\n')}\r\n`, unmatched };
}

/** A one-paragraph comment for the platform's feedback box: the total, each criterion, and where the full feedback is. */
export function feedbackComment(s: StudentReport): string {
  const parts = s.criteria.map((c) => `${c.title} ${scoreText(c, '/')}`).join('; ');
  const where = s.platform?.kind === 'moodle' ? `the feedback file ${MOODLE_FEEDBACK_NAME}` : `${s.slug}.md`;
  return `groupplan: ${s.total} / ${s.max}. ${parts}. The full feedback, finding by finding, is in ${where}.`;
}

/** moodle-worksheet.csv: the exported worksheet with Grade and Feedback comments filled in for every participant graded. */
export function moodleWorksheet(report: ClassReport, worksheet: LmsFile): { text: string; filled: number; unmatched: string[]; problems: string[] } {
  const table = parseCsv(worksheet.text);
  const header = table[0] ?? [];
  const named = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  // English headers where the course uses English; otherwise the worksheet's fixed column order.
  const idCol = Math.max(0, named(/^identifier$/i));
  let gradeCol = named(/^grade$/i);
  let maxCol = named(/^maximum grade$/i);
  let feedbackCol = named(/^feedback comments$/i);
  if (gradeCol < 0) gradeCol = 4;
  if (maxCol < 0) maxCol = 5;
  if (feedbackCol < 0) feedbackCol = header.length - 1;
  const problems: string[] = [];
  if (header.length < 6 || table.length < 2) problems.push(`${worksheet.file} does not look like a Moodle grading worksheet (expected columns such as Identifier, Full name, Grade, Maximum Grade and Feedback comments)`);
  const moodle = new Map(report.students.filter((s) => s.platform?.kind === 'moodle').map((s) => [s.platform!.id, s]));
  const used = new Set<string>();
  let filled = 0;
  const out = table.map((r, i) => {
    if (i === 0 || problems.length) return r;
    const id = /(\d+)\s*$/.exec(r[idCol] ?? '')?.[1];
    const s = id ? moodle.get(id) : undefined;
    if (!s) return r;
    used.add(id!);
    const row = [...r];
    while (row.length < header.length) row.push('');
    const maxGrade = Number((row[maxCol] ?? '').replace(',', '.'));
    row[gradeCol] = String(Number.isFinite(maxGrade) && maxGrade > 0 ? scaled(s, maxGrade) : s.total);
    row[feedbackCol] = feedbackComment(s);
    filled++;
    return row;
  });
  const unmatched = report.students.filter((s) => !(s.platform?.kind === 'moodle' && used.has(s.platform.id))).map((s) => s.student);
  return { text: `${out.map(line).join('\r\n')}\r\n`, filled, unmatched, problems };
}

/** The name of the feedback file each student finds in Moodle. */
export const MOODLE_FEEDBACK_NAME = 'feedback.html';
/** The archives of feedback pages in the output folder, per platform. */
export const FEEDBACK_ZIP = { canvas: 'canvas-feedback.zip', moodle: 'moodle-feedback.zip' } as const;

// The name each platform matches a feedback file to its student by.
// Moodle: `<full name>_<participant id>_assignfeedback_file_feedback.html` (the name part is not
// read; underscores and slashes in it would move the id).
// Canvas: the download's own prefix, `<sortable name>[_LATE]_<user id>_<attachment id>_feedback.html`:
// "Re-Upload Submissions" reads the first two all-digit parts as the user and one of their
// submission's attachments, and adds the file as a comment on that submission. Canvas names the
// comment's attachment after the student's file (plan.docx), whatever the file holds, so the page
// says what it is in its title. An online-text entry has no attachment to match, so it is left out.
function feedbackEntryName(s: StudentReport): string | undefined {
  const p = s.platform;
  if (p?.kind === 'moodle') return `${p.name.replace(/[_/\\]/g, ' ').trim() || 'participant'}_${p.id}_assignfeedback_file_${MOODLE_FEEDBACK_NAME}`;
  if (p?.kind === 'canvas' && p.attachment) return `${p.name}${p.late ? '_LATE' : ''}_${p.id}_${p.attachment}_feedback.html`;
  return undefined;
}

/**
 * A platform's feedback archive: each student's feedback page, named so that the platform's bulk
 * upload gives it to them. `pages` maps a student's feedback slug to the page.
 */
export async function feedbackZip(kind: 'canvas' | 'moodle', report: ClassReport, pages: Map<string, string>): Promise<{ zip: Buffer; included: number; notIncluded: string[] }> {
  const zip = new JSZip();
  let included = 0;
  const notIncluded: string[] = [];
  for (const s of report.students) {
    if (s.platform?.kind !== kind) continue;
    const name = feedbackEntryName(s);
    if (!name || !pages.has(s.slug)) {
      notIncluded.push(s.student);
      continue;
    }
    // A fixed date: the same grading gives the same archive, byte for byte.
    zip.file(name, pages.get(s.slug)!, { date: new Date(Date.UTC(2000, 0, 1)) });
    included++;
  }
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }), included, notIncluded };
}
