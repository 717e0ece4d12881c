// General paraphrase classes, polarity frames and cue boundaries found by measuring fresh norms lists
// (test/corpus/norms-fresh-*.tsv). The sentences here are not rows of those files.
import { describe, expect, it } from 'vitest';
import { statedNorms, againstNorms, workerAsHelper } from '../../server/src/engine';

const stated = (s: string): string[] => statedNorms(s).map((h) => h.what.id).sort();
const against = (s: string, ctx?: string): string[] => againstNorms(s, ctx).map((h) => h.what.id);

describe('free-floating talk', () => {
  it('reads "nobody needs to wait" as the norm, not as a negated one', () => {
    expect(stated('No one has to wait for their turn to speak.')).toContain('free-floating-talk');
    expect(stated('Members wait for their turn.')).not.toContain('free-floating-talk');
  });

  it('recognises permission to respond given to the others', () => {
    expect(stated('Other members are invited to reply or build on what was said.')).toContain('free-floating-talk');
    expect(stated('Anyone is free to comment when a member finishes.')).toContain('free-floating-talk');
  });

  it('does not read the right to pass as free talk', () => {
    expect(stated("Anyone may say 'pass' whenever they like.")).not.toContain('free-floating-talk');
  });
});

describe('purposeful use of self', () => {
  it('recognises telling one\'s own story or experience without the word "own"', () => {
    expect(stated('Tell your story and how you coped.')).toContain('purposeful-use-of-self');
    expect(stated('We relate our experiences to what the others describe.')).toContain('purposeful-use-of-self');
  });

  it('recognises what one went through or experienced, in any tense', () => {
    expect(stated('Talk about what you went through.')).toContain('purposeful-use-of-self');
    expect(stated('Members describe what they have experienced.')).toContain('purposeful-use-of-self');
  });

  it('recognises helping without directing in "rather than", "instead of" and "not by" frames', () => {
    expect(stated('We help by listening and relating, not by lecturing.')).toContain('purposeful-use-of-self');
    expect(stated('Say what you did, rather than tell people what they should do.')).toContain('purposeful-use-of-self');
    expect(stated('What helped for me is shared as just that.')).toContain('purposeful-use-of-self');
  });

  it('pairs an advice ban with "talk about yourself instead", so it is not a blanket ban', () => {
    const s = 'No advising others; speak about yourself instead.';
    expect(stated(s)).toContain('purposeful-use-of-self');
    expect(against(s)).not.toContain('no-advice');
    expect(stated('Speak about yourself rather than about people in general.')).not.toContain('purposeful-use-of-self');
  });
});

describe('polarity across "and" after a negated clause', () => {
  it('a new permission after "and" is not negated by an earlier "not"', () => {
    expect(stated('Speak to the group, not only to the worker, and feel free to disagree.')).toContain('differences-welcome');
  });

  it('a list of verbs after a negator stays negated', () => {
    expect(against('Members may not interrupt, comment on, or respond to another member.')).toContain('no-cross-talk');
  });
});

describe('differences welcome', () => {
  it('recognises room for any view and being free to disagree', () => {
    expect(stated('There is space for any point of view.')).toContain('differences-welcome');
    expect(stated('You are welcome to respectfully disagree.')).toContain('differences-welcome');
  });
});

describe('confidentiality', () => {
  it('reads "not to repeat" and "leave it here" as confidentiality', () => {
    expect(stated('We promise not to repeat anything we hear.')).toContain('confidentiality');
    expect(stated('What is said tonight, leave it here.')).toContain('confidentiality');
  });

  it('treats who attends as confidential', () => {
    expect(stated('Do not mention to anyone who you met at group.')).toContain('confidentiality');
    expect(against('Do not mention to anyone who you met at group.')).toEqual([]);
  });
});

describe('respect', () => {
  it('recognises letting any speaker finish and giving attention', () => {
    expect(stated('Let the other person finish speaking.')).toContain('respect');
    expect(stated('Pay close attention to whoever is speaking.')).toContain('respect');
    expect(stated('We give the work our full attention and effort.')).not.toContain('respect');
  });

  it('reads cross-talk meaning private chats as a courtesy rule, not a ban on responding', () => {
    const s = 'No crosstalk, by which we mean private chatter during a share.';
    expect(stated(s)).toContain('respect');
    expect(stated(s)).not.toContain('real-talk');
    expect(against(s)).toEqual([]);
  });
});

describe('other norms', () => {
  it('risk-taking: a phrase may end the clause ("try something different.")', () => {
    expect(stated('Be willing to try something different.')).toContain('risk-taking');
    expect(stated('We try new, even when unsure.')).toContain('risk-taking');
  });

  it('respectful honesty: the truth told to someone, and "gently" qualifying it', () => {
    const s = 'Tell one another the truth, warmly.';
    expect(stated(s)).toContain('respectful-honesty');
    expect(stated(s)).not.toContain('empathy-and-acceptance');
    expect(stated('Be gentle with each other.')).toContain('empathy-and-acceptance');
  });

  it('empathy: leaning on one another', () => {
    expect(stated('Members lean on each other when things are hard.')).toContain('empathy-and-acceptance');
  });

  it('right to pass: fine not to share; but choosing the topic is not the right to pass', () => {
    expect(stated('It is okay not to answer a question.')).toContain('right-to-pass');
    expect(stated('You choose what we talk about next week.')).not.toContain('right-to-pass');
  });

  it('norm of work: only work carried between sessions, not contact between them', () => {
    expect(stated('Practise the new skill between sessions.')).toContain('norm-of-work');
    expect(stated('Members may phone one another between sessions.')).not.toContain('norm-of-work');
  });
});

describe('norms against mutual aid', () => {
  it('reads an imperative subject ban at the head of a clause', () => {
    expect(against('Share how you feel, but never talk about specific drugs.')).toContain('subject-ban');
    expect(against('Do not bring up religion.')).toContain('subject-ban');
  });
});

describe('worker as primary helper', () => {
  it('recognises the worker replying to each member', () => {
    expect(workerAsHelper('Members present their plans and the counsellor responds to each in turn.')).toBeDefined();
    expect(workerAsHelper('The counsellor responds to each member by asking the others what they think.')).toBeUndefined();
  });
});
