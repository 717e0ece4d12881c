// Reads a submission as Markdown: Markdown and text as they are; web pages (a platform's online-text
// entries) and Word (.docx, through mammoth's HTML) converted with rehype-parse and rehype-remark.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText, MAX_FILE_BYTES, readBounded, readTextFile } from '../node/files';
import { zipEntries } from '../node/zip';

export type SubmissionFormat = 'markdown' | 'text' | 'docx' | 'html' | 'pdf';

/**
 * Formats whose text is converted to Markdown before checking, with how the feedback names them: it
 * says so, and ends with the text as read, which its line numbers refer to.
 */
export const CONVERTED: Partial<Record<SubmissionFormat, { note: string; noun: string }>> = {
  docx: { note: 'a Word document, converted to Markdown', noun: 'Word document' },
  html: { note: 'a web page, converted to Markdown', noun: 'web page' },
  pdf: { note: 'a PDF, its text converted to Markdown', noun: 'PDF' },
};

export const FORMATS_BY_EXTENSION: Record<string, SubmissionFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

export type Submission = { ok: true; text: string; format: SubmissionFormat } | { ok: false; reason: string };

/** Why a file of this extension is not graded, or undefined when it is. */
export function unsupportedReason(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  // A Canvas website-URL entry holds only a link: there is no plan in it to read.
  if (/(^|[_/\\])link\.html$/i.test(file)) return 'is a website URL entry, which the grader does not follow; ask for the plan itself';
  if (FORMATS_BY_EXTENSION[ext]) return undefined;
  if (ext === '.doc') return 'is an old Word .doc file; save it as .docx and grade again';
  if (ext === '.zip') return 'is a zip archive inside the submissions; give it to grade on its own (groupplan grade class.zip …) to grade what is in it';
  if (ext === '.odt' || ext === '.rtf' || ext === '.pages') return `is a ${ext.slice(1)} file; save it as .docx or Markdown and grade again`;
  return `has an unsupported file type (${ext || 'no extension'}); the grader reads .md, .markdown, .txt, .docx, .html and .pdf`;
}

