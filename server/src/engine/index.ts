// Public API of the engine: pure functions over text and data, no I/O.
export { checkPlan, defaults, DEFAULT_BUDGET_MS, DEFAULT_DOCS_BASE, incompleteMessage, type CheckOptions, type CheckResult, type Incomplete } from './check';
export { RULES, findRule } from './rules';
export { resolveConfig, coerceSeverity, defaultOptions, PRESETS, type ConfigInput, type ConfigLayer, type ConfigProblem, type ResolvedConfig, type ResolvedRule, type RuleSetting } from './config';
export { applyEdits } from './edits';
export { parseMarkdown, clearParseCache, lineNesting, MAX_NESTING, type Block, type ParsedDocument, type FrontMatter, type UnparsedPart } from './parse';
export { buildPlan, declaresPlan, isPlanMarker, normaliseGroupType, GROUP_TYPES, type Plan, type Section, type GroupType, type PurposeStatement, type NormsList } from './plan';
export { TEMPLATES, type Template, type ElementDef } from './elements';
export { LineIndex, splitSentences, oneBased } from './text';
export { purposeTemplate, purposeSnippet, STARTER_NORMS } from './templates';
export type { Rule, RuleMeta, RuleExample, RuleContext } from './rule';
export type * from './types';
export { parseConfigText } from './config-text';
export { DYNAMICS, DYNAMICS_SOURCE, dynamicsCoverage, type Dynamic, type DynamicCoverage } from './dynamics';
export { analysePurpose, analyseSentences, CUES as PURPOSE_CUES, type PurposeAnalysis, type SentenceAnalysis, type CueHit, type PurposeVerdict } from './purpose';
export { disableEdits, disableLineEdit, disableSectionEdits, disableFileEdit, type DisableScope } from './suppress';
export { NORMS, NORM_IDS, AGAINST, DEFAULT_EXPECTED, DEFAULT_INFORMATIONAL, type NormDef, type AgainstDef } from './norms/lexicon';
export { statedNorms, againstNorms, communicationPatterns, workerAsHelper, normsCoverage } from './norms/detect';
export { NORM_CATALOGUE, SNIPPET_NORMS, NORMS_SOURCE, type NormEntry } from './norms/catalogue';
