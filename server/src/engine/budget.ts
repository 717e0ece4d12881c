// The time budget of a check: its default, and what a user is told when a check runs out of it.

/** What a check that ran out of time left out. */
export interface Incomplete {
  budgetMs: number;
  /** Rules that did not run. */
  skippedRules: string[];
  /** Where the unparsed rest of the document starts, when the parse itself ran out of time. */
  unparsedFrom?: number;
}

/** The default time budget of one check, in milliseconds (the editor's and the command line's). */
export const DEFAULT_BUDGET_MS = 5000;
/** The rule that reports a check that ran out of time; its `budgetMs` option sets the budget. */
export const INCOMPLETE_RULE = 'check-incomplete';

/** What a user is told about a check that ran out of time: one sentence, the same everywhere. */
export function incompleteMessage(incomplete: Incomplete): string {
  const seconds = incomplete.budgetMs >= 1000 ? `${(incomplete.budgetMs / 1000).toFixed(incomplete.budgetMs % 1000 ? 1 : 0)} s` : `${incomplete.budgetMs} ms`;
  const what = incomplete.unparsedFrom !== undefined ? 'the rest of the document from here was not read' : `${incomplete.skippedRules.length} of the checks did not run`;
  return `This document was not fully checked: checking it took longer than its time budget of ${seconds}, so ${what}. Findings may be missing. Splitting the document or raising the time budget setting lets it finish.`;
}
