// Edits the norms and type rules share: a new line in the norms list, a sentence added to a section.
import type { Plan, Section } from '../plan';
import type { TextEdit } from '../types';

// An edit adding a norm line after the last item of the plan's norms section, in the list's own style.
export function normLineEdit(plan: Plan, line: string): TextEdit | undefined {
  const norms = plan.norms;
  if (!norms) return undefined;
  const blocks = norms.blocks.filter((b) => b.kind === 'listItem' || b.kind === 'paragraph' || b.kind === 'tableRow');
  const last = blocks[blocks.length - 1];
  if (!last) return undefined;
  if (last.kind === 'listItem') {
    const lineNo = plan.lines.position(last.range.start).line;
    const lineText = plan.text.slice(plan.lines.lineStart(lineNo), last.range.start + 12);
    const m = /^(\s*)(?:([-*+])|(\d+)([.)]))\s/.exec(lineText);
    const indent = m?.[1] ?? '';
    const marker = m?.[3] ? `${Number(m[3]) + 1}${m[4]}` : (m?.[2] ?? '-');
    return { range: [last.range.end, last.range.end], text: `\n${indent}${marker} ${line}` };
  }
  return { range: [last.range.end, last.range.end], text: `\n\n- ${line}` };
}

// An edit adding a paragraph at the end of a section's own content (before its next heading).
export function appendToSection(plan: Plan, section: Section, sentence: string): TextEdit {
  const content = section.blocks.filter((b) => b.kind !== 'heading');
  const end = content.length ? content[content.length - 1].range.end : (section.heading?.range.end ?? section.range.start);
  return { range: [end, end], text: `\n\n${sentence}` };
}
