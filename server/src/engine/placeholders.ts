// Unfilled template text: square-bracket slots ("[people who share a situation]"), snippet tab stops
// ("${1:…}", "$1"), TODO and TBD, "lorem ipsum", and "insert … here". Such text is never credit: the
// grade's evidence ignores it, and the placeholder-text rule says which slot is still empty.
import type { MappedText } from './text';

export interface Placeholder {
  /** Offsets in the plain text it was found in. */
  start: number;
  end: number;
  text: string;
}

// One alternative per kind of placeholder; each is a bounded run, so matching stays linear.
const PLACEHOLDER = /\[[^\][\n]{2,100}\]|\$\{\d+(?::[^}\n]{0,100})?\}|\$\d\b|\b(?:TODO|TBD|TBA|FIXME)\b|\blorem ipsum\b(?:[^.\n]{0,200})?|\binsert\b[^.\n]{0,60}?\bhere\b|\bX{3,}\b/gi;

/** Placeholders in a piece of plain text. */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    // A task-list box, a citation number, an elision in a quotation ("[...]", "[…]") or an editor's
    // "[sic]" is not a slot: a slot has words in it.
    if (/^\[(?: |x|sic!?)\]$/i.test(m[0]) || (m[0].startsWith('[') && !/\p{L}/u.test(m[0]))) continue;
    // "TODO" and friends count only in capitals; "todo" in a sentence is a word.
    if (/^(?:todo|tbd|tba|fixme)$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The words of a mapped text once its placeholders are taken out: what a writer really wrote. */
export function ownWords(mapped: MappedText | string): number {
  const text = typeof mapped === 'string' ? mapped : mapped.text;
  let rest = text;
  for (const p of findPlaceholders(text).reverse()) rest = rest.slice(0, p.start) + ' ' + rest.slice(p.end);
  return (rest.match(/[A-Za-z\u00C0-\u024F\u0400-\u04FF\u4E00-\u9FFF]{2,}/g) ?? []).length;
}
