// The one ordered list of rules. Add a rule here and nowhere else.
import type { Rule } from '../rule';
import frontMatterInvalid from './front-matter-invalid';
import suppressionUnknownRule from './suppression-unknown-rule';
import planSectionMissing from './plan-section-missing';
import purposeMissing from './purpose-missing';
import normsMissing from './norms-missing';
import groupTypeMissing from './group-type-missing';
import purposeDescribesContent from './purpose-describes-content';
import purposeIndividualGoals from './purpose-individual-goals';
import purposeWorkerCentered from './purpose-worker-centered';
import purposeWeakCommonCause from './purpose-weak-common-cause';
import purposeNotConcise from './purpose-not-concise';
import partNotChecked from './part-not-checked';
import normNotStated from './norm-not-stated';
import normAgainstMutualAid from './norm-against-mutual-aid';
import communicationPattern from './communication-pattern';
import workerPrimaryHelper from './worker-primary-helper';
import groupTypeExpectations from './group-type-expectations';
import evaluationMissing from './evaluation-missing';
import evaluationOutcomesOnly from './evaluation-outcomes-only';
import dynamicsNotPlanned from './dynamics-not-planned';
import placeholderText from './placeholder-text';
import checkIncomplete from './check-incomplete';

export const RULES: readonly Rule[] = [
  frontMatterInvalid,
  suppressionUnknownRule,
  planSectionMissing,
  purposeMissing,
  normsMissing,
  groupTypeMissing,
  purposeDescribesContent,
  purposeIndividualGoals,
  purposeWorkerCentered,
  purposeWeakCommonCause,
  purposeNotConcise,
  partNotChecked,
  normNotStated,
  normAgainstMutualAid,
  communicationPattern,
  workerPrimaryHelper,
  groupTypeExpectations,
  evaluationMissing,
  evaluationOutcomesOnly,
  dynamicsNotPlanned,
  placeholderText,
  // Last: it reports what the time budget left out, so it runs after every other rule.
  checkIncomplete,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
