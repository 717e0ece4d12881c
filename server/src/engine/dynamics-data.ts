// The nine dynamics of mutual aid and the worker skills that set each in motion, as data: a digest of
// Steinberg 2014, ch. 2 in our own words, with Shulman 2011 for the dynamics themselves. Apart from
// dynamics.ts (which reads plans for them) so that the editor client can show them without bundling
// the checker.

export interface Dynamic {
  id: string;
  name: string;
  /** What the dynamic is, in one sentence. */
  summary: string;
  /** Worker skills that set it in motion. */
  skills: string[];
  /** Phrases that show a plan addresses the dynamic (regular expression sources, case-insensitive). */
  cues: string[];
}

export const DYNAMICS_SOURCE = 'Digest of Steinberg 2014, ch. 2, in our own words; the dynamics after Shulman 2011.';

export const DYNAMICS: Dynamic[] = [
  {
    id: 'sharing-data',
    name: 'Sharing data',
    summary: 'Members pool what they know: information, practical tips and their own experience.',
    skills: [
      'Tell prospective members that the group is a place to swap information and experience.',
      'Turn questions back to the group, even those put to the worker.',
      'Link what one member says to what another has said or lived.',
      'Scan the group for reactions while someone is speaking.',
      'Help a message said too softly be heard, and soften one that drowns the others out.',
      'Contribute information as well, without taking centre stage.',
      'Respect what agency policy allows members to share.',
    ],
    cues: ['shar(e|es|ing|ed) (information|tips|resources|ideas|knowledge|practical|strategies|what (they|we|you) (know|have learned|learned|found))', 'exchang(e|es|ing) (information|ideas|experiences?|tips|knowledge)', 'swap(s|ping)? (tips|ideas|stories|information)', 'pool(s|ing)? (their|our|what|knowledge|resources|ideas|experiences?)', 'shar(e|es|ing|ed) with (one another|each other)', 'what (works|has worked|worked) for (them|us|you|each other|one another|other)', 'learn(s|ing)? from (one another|each other|peers|the group)', 'turn(s|ing)? (questions? )?back to the group', 'what has worked (for|to)', 'link(s|ing)? (one member|members|what one)'],
  },
  {
    id: 'dialectic-process',
    name: 'The dialectic process',
    summary: 'Members test ideas against one another, debate them and use the group as a sounding board.',
    skills: [
      'Say that exploring differences of view will be a norm of the group.',
      'Help members say what they mean.',
      'Restate messages that come out too harsh or too muted.',
      'Give debate a safe structure and hand members the tools to use it.',
      'Model open speaking and listening.',
      'Step back once the group can hold a disagreement on its own.',
      'Stay with every member through a hard discussion.',
    ],
    cues: ['differen(t|ces)( of)? (views?|opinions?|perspectives?|points of view|viewpoints)', 'debate', 'disagree', 'sounding board', 'challenge (one another|each other|ideas)', 'explor(e|es|ing) (differences|different)', 'test(s|ing)? (out )?ideas'],
  },
  {
    id: 'taboo-area',
    name: 'Discussing a taboo area',
    summary: 'One member’s courage to raise a forbidden subject frees the others to talk about it too.',
    skills: [
      'Be honest with prospective members about the needs that bring them.',
      'Respond warmly when real talk happens.',
      'Raise a taboo subject when no one else does.',
      'Say how this group differs from everyday groups, where some things are not said.',
    ],
    cues: ['taboo', 'hard to talk about', 'difficult (subjects|topics)', 'not (usually|often) (talked|spoken) about', '(talk|speak|shar|discuss|rais|nam|open up)\\w* (about |up )?[^.;]{0,40}(shame|stigma|embarrass)', 'sensitive (subjects|topics|issues)', 'real talk', 'off[- ]limits', 'never (said|told|talked about)'],
  },
  {
    id: 'same-boat',
    name: 'All in the same boat',
    summary: 'Members find that their feelings are shared, and come to see that the source of their troubles may lie outside themselves.',
    skills: [
      'Help prospective members picture how being in the same boat will carry them forward, not hold them back.',
      'Give examples of mutual aid in action.',
      'Present the group as a joint venture built on members’ strengths.',
      'Use the purpose as the reference point for the work.',
      'Use introductions to connect members to the purpose and to their strengths.',
    ],
    cues: ['same boat', 'not alone', '(less|feel) alone', '(less|reduc\\w*|break\\w*|end\\w*|overcom\\w*|eas\\w*) (the |their |our )?isolat', 'share (a|the same|similar) (situation|experience|concern)', 'in common', 'others who (understand|get it|have been)', 'who share', 'shared (experience|situation|concern|need)', 'common (ground|experience|concern|need|cause)'],
  },
  {
    id: 'mutual-support',
    name: 'Mutual support',
    summary: 'Members care for one another, with empathy as well as sympathy.',
    skills: [
      'Say that support in this group includes empathy, not only sympathy.',
      'Ask members to commit to one another’s well-being.',
      'Start norms of acceptance and empathy early.',
      'Model caring words and gestures.',
    ],
    cues: ['support(s|ing)? (one another|each other)', 'care (for|about) (one another|each other)', 'empath', 'back (one another|each other)', 'encourag(e|es|ing) (one another|each other)', 'comfort (one another|each other)', 'look out for (one another|each other)', 'mutual support', 'be there for'],
  },
  {
    id: 'mutual-demand',
    name: 'Mutual demand',
    summary: 'Members expect one another to do the group’s work, as its purpose sets it out, and not to give up; in time they take over making that demand themselves.',
    skills: [
      'Link members’ hopes to the group’s purpose.',
      'Promise a safe structure, and ask members to promise to take the issues seriously.',
      'Make the first demand for work.',
      'Model thoughtfulness.',
      'Ask for clarification and examples.',
    ],
    cues: ['hold (one another|each other) (to account|accountable)', 'accountab', 'expect (one another|each other)', 'challenge (one another|each other)', 'push (one another|each other)', 'work on (the|their|our) (issues|problems|goals)', 'follow(ing)? through', 'commit(ment|ted)? to (the|working|change|one another|each other)'],
  },
  {
    id: 'individual-problem-solving',
    name: 'Individual problem solving',
    summary: 'One member’s problem becomes work for the whole group.',
    skills: [
      'Talk about the group’s purpose versus individual goals before the group starts.',
      'Explain purposeful use of self: members help by reflecting on their own experience and telling it, rather than by giving advice.',
      'Involve the whole group in one member’s concern.',
      'Draw out the themes that members share.',
    ],
    cues: ['(whole|the) group (works|helps|thinks) (on|with|through)', 'own experience', 'common themes', 'help (a|one|the) member (think|work)', 'problem[- ]solv\\w* (together|as a group|with (one another|each other|the group))', '(solve|tackle|work through) (problems|issues) together', 'bring(s)? (a|their|his or her) (problem|issue|situation|dilemma|question) to the group', 'think(ing)? (it|things|problems) through together'],
  },
  {
    id: 'rehearsal',
    name: 'Rehearsal',
    summary: 'The group is a safe place to try new ways of thinking, being and doing, for real or in imagination, before using them outside.',
    skills: [
      'Build a climate in which taking risks is valued.',
      'Take risks and admit mistakes openly, as an example to members.',
      'Praise members’ risks.',
      'Ask for collaboration rather than competition.',
      'Use role play and other activity.',
    ],
    cues: ['role[- ]?play', 'rehears', 'practi[cs]e (new|a|the|saying|talking|what|how)', 'try (out )?new ways', 'tr(y|ies|ying) out', 'take risks', 'risk[- ]taking', 'mistakes are'],
  },
  {
    id: 'strength-in-numbers',
    name: 'Strength in numbers',
    summary: 'Members gain courage and power from acting together.',
    skills: [
      'Explain strength-centred practice.',
      'Show how members’ strengths add up to the group’s power.',
      'Help the group feel its “we”.',
      'Help the group use its collective power, for example in advocacy or by going with a member to an appointment.',
      'Name it when it happens.',
    ],
    cues: ['together (we|they) can', 'advoca', 'collective(ly)? (action|voice|advocacy|act|speak|campaign|power)', 'act(ing)? together', 'speak (up|out) together', 'band(ing)? together', 'strength in numbers', 'campaign', 'petition', 'go(ing)? with (a|one|another) member', 'power (of|in) (the group|numbers)'],
  },
];
