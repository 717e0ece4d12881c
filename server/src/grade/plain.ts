// Feedback is read by a student, not by whoever configured the checker: the rules' explanations and
// messages are written for the editor and the command line too, so before they go into a feedback
// file, sentences about configuration, the editor or the project's README are left out, rule ids in
// brackets are dropped, and advice that only fits a Markdown file is given in words a Word user can
// follow.

// A sentence that speaks of settings, code names or tools rather than of the plan.
const TOOL_TALK = /`[^`]*`|\bREADME\b|\bpresets?\b|\bin the editor\b|\bquick fix|\bpreview\b|\btab stops?\b|\boptions?\b|\bsettings?\b|\bconfigur|\bthe checker\b|\bgroupplan\b/i;
// A rule id in brackets, as explanations cite a neighbouring rule: "(purpose-weak-common-cause)".
const RULE_ID = /\s*\((?:[a-z]+-){1,4}[a-z]+\)/g;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/);
}

/** An explanation ("why it matters") for a student: no sentence about tools or settings. */
export function plainExplanation(text: string): string {
  const kept = sentences(text.replace(/\s*\n\s*/g, ' ').replace(RULE_ID, '')).filter((s) => !TOOL_TALK.test(s));
  return kept.join(' ');
}

// Every format but Markdown is written without front matter (Word, text, a web page, a PDF).
const noFrontMatter = (format: string | undefined): boolean => format !== undefined && format !== 'markdown';

const FRONT_MATTER_TYPE = /Add "type:" to the front matter: ([^.]+)\./;

/** A finding's message for a student, in words that fit the format of the submission. */
export function plainMessage(text: string, format: string | undefined): string {
  let out = text.replace(RULE_ID, '');
  if (noFrontMatter(format)) {
    out = out.replace(FRONT_MATTER_TYPE, 'Write a line near the top such as "Group type: short-term" (the types are $1).');
  }
  return out;
}

/** Suggested fixes for a student: the editor's titles for edits they cannot apply in Word become advice. */
export function plainFixes(ruleId: string, fixes: string[], format: string | undefined): string[] {
  if (noFrontMatter(format) && ruleId === 'group-type-missing') return ['Add a line near the top such as "Group type: short-term"'];
  return fixes.filter((f) => !TOOL_TALK.test(f));
}
