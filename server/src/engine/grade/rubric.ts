// The grading rubric: its data shape, its JSON Schema, the default rubric, and a parser that turns
// rubric text (YAML or JSON) into a checked rubric or a list of problems. Pure: no I/O.
import Ajv, { type ValidateFunction } from 'ajv';
import { parseConfigText } from '../config-text';
import type { Severity } from '../types';
import { EVIDENCE_KINDS, type EvidenceKind } from './evidence';

export type FindingSeverity = Exclude<Severity, 'off'>;
export type Deductions = Partial<Record<FindingSeverity, number>>;

export interface Criterion {
  id: string;
  title: string;
  description?: string;
  /** Most points the criterion gives. */
  points: number;
  /** The score never drops below this, however many findings there are. */
  floor: number;
  /** Rules whose findings count against this criterion. */
  rules: string[];
  /** Plan elements (template ids) whose missing-section findings count against this criterion. */
  elements: string[];
  /** Points taken off per finding, by severity; falls back to the rubric's deductions. */
  deductions: Record<FindingSeverity, number>;
  /**
   * What the criterion's points are earned from: the share of `points` a plan earns is what it shows of
   * this (see grade/evidence.ts), before findings take points off. Without it, a criterion starts at
   * full points (the older "points minus deductions" form).
   */
  evidence?: EvidenceKind;
  /**
   * Marked by the instructor, not by the checker: the mark comes from the marks file given to grade
   * (a column named by the criterion's id or title); no rules, elements or evidence.
   */
  hand?: boolean;
}

export interface Rubric {
  title: string;
  criteria: Criterion[];
}

export interface RubricProblem {
  message: string;
  /** JSON pointer into the rubric, e.g. "/criteria/0/points". */
  path: string;
}

const DEDUCTIONS_SCHEMA = {
  type: 'object',
  description: 'Points taken off per finding, by the finding’s severity.',
  properties: {
    error: { type: 'number', minimum: 0 },
    warning: { type: 'number', minimum: 0 },
    info: { type: 'number', minimum: 0 },
  },
  additionalProperties: false,
};

/** JSON Schema of rubric.yaml. */
export const RUBRIC_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/groupplan/groupplan/blob/main/docs/grade/rubric.schema.json',
  title: 'groupplan grading rubric',
  type: 'object',
  required: ['criteria'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    title: { type: 'string', description: 'Name of the rubric, shown in the reports.' },
    deductions: { ...DEDUCTIONS_SCHEMA, description: 'Default points taken off per finding, by severity, for every criterion.' },
    criteria: {
      type: 'array',
      minItems: 1,
      description: 'What is graded. The total is the sum of the criteria’s scores.',
      items: {
        type: 'object',
        required: ['id', 'title', 'points'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Short id, used as the CSV column name.' },
          title: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          points: { type: 'number', exclusiveMinimum: 0, description: 'Most points the criterion gives.' },
          floor: { type: 'number', minimum: 0, description: 'Lowest score the criterion can fall to (default 0).' },
          rules: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }, uniqueItems: true, description: 'Rule ids whose findings count against this criterion.' },
          elements: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Plan elements (for example need, composition) whose missing sections count against this criterion.' },
          deductions: DEDUCTIONS_SCHEMA,
          hand: {
            type: 'boolean',
            description:
              'Marked by you, not by the checker (for example what the worker will tell prospective members, or whether the content serves the purpose): the mark comes from the marks file given to grade with --marks, in a column named by the criterion’s id or title. Such a criterion names no rules, elements or evidence.',
          },
          evidence: {
            type: 'string',
            enum: [...EVIDENCE_KINDS],
            description:
              'What the points are earned from, before findings take points off: purpose (the shared situation, what members do for one another and the shared aim, found in the statement), norms (recommended norms stated, full credit at six), elements (required sections with the writer’s own words; a heading alone earns nothing), process (sessions described with member-to-member work), evaluation (an evaluation in the writer’s own words), group-type (declared, or read from how often the group meets). Without it the criterion starts at full points.',
          },
        },
      },
    },
  },
} as const;

const FALLBACK_DEDUCTIONS: Record<FindingSeverity, number> = { error: 10, warning: 5, info: 2 };

