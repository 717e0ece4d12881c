// The nine dynamics of mutual aid and the worker skills that set each in motion: a digest of
// Steinberg 2014, ch. 2 in our own words, with Shulman 2011 for the dynamics themselves. The data is
// ./dynamics-cues.json (each cue with an id, a note and examples, run by test/unit/cue-files.test.ts);
// this module reads it. Apart from dynamics.ts (which reads plans for them) so that the editor client
// can show them without bundling the checker.
import FILE from './dynamics-cues.json';
import type { CueExamples } from './cue-file';

export interface Dynamic {
  id: string;
  name: string;
  /** What the dynamic is, in one sentence. */
  summary: string;
  /** Worker skills that set it in motion. */
  skills: string[];
  /** Phrases that show a plan addresses the dynamic (regular expression sources, case-insensitive). */
  cues: string[];
}

/** One cue of the file: a pattern the checker reads with a word boundary before it. */
export interface DynamicCue {
  id: string;
  pattern: string;
  /** What the pattern reads, for whoever maintains it. */
  note: string;
  /** In the file for the tests; bundles leave them out. */
  examples?: CueExamples;
}

/** The dynamics file as the engine, the client and the tests read it. */
export const DYNAMICS_FILE = FILE as unknown as { source: string; dynamics: (Omit<Dynamic, 'cues'> & { cues: DynamicCue[] })[] };

export const DYNAMICS_SOURCE = DYNAMICS_FILE.source;

export const DYNAMICS: Dynamic[] = DYNAMICS_FILE.dynamics.map(({ cues, ...d }) => ({ ...d, cues: cues.map((c) => c.pattern) }));
