// Inline suppression comments: groupplan-disable / -enable / -disable-next-line / -disable-file.
import type { Comment } from './parse';
import type { LineIndex } from './text';
import type { TextRange } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means all rules. */
  ruleIds: string[];
  range: TextRange;
  /** Where each rule id stands, for reporting unknown ids. */
  idRanges: TextRange[];
}

const DIRECTIVE = /^groupplan-(disable-next-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

// Reads directives from HTML comments; rule-id positions are found in the document text itself.
export function readDirectives(comments: Comment[], text: string): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    const source = text.slice(c.range.start, c.range.end);
    const keywordAt = source.indexOf(`groupplan-${kind}`) + `groupplan-${kind}`.length;
    const rest = source.slice(keywordAt, source.length - 3);
    const ruleIds: string[] = [];
    const idRanges: TextRange[] = [];
    const re = /[A-Za-z0-9][\w-]*/g;
    for (let idm = re.exec(rest); idm; idm = re.exec(rest)) {
      ruleIds.push(idm[0]);
      const at = c.range.start + keywordAt + idm.index;
      idRanges.push({ start: at, end: at + idm[0].length });
    }
    out.push({ kind, ruleIds, range: c.range, idRanges });
  }
  return out;
}

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

// Turns directives into line intervals per rule; "*" stands for all rules.
export function buildSuppressions(directives: Directive[], lines: LineIndex): Suppressions {
  const fileWide = new Set<string>();
  const nextLine = new Map<number, Set<string>>();
  const intervals: { id: string; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const sorted = [...directives].sort((a, b) => a.range.start - b.range.start);
  for (const d of sorted) {
    const ids = d.ruleIds.length ? d.ruleIds : ['*'];
    const line = lines.position(d.range.start).line;
    const endLine = lines.position(d.range.end).line;
    if (d.kind === 'disable-file') ids.forEach((id) => fileWide.add(id));
    else if (d.kind === 'disable-next-line') {
      const target = nextContentLine(lines, endLine + 1);
      const set = nextLine.get(target) ?? new Set<string>();
      ids.forEach((id) => set.add(id));
      nextLine.set(target, set);
    } else if (d.kind === 'disable') {
      for (const id of ids) if (!open.has(id)) open.set(id, line);
    } else {
      for (const id of ids) {
        if (id === '*') {
          for (const [k, from] of open) intervals.push({ id: k, from, to: line });
          open.clear();
        } else if (open.has(id)) {
          intervals.push({ id, from: open.get(id)!, to: line });
          open.delete(id);
        }
      }
    }
  }
  for (const [id, from] of open) intervals.push({ id, from, to: Number.MAX_SAFE_INTEGER });
  return {
    isSuppressed(ruleId, line) {
      if (fileWide.has('*') || fileWide.has(ruleId)) return true;
      const nl = nextLine.get(line);
      if (nl && (nl.has('*') || nl.has(ruleId))) return true;
      return intervals.some((iv) => (iv.id === '*' || iv.id === ruleId) && line >= iv.from && line <= iv.to);
    },
  };
}

function nextContentLine(lines: LineIndex, from: number): number {
  for (let l = from; l < lines.lineCount; l++) {
    if (lines.text.slice(lines.lineStart(l), lines.lineEnd(l)).trim() !== '') return l;
  }
  return from;
}
