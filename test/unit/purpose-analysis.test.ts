// The purpose analysis on statements written from the domain brief's working test (section 4).
import { describe, expect, it } from 'vitest';
import { analysePurpose } from '../../server/src/engine';

// These tests read the lexicon's cues (the evidence the learned verdict weighs, and what findings quote),
// so they ask for the cue reading alone; the learned verdict is measured on real text in learned.test.ts.
const LEXICON = { learned: false };

const cases: [string, string][] = [
  // Content: topics, sessions, curriculum, activities.
  ['content', 'Over eight weeks we will discuss budgeting, stress and nutrition.'],
  ['content', 'Sessions will cover sleep routines, relaxation and how to talk to your doctor.'],
  ['content', 'Topics include talking with teachers, homework routines and screen time.'],
  ['content', 'Participants will learn about the stages of grief and healthy ways to mourn.'],
  ['content', 'The group will explore self-esteem, body image, peer pressure and dating.'],
  ['content', 'Members will take part in art activities, games and guided relaxation.'],
  ['content', 'Week one covers anger triggers; week two covers calming down; week three covers speaking up.'],
  ['content', 'Managing money after a divorce'],
  ['content', 'This group is about stress, time management and study skills.'],
  ['content', 'Session 1: Introductions. Session 2: Understanding loss. Session 3: Coping strategies.'],
  // Individual goals: casework in a group.
  ['individual', 'The group will help each member reach the goals in their treatment plan.'],
  ['individual', 'Each participant will set personal goals and report on their progress every week.'],
  ['individual', 'Group counselling, like individual counselling, helps clients work on their own problems.'],
  ['individual', 'Members will name the behaviours they want to change and work on their individual objectives.'],
  ['individual', 'Clients bring their problems to the group one at a time and the therapist responds.'],
  // Worker-centred: the worker, an expert or the programme helps; members receive.
  ['worker', 'The facilitator will teach members coping skills for managing stress.'],
  ['worker', 'This group is designed to educate parents about child development.'],
  ['worker', 'A nurse will provide members with information about diabetes and its treatment.'],
  ['worker', 'Members will receive support and guidance from trained professionals.'],
  ['worker', 'Participants will learn from experienced clinicians how to manage their medication.'],
  ['worker', 'Participants will be taught breathing techniques by a qualified instructor.'],
  // Common cause of several kinds.
  ['common-cause', 'This group brings together new fathers so that they can help one another through the first year.'],
  ['common-cause', 'Tenants of the Elm Street blocks will work together to press the housing office to fix the heating.'],
  ['common-cause', 'Parents of children with autism meet to discuss their experiences and support one another.'],
  ['common-cause', 'A psychoeducational group for people newly diagnosed with diabetes, where members share what they learn and help each other manage the changes.'],
  ['common-cause', 'Residents of the estate will band together to win a safe crossing near the school.'],
  ['common-cause', 'Families of people with schizophrenia learn about the illness together and help one another cope.'],
  ['common-cause', 'The committee of residents will work together to plan the summer fair and raise money for the playground.'],
  ['common-cause', 'Members learn from one another and from guest speakers, but the heart of the group is the support members give each other.'],
  // Common cause worded with words that often signal a failure.
  ['common-cause', 'Members decide the topics themselves and help one another with whatever each of them is facing.'],
  ['common-cause', 'Although a professional facilitates, the group belongs to its members, who support each other as equals.'],
  ['common-cause', 'Rather than being taught by experts, members pool what they have learned about living with diabetes.'],
  ['common-cause', 'Carers learn from each other and tackle shared problems together, such as getting respite.'],
  ['common-cause', 'Our group offers friendship and a listening ear to people affected by MS, run by members for members.'],
  ['common-cause', 'Staff and residents of the hostel work together to make the house rules fair for everyone.'],
  // More failures in everyday wording.
  ['content', 'Anger management for middle school boys'],
  ['content', 'The group looks at communication, conflict and trust in relationships.'],
  ['content', 'Participants will gain knowledge about healthy eating, physical activity and medication.'],
  ['individual', 'Members will each have time to present a problem and get feedback from the group leader.'],
  ['worker', 'Our trained facilitators guide participants through a structured programme on healthy relationships.'],
  ['worker', 'The group offers education from health professionals about managing heart disease.'],
];

describe('analysePurpose verdicts', () => {
  it.each(cases)('%s: %s', (verdict, statement) => {
    expect(analysePurpose(statement, LEXICON).verdict).toBe(verdict);
  });
});

