// The one clause reader for polarity: whether a negator stands shortly before a cue in the same
// clause. The norm, plan-wide and dynamics cues and the purpose cues all read negation through it,
// each with its own negator vocabulary (the cue files' {negators} and purpose's negation-before).

/** How far back a negator may stand, in characters. */
const WINDOW = 45;

// After a comma: nothing, "or …", "and …", "nor …", or a phrasal verb ("comment on") before the match.
// A new permission after "and" ("not to the worker, and feel free to disagree") starts a new clause.
const LIST_CONTINUES = /^(?!.*\b(?:free|welcome|invited|encouraged|please|feel|can|may|allowed)\b)\s*(?:(?:or|and|nor)\b[^,]*|[a-z]+ (?:on|to|about|with)\s*)?$/;

/** True when `negator` matches shortly before `at` in the same clause of `text` (lower case). */
export function negatedBefore(text: string, at: number, negator: RegExp): boolean {
  const start = Math.max(0, at - WINDOW);
  const before = text.slice(start, at);
  let cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf(' but '), before.lastIndexOf('('), before.lastIndexOf(' - '));
  // A comma ends the clause, unless it only separates items of a list of verbs ("may not interrupt,
  // comment on, or respond to"): then the negator before the list still applies.
  // Each step looks strictly left of the last comma, so the walk ends (lastIndexOf(',', -1) would
  // find a comma at 0 again and never move).
  for (let comma = before.lastIndexOf(','); comma > cut; comma = comma > 0 ? before.lastIndexOf(',', comma - 1) : -1) {
    if (!LIST_CONTINUES.test(before.slice(comma + 1))) {
      cut = comma;
      break;
    }
  }
  return negator.test(before.slice(cut + 1));
}
