// Pure helpers of the client (no vscode import), so unit tests can run them.
import { accessSync, constants as fsConstants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { PlanStatus } from './protocol';
import { snippetToText } from '../../server/src/engine/snippet';

export const SKILLS_SOURCE = 'A digest of Steinberg 2014, ch. 2, in our own words; dynamics after Shulman 2011';

/** The sentence that clicking a skill inserts: the skill as something the worker will do. */
export function skillSentence(dynamicName: string, skill: string): string {
  const body = skill.trim().replace(/[.\s]+$/, '');
  return `The worker will ${body.charAt(0).toLowerCase()}${body.slice(1)} (${dynamicName.replace(/^The /, 'the ').toLowerCase()}).`;
}

/** The status bar text for a plan's status, with codicons. */
export function statusText(s: PlanStatus): string {
  const total = s.errors + s.warnings + s.infos;
  if (total === 0) return '$(pass) Group plan: no findings';
  const parts: string[] = [];
  if (s.errors) parts.push(`$(error) ${s.errors}`);
  if (s.warnings) parts.push(`$(warning) ${s.warnings}`);
  if (s.infos) parts.push(`$(info) ${s.infos}`);
  return `Group plan: ${parts.join(' ')}`;
}

export function statusTooltip(s: PlanStatus): string {
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `Group plan: ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${n(s.infos, 'suggestion')}. Click to show the mutual-aid skills and this plan's coverage.`;
}

export interface SnippetEntry {
  prefix: string | string[];
  body: string[];
  description: string;
}

/** The body of the plan skeleton snippet for a template and group type. */
export function skeletonBody(snippets: Record<string, SnippetEntry>, template: string, type: string): string | undefined {
  const entry = snippets[`Plan skeleton: ${template}, ${type}`];
  return entry ? entry.body.join('\n') : undefined;
}

/** The text a snippet body gives when every tab stop keeps its default (first choice, mirrors copied). */
export function expandSnippet(body: string): string {
  return snippetToText(body);
}

/** The Content-Security-Policy an HTML page declares in a meta tag, or ''. */
export function metaCsp(html: string): string {
  const m = /<meta\b[^>]*?http-equiv=["']?Content-Security-Policy["']?[^>]*?\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(html);
  return m?.[1] ?? m?.[2] ?? '';
}

/** True when the page's own CSP blocks everything by default and allows nothing inline, remote or eval'd. */
export function hasStrictCsp(html: string): boolean {
  const csp = metaCsp(html);
  return /default-src 'none'/.test(csp) && !/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*|data:[^;]*script/i.test(csp) && !/script-src[^;]*data:/.test(csp);
}

/** The innermost bracket still open at the end of a JSON prefix ('[' or '{'), skipping strings and comments. */
export function innermostOpen(text: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
  }
  return stack[stack.length - 1];
}

// The reports go beside the submissions ("class" -> "class-graded", "class.zip" -> "class-graded"),
// where the instructor will find them again; where that cannot be written, into a temporary folder.
export function outputFolderFor(source: string): string {
  const beside = path.join(path.dirname(source), `${path.basename(source).replace(/\.zip$/i, '')}-graded`);
  try {
    accessSync(path.dirname(source), fsConstants.W_OK);
    return beside;
  } catch {
    return mkdtempSync(path.join(tmpdir(), 'groupplan-grade-'));
  }
}

/** One line of the grader's progress on a pipe ("[3/20] student.md: 4 findings"), or undefined. */
export function gradeProgressStep(line: string): { done: number; total: number; file: string } | undefined {
  const m = /^\[(\d+)\/(\d+)\] (.+?)(?:: .*)?$/.exec(line.trim());
  if (!m || Number(m[2]) === 0) return undefined;
  return { done: Number(m[1]), total: Number(m[2]), file: path.basename(m[3]) };
}
