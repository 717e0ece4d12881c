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
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
