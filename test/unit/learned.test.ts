// The learned verdicts: features read negation scopes, the models file is current and trained
// deterministically, inference explains itself, and the cross-validated figures on REAL text (each
// source in one fold, as `npm run eval` reports them) stay above a floor a little under today's.
import { describe, expect, it } from 'vitest';
import { analysePurpose, dynamicsFeatures, INDEX_AFTER, judgedAgainst, linearModel, negationScopes, normFeatures, predict, predictEach, textFeatures, tokenize } from '../../server/src/engine';
import { learnedNorms, learnedPattern, purposeVerdict } from '../../server/src/engine/learn/verdicts';
import MODELS from '../../server/src/engine/learn/models.json';
// @ts-ignore: plain ES modules shared with the scripts
import { fitLogistic, heldOutRows, nbScale, normRows, packModel, planSentenceRows, purposeRows, talkRows, trainingHash, vocabulary } from '../../scripts/learn-core.mjs';
// @ts-ignore
import { dynamicsReport, heldOutReport, normsReport, planTalkReport, purposeReport, talkReport } from '../../scripts/eval.mjs';

describe('features', () => {
  it('tokenises words and punctuation, numbers as #, curly apostrophes as straight ones', () => {
    expect(tokenize('Don’t interrupt, 3 times!')).toEqual(['dont', 'interrupt', ',', '#', 'times', '!']);
  });

  it('marks the scope of a negator up to the end of its clause', () => {
    const t = tokenize('We do not give advice, but share our own experience.');
    const neg = negationScopes(t);
    expect(t.filter((_, i) => neg[i])).toEqual(['give', 'advice']);
    const f = textFeatures('We avoid cross talk.');
    expect(f.has('w:n:cross')).toBe(true);
    expect(f.has('w:cross')).toBe(false);
  });

  it('reads a ban stated after what it bans, and keeps a bracketed restatement in scope', () => {
    const scoped = (text: string): string[] => {
      const t = tokenize(text);
      const neg = negationScopes(t);
      return t.filter((x, i) => neg[i] && /^[a-z]/.test(x));
    };
    expect(scoped('Cross talk is discouraged.')).toEqual(['cross', 'talk', 'is']);
    expect(scoped('During check-in; cross-talk is not allowed.')).toEqual(['cross', 'talk', 'is', 'not', 'allowed']);
    expect(scoped('Cross-talk is welcome: respond to one another.')).toEqual([]);
    expect(scoped('Questions are allowed.')).toEqual([]);
    expect(scoped('No side conversations (cross-talk) while someone speaks.')).toContain('cross');
  });

  it('names the class of each word from the vocabularies, negated where the word is', () => {
    const f = textFeatures('We do not judge other members.');
    expect(f.has('v:n:judge')).toBe(true);
    expect(f.has('v:n:member')).toBe(true);
    expect(f.has('vp:judge_member')).toBe(true);
    expect(textFeatures('The facilitator asks each participant.').has('v:worker')).toBe(true);
  });

  it('"turns … back" redirects talk and is not a turn to speak', () => {
    expect(textFeatures('The worker turns questions back to the group.').has('v:turn')).toBe(false);
    expect(textFeatures('She turned it right back to the members.').has('v:turn')).toBe(false);
    expect(textFeatures('Facilitators turn the question back to the members.').has('v:turn')).toBe(false);
    expect(textFeatures('Members take turns around the circle.').has('v:turn')).toBe(true);
    expect(textFeatures('Each member in turn reports back on the week.').has('v:turn')).toBe(true);
    expect(textFeatures('Members take turns to report back.').has('v:turn')).toBe(true);
  });

  it('adds evidence features as given', () => {
    expect(textFeatures('Members help one another.', ['c:p:mutual']).has('c:p:mutual')).toBe(true);
  });
});

