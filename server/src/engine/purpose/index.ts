// Purpose analysis: public surface for rules, the evaluation, the benchmark and grading.
export { analysePurpose, analyseSentences, findCues, findWho, type PurposeAnalysis, type SentenceAnalysis, type CueHit, type PurposeVerdict, type SentenceVerdict, type PurposePart, type Scores } from './analyse';
export { CUES, FAILURE_KINDS, type CueDef, type CueKind, type FailureKind } from './lexicon';
