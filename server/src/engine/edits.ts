// Applying fixes, and building the insertions rules share (a section in template order, front matter keys).
import type { Plan, Section } from './plan';
import type { Report, TextEdit } from './types';
import { snippetToText } from './snippet';

// Applies non-overlapping edits; an edit overlapping an earlier one is skipped and counted.
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number; skipped: number } {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i);
  let out = '';
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  for (const { e } of sorted) {
    const [start, end] = e.range;
    if (start < pos) {
      skipped++;
      continue;
    }
    out += text.slice(pos, start) + e.text;
    pos = end;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/**
 * The one rule for applying several fixes at once (`lint --fix`, "Fix all" in an editor): whole fixes
 * are taken in order, each only if none of its edits overlaps an edit already taken, so a fix is never
 * applied in part. With `passes` (lint --fix, which checks again after each pass), insertions by
 * different rules at the same point also wait, so that the next pass can place them in order; a
 * single pass (an editor's "Fix all") takes them together, in the order given. Snippet fixes become
 * plain text.
 */
export function pickFixes<T extends { ruleId: string; fix?: { edits: TextEdit[]; snippet?: boolean } }>(items: T[], options: { passes?: boolean } = {}): { item: T; edits: TextEdit[] }[] {
  const taken: { range: [number, number]; ruleId: string }[] = [];
  const out: { item: T; edits: TextEdit[] }[] = [];
  const conflict = (a: [number, number], b: [number, number], sameRule: boolean): boolean =>
    Math.max(a[0], b[0]) < Math.min(a[1], b[1]) ||
    (a[0] === a[1] && b[0] < a[0] && a[0] < b[1]) ||
    (b[0] === b[1] && a[0] < b[0] && b[0] < a[1]) ||
    (options.passes === true && !sameRule && a[0] === a[1] && b[0] === b[1] && a[0] === b[0]);
  for (const item of items) {
    const fix = item.fix;
    if (!fix || fix.edits.length === 0) continue;
    const edits = fix.edits.map((e) => (fix.snippet ? { ...e, text: snippetToText(e.text) } : e));
    if (edits.some((e) => taken.some((t) => conflict(e.range, t.range, t.ruleId === item.ruleId)))) continue;
    for (const e of edits) taken.push({ range: e.range, ruleId: item.ruleId });
    out.push({ item, edits });
  }
  return out;
}

/** Heading depth used by the plan's element sections (the most common), or 2. */
export function sectionDepth(plan: Plan): number {
  const counts = new Map<number, number>();
  for (const s of plan.sections) if (s.element && s.heading) counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && d < best)) [best, n] = [d, c];
  return best;
}

// Where a new section for an element goes: before the next present element in template order,
// else after the last present one before it, else at the end of the document.
export function insertionPoint(plan: Plan, elementId: string): number {
  const order = plan.template.elements.map((e) => e.id);
  const idx = order.indexOf(elementId);
  const present = (id: string): Section | undefined => plan.element(id);
  if (idx !== -1) {
    for (let i = idx + 1; i < order.length; i++) {
      const s = present(order[i]);
      if (s?.heading) return s.heading.range.start;
    }
    for (let i = idx - 1; i >= 0; i--) {
      const s = present(order[i]);
      if (s?.heading) return s.range.end;
    }
  }
  return plan.text.length;
}

// An edit inserting a whole section (heading and body) at `at`, with blank lines around it.
export function sectionInsertEdit(plan: Plan, at: number, title: string, body: string): TextEdit {
  const depth = sectionDepth(plan);
  const before = plan.text.slice(0, at);
  const lead = at === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = at < plan.text.length ? '\n' : '';
  return { range: [at, at], text: `${lead}${'#'.repeat(depth)} ${title}\n\n${body.trimEnd()}\n${after}` };
}

// An edit adding `key: value` to the front matter, creating the front matter when there is none.
export function frontMatterEdit(plan: Plan, key: string, value: string): TextEdit | undefined {
  const fm = plan.frontMatter;
  if (!fm) {
    const at = plan.text.charCodeAt(0) === 0xfeff ? 1 : 0; // after a byte order mark
    return { range: [at, at], text: `---\n${key}: ${value}\n---\n\n` };
  }
  if (fm.error) return undefined;
  const at = fm.contentStart + fm.raw.length;
  const needsBreak = fm.raw.length > 0 && !fm.raw.endsWith('\n');
  return { range: [at, at], text: `${needsBreak ? '\n' : ''}${key}: ${value}\n` };
}

/** The range a whole-plan finding points at: the first heading, or the first line. */
export function planAnchor(plan: Plan): { start: number; end: number } {
  const first = plan.blocks.find((b) => b.kind === 'heading');
  if (first) return first.range;
  const start = plan.frontMatter ? plan.frontMatter.range.end : 0;
  const line = plan.lines.position(start).line;
  return { start, end: Math.max(start, plan.lines.lineEnd(line)) };
}

export interface MissingTexts {
  message: string;
  fixTitle: string;
}

// The finding for an element whose section is empty (`section` has a heading) or missing: the first
// points at the heading and fills the section with `body`; the second adds the whole section in the
// template's order.
export function missingElementReport(plan: Plan, elementId: string, title: string, body: string, section: Section | undefined, empty: MissingTexts, missing: MissingTexts): Report {
  if (section?.heading) {
    const at = section.heading.range.end;
    return { range: section.heading.range, message: empty.message, fix: { title: empty.fixTitle, edits: [{ range: [at, at], text: `\n\n${body}` }] } };
  }
  return {
    range: planAnchor(plan),
    message: missing.message,
    fix: { title: missing.fixTitle, edits: [sectionInsertEdit(plan, insertionPoint(plan, elementId), title, body)] },
  };
}
