// checkPlan: the one entry point the server, the CLI and the tests share.
import { parseMarkdown } from './parse';
import { buildPlan, type Plan } from './plan';
import { buildSuppressions } from './directives';
import { resolveConfig, type ResolvedConfig } from './config';
import { RULES } from './rules';
import type { Rule } from './rule';
import type { Finding, Report } from './types';

export const DEFAULT_DOCS_BASE = 'https://github.com/groupplan/groupplan/blob/main/docs/rules/';

export interface CheckOptions {
  /** Prefix of each rule's docs page; the page is `${docsBaseUrl}${id}.md`. */
  docsBaseUrl?: string;
  /** Run only these rules (for example one rule's examples). */
  only?: string[];
}

export interface CheckResult {
  plan: Plan;
  findings: Finding[];
  /** Rules that threw: reported to the host, never thrown. */
  ruleErrors: { ruleId: string; message: string }[];
}

const RANK = { info: 1, warning: 2, error: 3 } as const;

let defaultConfig: ResolvedConfig | undefined;

/** The configuration with every rule at its default. */
export function defaults(): ResolvedConfig {
  defaultConfig ??= resolveConfig([], RULES).config;
  return defaultConfig;
}

// Checks a plan's text with a resolved configuration and returns findings sorted by position.
export function checkPlan(text: string, config: ResolvedConfig = defaults(), options: CheckOptions = {}): CheckResult {
  const plan = buildPlan(parseMarkdown(text), config.template);
  const suppressions = buildSuppressions(plan.directives, plan.lines);
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_BASE;
  const findings: Finding[] = [];
  const ruleErrors: CheckResult['ruleErrors'] = [];
  for (const rule of RULES as readonly Rule[]) {
    const id = rule.meta.id;
    if (options.only && !options.only.includes(id)) continue;
    const setting = config.rules[id];
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity;
    const report = (r: Report): void => {
      const start = plan.lines.position(r.range.start);
      if (id !== 'suppression-unknown-rule' && suppressions.isSuppressed(id, start.line)) return;
      const own = r.severity && RANK[r.severity] < RANK[severity] ? r.severity : severity;
      findings.push({ ...r, ruleId: id, severity: own, start, end: plan.lines.position(r.range.end), docsUrl: `${docsBase}${id}.md` });
    };
    try {
      rule.check({ plan, options: setting.options, config, report });
    } catch (e) {
      ruleErrors.push({ ruleId: id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { plan, findings, ruleErrors };
}
