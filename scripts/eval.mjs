// `npm run eval`: how the judgments do on REAL text only, by cross-validation with every source (web
// site) in one fold: purpose statements, ground-rule lines and passages on how meetings run. For each,
// the learned model (trained on the other folds' real rows plus every written set) is set beside the
// hand-written lexicon alone, on the same rows.
//
//   node scripts/eval.mjs [--task purpose|norms|talk|plan-talk|dynamics|locate|plans|held-out] [--folds 5] [--json] [--errors] [--per-id] [--files RE] [--train-share P]
//
// GROUPPLAN_SETTINGS='{"purpose":{"l2":0.01}}' overrides training settings for an experiment.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { DYNAMIC_IDS, MUTUAL_AID_NORMS, PURPOSE_CLASSES, TALK_CLASSES, dynamicsRows, foldOf, heldOutRows, normRows, planSentenceRows, planTalkRows, prf, purposeRows, readTsv, root, sourceGroup, talkRows } from './learn-core.mjs';
import { SETTINGS, dynamicsTask, locateTask, normsTask, purposeTask, talkTask } from './learn-tasks.mjs';

const engine = createRequire(import.meta.url)(join(root, 'dist', 'engine.cjs'));
const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
const args = main ? process.argv.slice(2) : [];
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const FOLDS = Number(opt('folds', 5));
const only = opt('task');
const json = args.includes('--json');
const showErrors = args.includes('--errors');
const overrides = JSON.parse(process.env.GROUPPLAN_SETTINGS ?? '{}');
const settings = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, { ...v, ...(overrides[k] ?? {}) }]));

// Cross-validated predictions for every real row of a task: train on everything outside the fold.
// --files RE keeps only the real rows of matching corpus files in the measure (all rows still train).
const filesRe = opt('files') ? new RegExp(opt('files')) : undefined;
// --train-share P (a percentage) trains each fold on the real rows of only about P% of the other folds'
// sources (the same sources in every run, chosen by a hash of the site), every written row kept: how
// a figure grows with the real data, which says whether collecting more would lift it.
const TRAIN_SHARE = Number(opt('train-share', 100));
if (!(TRAIN_SHARE > 0 && TRAIN_SHARE <= 100)) {
  console.error(`eval: --train-share takes a percentage above 0 and at most 100 (for example --train-share 50), not "${opt('train-share')}".`);
  process.exit(2);
}
const inShare = (group) => TRAIN_SHARE >= 100 || foldOf(`share:${group}`, 100) < TRAIN_SHARE;
// The models of a task trained on everything outside fold k (written rows, and real rows of the other
// folds' sources), trained once per run: the plans and plan-sentence reports read plans with the same
// fold models the statement, line and passage reports are measured with. `rows` are the task's rows,
// the same for every caller of a task.
const trainedFolds = new Map();
function foldModels(task, rows, k) {
  const key = `${task.name}:${k}`;
  if (!trainedFolds.has(key)) trainedFolds.set(key, task.train(engine, rows.filter((r) => !r.real || (foldOf(r.group, FOLDS) !== k && inShare(r.group))), settings[task.name]));
  return trainedFolds.get(key);
}

// `measured` picks, among the real rows, those the figure is about (the rest still train).
function crossValidate(task, rows, measured = () => true) {
  const real = rows.filter((r) => r.real && measured(r) && (!filesRe || filesRe.test(r.file)));
  const preds = new Array(real.length);
  for (let k = 0; k < FOLDS; k++) {
    const test = [];
    real.forEach((r, i) => foldOf(r.group, FOLDS) === k && test.push(i));
    if (test.length === 0) continue;
    const models = foldModels(task, rows, k);
    for (const i of test) preds[i] = task.predict(engine, models, real[i].text, real[i]);
  }
  return { real, preds };
}