// Reads one submission; every failure becomes a reason, never a throw.
export async function readSubmission(file: string): Promise<Submission> {
  const format = FORMATS_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) return { ok: false, reason: unsupportedReason(file)! };
  const result = format === 'docx' ? await readDocx(file) : format === 'html' ? await readHtml(file) : format === 'pdf' ? await readPdf(file) : readTextFile(file);
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
  let html: string;
  try {
    // Word to HTML with mammoth (its Markdown writer is deprecated and drops tables), then the same
    // HTML-to-Markdown pipeline as a web page: headings, lists, tables and emphasis kept.
    // Images are dropped unread: feedback never carries a student's pictures, and a huge one costs nothing.
    const mammoth = (await import('mammoth')) as unknown as {
      convertToHtml(input: { buffer: Buffer }, options: { convertImage: unknown }): Promise<{ value: string }>;
      images: { imgElement(f: () => Promise<{ src: string }>): unknown };
    };
    html = (await mammoth.convertToHtml({ buffer: buf }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
  } catch (e) {
    return { ok: false, reason: `is not a valid Word document (${firstLine(e)})` };
  }
  const md = await htmlToMarkdown(html.replace(/<img\b[^>]*>/g, ''));
  return md.ok ? { ok: true, text: tidyConvertedMarkdown(md.text) } : { ok: false, reason: `is a Word document the grader could not read (${md.reason})` };
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
  const md = await htmlToMarkdown(read.text);
  return md.ok ? md : { ok: false, reason: `is a web page the grader could not read (${md.reason})` };
}

// The HTML-to-Markdown processor, built once for a run (a class may hold hundreds of Word files).
let toMarkdown: Promise<{ process(html: string): Promise<unknown> }> | undefined;
function markdownProcessor(): NonNullable<typeof toMarkdown> {
  toMarkdown ??= Promise.all([import('unified'), import('rehype-parse'), import('rehype-remark'), import('remark-gfm'), import('remark-stringify')]).then(
    ([{ unified }, { default: rehypeParse }, { default: rehypeRemark }, { default: remarkGfm }, { default: remarkStringify }]) =>
      unified().use(rehypeParse).use(rehypeRemark).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' }).freeze(),
  );
  return toMarkdown;
}

/** HTML to Markdown (rehype-parse, rehype-remark, remark-gfm): for web pages and for Word documents through mammoth's HTML. */
export async function htmlToMarkdown(html: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const processor = await markdownProcessor();
  try {
    const out = await processor.process(html);
    return { ok: true, text: String(out) };
  } catch (e) {
    return { ok: false, reason: firstLine(e) };
  }
}

// The PDF reader is a bundle of its own beside the command's (dist/pdf.js), loaded only for a PDF;
// run from the sources (tests), the module itself.
async function pdfReader(): Promise<typeof import('./pdf-text')> {
  const built = path.join(__dirname, 'pdf.js');
  if (fs.existsSync(built)) return require(built) as typeof import('./pdf-text');
  const source = './pdf-text';
  return (await import(source)) as typeof import('./pdf-text');
}

/** Limits on a PDF: pages read, and text kept. */
export const PDF_LIMITS = { pages: 300, textChars: 5 * 1024 * 1024 };

interface PdfLine {
  text: string;
  size: number;
  x: number;
  y: number;
  /** The fonts of the line's runs. */
  fonts: Set<string>;
}

// A PDF's text layer to Markdown (pdfjs, through unpdf): lines are rebuilt from the text runs, lines
// set larger than the body text become headings (the largest size "#", the next "##", then "###"),
// and so do short body-size lines set wholly in another font (bold) below them,
// indented lines and lines starting with a bullet become list items, and a gap wider than a line
// starts a new paragraph. A PDF with no text layer (a scan, a photo) is listed with that reason.
async function readPdf(file: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const read = readBounded(file, MAX_FILE_BYTES);
  if (!read.ok) return read;
  if (read.buf.length === 0) return { ok: false, reason: 'is empty' };
  const pages: PdfLine[][] = [];
  try {
    const { pdfTextRuns } = await pdfReader();
    for (const runs of await pdfTextRuns(new Uint8Array(read.buf), PDF_LIMITS.pages, PDF_LIMITS.textChars)) {
      const lines: PdfLine[] = [];
      for (const run of runs) {
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - run.y) <= run.size * 0.3) {
          // Runs meet with a space, except before punctuation ("weekly" in bold, then ", in the evening").
          last.text += (/\s$/.test(last.text) || /^[\s,.;:!?)\]]/.test(run.str) ? '' : ' ') + run.str;
          last.fonts.add(run.font);
        } else lines.push({ text: run.str, size: run.size, x: run.x, y: run.y, fonts: new Set([run.font]) });
      }
      pages.push(lines);
    }
  } catch (e) {
    return { ok: false, reason: `is not a PDF the grader can read (${(e as Error).message.split('\n')[0]})` };
  }
  const all = pages.flat();
  if (all.length === 0) return { ok: false, reason: 'is a PDF with no text layer (a scan or a photo, say); ask for a .docx or Markdown copy, or run text recognition on it first' };
  // The body size is the one most of the text is set in.
  const bySize = new Map<number, number>();
  for (const l of all) bySize.set(Math.round(l.size), (bySize.get(Math.round(l.size)) ?? 0) + l.text.length);
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0][0];
  const headingSizes = [...new Set(all.map((l) => Math.round(l.size)).filter((s) => s >= body * 1.15))].sort((a, b) => b - a);
  // The body font is the one most body-size text is set in; a short line of body size set wholly in
  // another font (bold, as a heading typed as a bold line is) becomes a heading below the larger ones.
  const byFont = new Map<string, number>();
  for (const l of all) if (Math.round(l.size) === body && l.fonts.size === 1) byFont.set([...l.fonts][0], (byFont.get([...l.fonts][0]) ?? 0) + l.text.length);
  const bodyFont = [...byFont].sort((a, b) => b[1] - a[1])[0]?.[0];
  const boldHeading = (l: PdfLine): boolean => {
    const text = l.text.trim();
    return Math.round(l.size) === body && l.fonts.size === 1 && bodyFont !== undefined && !l.fonts.has(bodyFont) && text.length <= 60 && text.split(/\s+/).length <= 8 && !/[.,;!?]$/.test(text) && !/^[•◦▪‣●○■–-]/.test(text);
  };
  const left = Math.min(...all.map((l) => l.x));
  const out: string[] = [];
  for (const lines of pages) {
    let prev: PdfLine | undefined;
    for (const l of lines) {
      const size = Math.round(l.size);
      const text = l.text.trim();
      const level = boldHeading(l) ? Math.max(1, headingSizes.length) : headingSizes.indexOf(size);
      const gap = prev ? prev.y - l.y : Infinity;
      if (level >= 0) {
        out.push('', `${'#'.repeat(Math.min(level + 1, 3))} ${text.replace(/:$/, '')}`, '');
      } else if (/^[•◦▪‣●○■–-]\s*/.test(text) || l.x > left + size) {
        const continues = prev && Math.abs(prev.x - l.x) < 1 && !/^[•◦▪‣●○■–-]/.test(text) && !/[.!?:;]$/.test(out[out.length - 1] ?? '') && gap < l.size * 1.6;
        if (continues) out[out.length - 1] += ` ${text}`;
        else out.push(`- ${text.replace(/^[•◦▪‣●○■–-]\s*/, '')}`);
      } else if (prev && Math.round(prev.size) === size && gap < l.size * 1.6 && out[out.length - 1] && !out[out.length - 1].startsWith('- ')) {
        out[out.length - 1] += ` ${text}`;
      } else {
        out.push('', text);
      }
      prev = l;
    }
  }
  return { ok: true, text: `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n` };
}
