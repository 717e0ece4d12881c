// The contract every rule follows: metadata (with examples that are also tests and docs) plus a check.
import type { Plan } from './plan';
import type { ResolvedConfig } from './config';
import type { Report, Severity } from './types';

export interface RuleExample {
  /** One line saying what the example shows. */
  title: string;
  /** A plan (Markdown) to check. */
  text: string;
  /** Options for this rule in the example, as a config file would give them. */
  options?: Record<string, unknown>;
  /** Exact messages this rule reports, in order; empty means the example passes. */
  messages: string[];
  /** The text after applying every fix this rule offers, when the rule is fixable. */
  fixed?: string;
}

export interface RuleMeta {
  id: string;
  /** One line for tables and settings. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Plain-words reasoning shown on hover and in the docs. */
  explanation: string;
  /** The idea cited, e.g. "Steinberg 2014, ch. 1". */
  source: string;
  /** JSON Schema properties of the rule's options (each with a default and a description). */
  options?: Record<string, JsonSchema>;
  examples: RuleExample[];
}

export type JsonSchema = { [key: string]: unknown };

export interface RuleContext<O = Record<string, unknown>> {
  plan: Plan;
  options: O;
  config: ResolvedConfig;
  report(report: Report): void;
  /** Set for the rules that run after the time budget ran out (only `check-incomplete` runs then). */
  incomplete?: import('./budget').Incomplete;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}

// Declares a rule with typed options; the identity function keeps rule files short and typed.
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}