// ---- purpose ----
export function purposeReport() {
  const rows = purposeRows();
  const { real, preds } = crossValidate(purposeTask, rows);
  const LABEL = { content: 'CONTENT', individual: 'INDIVIDUAL', worker: 'WORKER-CENTERED', 'common-cause': 'COMMON-CAUSE' };
  const lexicon = real.map((r) => LABEL[engine.analysePurpose(r.text, { learned: false }).verdict]);
  const score = (pred) => {
    let tp = 0, fp = 0, fn = 0, agree = 0;
    real.forEach((r, i) => {
      const gold = r.label !== 'COMMON-CAUSE';
      const flagged = pred[i] !== 'COMMON-CAUSE';
      if (gold && flagged) tp++;
      else if (flagged) fp++;
      else if (gold) fn++;
      if (pred[i] === r.label) agree++;
    });
    return { ...prf(tp, fp, fn), fourWay: agree / real.length };
  };
  const errors = showErrors ? real.map((r, i) => ({ gold: r.label, model: preds[i], text: r.text })).filter((e) => e.gold !== e.model) : [];
  return { n: real.length, sources: new Set(real.map((r) => r.group)).size, model: score(preds), lexicon: score(lexicon), errors };
}

// The norm ids (the ten mutual-aid norms and confidentiality) and the lines against mutual aid,
// scored against the labels, overall and per id.
const NORM_IDS = [...MUTUAL_AID_NORMS, 'confidentiality'];
function scoreNorms(real, pred) {
  const count = (test) => {
    let tp = 0, fp = 0, fn = 0;
    real.forEach((r, i) => {
      for (const id of NORM_IDS) {
        if (!test(id)) continue;
        const g = r.labels.has(id);
        const p = pred[i].has(id);
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      }
    });
    return prf(tp, fp, fn);
  };
  let atp = 0, afp = 0, afn = 0;
  real.forEach((r, i) => {
    const g = [...r.labels].some((l) => l.startsWith('AGAINST:'));
    const p = [...pred[i]].some((l) => l.startsWith('AGAINST:'));
    if (g && p) atp++;
    else if (p) afp++;
    else if (g) afn++;
  });
  const perId = Object.fromEntries(NORM_IDS.map((id) => [id, count((x) => x === id)]));
  return { normIds: count(() => true), against: prf(atp, afp, afn), perId };
}

// ---- norms ----
export function normsReport() {
  const rows = normRows();
  const { real, preds } = crossValidate(normsTask, rows);
  const lexicon = real.map((r) => {
    const out = new Set(engine.statedNorms(r.text).map((h) => (h.what.id === 'speak-for-yourself' ? 'speak-for-self' : h.what.id)));
    if (engine.againstNorms(r.text).length > 0) out.add('AGAINST:any');
    return out;
  });
  const score = (pred) => scoreNorms(real, pred);
  const errors = showErrors
    ? real.map((r, i) => ({ gold: [...r.labels].sort().join(','), model: [...preds[i]].sort().join(','), text: r.text })).filter((e) => e.gold !== e.model)
    : [];
  return { n: real.length, sources: new Set(real.map((r) => r.group)).size, model: score(preds), lexicon: score(lexicon), errors };
}

// ---- talk ----
export function talkReport() {
  const rows = talkRows(engine);
  // The passages on meetings; the plans' own sentences are measured in planTalkReport.
  const { real, preds } = crossValidate(talkTask, rows, (r) => !r.inPlan);
  const lexicon = real.map((r) => engine.communicationPatterns(r.text)[0]?.what.id ?? 'none');
  const errors = showErrors ? real.map((r, i) => ({ gold: r.label, model: preds[i], text: r.text })).filter((e) => e.gold !== e.model) : [];
  return { n: real.length, sources: new Set(real.map((r) => r.group)).size, model: scorePatterns(real, preds), lexicon: scorePatterns(real, lexicon), errors };
}

