// What learning platforms hand out: the file and folder names of a Canvas or Moodle "Download
// submissions", read for the student's name, their id on the platform, lateness and the file's
// original name, so that a class downloaded from a platform is graded one student per id and its
// grades can go back in.
//
// Canvas (Instructure's "Download Submissions" zip): `<sortable name>[_LATE]_<user id>_<attachment
// id>_<original file name>`, where the sortable name is the student's "Last, First" name in lower
// case with everything but letters and digits left out; an online text entry is
// `<sortable name>[_LATE]_<user id>_text.html`, a website URL `…_link.html`; an anonymous download
// uses `anon` and the anonymous id. A resubmitted file gets a new attachment id, and Canvas adds
// `-1`, `-2`, … to its original name.
// Moodle (assignment "Download all submissions"): `<full name>_<participant id>_assignsubmission_file_<file>`,
// or, with "Download submissions in folders", a folder `<full name>_<participant id>_assignsubmission_file_`
// per student; online text is `…_assignsubmission_onlinetext_onlinetext.html`.

export interface Platform {
  kind: 'canvas' | 'moodle';
  /** The platform's id for the student: Canvas user id (or anonymous id), Moodle participant id. */
  id: string;
  /** The name the platform wrote: Canvas's sortable name, Moodle's full name. */
  name: string;
  /** Canvas: the attachment id, which grows with each upload. */
  attachment?: string;
  /** Canvas: submitted after the due date. */
  late?: boolean;
  /** The file's name as the student uploaded it (without Canvas's resubmission number). */
  original: string;
  /** Canvas's resubmission number (`plan-2.docx`: 2), 0 for the first upload. */
  resubmission: number;
}

const CANVAS = /^(?<name>[\p{Ll}\p{Lo}\p{N}]+|anon)(?<late>_LATE)?_(?<id>\d{3,}|(?<=anon_)[0-9A-Za-z]+)_(?:(?<attachment>\d{4,})_(?<original>.+)|(?<entry>text|link)\.html)$/u;
const MOODLE = /^(?<name>.+?)_(?<id>\d+)_assignsubmission_(?<plugin>file|onlinetext)_(?<original>.*)$/u;
const MOODLE_FOLDER = /^(?<name>.+?)_(?<id>\d+)_assignsubmission_(?:file|onlinetext)_?$/u;
const RESUBMISSION = /^(?<stem>.+)-(?<n>\d{1,3})(?<ext>\.[A-Za-z0-9]+)?$/;

/**
 * The platform a submission came from, read from its path below the submissions folder
 * (forward slashes); undefined for any other layout.
 */
export function platformOf(relative: string): Platform | undefined {
  const parts = relative.split('/');
  const base = parts[parts.length - 1].normalize('NFC');
  if (parts.length >= 2) {
    const folder = MOODLE_FOLDER.exec(parts[parts.length - 2].normalize('NFC'));
    if (folder?.groups) return { kind: 'moodle', id: folder.groups.id, name: folder.groups.name, original: base, resubmission: 0 };
  }
  const moodle = MOODLE.exec(base);
  if (moodle?.groups) {
    const original = moodle.groups.plugin === 'onlinetext' && !moodle.groups.original ? 'onlinetext.html' : moodle.groups.original;
    return { kind: 'moodle', id: moodle.groups.id, name: moodle.groups.name, original, resubmission: 0 };
  }
  const canvas = CANVAS.exec(base);
  if (canvas?.groups) {
    const g = canvas.groups;
    const original = g.original ?? `${g.entry}.html`;
    const re = RESUBMISSION.exec(original);
    return {
      kind: 'canvas',
      id: g.id,
      name: g.name === 'anon' ? `anonymous ${g.id}` : g.name,
      ...(g.attachment ? { attachment: g.attachment } : {}),
      ...(g.late ? { late: true } : {}),
      original: re?.groups ? `${re.groups.stem}${re.groups.ext ?? ''}` : original,
      resubmission: re?.groups ? Number(re.groups.n) : 0,
    };
  }
  return undefined;
}

/** Of one student's files, the one to grade: the latest upload (highest attachment id, then resubmission number). */
export function latestOf<T extends { platform?: Platform }>(files: T[]): T {
  const rank = (f: T): [number, number] => [Number(f.platform?.attachment ?? 0), f.platform?.resubmission ?? 0];
  return files.reduce((best, f) => {
    const [a, r] = rank(f);
    const [ba, br] = rank(best);
    return a > ba || (a === ba && r > br) ? f : best;
  });
}
