// Points where the tool once taught something the model does not say (issue "Say what the model
// says"): each is a behaviour that changed, checked here.
import { describe, expect, it } from 'vitest';
import { judgedAgainst, judgedPatterns } from '../../server/src/engine/norms/detect';
import { PATTERNS } from '../../server/src/engine/norms/cues';
import { DYNAMICS } from '../../server/src/engine/dynamics';

const against = (line: string) => judgedAgainst(line).map((h) => h.what.id);
// The patterns flagged as problems; a round of introductions or a brief check-in is read as an opening round.
const patterns = (s: string) => judgedPatterns(s).filter((h) => !h.opening).map((h) => h.what.id);
const openings = (s: string) => judgedPatterns(s).filter((h) => h.opening).map((h) => h.what.id);

describe('round robin', () => {
  it('is explained as a fixed order that kills spontaneity, not as answering the worker (that is the maypole)', () => {
    const rr = PATTERNS.find((p) => p.id === 'round-robin')!;
    expect(rr.what).toMatch(/fixed order/);
    expect(rr.what).not.toMatch(/worker/);
  });

  it('a check-in round that opens onto members talking with one another is not flagged; a meeting run as a round still is', () => {
    expect(patterns('We go around the circle so each member can check in, then talk with one another about what came up.')).toEqual([]);
    expect(openings('We go around the circle so each member can check in, then talk with one another about what came up.')).toEqual(['round-robin']);
    expect(patterns('Each week we go around the circle and each member shares for five minutes.')).toContain('round-robin');
    expect(openings('Each week we go around the circle and each member shares for five minutes.')).toEqual([]);
    expect(openings('Each week the group discusses a topic chosen by the members.')).toEqual([]);
  });
});

describe('rules against mutual aid', () => {
  it('"No arguing or fighting" is a rule about fights, not about debate', () => {
    expect(against('No arguing or fighting.')).not.toContain('no-debate');
    expect(against('No fighting, arguing or name-calling.')).not.toContain('no-debate');
  });

  it('a rule that does rule out debate is still read as one', () => {
    expect(against('We avoid debate and disagreement.')).toContain('no-debate');
  });
});

describe('the skills preview', () => {
  const dynamic = (id: string) => DYNAMICS.find((d) => d.id === id)!;

  it('all in the same boat: the source of members’ troubles may lie outside them, and sharing a boat carries them forward', () => {
    expect(dynamic('same-boat').summary).toMatch(/source of their troubles may lie outside themselves/);
    expect(dynamic('same-boat').skills[0]).toMatch(/carry them forward/);
  });

  it('sharing data keeps the worker’s own information and agency limits; messages, not voices, are amplified or softened', () => {
    const skills = dynamic('sharing-data').skills.join(' ');
    expect(skills).toMatch(/Contribute information/);
    expect(skills).toMatch(/agency policy/);
    expect(skills).toMatch(/message said too softly/);
  });

  it('mutual demand is the group’s work with a two-way pledge; individual problem solving names purposeful use of self; rehearsal covers thinking and being', () => {
    expect(dynamic('mutual-demand').summary).toMatch(/group’s work/);
    expect(dynamic('mutual-demand').skills.join(' ')).toMatch(/ask members to promise/);
    expect(dynamic('individual-problem-solving').skills.join(' ')).toMatch(/purposeful use of self: .*reflecting .* and telling it/);
    expect(dynamic('rehearsal').summary).toMatch(/thinking, being and doing/);
    expect(dynamic('dialectic-process').skills.join(' ')).toMatch(/Step back once the group can hold a disagreement/);
  });
});

describe('skeletons, fixes and prompts', () => {
  it('a single-session plan’s evaluation fix reviews before its one meeting ends', async () => {
    const { checkPlan, applyEdits } = await import('../../server/src/engine');
    const text = '---\ngroupplan: true\ntype: single-session\n---\n# Plan\n\n## Evaluation\n\nA short feedback form at the end.\n';
    const f = checkPlan(text).findings.find((x) => x.ruleId === 'evaluation-outcomes-only')!;
    const fixed = applyEdits(text, f.fix!.edits).text;
    expect(fixed).toContain('Before the meeting ends');
    expect(fixed).not.toMatch(/middle and last meetings/);
  });

  it('skeletons ask for the student’s own norms rather than filling in stock ones, and use "an" before a vowel', async () => {
    const snippets = JSON.parse((await import('node:fs')).readFileSync(`${__dirname}/../../snippets/groupplan.code-snippets`, 'utf8')) as Record<string, { body: string[]; description: string }>;
    const skeleton = snippets['Plan skeleton: kurland, short-term'];
    const norms = skeleton.body.slice(skeleton.body.indexOf('## Norms') + 1, skeleton.body.indexOf('## Evaluation'));
    expect(norms.join('\n')).toMatch(/\$\{\d+:A norm you will tell prospective members/);
    expect(norms.join('\n')).not.toMatch(/Members talk directly to one another/);
    expect(snippets['Plan skeleton: kurland, open-ended'].description).toMatch(/^A whole pre-group plan for an open-ended group/);
    const tr = snippets['Plan skeleton: toseland-rivas, short-term'].body;
    expect(tr.indexOf('## Content')).toBeLessThan(tr.indexOf('## Evaluation'));
  });

  it('prompts for composition and pre-group contact name common ground and difference, and talking purpose and norms through', async () => {
    const { TEMPLATES } = await import('../../server/src/engine');
    const q = (id: string) => TEMPLATES.kurland.elements.find((e) => e.id === id)!.question;
    expect(q('composition')).toMatch(/common ground .* differences/);
    expect(q('pre-group-contact')).toMatch(/purpose and norms talked through with each of them/);
  });
});