// The patterns the checker flags, scored against the labels: a flag counts right only when its
// pattern is the label's; free-floating and none are both "not flagged".
const FLAGGED_KINDS = TALK_CLASSES.slice(0, 3);
function scorePatterns(rows, pred) {
  let tp = 0, fp = 0, fn = 0, agree = 0;
  rows.forEach((r, i) => {
    const g = FLAGGED_KINDS.includes(r.label);
    const p = FLAGGED_KINDS.includes(pred[i]);
    if (p && pred[i] === r.label) tp++;
    else {
      if (p) fp++;
      if (g) fn++;
    }
    if (pred[i] === r.label || (!g && !p)) agree++;
  });
  return { ...prf(tp, fp, fn), agreement: agree / rows.length };
}

// ---- held out: the collections kept out of training, read by models trained on everything else ----
// The rows in test/corpus/real/pending/ (collected later by other searches, labelled by the same
// conventions, not trained on because they did not lift the cross-validated figures) are text no
// setting was chosen on: the models are trained on every row of the corpus except those of the
// held-out rows' own sites, and measured on the held-out rows.
export function heldOutReport() {
  const held = heldOutRows();
  const out = { errors: [] };
  const trainedWithout = (task, rows, heldRows) => {
    const sites = new Set(heldRows.map((r) => r.group));
    return task.train(engine, rows.filter((r) => !r.real || !sites.has(r.group)), settings[task.name]);
  };
  if (held.talk.length) {
    const models = trainedWithout(talkTask, talkRows(engine), held.talk);
    const preds = held.talk.map((r) => talkTask.predict(engine, models, r.text));
    if (showErrors) held.talk.forEach((r, i) => r.label !== preds[i] && out.errors.push({ gold: r.label, model: preds[i], text: r.text }));
    out.talk = { n: held.talk.length, sources: new Set(held.talk.map((r) => r.group)).size, files: [...new Set(held.talk.map((r) => r.file))], model: scorePatterns(held.talk, preds) };
  }
  if (held.norms.length) {
    const models = trainedWithout(normsTask, normRows(), held.norms);
    const preds = held.norms.map((r) => normsTask.predict(engine, models, r.text));
    if (showErrors) held.norms.forEach((r, i) => {
      const gold = [...r.labels].sort().join(',');
      const model = [...preds[i]].sort().join(',');
      if (gold !== model) out.errors.push({ gold, model, text: r.text });
    });
    out.norms = { n: held.norms.length, sources: new Set(held.norms.map((r) => r.group)).size, files: [...new Set(held.norms.map((r) => r.file))], model: scoreNorms(held.norms, preds) };
  }
  return out;
}

// ---- meetings in real plans: what communication-pattern says, sentence by sentence ----
// Every sentence of the labelled real plans, read as the rule reads them: only the sections on how
// meetings run (Structure, Content/Sessions, Contract and headed sections of no known kind), each
// sentence judged by a meeting model trained without the plan's own site (its fold); a sentence the
// rule does not read counts as not flagged.
export function planTalkReport() {
  const rows = planTalkRows().filter((r) => !filesRe || filesRe.test(r.file));
  const talk = talkRows(engine);
  const base = join(root, 'test', 'corpus', 'real');
  const modelsFor = (k) => foldModels(talkTask, talk, k);
  const said = new Map();
  // A sentence's text as the corpus files hold it: one line, spaces collapsed.
  const key = (text) => text.replace(/\s+/g, ' ').trim();
  for (const planFile of new Set(rows.map((r) => r.plan))) {
    const k = foldOf(rows.find((r) => r.plan === planFile).group, FOLDS);
    const plan = engine.buildPlan(engine.parseMarkdown(readFileSync(join(base, planFile), 'utf8')), engine.TEMPLATES.kurland);
    const flagged = new Map();
    const cued = new Map();
    for (const { sentence } of engine.sectionSentences(plan, engine.MEETING_ELEMENTS, true)) {
      // Opening rounds are noted as information, not flagged (the plan sentences label them none).
      const hit = engine.judgedPatterns(sentence.text, modelsFor(k)).find((h) => !h.opening);
      if (hit) flagged.set(key(sentence.text), hit.what.id);
      const cue = engine.communicationPatterns(sentence.text)[0];
      if (cue) cued.set(key(sentence.text), cue.what.id);
    }
    said.set(planFile, { flagged, cued });
  }
  const preds = rows.map((r) => said.get(r.plan).flagged.get(key(r.text)) ?? 'none');
  const lexicon = rows.map((r) => said.get(r.plan).cued.get(key(r.text)) ?? 'none');
  const errors = showErrors ? rows.map((r, i) => ({ gold: r.label, model: preds[i], text: `[${r.plan}] ${r.text}` })).filter((e) => e.gold !== e.model && (FLAGGED_KINDS.includes(e.gold) || FLAGGED_KINDS.includes(e.model))) : [];
  return { n: rows.length, plans: new Set(rows.map((r) => r.plan)).size, positives: rows.filter((r) => FLAGGED_KINDS.includes(r.label)).length, model: scorePatterns(rows, preds), lexicon: scorePatterns(rows, lexicon), errors };
}

