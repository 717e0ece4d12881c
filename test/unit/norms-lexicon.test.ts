// The norm lexicons: paraphrases are recognised, polarity is read, and exceptions hold.
import { describe, expect, it } from 'vitest';
import { statedNorms, againstNorms, communicationPatterns, workerAsHelper, NORMS, NORM_IDS, DEFAULT_EXPECTED, AGAINST } from '../../server/src/engine';

const stated = (s: string): string[] => statedNorms(s).map((h) => h.what.id).sort();
const against = (s: string, ctx?: string): string[] => againstNorms(s, ctx).map((h) => h.what.id);
const patterns = (s: string): string[] => communicationPatterns(s).map((h) => h.what.id);

describe('norm ids', () => {
  it('include the ten mutual-aid norms and the conventional ones', () => {
    for (const id of ['free-floating-talk', 'shared-authority', 'sharing-information', 'differences-welcome', 'real-talk', 'empathy-and-acceptance', 'norm-of-work', 'purposeful-use-of-self', 'risk-taking', 'respectful-honesty', 'confidentiality', 'attendance', 'respect', 'speak-for-yourself', 'right-to-pass'])
      expect(NORM_IDS).toContain(id);
    expect(DEFAULT_EXPECTED).toEqual(['free-floating-talk', 'shared-authority', 'purposeful-use-of-self', 'empathy-and-acceptance', 'differences-welcome', 'confidentiality']);
  });

  it('each suggested line states its own norm', () => {
    for (const n of NORMS) expect(stated(n.suggestion), n.id).toContain(n.id);
  });

  it('each alternative offered for an against-norm is itself free of against-norms', () => {
    for (const a of AGAINST) {
      expect(against(a.alternative), a.id).toEqual([]);
      expect(stated(a.alternative), a.id).toContain(a.instead);
    }
  });
});

describe('statedNorms', () => {
  it('recognises free-floating talk in paraphrase', () => {
    expect(stated('Members talk directly to each other, not through the leader.')).toContain('free-floating-talk');
    expect(stated('Anyone can speak at any time; there is no set order.')).toContain('free-floating-talk');
    expect(stated('Interaction between members is encouraged.')).toContain('free-floating-talk');
    expect(stated('There is no need to raise your hand.')).toContain('free-floating-talk');
  });

  it('reads polarity: a negated statement does not state the norm', () => {
    expect(stated('Do not respond to other members.')).not.toContain('free-floating-talk');
    expect(stated('It is not okay to disagree.')).not.toContain('differences-welcome');
    expect(stated('No cross-talk.')).not.toContain('free-floating-talk');
    expect(stated('Cross-talk is welcome.')).toContain('free-floating-talk');
  });

  it('tells purposeful use of self from a bare ban on advice', () => {
    expect(stated('No advice; share your own experience instead.')).toContain('purposeful-use-of-self');
    expect(stated('No advice.')).not.toContain('purposeful-use-of-self');
  });

  it('finds confidentiality, shared authority and right to pass in everyday words', () => {
    expect(stated("What's said here, stays here.")).toContain('confidentiality');
    expect(stated('Decisions are made by consensus.')).toContain('shared-authority');
    expect(stated('Nobody will be forced to talk.')).toContain('right-to-pass');
  });

  it('counts "respect" alone as the respect norm but not when it qualifies another norm', () => {
    expect(stated('Respect.')).toEqual(['respect']);
    expect(stated('Different views are welcome and are talked through with respect.')).toEqual(['differences-welcome']);
  });

  it('reads a list of norms written as one sentence', () => {
    expect(stated('The facilitator will suggest confidentiality, respect, and punctuality as starting points.')).toEqual(['attendance', 'confidentiality', 'respect']);
    expect(stated('Members will discuss and agree on group norms at the first session.')).toEqual(['shared-authority']);
  });

  it('states nothing for practical arrangements', () => {
    expect(stated('Refreshments will be provided.')).toEqual([]);
    expect(stated('')).toEqual([]);
  });
});

describe('againstNorms', () => {
  it('flags round-robin, central-authority and blanket-advice norms', () => {
    expect(against('No cross-talk.')).toEqual(['no-cross-talk']);
    expect(against('Speak only when it is your turn.')).toEqual(['speak-in-turn']);
    expect(against('Raise your hand to speak.')).toEqual(['raise-hands']);
    expect(against('The facilitator decides the topics.')).toEqual(['central-authority']);
    expect(against('No advice.')).toEqual(['no-advice']);
    expect(against('We do not discuss religion here.')).toEqual(['subject-ban']);
    expect(against('Discussion, not debate.')).toEqual(['no-debate']);
  });

  it('flags norms set by the worker alone', () => {
    expect(against('The norms of the group will be established by the facilitator.')).toEqual(['central-authority']);
    expect(against("Don't answer other people's questions; leave that to staff.")).toEqual(['no-cross-talk', 'central-authority']);
  });

  it('does not flag the same words with the opposite meaning', () => {
    expect(against('No side conversations (cross-talk) while someone is speaking.')).toEqual([]);
    expect(against('You do not need to raise your hand.')).toEqual([]);
    expect(against('Hand raising is not necessary.')).toEqual([]);
    expect(against('The facilitator does not decide alone.')).toEqual([]);
    expect(against('No advice unless someone asks for it.')).toEqual([]);
    expect(against('At the first meeting each person introduces themselves in turn.')).toEqual([]);
    expect(against('We do not discuss what others said outside the group.')).toEqual([]);
  });

  it('reads a neighbouring statement: "no advice" paired with "share your own experience"', () => {
    expect(against('No advice.', 'No advice. Share your own experience instead.')).toEqual([]);
  });
});

describe('communication patterns and the worker as helper', () => {
  it('recognises the three patterns', () => {
    expect(patterns('We go around the room and each member reports on their week.')).toEqual(['round-robin']);
    expect(patterns('One member presents their problem and the leader gives feedback.')).toEqual(['hot-seat']);
    expect(patterns('The facilitator will ask each member how their week went.')).toEqual(['maypole']);
  });

  it('allows introductions, brief check-ins and rotating roles', () => {
    expect(patterns('At the first meeting we go around the room for introductions.')).toEqual([]);
    expect(patterns('Each meeting opens with a brief check-in.')).toEqual([]);
    expect(patterns('Members take turns chairing the meeting.')).toEqual([]);
  });

  it('sees the worker as primary helper unless the help goes back to the group', () => {
    expect(workerAsHelper('The facilitator will answer questions about benefits.')).toBeDefined();
    expect(workerAsHelper('The worker turns questions back to the group.')).toBeUndefined();
    expect(workerAsHelper('The worker gives a short input, then members discuss it with one another.')).toBeUndefined();
  });
});
