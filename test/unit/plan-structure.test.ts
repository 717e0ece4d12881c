// Finding the purpose where real plans put it: headings at any level, inline labels (bold or plain, at
// the start of any line of a paragraph), a label followed by a list, a table row, and a "The purpose of
// this … group is" sentence; never the purpose of a paper, a proposal or a session step.
import { describe, expect, it } from 'vitest';
import { buildPlan, checkPlan, parseMarkdown, TEMPLATES } from '../../server/src/engine';
// @ts-ignore: plain ES module shared with scripts/eval.mjs
import { plansReport } from '../../scripts/eval.mjs';

// The real plans read once for the three tests below (each plan with a purpose locator and norm models
// trained without its site: a minute or so of training).
let plansRead: ReturnType<typeof plansReport> | undefined;
const plans = () => (plansRead ??= plansReport());

const purposeOf = (text: string) => buildPlan(parseMarkdown(text), TEMPLATES.kurland).purpose;
const purposeText = (text: string) => purposeOf(text)?.text;

describe('the purpose in real plan shapes', () => {
  it('a goal said outright in a paragraph near the top, for the members or each meeting', () => {
    const p = purposeOf('# Guidelines\n\nWe are not a therapy group. The goal is for members to listen and learn, and to support one another. We meet weekly.\n');
    expect(p?.from).toBe('sentence');
    expect(p?.text).toBe('The goal is for members to listen and learn, and to support one another.');
    expect(purposeOf('# FAQ\n\n## Is this a training?\n\nIt is not a class. The goal of each meeting is to let caregivers help one another.\n')?.text).toBe(
      'The goal of each meeting is to let caregivers help one another.',
    );
    expect(purposeOf('# Plan\n\nOur aim is to give parents a place to share.\n')?.text).toBe('Our aim is to give parents a place to share.');
  });

  it('a session step, or a goal in the middle of a sentence, is not the purpose', () => {
    expect(purposeOf('# Session 3\n\nThe goal of session 3 is to practise saying no.\n')).toBeUndefined();
    expect(purposeOf('# Plan\n\nWe think the goal is to finish the paper.\n')).toBeUndefined();
  });

  it('a bold inline label', () => {
    const p = purposeOf('# Grief group\n\n**Purpose:** To help students who have lost a parent support one another.\n\n**Members:** 6 students.\n');
    expect(p?.from).toBe('label');
    expect(p?.text).toBe('To help students who have lost a parent support one another.');
  });

  it('the source range of a labelled purpose covers exactly its words', () => {
    const text = '# Grief group\n\nGroup purpose: Parents share what works.\n';
    const p = purposeOf(text)!;
    expect(text.slice(p.range.start, p.range.end)).toBe('Parents share what works.');
  });

  it('a label on a later line of a paragraph, ending at the next label', () => {
    const p = purposeOf('# Unit\n\nGroup Topic: Divorce\nGoals for the Group:\nStudents will support one another.\nGroup Size: 6\n');
    expect(p?.text.trim()).toBe('Students will support one another.');
  });

  it('a label alone, then the list it introduces', () => {
    const p = purposeOf('# Plan\n\nGroup objectives:\n\n- Members share coping ideas\n- Members support one another\n\nSessions run weekly.\n');
    expect(p?.parts.map((x) => x.mapped.text)).toEqual(['Members share coping ideas', 'Members support one another']);
  });

  it('a table row whose first cell names the purpose', () => {
    const p = purposeOf('# Plan\n\n| Element | Plan |\n|---|---|\n| Purpose | Carers meet to help one another. |\n| Size | 8 |\n');
    expect(p?.text).toContain('Carers meet to help one another.');
  });

  it('a purpose heading nested under another heading', () => {
    const p = purposeOf('# Plan\n\n## Weekly outlines: week one\n\n### Purpose of the group for participants\n\nMembers help one another cope.\n');
    expect(p?.from).toBe('section');
    expect(p?.text).toBe('Members help one another cope.');
  });

  it('"The purpose of this psychoeducational support group is …" under a title', () => {
    const p = purposeOf('# Holding hands\n\n## Introduction\n\nFamilies feel strain. The purpose of this psychoeducational support group is to help parents support one another.\n');
    expect(p?.from).toBe('sentence');
    expect(p?.text).toMatch(/^The purpose of this psychoeducational support group is/);
  });

  it('not the purpose of a paper, nor a session step that explains the purpose', () => {
    expect(purposeOf('# Proposal\n\nThe purpose of this paper is to put forth a proposal.\n')).toBeUndefined();
    expect(purposeOf('# Session 1\n\n- To explain the purpose of the group: the facilitator states it.\n')).toBeUndefined();
  });

  it('a sentence near the top saying what the group is for, without the word "purpose"', () => {
    expect(purposeText('# Caregivers\n\nThe Unexpected Caregiver Support Groups are designed to help family caregivers find regular support.\n')).toMatch(/^The Unexpected Caregiver/);
    expect(purposeText('# Fathers\n\nWhat this is, is a twelve-week program designed to support men in their role as fathers.\n')).toMatch(/twelve-week program designed/);
    expect(purposeText('# Recovery\n\nThis group focuses on life skills, triggers and relapse signs.\n')).toMatch(/^This group focuses on/);
    expect(purposeText('# Grief\n\nOur group aims to let bereaved parents support one another.\n')).toMatch(/^Our group aims to/);
  });

  it('the writer\'s own proposed group ("the group we are proposing will focus on"), "formed to", "will also create opportunities"', () => {
    expect(purposeText('# Proposal\n\nRationale. The group we are proposing will focus on helping teens of drinking parents lean on one another.\n')).toMatch(/^The group we are proposing will focus on/);
    expect(purposeText('# Proposal\n\nThe small group that is being proposed is designed for new carers who feel alone.\n')).toMatch(/^The small group that is being proposed/);
    expect(purposeText('# Students\n\nThe program is formed to let students far from home find friends in one another.\n')).toMatch(/^The program is formed to/);
    expect(purposeText('# Youth\n\nThe group will also create opportunities for young people to compare notes on school.\n')).toMatch(/^The group will also create opportunities/);
    // Another group the writer mentions is not this one.
    expect(purposeText('# Proposal\n\nThe group we met last year was loud.\n')).toBeUndefined();
  });

  it('"will be focused on", and the writer\'s own reason for starting the group ("I decided to create a group to …")', () => {
    expect(purposeText('# Grief\n\nThis bereavement group will be focused on helping widowed parents share what the first year is like.\n')).toMatch(/^This bereavement group will be focused on/);
    expect(purposeText('# Anxiety\n\nMany students came to me worried. I decided to create an anxiety group to let them see they are not alone.\n')).toMatch(/^I decided to create an anxiety group to/);
    // Whom the group is for is not yet what it is for (read without the learned locator).
    const ruled = (text: string) => buildPlan(parseMarkdown(text), TEMPLATES.kurland, {}).purpose;
    expect(ruled('# Paper\n\nI chose to create a support group for women who have left a violent home.\n')).toBeUndefined();
  });

  it('a mission, a focus, or "it is our goal to" said outright', () => {
    expect(purposeText('# Stroke group\n\nOur Mission is to provide support to survivors and their families.\n')).toMatch(/^Our Mission is to provide/);
    expect(purposeText('# Proposal\n\n## Type of group\n\nThe focus of this group is to provide social support for students.\n')).toMatch(/^The focus of this group is/);
    expect(purposeText('# Families\n\nAddiction isolates. At our centre, it is our goal to teach families how to stay well.\n')).toMatch(/^At our centre, it is our goal to/);
  });

  it('a sentence saying the group is a space, place or environment where members do something', () => {
    expect(purposeText('# Distress tolerance\n\nThe distress tolerance group is a safe, confidential space where we will explore together ways of coping.\n')).toMatch(/^The distress tolerance group is a safe/);
    expect(purposeText('# Refugees\n\nOur supportive groups provide an environment in which participants gain strength from one another.\n')).toMatch(/^Our supportive groups provide/);
    expect(purposeText('# Counselling\n\nA counseling group provides a supportive environment where you join others.\n')).toMatch(/^A counseling group provides/);
    expect(purposeText('# Cancer\n\nThe Advanced Cancer Group is a unique service that offers women an opportunity to meet.\n')).toMatch(/^The Advanced Cancer Group is a unique service/);
  });

  it('a description heading or label when nothing names a purpose, but not a session summary', () => {
    expect(purposeText('# Unit\n\n## Small Group Counseling Description\n\nStudents will learn strategies to control their actions.\n\n## Number of sessions\n\nSix.\n')).toBe('Students will learn strategies to control their actions.');
    expect(purposeText('# Survivors group\n\nGroup Overview: Over twelve weeks members will learn about healthy relationships.\n')).toMatch(/^Over twelve weeks members/);
    expect(purposeText('# USO\n\n## What is the Understanding Others group?\n\nIt is an interpersonal group for students.\n')).toBe('It is an interpersonal group for students.');
    expect(purposeOf('# Plan\n\n## Session summary\n\nWe reviewed the homework.\n')).toBeUndefined();
    // A description does not win over a purpose stated elsewhere.
    expect(purposeText('# Plan\n\n## Overview\n\nSix weeks, Tuesdays.\n\n## Purpose\n\nParents help one another.\n')).toBe('Parents help one another.');
  });

  it('an "Objectives for Group:" label, and a list of aims near the top with no label', () => {
    expect(purposeOf('# Stress group\n\nObjectives for Group:\n\n- Learning to self monitor stress\n- Increasing tools for coping\n')?.parts.map((x) => x.mapped.text)).toEqual(['Learning to self monitor stress', 'Increasing tools for coping']);
    const aims = purposeOf('# Support groups\n\nPlease read the guidelines.\n\n- To provide a safe place for us to share our needs.\n- To provide support in working through concerns.\n\n- Confidentiality\n');
    expect(aims?.parts.map((x) => x.mapped.text)).toEqual(['To provide a safe place for us to share our needs.', 'To provide support in working through concerns.']);
    // Under a heading for another part of the plan, "To …" items are that part's (an evaluation's aims).
    expect(purposeOf('# Plan\n\n## Evaluation\n\n- To measure attendance\n- To survey members\n')).toBeUndefined();
  });

  it('the list a paragraph on the group\'s purposes introduces, not a paper\'s', () => {
    const p = purposeOf("# Community meetings\n\nIt is essential to have a strong sense of the meetings' purposes. The main ones are usually some combination of:\n\n- Sharing information\n- Nurturing mutual support\n");
    expect(p?.parts.map((x) => x.mapped.text)).toEqual(['Sharing information', 'Nurturing mutual support']);
    expect(purposeOf('# Proposal\n\nThis paper has three aims, as follows:\n\n- Review the literature\n- Propose a group\n')).toBeUndefined();
  });

  it('"The goals of the group are:" closing a paragraph: the list it introduces is the purpose, not the sentence alone', () => {
    const p = purposeOf('# Divorce group\n\nStudents are referred by teachers and parents. The goals of the group are:\n\n1. To give children a place to share what the divorce is like.\n2. To help one another with the hard weeks.\n\n## Sessions\n\nWe meet weekly.\n');
    expect(p?.parts.map((x) => x.mapped.text)).toEqual(['To give children a place to share what the divorce is like.', 'To help one another with the hard weeks.']);
    // A purpose sentence that goes on after its colon stays the sentence.
    const q = purposeOf('# Divorce group\n\nChildren are referred by teachers. The goals of the group are: sharing what the divorce is like, and helping one another.\n\n- Sessions are weekly.\n');
    expect(q?.text).toBe('The goals of the group are: sharing what the divorce is like, and helping one another.');
  });

  it('not a course the student is taking, nor a general remark about groups (read without the learned locator)', () => {
    const ruled = (text: string) => buildPlan(parseMarkdown(text), TEMPLATES.kurland, {}).purpose;
    expect(ruled('# Assignment\n\nThis course is designed to prepare social work students for practice with groups.\n')).toBeUndefined();
    expect(ruled('# Bereavement\n\nSupport groups provide an environment where adolescents can express their feelings.\n')).toBeUndefined();
    expect(purposeOf('# Assignment\n\nThis course is designed to prepare social work students for practice with groups.\n')).toBeUndefined();
  });

  it('when nothing names a purpose, the learned locator reads the sentence that says what the group is for', () => {
    const text = '# Parents of teens\n\nParenting teenagers can be lonely. Our agency is offering a new group in the spring.\n\nTogether, members share experiences and support each other through the hard weeks.\n\nWe meet on Tuesdays at 7 pm in the library.\n';
    const p = purposeOf(text);
    expect(p?.text).toBe('Together, members share experiences and support each other through the hard weeks.');
    // Without the locator model nothing is found: the rules above name no purpose in this text.
    expect(buildPlan(parseMarkdown(text), TEMPLATES.kurland, {}).purpose).toBeUndefined();
    // Not under a heading for another part of the plan.
    expect(purposeOf('# Plan\n\n## Norms\n\n- Together, members share experiences and support each other through the hard weeks.\n')).toBeUndefined();
  });

  it('on the real plans in the corpus that have a purpose section or label, it is found in at least 90%', { timeout: 600_000 }, () => {
    const r = plans();
    expect(r.withPurpose).toBeGreaterThanOrEqual(15);
    expect(r.found / r.withPurpose).toBeGreaterThanOrEqual(0.9);
  });

  it('on every real plan that states a purpose anywhere (by its hand label), it is found more often than not, and rarely where there is none', { timeout: 600_000 }, () => {
    const r = plans();
    // Measured, each plan read with a purpose locator trained on the other sources' plans only: 82 of
    // 97 (0.85). Of the first 84: 72 (64 with the rules alone). Of the 13 collected after the locator
    // was trained (not in its training data, blind): 11 (4 with the rules alone). A purpose found anyway
    // in 8 of the 23 plans without one.
    expect(r.labelled).toBeGreaterThanOrEqual(95);
    expect(r.foundLabelled / r.labelled).toBeGreaterThanOrEqual(0.83);
    expect(r.foundInNone.length / r.none).toBeLessThanOrEqual(0.4);
    // The purpose found and its verdict the hand label's, on plans labelled with one of the four kinds:
    // measured 39 of 67 (0.58); of the first 56, 20 with the reading before 2026-12-07.
    expect(r.single).toBeGreaterThanOrEqual(65);
    expect(r.agreeing / r.single).toBeGreaterThanOrEqual(0.5);
    // Found and flagged or passed as the label says (common cause or not): measured 71 of 84 (0.85);
    // most of the kinds it gets wrong are one failing kind read as another (worker-centred as individual).
    expect(r.flagAgreeing / r.single).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the norms where real plans put them', () => {
  const normsOf = (text: string) => buildPlan(parseMarkdown(text), TEMPLATES.kurland).norms;

  it('a label on its own line, then the list', () => {
    const n = normsOf('# Caregiver group\n\nWe meet monthly.\n\nGround Rules:\n\n- What is said here stays here.\n- Members speak to one another directly.\n\nTopics vary.\n');
    expect(n?.items.map((i) => i.text)).toEqual(['What is said here stays here.', 'Members speak to one another directly.']);
    expect(n?.label?.text).toBe('Ground Rules');
    expect(normsOf('# Group\n\nRules of the group:\n\n1. Be on time.\n2. Listen to each other.\n')?.items).toHaveLength(2);
    expect(normsOf('# Group\n\nNorms:\n\nWe keep confidences. We speak for ourselves.\n')?.items.map((i) => i.text)).toEqual(['We keep confidences.', 'We speak for ourselves.']);
  });

  it('a label with the rules on the lines below it, in one paragraph', () => {
    const n = normsOf('# Grief groups\n\nGround Rules:\na. Members are expected to be on time.\nb. What is said in the group stays in the group.\n');
    expect(n?.items.map((i) => i.text)).toEqual(['a. Members are expected to be on time.', 'b. What is said in the group stays in the group.']);
  });

  it('other labels, a label inside a sentence, or a Norms heading elsewhere', () => {
    expect(normsOf('# Group\n\nTopics:\n\n- Grief\n- Sleep\n')).toBeUndefined();
    expect(normsOf('# Group\n\nThe worker will explain the ground rules:\n\n- Be kind.\n')).toBeUndefined();
    const n = normsOf('# Plan\n\nRules:\n\n- Be on time.\n\n## Norms\n\n- Members talk to one another.\n');
    expect(n?.section.title).toBe('Norms');
    expect(n?.items.map((i) => i.text)).toEqual(['Members talk to one another.']);
  });

  it('norms-missing is not reported for labelled norms, and a norm added by a fix goes into that list', () => {
    const text = '# Group\n\nWe meet weekly.\n\nGround Rules:\n\n- Be on time.\n\nWe close with a reading.\n';
    const findings = checkPlan(text).findings;
    expect(findings.map((f) => f.ruleId)).not.toContain('norms-missing');
    const missingNorm = findings.find((f) => f.ruleId === 'norm-not-stated');
    expect(missingNorm && text.slice(missingNorm.range.start, missingNorm.range.end)).toBe('Ground Rules:');
    const edit = missingNorm?.suggestions?.[0]?.edits[0];
    expect(edit && edit.range[0]).toBe(text.indexOf('- Be on time.') + '- Be on time.'.length);
    expect(edit?.text.startsWith('\n- ')).toBe(true);
  });

  it('a list of ground rules with neither heading nor label is the norms list; a list of aims or topics is not', () => {
    const rules = '# Teen support group\n\nStudents meet weekly to talk about what is hard at school.\n\n- What is said in group stays in group.\n- No put-downs of yourself or others.\n- Everyone has the right to pass.\n- Listen until the person sharing finishes.\n- Be on time.\n';
    const n = normsOf(rules);
    expect(n?.unlabelled).toBe(true);
    expect(n?.label).toBeUndefined();
    expect(n?.items).toHaveLength(5);
    const findings = checkPlan(rules).findings;
    expect(findings.map((f) => f.ruleId)).not.toContain('norms-missing');
    // norm-not-stated points at the list's first rule (there is no heading or label to point at).
    const missingNorm = findings.find((f) => f.ruleId === 'norm-not-stated');
    expect(missingNorm && rules.slice(missingNorm.range.start, missingNorm.range.end)).toBe('- What is said in group stays in group.');
    expect(normsOf('# Group\n\nWe meet weekly.\n\n- To share our stories with one another.\n- To support one another.\n- To learn to respect ourselves and others.\n')).toBeUndefined();
    expect(normsOf('# Group\n\nWe meet weekly.\n\n- Week 1: grief and sleep\n- Week 2: budgeting\n- Week 3: coping with stress\n')).toBeUndefined();
    // A very long list is read no further than its first 60 items.
    const long = `# Group\n\nWe meet.\n\n${Array.from({ length: 3000 }, (_, i) => `- Be kind to one another, rule ${i + 1}.`).join('\n')}\n`;
    expect(normsOf(long)?.items.length).toBe(60);
    // A list a sentence ending in a colon introduces is that sentence's.
    expect(normsOf('# Group\n\nWhat members gain:\n\n- What is said in group stays in group.\n- No put-downs of yourself or others.\n- Everyone has the right to pass.\n')).toBeUndefined();
    // Under another part's heading a list is that part's.
    expect(normsOf('# Group\n\n## Evaluation\n\n- What is said in group stays in group.\n- No put-downs.\n- Everyone may pass.\n')).toBeUndefined();
  });

  it('on the real plans in the corpus with a norms section or label, the norms are found in most, and rarely where there are none', { timeout: 600_000 }, () => {
    const r = plans();
    // Measured 2026-12-07: 6 of 14 with headings alone; 11 of 14 with labels (the other three have an
    // unlabelled list); found anyway in 2 of 130 plans without one. With unlabelled rules lists (each
    // plan read by norm models trained without its site): 14 of 14, and 3 of 130.
    expect(r.withNorms).toBeGreaterThanOrEqual(14);
    expect(r.normsFound).toBeGreaterThanOrEqual(14);
    expect(r.normsFoundAnyway.length).toBeLessThanOrEqual(3);
  });
});

describe('the group type written as a line of the plan', () => {
  const typeOf = (text: string) => buildPlan(parseMarkdown(text), TEMPLATES.kurland).meta.type;

  it('"Group type: …" or "Type of group: …" near the top declares it, as a Word plan can', () => {
    expect(typeOf('# Plan\n\nGroup type: Short-term\n\n## Purpose\n\nWe meet.\n')).toBe('short-term');
    expect(typeOf('# Plan\n\n**Type of group:** open ended.\n')).toBe('open-ended');
    expect(typeOf('| Type of group | x |\n|---|---|\n')).toBeUndefined();
  });

  it('front matter wins, and other words or a line far down do not count', () => {
    expect(typeOf('---\ntype: classic\n---\n# Plan\n\nGroup type: single session\n')).toBe('classic');
    expect(typeOf('# Plan\n\nGroup type: weekly support\n')).toBeUndefined();
    expect(typeOf(`# Plan\n\n${'Para.\n\n'.repeat(40)}Group type: short-term\n`)).toBeUndefined();
  });
});

describe('group type read from the plan\'s own words', () => {
  const inferred = (body: string, fm = '') => buildPlan(parseMarkdown(`${fm}# Plan\n\n${body}\n`), TEMPLATES.kurland).meta.inferred;
  it.each([
    ['The group has up to 30 members, who work in small groups.', 'very-large', 'up to 30 members'],
    ['Between twenty and thirty residents attend.', 'very-large', 'thirty residents'],
    ['It is a drop-in group on Thursday evenings.', 'open-ended', 'drop-in'],
    ['In this one meeting, carers share what has helped them.', 'single-session', 'this one meeting'],
    ['We meet for eight weekly sessions in the library.', 'short-term', 'eight weekly sessions'],
    ['A 6-week group for new fathers.', 'short-term', '6-week group'],
    ['- Number of sessions: 16', 'classic', 'sessions: 16'],
    ['The group meets weekly for six months.', 'classic', 'for six months'],
    ['We meet once a week in the community room.', undefined, undefined],
    ['Members support one another.', undefined, undefined],
  ])('%s', (body, type, words) => {
    const got = inferred(body);
    expect(got?.type).toBe(type);
    expect(got?.words).toBe(words);
  });

  it('a negated "drop-in" is not read as open, and the size counts before the number of meetings', () => {
    expect(inferred('This is not a drop-in group; we meet for ten sessions.')).toEqual({ type: 'short-term', words: 'ten sessions' });
    expect(inferred('Twelve sessions for 20 participants.')).toEqual({ type: 'very-large', words: '20 participants' });
  });

  it('a count of a school\'s or a service\'s people is not the group\'s size', () => {
    // From two real plans, which were read as very large groups.
    expect(inferred('Of the 800 students, approximately 5-8 students are suspended each week. The group meets for six sessions.')).toEqual({ type: 'short-term', words: 'six sessions' });
    expect(inferred('We see 15-25 students per school participating a year.')).toBeUndefined();
    expect(inferred('Our school has 600 students. A group of 16 students meets weekly.')?.type).toBe('very-large');
    expect(inferred('Usually 20 parents come to each meeting.')?.type).toBe('very-large');
  });

  it('reads nothing when the type is declared, in front matter or as a "Group type:" line', () => {
    expect(inferred('We meet for eight weekly sessions.', '---\ntype: classic\n---\n\n')).toBeUndefined();
    expect(inferred('Group type: open-ended\n\nWe meet for eight weekly sessions.')).toBeUndefined();
  });
});
