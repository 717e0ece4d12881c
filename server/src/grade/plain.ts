// Feedback is read by a student, not by whoever configured the checker: the rules' explanations and
// messages are written for the editor and the command line too, so before they go into a feedback
// file, sentences about configuration, the editor, front matter or the project's README are left
// out, rule and norm ids in brackets are dropped, the group type is said as a line of the plan (which
// every format can hold), and fix titles that name editor steps give way to the text the fix writes.

// A sentence that speaks of settings, code names or tools rather than of the plan.
const TOOL_TALK = /`[^`]*`|\bREADME\b|\bNorm ids\b|\bretrain|\bfront matter\b|\bThe fix\b|\bThe rule\b|\bIt warns\b|\bpresets?\b|\bin the editor\b|\bquick fix|\bpreview\b|\btab stops?\b|\boptions?\b|\bsettings?\b|\bconfigur|\bthe checker\b|\bgroupplan\b/i;
// A rule id in brackets, as explanations cite a neighbouring rule: "(purpose-weak-common-cause)", or a
// norm id with what it serves, as the norms findings name them: "(confidentiality, which serves …)".
const RULE_ID = /\s*\((?:(?:[a-z]+-){1,4}[a-z]+|(?:[a-z]+-){0,4}[a-z]+, which serves [^()]*)\)/g;
// Editor words in a fix's title: the example text the fix writes is shown instead.
const EDITOR_FIX = /\btemplate\b|\bearlier draft\b|\bto adapt\b|^Add a norm\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/);
}

/** An explanation ("why it matters") for a student: no sentence about tools or settings. */
export function plainExplanation(text: string): string {
  const kept = sentences(text.replace(/\s*\n\s*/g, ' ').replace(RULE_ID, '').replace(/\s*\([^()]*front matter[^()]*\)/g, '')).filter((s) => !TOOL_TALK.test(s));
  return kept.join(' ');
}

const FRONT_MATTER_TYPE = /Add "type:" to the front matter: ([^.]+)\./;

/** A finding's message for a student: no rule or norm ids, no tool names, the group type as a line of the plan. */
export function plainMessage(text: string): string {
  const out = text.replace(RULE_ID, '').replace(/,? the checker missed it\./, ', it was not recognised: point it out to your instructor.');
  // The plan's own line says the type in every format (a Word file has no front matter, and a student
  // need not know what front matter is); the checker reads it in Markdown too.
  return out.replace(FRONT_MATTER_TYPE, 'Write a line near the top such as "Group type: short-term" (the types are $1).');
}

/** What to do, for a student: the editor's fix titles that name editor steps are left out (the text the fix writes is shown instead). */
export function plainFixes(ruleId: string, fixes: string[]): string[] {
  if (ruleId === 'group-type-missing') return ['Add a line near the top such as "Group type: short-term"'];
  return fixes.filter((f) => !TOOL_TALK.test(f) && !EDITOR_FIX.test(f));
}
