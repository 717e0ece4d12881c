// Builds the edits that turn a rule off with a suppression comment, for a line, a section or a file.
// Every comment goes on its own line, so the plan's own text is never changed.
import { parseMarkdown, readFrontMatter, type FrontMatter } from './parse';
import { LineIndex } from './text';
import type { TextEdit } from './types';

export type DisableScope = 'line' | 'section' | 'file';

/** The line break the document already uses. */
function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** What the comments need to know about a document: its lines and front matter (headings for sections). */
interface Layout {
  lines: LineIndex;
  frontMatter?: FrontMatter;
}

// Lines and front matter only: cheap even for very large documents (no Markdown parse).
function layoutOf(text: string): Layout {
  return { lines: new LineIndex(text), frontMatter: readFrontMatter(text) };
}

function inFrontMatter(doc: Layout, offset: number): boolean {
  return Boolean(doc.frontMatter && offset < doc.frontMatter.range.end);
}

// A `groupplan-disable-next-line` comment on its own line above the finding's line, indented like it.
// Undefined when the finding is inside the front matter (a comment there would break the YAML).
export function disableLineEdit(text: string, ruleId: string, offset: number, doc: Layout = layoutOf(text)): TextEdit | undefined {
  if (inFrontMatter(doc, offset)) return undefined;
  const line = doc.lines.position(offset).line;
  const start = doc.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(text.slice(start, doc.lines.lineEnd(line)))?.[0] ?? '';
  return { range: [start, start], text: `${indent}<!-- groupplan-disable-next-line ${ruleId} -->${eolOf(text)}` };
}

// A `groupplan-disable` comment after the heading of the section holding the finding and a
// `groupplan-enable` comment before the next heading of the same or a higher level (if any).
// A finding on a heading itself is covered by putting the disable comment above that heading;
// text before the first heading counts as a section that starts after the front matter.
export function disableSectionEdits(text: string, ruleId: string, offset: number, doc = parseMarkdown(text)): TextEdit[] | undefined {
  if (inFrontMatter(doc, offset)) return undefined;
  const eol = eolOf(text);
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  let idx = -1;
  for (let i = 0; i < headings.length && headings[i].range.start <= offset; i++) idx = i;
  const edits: TextEdit[] = [];
  const disable = `<!-- groupplan-disable ${ruleId} -->`;
  const enable = `<!-- groupplan-enable ${ruleId} -->`;
  let next: number | undefined;
  if (idx === -1) {
    const at = doc.frontMatter?.range.end ?? 0;
    edits.push({ range: [at, at], text: `${disable}${eol}` });
    next = headings[0]?.range.start;
  } else {
    const heading = headings[idx];
    const headingLine = doc.lines.position(heading.range.start).line;
    const onHeading = doc.lines.position(offset).line <= doc.lines.position(Math.max(heading.range.start, heading.range.end - 1)).line;
    if (onHeading) {
      const at = doc.lines.lineStart(headingLine);
      edits.push({ range: [at, at], text: `${disable}${eol}` });
    } else {
      const at = doc.lines.lineEnd(doc.lines.position(Math.max(heading.range.start, heading.range.end - 1)).line);
      edits.push({ range: [at, at], text: `${eol}${disable}` });
    }
    next = headings.slice(idx + 1).find((h) => h.depth <= heading.depth)?.range.start;
  }
  if (next !== undefined) {
    const at = doc.lines.lineStart(doc.lines.position(next).line);
    edits.push({ range: [at, at], text: `${enable}${eol}` });
  }
  return edits;
}

// A `groupplan-disable-file` comment on its own line at the top, after the front matter.
export function disableFileEdit(text: string, ruleId: string, doc: Layout = layoutOf(text)): TextEdit {
  const eol = eolOf(text);
  const fm = doc.frontMatter;
  if (!fm) return { range: [0, 0], text: `<!-- groupplan-disable-file ${ruleId} -->${eol}` };
  const at = fm.range.end;
  // Front matter that ends the file without a line break needs one before the comment.
  const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { range: [at, at], text: `${lead}<!-- groupplan-disable-file ${ruleId} -->${eol}` };
}

// The edits for one scope; undefined when that scope cannot be used at the offset.
// Only the section scope parses the Markdown; line and file comments read lines and front matter.
export function disableEdits(text: string, ruleId: string, offset: number, scope: DisableScope): TextEdit[] | undefined {
  if (scope === 'file') return [disableFileEdit(text, ruleId)];
  if (scope === 'section') return disableSectionEdits(text, ruleId, offset);
  const e = disableLineEdit(text, ruleId, offset);
  return e ? [e] : undefined;
}
