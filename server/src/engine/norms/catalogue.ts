// The norms as editors show them (completion, the norms snippet): one list, built from the lexicon,
// so the sentence a snippet inserts is the same one the norm-not-stated quick fix suggests.
import { NORMS } from './lexicon';

export interface NormEntry {
  id: string;
  /** A short title for completion lists. */
  title: string;
  /** The dynamic the norm serves, in words. */
  serves: string;
  /** The suggested norm line, in our words. */
  text: string;
  /** Mutual-aid norms set the dynamics in motion; conventional ones are what agencies expect. */
  kind: 'mutual-aid' | 'conventional';
}

export const NORMS_SOURCE = 'Norms that set mutual aid in motion, after Steinberg 2014, ch. 1 and 2, in our own words.';

const TITLES: Record<string, string> = {
  'free-floating-talk': "Free-floating talk",
  'shared-authority': "Shared authority",
  'sharing-information': "Sharing information",
  'differences-welcome': "Differences welcome",
  'real-talk': "Real talk",
  'empathy-and-acceptance': "Empathy and acceptance",
  'norm-of-work': "Norm of work",
  'purposeful-use-of-self': "Purposeful use of self",
  'risk-taking': "Risk taking",
  'respectful-honesty': "Respectful honesty",
  'confidentiality': "Confidentiality",
  'attendance': "Attendance",
  'respect': "Respect",
  'speak-for-yourself': "Speaking for yourself",
  'right-to-pass': "The right to pass",
};

export const NORM_CATALOGUE: NormEntry[] = NORMS.map((n) => ({
  id: n.id,
  title: TITLES[n.id] ?? n.id,
  serves: n.serves,
  text: n.suggestion,
  kind: n.kind === 'conventional' ? 'conventional' : 'mutual-aid',
}));

/** The norms the norms snippet lists: every mutual-aid norm, and confidentiality. */
export const SNIPPET_NORMS = NORM_CATALOGUE.filter((n) => n.kind === 'mutual-aid' || n.id === 'confidentiality');