describe('models file', () => {
  it('was trained from the corpora and code as they are now (run `npm run train` when this fails)', () => {
    expect((MODELS as { trainingHash: string }).trainingHash).toBe(trainingHash());
  });

  it('training is deterministic: the same rows give the same weights', () => {
    const rows = purposeRows().slice(0, 120);
    const fit = () => {
      const sets = rows.map((r: { text: string }) => textFeatures(r.text));
      const vocab = vocabulary(sets, 1);
      const X = sets.map((s: Set<string>) => ({ idx: [...s].map((f) => vocab.get(f)).filter((i) => i !== undefined), v: 1 / Math.sqrt(s.size) }));
      const y = rows.map((r: { label: string }) => ['CONTENT', 'INDIVIDUAL', 'WORKER-CENTERED', 'COMMON-CAUSE'].indexOf(r.label));
      return JSON.stringify(packModel(fitLogistic(X, y, vocab.size, 4, { steps: 40 }), vocab, 4, 'softmax', ['a', 'b', 'c', 'd']));
    };
    expect(fit()).toBe(fit());
  });

  it('naive-Bayes scales: a word that tells the classes apart weighs more than one both share', () => {
    // Feature 0 in every row of both classes, feature 1 only in class 1, feature 2 mostly in class 0.
    const X = [
      { idx: [0, 1], v: 1 },
      { idx: [0, 1], v: 1 },
      { idx: [0, 2], v: 1 },
      { idx: [0, 2], v: 1 },
      { idx: [0], v: 1 },
    ];
    const y = [1, 1, 0, 0, 0];
    const s = nbScale(X, y, 3, 1, undefined, 1);
    expect(s[0]).toBeLessThan(0.2);
    expect(s[1]).toBeGreaterThan(1);
    expect(s[2]).toBeGreaterThan(0.5);
    // Several classes: each against the rest, the largest ratio kept.
    const multi = nbScale(X, [0, 0, 1, 1, 2], 3, 3, undefined, 1);
    expect(multi[1]).toBeGreaterThan(multi[0]);
    expect(multi[2]).toBeGreaterThan(multi[0]);
    // Fitting with the scales and folding them into the weights scores rows as the scaled fit does.
    const scaled = fitLogistic(X, y, 3, 1, { steps: 60, scale: s });
    const folded = Array.from(scaled.W, (w, i) => w * s[i]);
    const z = (row: { idx: number[] }) => scaled.b[0] + row.idx.reduce((a, i) => a + folded[i], 0);
    expect(z(X[0])).toBeGreaterThan(0);
    expect(z(X[2])).toBeLessThan(0);
  });

  it('a sigmoid model answers yes at or above its threshold, and names the features that pushed', () => {
    const m = linearModel({ kind: 'sigmoid', classes: ['yes'], bias: [-1], weights: { 'w:share': 4, 'w:the': -0.5 }, threshold: 0.5 });
    const yes = predict(m, new Set(['w:share']));
    expect(yes.label).toBe('yes');
    expect(yes.because).toEqual(['w:share']);
    expect(predict(m, new Set(['w:the'])).label).toBeUndefined();
    // As the models file stores it: the features, and their weights flat (one per feature here).
    expect(m).toMatchObject({ features: ['w:share', 'w:the'], weights: [4, -0.5] });
    const shipped = Object.values((MODELS as unknown as { models: Record<string, { kind: string; classes: string[]; features: string[]; weights: number[] }> }).models);
    for (const x of shipped) expect(x.weights.length).toBe(x.features.length * (x.kind === 'sigmoid' ? 1 : x.classes.length));
  });

  it('a softmax model reads each class its own weight from the flat weights', () => {
    const m = linearModel({ kind: 'softmax', classes: ['a', 'b', 'c'], bias: [0, 0, 0], weights: { 'w:x': [0, 0, 5], 'w:y': [0, 5, 0] } });
    expect(m.weights).toEqual([0, 0, 5, 0, 5, 0]);
    expect(predict(m, new Set(['w:x'])).label).toBe('c');
    expect(predict(m, new Set(['w:y'])).label).toBe('b');
    expect(predict(m, new Set(['w:y'])).because).toEqual(['w:y']);
  });
});

describe('several models over the same features at once', () => {
  const shipped = (MODELS as unknown as { models: Record<string, Parameters<typeof predict>[0]> }).models;
  const family = (prefix: string) => Object.entries(shipped).filter(([id]) => id.startsWith(prefix)).map(([, m]) => m);

  // The first INDEX_AFTER reads of a list of models go model by model, later ones through the compact
  // index: both ways are checked here.
  it('predictEach gives each model exactly what predict gives it, on real norm lines and plan sentences', () => {
    const rows = 2 * INDEX_AFTER;
    const cases: [ReturnType<typeof family>, Set<string>[]][] = [
      [family('norm:'), normRows().filter((r: { real: boolean }) => r.real).slice(0, rows).map((r: { text: string }) => normFeatures(r.text))],
      [family('dyn:'), planSentenceRows().slice(0, rows).map((r: { text: string }) => dynamicsFeatures(r.text))],
    ];
    for (const [models, sets] of cases) {
      expect(models.length).toBeGreaterThan(2);
      expect(sets.length).toBe(rows);
      let yes = 0;
      for (const f of sets) {
        const each = predictEach(models, f);
        models.forEach((m, i) => expect(each[i]).toEqual(predict(m, f)));
        yes += each.filter((p) => p.label).length;
      }
      expect(yes).toBeGreaterThan(10);
    }
  });

  it('a softmax model among them is read one by one, with the same answers', () => {
    const soft = shipped.purpose;
    const f = textFeatures('Members support one another.');
    expect(predictEach([soft, ...family('norm:').slice(0, 2)], f)[0]).toEqual(predict(soft, f));
  });
});