/** The rubric used when none is given, as the YAML an instructor would copy and edit. */
export const DEFAULT_RUBRIC_YAML = `# groupplan default rubric: a pre-group plan graded against the mutual-aid model.
# Each criterion earns its points from what the plan shows (evidence), then each finding of a listed
# rule takes points off, by severity, down to the floor. Information notes cost nothing.
# Ideas: Steinberg 2014 (common cause, norms, evaluation, group types); Kurland 1978 (plan elements).
title: Pre-group plan (mutual-aid model)
deductions: { error: 10, warning: 5, info: 0 }
criteria:
  - id: purpose
    title: Purpose as common cause
    description: The purpose names the shared need that binds the members, what they will do for one another and the aim they share, not topics, individual goals or what the worker provides.
    points: 25
    evidence: purpose
    rules: [purpose-missing, purpose-describes-content, purpose-individual-goals, purpose-worker-centered, purpose-weak-common-cause]
    elements: [purpose]
    deductions: { error: 15, warning: 8, info: 0 }
  - id: elements
    title: Required plan elements
    description: Every part of the pre-group plan is there in the writer's own words, with no template text left to fill in.
    points: 20
    evidence: elements
    rules: [plan-section-missing, placeholder-text]
    elements: [need, composition, structure, content, pre-group-contact, agency-context, social-context, abstract, membership, recruitment, orientation, contract, environment]
    deductions: { error: 5, warning: 2, info: 0 }
  - id: norms
    title: Norms that set mutual aid in motion
    description: The plan states the norms the worker will name, and they invite members to talk to and help one another.
    points: 20
    evidence: norms
    rules: [norms-missing, norm-against-mutual-aid]
    elements: [norms]
    deductions: { error: 12, warning: 6, info: 0 }
  - id: process
    title: Members as the main source of help
    description: The sessions describe members working with one another, and talk flows among members rather than through the worker.
    points: 15
    evidence: process
    rules: [worker-primary-helper, communication-pattern]
    deductions: { error: 8, warning: 8, info: 0 }
  - id: evaluation
    title: Evaluation with members
    description: The group will judge with its members whether mutual aid happened, looking at process as well as outcomes.
    points: 10
    evidence: evaluation
    rules: [evaluation-missing, evaluation-outcomes-only]
    elements: [evaluation]
    deductions: { error: 10, warning: 5, info: 0 }
  - id: group-type
    title: Fit to the group type
    description: The plan says what type of group it is (classic, single-session, short-term, open-ended or very large) and plans for what that type needs.
    points: 10
    evidence: group-type
    rules: [group-type-missing, group-type-expectations]
    deductions: { error: 6, warning: 4, info: 0 }
`;

// Compiled on first use: a command that never reads a rubric (lint) does not pay for it at start-up.
let compiled: ValidateFunction | undefined;
const rubricValidator = (): ValidateFunction => (compiled ??= new Ajv({ allErrors: true, strict: false }).compile(RUBRIC_SCHEMA));

interface RawCriterion {
  id: string;
  title: string;
  description?: string;
  points: number;
  floor?: number;
  rules?: string[];
  elements?: string[];
  deductions?: Deductions;
  evidence?: EvidenceKind;
  hand?: boolean;
}

// Parses rubric text; `fileName` decides YAML or JSON. Returns the rubric or every problem found.
export function parseRubric(text: string, fileName = 'rubric.yaml'): { rubric?: Rubric; problems: RubricProblem[] } {
  const parsed = parseConfigText(text, fileName);
  if (parsed.error) {
    const line = text.slice(0, parsed.error.offset).split('\n').length;
    return { problems: [{ message: `The rubric is not valid ${/\.ya?ml$/i.test(fileName) ? 'YAML' : 'JSON'} (line ${line}): ${parsed.error.message}`, path: '' }] };
  }
  return checkRubric(parsed.data);
}

// Validates rubric data against the schema and the rules the schema cannot express.
export function checkRubric(data: unknown): { rubric?: Rubric; problems: RubricProblem[] } {
  const validate = rubricValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => {
      const extra = e.keyword === 'additionalProperties' ? ` "${String((e.params as { additionalProperty: string }).additionalProperty)}"` : '';
      return { message: `${e.instancePath || 'The rubric'} ${e.message ?? 'is not valid'}${extra}.`, path: e.instancePath };
    });
    return { problems };
  }
  const raw = data as { title?: string; deductions?: Deductions; criteria: RawCriterion[] };
  const problems: RubricProblem[] = [];
  const seen = new Set<string>();
  const base = { ...FALLBACK_DEDUCTIONS, ...raw.deductions };
  const criteria = raw.criteria.map((c, i): Criterion => {
    if (seen.has(c.id)) problems.push({ message: `Criterion id "${c.id}" is used twice; ids must be unique.`, path: `/criteria/${i}/id` });
    seen.add(c.id);
    const floor = c.floor ?? 0;
    if (floor > c.points) problems.push({ message: `The floor (${floor}) of criterion "${c.id}" is above its points (${c.points}).`, path: `/criteria/${i}/floor` });
    const criterion: Criterion = { id: c.id, title: c.title, description: c.description, points: c.points, floor, rules: c.rules ?? [], elements: c.elements ?? [], deductions: { ...base, ...c.deductions } };
    if (c.evidence) criterion.evidence = c.evidence;
    if (c.hand) criterion.hand = true;
    return criterion;
  });
  criteria.forEach((c, i) => {
    if (c.hand && (c.rules.length > 0 || c.elements.length > 0 || c.evidence)) problems.push({ message: `Criterion "${c.id}" is marked by hand, so it takes no rules, elements or evidence: its mark comes from your marks file.`, path: `/criteria/${i}` });
    else if (!c.hand && c.rules.length === 0 && c.elements.length === 0 && !c.evidence) problems.push({ message: `Criterion "${c.id}" draws on no rules, no elements and no evidence, so every plan would get its full points. To mark it yourself, add "hand: true" and give your marks with --marks.`, path: `/criteria/${i}` });
  });
  if (problems.length) return { problems };
  return { rubric: { title: raw.title ?? 'Rubric', criteria }, problems: [] };
}

let cachedDefault: Rubric | undefined;

/** The default rubric, parsed. */
export function defaultRubric(): Rubric {
  if (!cachedDefault) {
    const r = parseRubric(DEFAULT_RUBRIC_YAML);
    if (!r.rubric) throw new Error(`The default rubric is invalid: ${r.problems.map((p) => p.message).join('; ')}`);
    cachedDefault = r.rubric;
  }
  return cachedDefault;
}

/** Every rule id a rubric names, in rubric order. */
export function rubricRules(rubric: Rubric): string[] {
  return [...new Set(rubric.criteria.flatMap((c) => c.rules))];
}
