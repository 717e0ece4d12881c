// Reads a submission as Markdown: Markdown and text as they are, Word (.docx) converted with mammoth,
// web pages (a platform's online-text entries) converted with rehype-parse and rehype-remark.
import * as path from 'node:path';
import { decodeText, MAX_FILE_BYTES, readBounded, readTextFile } from '../node/files';
import { zipEntries } from '../node/zip';

export type SubmissionFormat = 'markdown' | 'text' | 'docx' | 'html';

/** Formats whose text is converted, so the feedback shows the converted text its line numbers refer to. */
export const CONVERTED: readonly SubmissionFormat[] = ['docx', 'html'];

export const FORMATS_BY_EXTENSION: Record<string, SubmissionFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
};

export type Submission = { ok: true; text: string; format: SubmissionFormat } | { ok: false; reason: string };

/** Why a file of this extension is not graded, or undefined when it is. */
export function unsupportedReason(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  // A Canvas website-URL entry holds only a link: there is no plan in it to read.
  if (/(^|[_/\\])link\.html$/i.test(file)) return 'is a website URL entry, which the grader does not follow; ask for the plan itself';
  if (FORMATS_BY_EXTENSION[ext]) return undefined;
  if (ext === '.pdf') return 'is a PDF, which the grader does not read yet; ask for a .docx or Markdown copy';
  if (ext === '.doc') return 'is an old Word .doc file; save it as .docx and grade again';
  if (ext === '.zip') return 'is a zip archive inside the submissions; give it to grade on its own (groupplan grade class.zip …) to grade what is in it';
  if (ext === '.odt' || ext === '.rtf' || ext === '.pages') return `is a ${ext.slice(1)} file; save it as .docx or Markdown and grade again`;
  return `has an unsupported file type (${ext || 'no extension'}); the grader reads .md, .markdown, .txt, .docx and .html`;
}

// Reads one submission; every failure becomes a reason, never a throw.
export async function readSubmission(file: string): Promise<Submission> {
  const format = FORMATS_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) return { ok: false, reason: unsupportedReason(file)! };
  const result = format === 'docx' ? await readDocx(file) : format === 'html' ? await readHtml(file) : readTextFile(file);
  if (!result.ok) return result;
  if (!result.text.trim()) return { ok: false, reason: 'is empty' };
  return { ok: true, text: result.text, format };
}

/** Limits on what a Word document may unpack to: its text parts (images are never unpacked) and its entries. */
export const DOCX_LIMITS = { textBytes: 25 * 1024 * 1024, entries: 5000 };

// Why a Word archive is refused before it is unpacked, if it is: too many entries, or text parts that
// would unpack to more than DOCX_LIMITS.textBytes (a 688 KB file can hold a 200 MB document.xml).
export function docxLimitReason(buf: Buffer): string | undefined {
  const listed = zipEntries(buf);
  if (!listed.ok) return `is not a valid Word document (${listed.reason})`;
  if (listed.entries.length > DOCX_LIMITS.entries) return `is not a usual Word document: it holds ${listed.entries.length} parts (more than ${DOCX_LIMITS.entries}), so it was not unpacked`;
  const text = listed.entries.filter((e) => !/^word\/media\/|^media\//i.test(e.name)).reduce((n, e) => n + e.uncompressedSize, 0);
  if (text > DOCX_LIMITS.textBytes) return `would unpack to ${(text / 1048576).toFixed(0)} MB of text, more than the ${DOCX_LIMITS.textBytes / 1048576} MB the grader reads, so it was not unpacked`;
  return undefined;
}

async function readDocx(file: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const read = readBounded(file, MAX_FILE_BYTES);
  if (!read.ok) return read;
  const buf = read.buf;
  if (buf.length === 0) return { ok: false, reason: 'is empty' };
  // A .docx is a zip archive; anything else (a renamed text file, say) is read as text if it is text.
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) {
    const asText = decodeText(buf);
    return asText.ok ? asText : { ok: false, reason: 'is not a valid Word document (it is not a .docx archive)' };
  }
  const refused = docxLimitReason(buf);
  if (refused) return { ok: false, reason: refused };
  try {
    // mammoth's Markdown writer is marked deprecated but keeps headings, lists and emphasis, which is what the rules need.
    // Images are dropped unread: feedback never carries a student's pictures, and a huge one costs nothing.
    const mammoth = (await import('mammoth')) as unknown as {
      convertToMarkdown(input: { buffer: Buffer }, options: { convertImage: unknown }): Promise<{ value: string }>;
      images: { imgElement(f: () => Promise<{ src: string }>): unknown };
    };
    const { value } = await mammoth.convertToMarkdown({ buffer: buf }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    return { ok: true, text: tidyConvertedMarkdown(value.replace(/!\[[^\]\n]*\]\(\)/g, '')) };
  } catch (e) {
    return { ok: false, reason: `is not a valid Word document (${firstLine(e)})` };
  }
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0].slice(0, 200);
}

// Makes mammoth's Markdown read like what a person writes: drops backslash escapes that cannot
// start markup where they stand, turns short all-bold paragraphs (headings typed as bold text) into
// headings, and trims trailing blank lines.
export function tidyConvertedMarkdown(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let line of lines) {
    line = line.replace(/\\([.\-()!+{}#])/g, (m, ch: string, offset: number, whole: string) => {
      const before = whole.slice(0, offset);
      if ((ch === '.' || ch === ')') && /^\s*\d+$/.test(before)) return m; // "1\." would become a list
      if ((ch === '-' || ch === '+') && /^\s*$/.test(before)) return m; // "\- " would become a list
      if (ch === '#' && /^\s*$/.test(before)) return m; // "\#" would become a heading
      if (ch === '(' && before.endsWith(']')) return m; // "](" would become a link
      if (ch === '!' && whole[offset + 2] === '[') return m; // "![" would become an image
      return ch;
    });
    const bold = /^(?:__|\*\*)([^_*\n]{2,80}?)(?:__|\*\*)\s*:?\s*$/.exec(line);
    if (bold && !/[.!?]$/.test(bold[1].trim())) line = `## ${bold[1].trim()}`;
    out.push(line);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// A web page, such as an online-text entry, to Markdown: its headings, lists, tables and emphasis kept,
// scripts, styles and everything else that is not text left out.
async function readHtml(file: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  const [{ unified }, { default: rehypeParse }, { default: rehypeRemark }, { default: remarkGfm }, { default: remarkStringify }] = await Promise.all([
    import('unified'),
    import('rehype-parse'),
    import('rehype-remark'),
    import('remark-gfm'),
    import('remark-stringify'),
  ]);
  try {
    const out = await unified().use(rehypeParse).use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' }).process(read.text);
    return { ok: true, text: String(out) };
  } catch (e) {
    return { ok: false, reason: `is a web page the grader could not read (${(e as Error).message})` };
  }
}
