// The purpose measure shared by `npm run eval:purpose` and the held-out regression test: reads a
// labelled TSV (label, statement, notes; source optional), puts each statement alone in the Purpose
// section of a minimal plan, checks it with the engine it is given, and scores the result.
//
// "Flagged" means any of the three warning rules fired; weak common-cause rows count as correct when
// they get at most the information-level hint.

export const TARGETS = { precision: 0.9, recall: 0.9, agreement: 0.8 };
export const RULE_LABEL = {
  'purpose-describes-content': 'CONTENT',
  'purpose-individual-goals': 'INDIVIDUAL',
  'purpose-worker-centered': 'WORKER-CENTERED',
};
export const LABELS = ['CONTENT', 'INDIVIDUAL', 'WORKER-CENTERED', 'COMMON-CAUSE'];

// Reads a TSV field, undoing spreadsheet-style quoting ("a ""b"" c").
function field(s = '') {
  const t = s.trim();
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1).replace(/""/g, '"') : t;
}

/** Parses labelled statements from TSV text. */
export function readLabelled(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const col = (name) => header.indexOf(name);
  if (col('label') < 0 || col('statement') < 0) throw new Error('The TSV needs "label" and "statement" columns');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const notes = col('notes') >= 0 ? field(cells[col('notes')]) : '';
    return {
      row: i + 2,
      label: field(cells[col('label')]).toUpperCase(),
      statement: field(cells[col('statement')]),
      strength: /CC-strength=(\w+)/.exec(notes)?.[1],
    };
  });
}

/** A minimal plan with the statement alone in its Purpose section. */
export function planFor(statement) {
  return `---\ngroupplan: true\n---\n\n# Plan\n\n## Purpose\n\n${statement}\n`;
}

/** Scores labelled rows with an engine that has `defaults()` and `checkPlan(text, config)`. */
export function measure(rows, engine) {
  const config = engine.defaults();
  const results = rows.map((r) => {
    const { findings } = engine.checkPlan(planFor(r.statement), config);
    const purpose = findings.filter((f) => f.ruleId.startsWith('purpose-') && f.ruleId !== 'purpose-missing');
    const warning = purpose.find((f) => RULE_LABEL[f.ruleId] && f.severity !== 'info');
    const predicted = warning ? RULE_LABEL[warning.ruleId] : 'COMMON-CAUSE';
    const info = purpose.filter((f) => f.ruleId === 'purpose-weak-common-cause');
    const evidence = warning?.evidence ?? info.flatMap((f) => f.evidence ?? []);
    return { ...r, predicted, flagged: Boolean(warning), hint: info.length > 0, evidence, message: warning?.message ?? info[0]?.message };
  });
  const positive = (r) => r.label !== 'COMMON-CAUSE';
  const tp = results.filter((r) => positive(r) && r.flagged).length;
  const fp = results.filter((r) => !positive(r) && r.flagged).length;
  const fn = results.filter((r) => positive(r) && !r.flagged).length;
  const agree = results.filter((r) => r.predicted === r.label).length;
  const matrix = Object.fromEntries(LABELS.map((l) => [l, Object.fromEntries(LABELS.map((p) => [p, 0]))]));
  for (const r of results) if (matrix[r.label]) matrix[r.label][r.predicted]++;
  const weak = results.filter((r) => r.label === 'COMMON-CAUSE' && r.strength === 'weak');
  return {
    n: results.length,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    agreement: results.length ? agree / results.length : 1,
    tp,
    fp,
    fn,
    matrix,
    weak: { n: weak.length, correct: weak.filter((r) => !r.flagged).length, hinted: weak.filter((r) => r.hint).length },
    disagreements: results.filter((r) => r.predicted !== r.label),
  };
}
