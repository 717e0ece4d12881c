// checkPlan: the one entry point the server, the CLI and the tests share.
import { parseMarkdown } from './parse';
import { buildPlan, type Plan } from './plan';
import { buildSuppressions } from './directives';
import { resolveConfig, type ResolvedConfig } from './config';
import { RULES } from './rules';
import type { Rule } from './rule';
import type { Finding, Report } from './types';
import { DEFAULT_BUDGET_MS, INCOMPLETE_RULE, type Incomplete } from './budget';

export { DEFAULT_BUDGET_MS, incompleteMessage, type Incomplete } from './budget';

export const DEFAULT_DOCS_BASE = 'https://github.com/groupplan/groupplan/blob/main/docs/rules/';

export interface CheckOptions {
  /** Prefix of each rule's docs page; the page is `${docsBaseUrl}${id}.md`. */
  docsBaseUrl?: string;
  /** Run only these rules (for example one rule's examples). */
  only?: string[];
  /**
   * Time the check may take, in milliseconds. Past it, the rest of the document is not parsed and
   * the remaining rules do not run; the result says so in `incomplete`. Unset: no limit.
   */
  budgetMs?: number;
  /** The clock the budget is measured by (milliseconds); tests pass their own. */
  now?: () => number;
}


export interface CheckResult {
  plan: Plan;
  findings: Finding[];
  /** Rules that threw: reported to the host, never thrown. */
  ruleErrors: { ruleId: string; message: string }[];
  /** Set when the check ran out of its time budget. */
  incomplete?: Incomplete;
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

let defaultConfig: ResolvedConfig | undefined;

// The budget a configuration sets (the check-incomplete rule's option), whether or not the rule reports.
function budgetOf(config: ResolvedConfig): number {
  const v = config.rules[INCOMPLETE_RULE]?.options?.budgetMs;
  return typeof v === 'number' && v >= 0 ? v : DEFAULT_BUDGET_MS;
}

/** The configuration with every rule at its default. */
export function defaults(): ResolvedConfig {
  defaultConfig ??= resolveConfig([], RULES).config;
  return defaultConfig;
}

// Checks a plan's text with a resolved configuration and returns findings sorted by position.
export function checkPlan(text: string, config: ResolvedConfig = defaults(), options: CheckOptions = {}): CheckResult {
  const now = options.now ?? Date.now;
  const budgetMs = options.budgetMs ?? budgetOf(config);
  const deadline = now() + budgetMs;
  const overBudget = (): boolean => now() >= deadline;
  const parsed = parseMarkdown(text, overBudget);
  const plan = buildPlan(parsed, config.template);
  const skippedRules: string[] = [];
  // What the budget left out, once anything was: the unread rest of the text, the rules that did not run.
  const incompleteSoFar = (): Incomplete | undefined =>
    skippedRules.length > 0 || parsed.unparsedFrom !== undefined ? { budgetMs, skippedRules, ...(parsed.unparsedFrom !== undefined ? { unparsedFrom: parsed.unparsedFrom } : {}) } : undefined;
  const suppressions = buildSuppressions(plan.directives, plan.lines);
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_BASE;
  const findings: Finding[] = [];
  const ruleErrors: CheckResult['ruleErrors'] = [];
  for (const rule of RULES as readonly Rule[]) {
    const id = rule.meta.id;
    if (options.only && !options.only.includes(id)) continue;
    const setting = config.rules[id];
    if (!setting || setting.severity === 'off') continue;
    // The budget rule runs last and always, so it can say what was left out.
    const last = id === INCOMPLETE_RULE;
    if (!last && overBudget()) {
      skippedRules.push(id);
      continue;
    }
    const incomplete = last ? incompleteSoFar() : undefined;
    const severity = setting.severity;
    const report = (r: Report): void => {
      const start = plan.lines.position(r.range.start);
      if (id !== 'suppression-unknown-rule' && suppressions.isSuppressed(id, start.line)) return;
      const own = r.severity && RANK[r.severity] < RANK[severity] ? r.severity : severity;
      findings.push({ ...r, ruleId: id, severity: own, start, end: plan.lines.position(r.range.end), docsUrl: `${docsBase}${id}.md` });
    };
    try {
      rule.check({ plan, options: setting.options, config, report, incomplete });
    } catch (e) {
      ruleErrors.push({ ruleId: id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const result: CheckResult = { plan, findings, ruleErrors };
  const incomplete = incompleteSoFar();
  if (incomplete) result.incomplete = incomplete;
  return result;
}
