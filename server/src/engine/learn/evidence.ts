// The lexicon as evidence for the learned models: which hand-written cues a text matches, turned into
// feature names ("c:purpose:topics", "k:content:2"). The models weigh these beside the words, on
// labelled real text, so a cue counts for as much as it proves and no more.
import { readCues, statementSentences, type CueReading } from '../purpose/analyse';
import { againstNorms, communicationPatterns, statedNorms, workerAsHelper } from '../norms/detect';
import { textFeatures } from './features';

const KINDS = ['content', 'individual', 'worker', 'mutual', 'situation', 'aim', 'setting'] as const;

/** Cue features of a purpose analysis: each cue id, and each kind's score in steps. */
export function purposeCueFeatures(analysis: CueReading): string[] {
  const out = new Set<string>();
  analysis.sentences.forEach((s, i) => {
    for (const c of s.cues) out.add(`c:p:${c.id}`);
    if (i === analysis.main) for (const k of KINDS) if (s.scores[k] > 0) out.add(`m:${k}`);
  });
  for (const k of KINDS) {
    const v = analysis.scores[k];
    if (v > 0) out.add(`k:${k}:${Math.min(3, Math.ceil(v))}`);
  }
  return [...out];
}

/** The features of a purpose statement (or one of its sentences). */
export function purposeFeatures(text: string, analysis: CueReading = readCues(statementSentences(text))): Set<string> {
  return textFeatures(text, purposeCueFeatures(analysis));
}

/** Cue features of one ground-rule line: the norms and the against-norms the lexicon finds. */
export function normCueFeatures(line: string): string[] {
  const out = new Set<string>();
  for (const h of statedNorms(line)) out.add(`c:n:${h.what.id}`);
  for (const h of againstNorms(line)) out.add(`c:a:${h.what.id}`);
  return [...out];
}

/** The features of a ground-rule line. */
export function normFeatures(line: string): Set<string> {
  return textFeatures(line, normCueFeatures(line));
}

/** Cue features of a passage on how meetings run: the patterns and the worker-as-helper cue. */
export function talkCueFeatures(passage: string): string[] {
  const out = new Set<string>();
  for (const h of communicationPatterns(passage)) out.add(`c:t:${h.what.id}`);
  if (workerAsHelper(passage)) out.add('c:t:worker-helper');
  return [...out];
}

/** The features of a passage on how meetings run. */
export function talkFeatures(passage: string): Set<string> {
  return textFeatures(passage, talkCueFeatures(passage));
}
