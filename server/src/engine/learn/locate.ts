// Where a plan states its group's purpose when it names no purpose at all: a model learned from the
// sentences of real plans, each labelled by whether it says what this group is for (its aims, its
// focus, what it offers or what members will do in it), not the members' need, logistics, a session's
// aim, a paper's or an agency's purpose, or a remark about groups in general
// (test/corpus/real/plan-sentences-*.tsv; conventions in test/corpus/real/README.md). It reads the
// sentence's words with the heading it stands under and how far into the document it is.
import { textFeatures } from './features';
import { predict, type LinearModel } from './model';
import { SHIPPED } from './verdicts';
import { normaliseWords } from '../text';

/** The name of the model in the models file. */
export const LOCATE_MODEL = 'purpose-sentence';
/** How many paragraphs, list items and table rows from the top the model reads. */
export const LOCATE_BLOCKS = 25;

/**
 * The features of a plan sentence for the purpose locator: its words (as every model reads them), the
 * words of the heading above it (`h:`), whether there is one, and its paragraph's place in the document
 * (`pos:`, in doubling steps: the first, the second, the third and fourth, …).
 */
export function locateFeatures(sentence: string, heading: string, block: number): Set<string> {
  const extra: string[] = [];
  const words = normaliseWords(heading).split(' ').filter(Boolean);
  if (words.length === 0) extra.push('h:none');
  for (const w of words) extra.push(`h:${w}`);
  extra.push(`pos:${Math.min(5, Math.floor(Math.log2(Math.max(1, block))))}`);
  return textFeatures(sentence, extra);
}

/** How likely the sentence states the group's purpose, with the model's threshold; undefined without a model. */
export function purposeSentenceChance(sentence: string, heading: string, block: number, models: Record<string, LinearModel> = SHIPPED): { p: number; threshold: number } | undefined {
  const m = models[LOCATE_MODEL];
  if (!m) return undefined;
  const { probs } = predict(m, locateFeatures(sentence, heading, block), 0);
  return { p: probs[0], threshold: m.threshold ?? 0.5 };
}