// ---- dynamics: which dynamics of mutual aid a plan sets in motion ----
// Sentence by sentence (the nine ids, micro-averaged), and plan by plan: a dynamic counts as addressed
// in a plan when a labelled sentence outside its need and context sections sets it in motion, and the
// checker's coverage (with the fold's models) is compared with that; the cue lexicon alone beside it.
export function dynamicsReport() {
  const rows = dynamicsRows();
  const preds = new Array(rows.length);
  const planPred = new Map();
  const planLex = new Map();
  const base = join(root, 'test', 'corpus', 'real');
  for (let k = 0; k < FOLDS; k++) {
    const test = [];
    // --files: only the matching files' rows (and their plans) are measured; every row still trains.
    rows.forEach((r, i) => foldOf(r.group, FOLDS) === k && (!filesRe || filesRe.test(r.file)) && test.push(i));
    if (!test.length) continue;
    const models = foldModels(dynamicsTask, rows, k);
    for (const i of test) preds[i] = dynamicsTask.predict(engine, models, rows[i].text);
    for (const plan of new Set(test.map((i) => rows[i].plan))) {
      const p = engine.buildPlan(engine.parseMarkdown(readFileSync(join(base, plan), 'utf8')), engine.TEMPLATES.kurland);
      planPred.set(plan, new Set(engine.dynamicsCoverageWith(p, models).filter((d) => d.addressed).map((d) => d.id)));
      planLex.set(plan, new Set(engine.dynamicsCoverageWith(p, {}).filter((d) => d.addressed).map((d) => d.id)));
    }
  }
  // Measured on the same rows as the model (all of them, unless --files).
  const lexicon = rows.map((r, i) => preds[i] && new Set(engine.dynamicsCueFeatures(r.text).map((f) => f.slice(4))));
  const micro = (gold, pred) => {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      if (!pred[i]) return; // a row not measured (--files)
      for (const id of DYNAMIC_IDS) {
        const a = g.has(id), b = pred[i].has(id);
        if (a && b) tp++; else if (b) fp++; else if (a) fn++;
      }
    });
    return prf(tp, fp, fn);
  };
  const plans = [...planPred.keys()];
  const planGold = plans.map((plan) => new Set(rows.filter((r) => r.plan === plan && !engine.DYNAMICS_NOT_THE_WORK.has(r.section)).flatMap((r) => [...r.labels])));
  const errors = showErrors ? rows.map((r, i) => ({ gold: [...r.labels].join(','), model: [...preds[i]].join(','), text: r.text })).filter((e) => e.gold !== e.model) : [];
  return {
    n: rows.length,
    sources: new Set(rows.map((r) => r.group)).size,
    positives: rows.filter((r) => r.labels.size > 0).length,
    plans: plans.length,
    model: { sentences: micro(rows.map((r) => r.labels), preds), plans: micro(planGold, plans.map((p) => planPred.get(p))) },
    lexicon: { sentences: micro(rows.map((r) => r.labels), lexicon), plans: micro(planGold, plans.map((p) => planLex.get(p))) },
    errors,
  };
}