describe('explanations name the words that triggered them', () => {
  it('quotes the topic list of a content statement', () => {
    const a = analysePurpose('Over eight weeks we will discuss budgeting, stress and nutrition.', LEXICON);
    expect(a.evidence).toContain('discuss budgeting, stress and nutrition');
    expect(a.offending).toEqual([0]);
  });

  it.each([
    'The facilitator will teach members coping skills.',
    'Sessions will cover sleep, diet and exercise; members also support one another.',
    'Coping with a move to secondary school',
    'Tenants band together so that repairs get done, rather than being lectured by experts.',
  ])('keeps each cue with its offsets in the sentence: %s', (text) => {
    const cues = analysePurpose(text, LEXICON).sentences.flatMap((s) => s.cues.map((c) => ({ c, s })));
    expect(cues.length).toBeGreaterThan(0);
    for (const { c, s } of cues) expect(s.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('"discuss" in the member-to-member sense is not content', () => {
    const a = analysePurpose('Widowers meet to discuss their experiences and support one another.', LEXICON);
    expect(a.verdict).toBe('common-cause');
    expect(a.sentences[0].cues.some((c) => c.kind === 'content')).toBe(false);
  });

  it('a negated cue does not count', () => {
    expect(analysePurpose('This is not a class where an expert teaches; members help one another with what they know.', LEXICON).verdict).toBe('common-cause');
  });
});

describe('mixed statements', () => {
  it('judges by the main purpose clause and marks the topics sentence as a stray', () => {
    const a = analysePurpose('This group brings together carers of people with dementia so that they can support one another. Sessions will cover respite, legal planning and diet.', LEXICON);
    expect(a.verdict).toBe('common-cause');
    expect(a.main).toBe(0);
    expect(a.strays).toEqual([1]);
    expect(a.sentences[1].verdict).toBe('content');
  });

  it('a topics main clause fails even beside a mutual-help sentence', () => {
    const a = analysePurpose('The purpose of this group is to cover anger triggers, calming techniques and assertive talk. Members may also chat.', LEXICON);
    expect(a.verdict).toBe('content');
    expect(a.offending).toEqual([0]);
  });

  it('a worker who educates and members who share: the worker wins when it outweighs', () => {
    expect(analysePurpose('Education sessions are delivered by professional educators, and carers can also meet others.', LEXICON).verdict).toBe('worker');
  });
});

describe('weak common cause', () => {
  it('a safe space to share names only a setting', () => {
    const a = analysePurpose('This group offers a safe space to share.', LEXICON);
    expect(a.verdict).toBe('common-cause');
    expect(a.strength).toBe('weak');
    expect(a.setting?.text).toMatch(/safe space/);
    expect(a.missing).toEqual(expect.arrayContaining(['mutual', 'aim']));
  });

  it('a group for someone without mutual help lacks the member-to-member part', () => {
    const a = analysePurpose('The group is for parents of teenagers.', LEXICON);
    expect(a.missing).toContain('mutual');
    expect(a.missing).not.toContain('situation');
  });

  it('a full statement names all three parts', () => {
    const a = analysePurpose('Tenants of the Elm Street blocks work together so that the housing office fixes the heating before winter.', LEXICON);
    expect(a.strength).toBe('strong');
    expect(a.missing).toEqual([]);
  });

  it('a task group states its cause as a shared task, without "support", and is not content', () => {
    const a = analysePurpose('The purpose of the working group is to draw up recommendations for funding local transport, including buses, cycle paths and footpaths.', LEXICON);
    expect(a.verdict).toBe('common-cause');
  });
});

describe('the shared situation for the rewrite', () => {
  it.each([
    ['This group is for women leaving abusive relationships, who will support one another.', 'women leaving abusive relationships'],
    ['Young carers come together to share what helps.', 'young carers'],
    ['This group brings together new fathers so that they can help one another.', 'new fathers'],
    ['The group will discuss stress, sleep and diet for parents of toddlers.', 'parents of toddlers'],
  ])('%s', (statement, who) => {
    expect(analysePurpose(statement, LEXICON).who).toBe(who);
  });

  it('is absent when the statement names no people', () => {
    expect(analysePurpose('Topics include sleep, diet and exercise.', LEXICON).who).toBeUndefined();
  });
});

describe('bad input', () => {
  it.each(['', '   ', '\u0000\u0001\u0002', 'a'.repeat(100000), 'Topics: ' + 'stress, '.repeat(3000)])('does not throw (%#)', (text) => {
    expect(() => analysePurpose(text, LEXICON)).not.toThrow();
  });

  it('is deterministic', () => {
    const text = 'Members will learn from one another and press together for better services.';
    expect(analysePurpose(text, LEXICON)).toEqual(analysePurpose(text, LEXICON));
  });
});
