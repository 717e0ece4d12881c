// Text the fixes and snippets insert, in our own words.

/** The purpose rewrite template (brief section 4), with bracketed slots a writer fills in. */
export function purposeTemplate(who = '[people who share a situation]'): string {
  return `This group brings together ${who} so that they can [what members will do for one another] as they [the aim they share].`;
}

/** The same template as a snippet with tab stops, for editors. */
export function purposeSnippet(who = 'people who share a situation'): string {
  return `This group brings together \${1:${escapeSnippet(who)}} so that they can \${2:help one another with what they face} as they \${3:work toward the aim they share}.`;
}

export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** A starting set of norms that set mutual aid in motion (Steinberg 2014, ch. 1 and 2), in our words. */
export const STARTER_NORMS = [
  'Members talk directly to one another, whenever they have something to say, not only through the worker.',
  'We make decisions about the group together, and everyone has a real say.',
  'We help by telling what we have lived through ourselves, rather than by giving advice.',
  'We care for one another in hard moments too; disagreeing with someone is not rejecting them.',
  'Different views are welcome and are talked through with respect.',
  'What members share stays in the group, except where someone is in danger or the law requires otherwise.',
];