// ---- locate: does a plan sentence state the group's purpose? ----
export function locateReport() {
  const rows = planSentenceRows();
  const { real, preds } = crossValidate(locateTask, rows);
  const said = preds.map((p) => Boolean(p && p.p >= p.threshold));
  let tp = 0, fp = 0, fn = 0;
  real.forEach((r, i) => {
    if (said[i] && r.label) tp++;
    else if (said[i]) fp++;
    else if (r.label) fn++;
  });
  const errors = showErrors ? real.map((r, i) => ({ gold: r.label ? 'yes' : 'no', model: said[i] ? 'yes' : 'no', text: `[${r.plan}] ${r.text}` })).filter((e) => e.gold !== e.model) : [];
  return { n: real.length, plans: new Set(real.map((r) => r.plan)).size, sources: new Set(real.map((r) => r.group)).size, positives: real.filter((r) => r.label).length, model: prf(tp, fp, fn), errors };
}

// ---- plans: is the purpose found where real plans put it? ----
export function plansReport() {
  const base = join(root, 'test', 'corpus', 'real');
  const dirs = readdirSync(base).filter((d) => d.startsWith('plans') && existsSync(join(base, d, 'INDEX.tsv')));
  const rows = dirs.flatMap((d) => readTsv(join(base, d, 'INDEX.tsv')).map((r) => ({ ...r, path: join(base, d, r.file) })));
  // The purpose locator is learned from these same plans' sentences, so each plan is read with a
  // locator trained on the other sources' plans only (the fold its source's site falls in).
  // Likewise the norm models, which read a list with no heading or label as the norms when most of its
  // items state one: some of these plans' rules are among the ground-rule lines.
  const sentences = planSentenceRows();
  const norms = normRows();
  const merged = new Map();
  const modelsFor = (r) => {
    const k = foldOf(sourceGroup(r.source), FOLDS);
    if (!merged.has(k)) merged.set(k, { ...(sentences.length ? foldModels(locateTask, sentences, k) : {}), ...foldModels(normsTask, norms, k) });
    return merged.get(k);
  };
  const memo = new Map();
  const planOf = (r) => {
    if (!memo.has(r.path)) memo.set(r.path, engine.buildPlan(engine.parseMarkdown(readFileSync(r.path, 'utf8')), engine.TEMPLATES.kurland, modelsFor(r)));
    return memo.get(r.path);
  };
  const purposeOf = (r) => planOf(r).purpose;
  const found = (r) => Boolean(purposeOf(r));
  // The measure a reader of the plan sees: the purpose found and its verdict the hand label's (plans
  // whose label is one of the four kinds, not MIXED or NONE).
  const kindOf = (r) => (r.purpose_label ?? '').split(/\s/)[0];
  const single = rows.filter((r) => PURPOSE_CLASSES.includes(kindOf(r)));
  // Each plan's verdict, read once: undefined when no purpose is found.
  const verdict = new Map(single.map((r) => {
    const p = purposeOf(r);
    return [r, p && purposeTask.predict(engine, undefined, p.text)];
  }));
  const agreeing = single.filter((r) => verdict.get(r) === kindOf(r));
  // Whether the plan's purpose is flagged at all (any of the three failing kinds) or passes (common
  // cause), as the hand label says: the part of the verdict that decides whether a finding is shown.
  const flagAgreeing = single.filter((r) => {
    const v = verdict.get(r);
    return v && (v === 'COMMON-CAUSE') === (kindOf(r) === 'COMMON-CAUSE');
  });
  // Plans with a purpose section or label (the structure the checker looks for), and, the stricter
  // measure, every plan a reader says states a purpose anywhere (its hand label is not NONE).
  const withPurpose = rows.filter((r) => /^yes/i.test(r.has_purpose_section ?? ''));
  const missed = withPurpose.filter((r) => !found(r));
  const labelled = rows.filter((r) => (r.purpose_label ?? '').trim() && !/^NONE/.test(r.purpose_label));
  const missedLabelled = labelled.filter((r) => !found(r));
  const none = rows.filter((r) => /^NONE/.test(r.purpose_label ?? ''));
  // The norms: found (a list with at least one item) in plans with a norms section or label by hand
  // label, and in plans without one.
  const normsFound = (r) => (planOf(r).norms?.items.length ?? 0) > 0;
  const withNorms = rows.filter((r) => /^yes/i.test(r.has_norms_section ?? ''));
  const withoutNorms = rows.filter((r) => !/^yes/i.test(r.has_norms_section ?? ''));
  return {
    withNorms: withNorms.length,
    normsFound: withNorms.filter(normsFound).length,
    normsMissed: withNorms.filter((r) => !normsFound(r)).map((r) => r.file),
    withoutNorms: withoutNorms.length,
    normsFoundAnyway: withoutNorms.filter(normsFound).map((r) => r.file),
    n: rows.length,
    withPurpose: withPurpose.length,
    found: withPurpose.length - missed.length,
    missed: missed.map((r) => r.file),
    labelled: labelled.length,
    foundLabelled: labelled.length - missedLabelled.length,
    missedLabelled: missedLabelled.map((r) => r.file),
    none: none.length,
    foundInNone: none.filter(found).map((r) => r.file),
    single: single.length,
    agreeing: agreeing.length,
    flagAgreeing: flagAgreeing.length,
    errors: [],
  };
}