describe('learned verdicts in the engine', () => {
  it('a purpose verdict comes with its probabilities and the words that weighed most', () => {
    const v = purposeVerdict('Sessions will cover budgeting, nutrition, stress management and sleep hygiene.');
    expect(v?.verdict).toBe('content');
    expect(v!.because.length).toBeGreaterThan(0);
    expect(Object.values(v!.probability).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(purposeVerdict('Parents of children with autism meet to support one another and share what works.')?.verdict).toBe('common-cause');
  });

  it('analysePurpose uses the learned verdict, and the cue reading alone on request', () => {
    const a = analysePurpose('Sessions will cover budgeting, nutrition, stress management and sleep hygiene.');
    expect(a.probability).toBeDefined();
    expect(analysePurpose('Sessions will cover budgeting.', { learned: false }).probability).toBeUndefined();
  });

  it('ground rules: norms stated, and a rule against mutual aid with its kind', () => {
    expect([...learnedNorms('What is said in the group stays in the group.').norms.keys()]).toContain('confidentiality');
    expect(learnedNorms('No cross-talk: do not respond to another member’s share.').against?.kind).toBe('round-robin');
  });

  it('ground rules: polarity, not words', () => {
    expect(learnedNorms('Cross talk is discouraged.').against?.kind).toBe('round-robin');
    expect(learnedNorms('Cross-talk is welcome: respond to one another directly.').against).toBeUndefined();
  });

  it('an advice ban read as "tell your own experience instead" is that norm, not a blanket ban', () => {
    // Models made for the test: "advice" reads as a line against mutual aid of the no-advice kind,
    // "lived" as purposeful-use-of-self.
    const models = {
      'norm:AGAINST:any': linearModel({ kind: 'sigmoid', classes: ['AGAINST:any'], bias: [-1], weights: { 'w:advice': 6 }, threshold: 0.5 }),
      'norm:purposeful-use-of-self': linearModel({ kind: 'sigmoid', classes: ['purposeful-use-of-self'], bias: [-1], weights: { 'w:lived': 6 }, threshold: 0.5 }),
      'against-kind': linearModel({ kind: 'softmax', classes: ['AGAINST:round-robin', 'AGAINST:central-authority', 'AGAINST:no-advice'], bias: [0, 0, 0], weights: { 'w:advice': [0, 0, 4] } }),
    };
    expect(judgedAgainst('Keep advice short.', undefined, models).map((h) => h.what.id)).toEqual(['no-advice']);
    expect(judgedAgainst('Keep advice short; say what you lived.', undefined, models)).toEqual([]);
  });

  it('a passage on meetings: the pattern it describes', () => {
    expect(learnedPattern('We go around the circle and each member shares for five minutes while the others listen without comment.')?.verdict).toBe('round-robin');
  });
});

// Floors a little under the figures measured when the models were trained (README, "How the judgments
// are made"): a change that loses ground on real text fails here.
describe('cross-validated on real text, each source in one fold', () => {
  it('purpose statements: the model beats the lexicon alone', { timeout: 300_000 }, () => {
    const r = purposeReport();
    // 0.85 / 0.89; 0.75 on 2,325 statements; 0.86 / 0.88; 0.76 with naive-Bayes feature scales.
    expect(r.n).toBeGreaterThanOrEqual(2300);
    expect(r.model.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.model.recall).toBeGreaterThanOrEqual(0.86);
    expect(r.model.fourWay).toBeGreaterThanOrEqual(0.74);
    expect(r.model.f1).toBeGreaterThan(r.lexicon.f1);
  });

  it('ground-rule lines: norm ids and lines against mutual aid', { timeout: 300_000 }, () => {
    const r = normsReport();
    // Norm ids 0.66 / 0.60 on 5,159 lines; 0.70 / 0.58 with naive-Bayes feature scales and a threshold
    // of 0.45 (0.6 before); 0.69 / 0.58 with 450 more lines (5,609).
    expect(r.n).toBeGreaterThanOrEqual(5600);
    expect(r.model.normIds.precision).toBeGreaterThanOrEqual(0.68);
    expect(r.model.normIds.recall).toBeGreaterThanOrEqual(0.56);
    expect(r.model.normIds.f1).toBeGreaterThan(r.lexicon.normIds.f1);
    // Against: 0.69 / 0.54 on 4,085 lines; 0.68 / 0.54 on 4,730 with 645 lines from 66 new pages (those
    // alone 0.60 / 0.33: community and club meetings' floor rules).
    // 0.70 / 0.55 on 5,159 (the scales did not help this model, which keeps its own settings); 0.68 /
    // 0.55 on 5,609.
    expect(r.model.against.precision).toBeGreaterThanOrEqual(0.66);
    expect(r.model.against.recall).toBeGreaterThanOrEqual(0.53);
    expect(r.model.against.f1).toBeGreaterThan(r.lexicon.against.f1);
  });

  it('passages on meetings: round robin, hot seat and maypole', { timeout: 300_000 }, () => {
    const r = talkReport();
    expect(r.n).toBeGreaterThanOrEqual(2100);
    // 0.89 / 0.35 on 712 passages with the model's uncued readings at 0.3 or more of a flat model;
    // 0.82 / 0.44 on 947 with sharper weights and a threshold of 0.4 chosen by cross-validation;
    // 0.81 / 0.41 on 1,186 with 239 passages from school and clinic session plans added.
    // 0.78 / 0.41 on 1,695; 0.35 would give 0.74 / 0.46 and flags an exemplary sample's sentence.
    // 0.80 / 0.45 on 1,988 with L2 1e-4 and a threshold of 0.45 (0.79 / 0.43 before on 1,695); 0.82 / 0.42
    // with the real plans' sentences in training and a threshold of 0.5 (planTalkReport below).
    // 0.81 / 0.42 on 2,090; 0.82 / 0.46 with naive-Bayes feature scales and the threshold back at 0.45.
    expect(r.model.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.model.recall).toBeGreaterThanOrEqual(0.44);
    expect(r.model.f1).toBeGreaterThan(r.lexicon.f1);
  });

  it('sentences of real plans: what communication-pattern flags', { timeout: 300_000 }, () => {
    const r = planTalkReport();
    expect(r.n).toBeGreaterThanOrEqual(2300);
    // Trained on the passages alone the rule flagged 32 of these sentences, 21 wrongly (session titles,
    // "turn 20", "required by law to report"): 0.34 / 0.31. With the plans' own sentences (mostly none)
    // in the training of the other folds: 0.58 / 0.31, 8 wrongly; with the threshold at 0.5, 0.64 / 0.26, 5.
    // With the 24 plans labelled blind added (2,322 sentences): 0.63 / 0.26, 6 wrongly; 0.59 / 0.26, 7
    // wrongly with 102 more passages; 0.67 / 0.21, 4 wrongly, with naive-Bayes feature scales; 0.64 /
    // 0.18 (7 right, 4 wrongly) with 158 more passages (the lost flag is "answering questions that
    // provoke thought into their emotions", labelled a hot seat).
    expect(r.model.precision).toBeGreaterThanOrEqual(0.6);
    expect(r.model.fp).toBeLessThanOrEqual(6);
    expect(r.model.tp).toBeGreaterThanOrEqual(7);
  });

  it('plan sentences: the dynamics of mutual aid a plan sets in motion', { timeout: 300_000 }, () => {
    const r = dynamicsReport();
    expect(r.n).toBeGreaterThanOrEqual(950);
    // Whole plans, as the preview and dynamics-not-planned say it: 0.65 / 0.57 against the cues' 0.58 / 0.30.
    expect(r.model.plans.precision).toBeGreaterThanOrEqual(0.6);
    expect(r.model.plans.recall).toBeGreaterThanOrEqual(0.5);
    expect(r.model.plans.f1).toBeGreaterThan(r.lexicon.plans.f1);
    expect(r.model.sentences.f1).toBeGreaterThan(r.lexicon.sentences.f1);
  });
});

describe('held out: collections never trained on, read by models trained on everything else', () => {
  it('meeting passages and ground-rule lines from other searches read near the cross-validated figures', { timeout: 300_000 }, () => {
    const r = heldOutReport();
    // 2026-12-08: 0.75 / 0.56 on 617 passages (375 sites) against 0.84 / 0.55 cross-validated; the new
    // collections flag more "none" rows, mostly a check-in named without saying it goes round.
    expect(r.talk.n).toBeGreaterThanOrEqual(600);
    expect(r.talk.model.precision).toBeGreaterThanOrEqual(0.7);
    expect(r.talk.model.recall).toBeGreaterThanOrEqual(0.5);
    // 0.68 / 0.58 norm ids and 0.86 / 0.75 against mutual aid on 163 lines (21 sites).
    expect(r.norms.n).toBeGreaterThanOrEqual(160);
    expect(r.norms.model.normIds.precision).toBeGreaterThanOrEqual(0.62);
    expect(r.norms.model.normIds.recall).toBeGreaterThanOrEqual(0.52);
    expect(r.norms.model.against.precision).toBeGreaterThanOrEqual(0.75);
    expect(r.norms.model.against.recall).toBeGreaterThanOrEqual(0.65);
    // None of these rows is trained on: no held-out passage is among the meeting model's rows, no line
    // among the norm models'.
    const held = heldOutRows();
    const passages = new Set(talkRows(undefined).map((x) => x.text));
    const lines = new Set(normRows().map((x) => x.text));
    expect(held.talk.filter((x) => passages.has(x.text))).toEqual([]);
    expect(held.norms.filter((x) => lines.has(x.text))).toEqual([]);
  });
});
