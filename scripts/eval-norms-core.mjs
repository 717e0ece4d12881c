// The measuring behind `npm run eval:norms`, shared with the unit tests: given an engine (the bundle
// or the sources) and corpus files, counts true and false positives per norm id and per rule.
import { readFileSync } from 'node:fs';

/** Rules measured for each kind of corpus row. */
export const RULES_BY_WHERE = {
  norms: ['norm-against-mutual-aid'],
  meeting: ['communication-pattern', 'worker-primary-helper'],
  evaluation: ['evaluation-outcomes-only'],
  plan: ['group-type-expectations', 'evaluation-missing', 'dynamics-not-planned'],
};

/** Other names a corpus may give the kind of row. */
const WHERE_ALIASES = { norm: 'norms', 'ground-rules': 'norms', structure: 'meeting', content: 'meeting', sessions: 'meeting', session: 'meeting', meetings: 'meeting', evaluations: 'evaluation', plans: 'plan' };

const FM = '---\ngroupplan: true\n---\n\n# Plan\n\n';
const WRAP = {
  norms: (t) => `${FM}## Norms\n\n- ${t}\n`,
  meeting: (t) => `${FM}## Sessions\n\n${t}\n`,
  evaluation: (t) => `${FM}## Evaluation\n\n${t}\n`,
  plan: (t) => t,
};

// Evaluates corpus files; returns per-label counts, the rows that went wrong, and format errors.
export function evaluate(engine, files) {
  const { checkPlan, resolveConfig, RULES, NORM_IDS } = engine;
  const config = resolveConfig(
    [
      {
        name: 'eval',
        input: {
          rules: {
            'norm-not-stated': { severity: 'warning', expected: NORM_IDS, informational: [] },
            ...Object.fromEntries(Object.values(RULES_BY_WHERE).flat().map((id) => [id, 'warning'])),
          },
        },
      },
    ],
    RULES,
  ).config;
  const predict = (where, text) => {
    const rules = RULES_BY_WHERE[where];
    const only = where === 'norms' ? ['norm-not-stated', ...rules] : rules;
    const { findings } = checkPlan(WRAP[where](text), config, { only });
    const out = new Set(findings.filter((f) => rules.includes(f.ruleId)).map((f) => f.ruleId));
    if (where === 'norms') {
      const missing = new Set(findings.filter((f) => f.ruleId === 'norm-not-stated').flatMap((f) => f.evidence ?? []));
      for (const id of NORM_IDS) if (!missing.has(id)) out.add(id);
    }
    return out;
  };
  const stats = new Map();
  const stat = (label) => {
    if (!stats.has(label)) stats.set(label, { tp: 0, fp: 0, fn: 0, n: 0 });
    return stats.get(label);
  };
  const wrong = [];
  const errors = [];
  let rows = 0;
  let normRows = 0;
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (!line.trim() || line.startsWith('#')) return;
        const [whereRaw, labelText = '-', ...rest] = line.split('\t');
        const where = WHERE_ALIASES[whereRaw.trim().toLowerCase()] ?? whereRaw.trim().toLowerCase();
        const raw = rest.join('\t');
        if (!RULES_BY_WHERE[where] || !raw) {
          errors.push(`${file}:${i + 1}: expected where<TAB>labels<TAB>text with where one of ${Object.keys(RULES_BY_WHERE).join(', ')}`);
          return;
        }
        rows++;
        if (where === 'norms') normRows++;
        const text = raw.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
        const gold = new Set(labelText === '-' ? [] : labelText.split(',').map((s) => s.trim()).filter(Boolean));
        const labels = where === 'norms' ? [...NORM_IDS, ...RULES_BY_WHERE.norms] : RULES_BY_WHERE[where];
        for (const g of gold) if (!labels.includes(g)) errors.push(`${file}:${i + 1}: label ${g} is not measured for "${where}" rows`);
        const pred = predict(where, text);
        const diff = [];
        for (const label of labels) {
          const s = stat(label);
          const g = gold.has(label);
          const p = pred.has(label);
          if (g) s.n++;
          if (g && p) s.tp++;
          else if (p) (s.fp++, diff.push(`+${label}`));
          else if (g) (s.fn++, diff.push(`-${label}`));
        }
        if (diff.length) wrong.push({ where: `${file.split('/').pop()}:${i + 1}`, diff, text: raw });
      });
  }
  // norm-not-stated as a rule: over every (norms row, norm id) pair a finding is right when the norm
  // is truly not stated, so its true positives are detection's true negatives and so on.
  const rule = { tp: 0, fp: 0, fn: 0, n: 0 };
  for (const label of NORM_IDS) {
    const s = stats.get(label);
    if (!s) continue;
    rule.tp += normRows - s.tp - s.fp - s.fn;
    rule.fp += s.fn;
    rule.fn += s.fp;
  }
  rule.n = rule.tp + rule.fn;
  const micro = { tp: 0, fp: 0, fn: 0, n: 0 };
  for (const label of NORM_IDS) {
    const s = stats.get(label);
    if (s) (micro.tp += s.tp), (micro.fp += s.fp), (micro.fn += s.fn), (micro.n += s.n);
  }
  const order = [...NORM_IDS, ...Object.values(RULES_BY_WHERE).flat()];
  const table = order.filter((l) => stats.has(l)).map((label) => ({ label, ...score(stats.get(label)) }));
  table.push({ label: 'norm-not-stated (rule)', ...score(rule) });
  table.push({ label: 'all norm ids (micro)', ...score(micro) });
  return { rows, table, wrong, errors };
}

function score(s) {
  return { ...s, precision: s.tp + s.fp ? s.tp / (s.tp + s.fp) : undefined, recall: s.tp + s.fn ? s.tp / (s.tp + s.fn) : undefined };
}