const reports = {};
if (main) run();

function run() {
if (!only || only === 'purpose') reports.purpose = purposeReport();
if (!only || only === 'norms') reports.norms = normsReport();
if (!only || only === 'talk') reports.talk = talkReport();
if (!only || only === 'locate') reports.locate = locateReport();
if (!only || only === 'plans') reports.plans = plansReport();
if ((!only || only === 'plan-talk') && planTalkRows().length) reports.planTalk = planTalkReport();
if (!only || only === 'dynamics') reports.dynamics = dynamicsReport();
if (!only || only === 'held-out') reports.heldOut = heldOutReport();

if (json) {
  console.log(JSON.stringify(reports, null, 2));
} else {
  const f = (x) => x.toFixed(2);
  const pr = (m) => `${f(m.precision)} / ${f(m.recall)}`;
  console.log(`Real text only, ${FOLDS}-fold cross-validation, every source (web site) in one fold.${TRAIN_SHARE < 100 ? ` Trained on the real rows of about ${TRAIN_SHARE}% of the other folds' sources.` : ''}\n`);
  console.log('| judgment | rows (sources) | learned model | lexicon alone |');
  console.log('|---|---|---|---|');
  const p = reports.purpose;
  if (p) console.log(`| purpose: failing statements flagged, precision / recall; 4-way agreement | ${p.n} (${p.sources}) | ${pr(p.model)}; ${f(p.model.fourWay)} | ${pr(p.lexicon)}; ${f(p.lexicon.fourWay)} |`);
  const n = reports.norms;
  if (n) {
    console.log(`| ground rules: the ten mutual-aid norms and confidentiality, precision / recall | ${n.n} (${n.sources}) | ${pr(n.model.normIds)} | ${pr(n.lexicon.normIds)} |`);
    console.log(`| ground rules against mutual aid, precision / recall | ${n.n} (${n.sources}) | ${pr(n.model.against)} | ${pr(n.lexicon.against)} |`);
  }
  const t = reports.talk;
  if (t) console.log(`| meetings: round robin, hot seat, maypole, precision / recall | ${t.n} (${t.sources}) | ${pr(t.model)} | ${pr(t.lexicon)} |`);
  const d = reports.dynamics;
  if (d) {
    console.log(`| dynamics set in motion, plan sentences: the nine dynamics, precision / recall | ${d.n} (${d.sources}; ${d.positives} with a dynamic) | ${pr(d.model.sentences)} | ${pr(d.lexicon.sentences)} |`);
    console.log(`| dynamics addressed, whole plans (what the preview and dynamics-not-planned say), precision / recall | ${d.plans} plans | ${pr(d.model.plans)} | ${pr(d.lexicon.plans)} |`);
  }
  const pl = reports.plans;
  const lo = reports.locate;
  const pt = reports.planTalk;
  if (pt) console.log(`\nMeetings in real plans, sentence by sentence as communication-pattern reads them: ${pt.n} sentences of ${pt.plans} plans, ${pt.positives} labelled a round robin, hot seat or maypole; flagged with the right pattern, precision / recall ${pr(pt.model)} (${pt.model.tp} right, ${pt.model.fp} flagged wrongly); the lexicon alone ${pr(pt.lexicon)} (${pt.lexicon.tp} right, ${pt.lexicon.fp} wrongly).`);
  if (lo) console.log(`\nPlan sentences that state the group's purpose (the locator used when a plan names no purpose): ${lo.n} sentences of ${lo.plans} plans (${lo.sources} sources), ${lo.positives} that do; precision / recall ${pr(lo.model)}.`);
  if (pl) console.log(`\nReal plans with a purpose section or label: the purpose found in ${pl.found} of ${pl.withPurpose} (${f(pl.found / pl.withPurpose)}), of ${pl.n} plans.${pl.missed.length ? ` Missed: ${pl.missed.join(', ')}.` : ''}`);
  if (pl) console.log(`Real plans whose hand label is one of the four kinds: the purpose found and its verdict the label's in ${pl.agreeing} of ${pl.single} (${f(pl.agreeing / pl.single)}); found and flagged or passed as the label says (common cause or not) in ${pl.flagAgreeing} of ${pl.single} (${f(pl.flagAgreeing / pl.single)}).`);
  if (pl) console.log(`Real plans with a norms section or label (hand label): norms found in ${pl.normsFound} of ${pl.withNorms}${pl.normsMissed.length ? ` (missed: ${pl.normsMissed.join(', ')})` : ''}; in plans without one, norms found anyway in ${pl.normsFoundAnyway.length} of ${pl.withoutNorms}.`);
  if (pl) console.log(`Real plans that state a purpose anywhere (hand label not NONE): the purpose found in ${pl.foundLabelled} of ${pl.labelled} (${f(pl.foundLabelled / pl.labelled)}). Plans without one (NONE): a purpose found anyway in ${pl.foundInNone.length} of ${pl.none}.`);
  const ho = reports.heldOut;
  if (ho?.talk || ho?.norms) {
    console.log('\nHeld out (test/corpus/real/pending/, never trained on; the models trained on every other row, the held-out sites left out):');
    if (ho.talk) console.log(`  meetings: round robin, hot seat, maypole, precision / recall: ${pr(ho.talk.model)} on ${ho.talk.n} passages (${ho.talk.sources} sites; ${ho.talk.files.join(', ')})`);
    if (ho.norms) console.log(`  ground rules: norm ids ${pr(ho.norms.model.normIds)}, against mutual aid ${pr(ho.norms.model.against)} on ${ho.norms.n} lines (${ho.norms.sources} sites; ${ho.norms.files.join(', ')})`);
  }
  if (n && args.includes('--per-id')) {
    console.log('\nPer norm id (model | lexicon):');
    for (const id of Object.keys(n.model.perId)) console.log(`  ${id.padEnd(24)} ${pr(n.model.perId[id])}  (tp ${n.model.perId[id].tp})  |  ${pr(n.lexicon.perId[id])}`);
  }
  for (const [name, r] of Object.entries(reports)) {
    if (!r.errors.length) continue;
    console.log(`\n${name}: ${r.errors.length} rows the model reads differently from the label`);
    for (const e of r.errors) console.log(`  label ${e.gold || '-'}; model ${e.model || '-'}: ${e.text.slice(0, 150)}`);
  }
}
}
