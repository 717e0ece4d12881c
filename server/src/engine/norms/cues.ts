// Lexicons for the plan-wide rules: communication patterns (Middleman and Wood 1990, as reported
// by Steinberg 2014, ch. 1), the worker as primary helper (Steinberg 2014, intro and ch. 3),
// group types (Steinberg 2014, ch. 10 to 13) and evaluation (Steinberg 2014, ch. 14).
// Regular-expression sources, matched case-insensitively against normalised sentences.
import { BRIEF_ROUND, EO, WORKER } from './lexicon';

const MEMBER = String.raw`(?:members?|participants?|persons?|people|group members?|clients?|residents?|students?|youths?|teens?|teenagers?|young (?:people|persons?)|child(?:ren)?|kids?|girls?|boys?|parents?|mothers?|fathers?|mums?|moms?|dads?|carers?|caregivers?|wom[ae]n|m[ae]n|veterans?|survivors?|patients?|one|attendees?)`;

export interface PatternDef {
  id: 'round-robin' | 'hot-seat' | 'maypole';
  name: string;
  /** What happens, for the message. */
  what: string;
  cues: string[];
  /** In the same sentence, these make the cue harmless (an introduction round, a brief check-in). */
  unless?: string[];
}

const CHECK_IN_THEN_TALK = String.raw`\bcheck[- ]?(?:in|out)s?\b[^.;]{0,100}\b(?:then|afterwards?|followed by|before)\b[^.;]{0,60}(?:\b(?:one another|each other)\b|\bopen (?:discussion|conversation)\b|\bfree(?:ly|-flowing)? (?:discussion|talk|conversation)\b)`;

export const PATTERNS: PatternDef[] = [
  {
    id: 'round-robin',
    name: 'a round robin',
    what: 'members speak in a fixed order and hold their thoughts until their turn comes, so talk loses its spontaneity and members answer in sequence rather than respond to one another',
    cues: [
      String.raw`\bgo(?:es|ing)? (?:a)?round the (?:room|circle|table|group)`,
      String.raw`\b(?:a)?round[- ]the[- ](?:room|circle|table)\b`,
      String.raw`\bround[- ]robin\b`,
      String.raw`\b(?:report|shar|speak|talk|answer|describ|say|tell|read|present)\w*\b[^.;]{0,40}\b(?:one after (?:the )?(?:other|another)|one by one|in turn|in order)\b`,
      String.raw`\b(?:in order|in turn|one by one),? (?:[\w']+ ){0,3}(?:report|shar|speak|talk|answer|describ|say|tell|read|present)\w*`,
      String.raw`\b(?:one by one|one after (?:the )?(?:other|another)|in turn),? (?:each |every )?(?:member |person |participant )?(?:\w+ )?(?:tells?|shares?|speaks?|reports?|describes?|says?|answers?|reads?|presents?)\b`,
      String.raw`\b(?:each|every) ${MEMBER} in turn\b`,
      String.raw`\bin turn,? (?:each|every) ${MEMBER}`,
      String.raw`\b(?:go[- ]?(?:a)?rounds?)\b`,
      String.raw`\b(?:each|every) ${MEMBER} (?:will )?(?:take|takes|taking|gets?|has) (?:a |their |his or her )?turns?\b`,
      String.raw`\b(?:take|takes|taking) turns? (?:to |at |in )?(?:shar|speak|talk|present|report|read|answer|describ|tell)`,
      String.raw`\b${MEMBER} (?:will )?(?:share|shares|speak|speaks|report|reports|answer|answers|respond|responds|present|presents|talk|talks|read|reads)(?: [\w']+){0,4} (?:in turn|one (?:at a time|by one|after another)|in order|around the (?:circle|room|table))`,
      String.raw`\b(?:each|every) ${MEMBER} (?:will )?(?:share|shares|speak|speaks|report|reports|present|presents|talk|talks|has|have|gets?|is given|be given|(?:will )?(?:have|get))(?: [\w']+){0,4} (?:for )?(?:up to )?(?:\d+|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty) (?:minutes|mins?)\b`,
      String.raw`\b(?:check[- ]?in|check[- ]?out|sharing) (?:where|in which|during which) (?:each|every) ${MEMBER}`,
      String.raw`\btalking (?:piece|stick|object|stone)\b`,
      String.raw`\bonly (?:the person|whoever|the member|the one) (?:holding|with) (?:the |a )?(?:talking (?:piece|stick|object)|ball|object|stone|microphone)`,
    ],
    // Rotating who leads or brings something is shared authority, not a turn to talk; a check-in round
    // that opens onto members talking with one another is a way in, not the pattern of the meeting.
    unless: [BRIEF_ROUND, CHECK_IN_THEN_TALK, String.raw`\btake (?:a |their )?turns? (?:at )?(?:leading|chairing|facilitating|hosting|bringing|choosing|planning|running|setting up|taking notes)|\bturns? (?:leading|chairing|facilitating|hosting|bringing|choosing|planning|running|setting up|taking notes)`],
  },
  {
    id: 'hot-seat',
    name: 'a hot seat',
    what: 'one member’s problem is worked on, by the worker or by others giving feedback, while the rest watch: casework in a group',
    cues: [
      String.raw`\bhot[- ]?seat\b`,
      String.raw`\b(?:a different|one|each|a single) (?:member|participant|person|client)\b[^.;]{0,30}\b(?:will be|is|becomes) (?:the )?(?:focus|centre|center|spotlight)`,
      String.raw`\b(?:one|a|each|the) (?:${MEMBER}|volunteer)(?: [\w']+){0,3} (?:will )?(?:present|presents|bring|brings|share|shares|describe|describes|tell|tells|discuss|discusses)(?: [\w']+){0,3} (?:problem|issue|situation|case|struggle|dilemma|concern|difficulty|story|conflict)[^.;]{0,80}?\b(?:questions and challenges|challenges|feedback|advice|suggestions|solutions|critique|confront|challenge[sd]?|input|recommendations|question(?:s|ed)? (?:him|her|them)|quiz|probe|interrogate|what (?:he|she|they|he or she) should do|(?:tell|tells) (?:him|her|them) what to do)`,
      String.raw`\b(?:while|as) (?:the )?(?:other |rest of the |remaining )?(?:group|members|others|participants|ones|rest|peers|audience)(?: members)? (?:watch|observe|listen|look on|sit|wait)\w*`,
      String.raw`\b${WORKER} (?:will )?(?:take|takes|walk|walks|work|works|go|goes|talk|talks) (?:one|each|a single) (?:member|participant|person|client)(?: at a time)? through (?:their|his or her|his|her) (?:own )?(?:problems?|issues?|situations?|difficult\w*|concerns?)`,
      String.raw`\bone (?:member|client|participant|person)(?:'s (?:problem|issue|story))? (?:is|will be|becomes) (?:the )?(?:focus|centre|center)`,
      String.raw`\bin the (?:centre|center|middle) of the (?:circle|group|room)`,
      String.raw`\b${WORKER} (?:will )?(?:work|works|working|focus|focuses|counsel|counsels) (?:with|on) (?:one|a single|each|an individual) (?:member|participant|person|client)(?:'s)?(?: (?:problem|issue|concerns?|at a time|in turn|individually))?`,
      String.raw`\b(?:one|a single) (?:member|participant|person)(?:'s)? (?:problem|issue|case) (?:at a time|each (?:week|session|meeting))`,
    ],
    unless: [String.raw`\b(?:own experiences?|(?:whole|entire|the) group (?:works|thinks|joins|helps|explores)|common (?:themes|threads|ground)|every ?one (?:relates|connects)|links? (?:it )?to (?:their|others')|relates? (?:it )?to (?:their|others'))`],
  },
  {
    id: 'maypole',
    name: 'a maypole',
    what: 'all talk runs through the worker, who speaks with members one at a time',
    cues: [
      String.raw`\b${WORKER} (?:will )?(?:ask|asks|asking|question|questions|address|addresses|call on|calls on|check in with|checks in with|go through|goes through|interview|interviews|talk with|talks with|speak with|speaks with|respond to|responds to|turn to|turns to|invite|invites) (?:each|every) (?:${MEMBER}|one|of (?:them|the members|the participants|you))(?: in turn| one at a time| individually| separately)?`,
      String.raw`\b(?:all )?(?:comments|questions|talk|discussion|contributions|remarks)(?: from (?:the )?(?:members|participants|the group|group members))? (?:go|goes|are directed|is directed|will be directed|will go|are addressed|will be addressed|run|runs) (?:through|to|via) ${WORKER}`,
      String.raw`\b${MEMBER} (?:will )?(?:direct|address|put) (?:their |all )?(?:comments|questions|remarks|answers|responses) (?:to|through) ${WORKER}`,
      String.raw`\b${WORKER}(?: [\w']+){0,3} (?:asks|will ask|poses|will pose) (?:a |the )?questions?(?: [\w']+){0,4} (?:and|then) (?:each|every) ${MEMBER} (?:answers|responds|replies|will answer|will respond)`,
      String.raw`\b(?:one[- ]on[- ]one|one[- ]to[- ]one|individually) with (?:each|every) ${MEMBER} (?:in|during|within) (?:the )?(?:group|session|meeting)`,
      String.raw`\b${WORKER},? (?:who )?(?:will )?(?:asks?|questions?|interviews?|addresses?) each of (?:them|the members|the participants|you)\b|\bfacing ${WORKER}`,
      String.raw`\b${MEMBER} (?:will be|are|is|get|gets) (?:called on|called upon|asked|invited|prompted|questioned)(?: in turn| one at a time)? by ${WORKER}`,
      // Each member reports to the worker: "each member will present their case to the leader".
      String.raw`\b(?:each|every) ${MEMBER} (?:will |then )?(?:present|report|read|explain|describe|state|tell|give|share)s? (?:their |his or her |her |his |a |an |the )?(?:[\w'-]+ ){0,5}(?:to|for) ${WORKER}\b`,
      String.raw`\b${WORKER}(?: [\w']+){0,5} with (?:each|every) ${MEMBER} (?:individually|in turn|one at a time|separately)`,
    ],
    unless: [String.raw`\b(?:before|after|between) (?:the )?(?:group|sessions?|meetings?|first meeting)|\bpre[- ]?group|\bintake|\bscreening|\bintroduc\w*|\bbrief(?:ly)?|\bcheck[- ]?ins? (?:at|before) (?:the )?start`],
  },
];

/** The worker answers, teaches or gives feedback to each member (worker-primary-helper). */
export const WORKER_HELPER = {
  cues: [
    String.raw`\b${WORKER}(?:(?! (?:members|participants|they|the group|clients|everyone|patients)\b)[^.;]){0,60}?\b(?:answer|answers|answering|respond to|responds to) (?:any |all |the |their |members'? |participants'? |group |each member's |everyone's )?(?:individual |personal |specific |medical )?(?:questions?|concerns?|queries|them)\b`,
    String.raw`\b${MEMBER} (?:will |can )?(?:receive|receives|get|gets)(?: [\w']+){0,2} (?:individual |personal |personali[sz]ed |direct |specific |tailored )?(?:feedback|advice|guidance|coaching|answers)(?: [\w']+){0,3} from ${WORKER}`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:give|gives|provide|provides|offer|offers|share|shares)(?: [\w']+){0,2} (?:individual |individuali[sz]ed |personal |personali[sz]ed |direct |specific |tailored |expert |professional )?(?:feedback|advice|guidance|solutions|answers|suggestions|recommendations|coaching|corrections?|strategies)(?: [\w']+){0,3} (?:to|for) (?:each|every|individual|the individual|each individual) (?:${MEMBER})`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:give|gives|provide|provides|offer|offers) (?:each|every) ${MEMBER}(?: [\w']+){0,2} (?:individual |personal |specific |tailored |expert |direct )?(?:feedback|advice|guidance|solutions|answers|suggestions|recommendations|coaching)`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:teach|teaches|lecture|lectures|instruct|instructs|educate|educates|train|trains)\b`,
    String.raw`\b${WORKER} (?:will |is going to )?tells? (?:members|participants|them|the group|each member|everyone) (?:how|what) to\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:deliver|delivers|give|gives|present|presents) (?:a |an )?(?:lecture|lesson|talk|presentation|didactic|psychoeducation(?:al)? (?:lecture|presentation|talk)|information|material|content)\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:help|helps|coach|coaches|counsel|counsels|advise|advises|guide|guides|assist|assists|work with|works with|fix|fixes|solve|solves) (?:each|every|the individual|individual) ${MEMBER}`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:solve|solves|fix|fixes|resolve|resolves) (?:members'?|participants'?|their|each member's) (?:problems|issues)`,
    String.raw`\b${MEMBER} (?:will |can |may )?(?:ask|bring|put|take) (?:their |any |all )?(?:questions|problems|concerns)(?: [\w']+){0,2} (?:to|for) ${WORKER}`,
    String.raw`\b(?:each|every) ${MEMBER} (?:will )?(?:receive|receives|get|gets|is given)(?: [\w']+){0,2} (?:individual |personal |personali[sz]ed |direct |specific |tailored )?(?:feedback|advice|guidance|coaching|answers)(?: from ${WORKER})?`,
    String.raw`\b(?:feedback|advice|answers|guidance) (?:is|are|will be) (?:given|provided|offered) (?:to (?:each|every) ${MEMBER} )?by ${WORKER}`,
    String.raw`\b(?:question[- ]and[- ]answer|q ?& ?a) (?:session |period |time )?with ${WORKER}`,
    String.raw`\b${WORKER}[^.;]{0,20}\b(?:give|gives|provide|provides|offer|offers|write|writes|design|designs|create|creates|prescribe|prescribes) (?:each|every) ${MEMBER} (?:a |an |their )?(?:personal\w* |individual\w* |tailored |own )?(?:plan|programme|program|goals?|strategy|strategies|feedback|advice|guidance|answers?)`,
    String.raw`\b${WORKER}[^.;]{0,60}\b(?:check|checks|review|reviews|mark|marks|grade|grades|assess|assesses|correct|corrects|go over|goes over) (?:each|every) (?:${MEMBER})(?:'s|s') (?:[\w-]+ ){0,2}?(?:homework|work|budget|plan|progress|answers|worksheet|diary|journal|goals|record|log|sheet|exercise)s?\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:solve|solves|fix|fixes|sort out|sorts out|handle|handles) (?:[\w-]+ ){0,2}(?:problems|issues|difficulties) for (?:members|participants|them|each member|clients)`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:explain|explains|show|shows|demonstrate|demonstrates) (?:to )?(?:members|participants|them|the group|everyone) how to\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:correct|corrects|fix|fixes|challenge|challenges|dispute|disputes|reframe|reframes) (?:members'?|participants'?|their|each member's|clients'?) (?:thinking|thoughts|beliefs|errors|mistakes|distortions|answers)`,
    String.raw`\b${WORKER}[^.;]{0,80}?\b(?:give|gives|giving|provide|provides|offer|offers)\b (?:each |every |the )?(?:members? |participants? |them |everyone )?(?:individual |personal |personali[sz]ed |direct |specific |tailored )?(?:feedback|advice|guidance|coaching|corrections?)\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:give|gives|provide|provides|offer|offers) (?:members |participants |the group |them |everyone )?(?:tips|advice|guidance|strategies|answers|solutions|suggestions|recommendations)\b`,
    String.raw`\b${WORKER} (?:will |is going to )?(?:provide|provides|give|gives|offer|offers|supply|supplies) (?:\w+ )?answers\b`,
    String.raw`\b(?:questions|concerns|queries)(?: [\w']+){0,6} (?:will be|are|get|gets) answered by ${WORKER}`,
    String.raw`\b${WORKER}\b[^.;]{0,60}?\b(?:suggest|suggests|suggesting|propose|proposes|proposing) (?:possible |practical |some |the )?(?:solutions|fixes|answers|strategies|what to do)\b`,
    String.raw`\b${WORKER}\b[^.;]{0,60}?\btell(?:s|ing)? (?:them|members|participants|the group|each member|everyone|people|clients) (?:how|what) to\b`,
    String.raw`\b${WORKER}\b[^.;]{0,50}?\b(?:to |will |can )?(?:solve|solves|fix|fixes|sort out|sorts out|resolve|resolves) (?:the |any |all )?(?:problems|issues|difficulties) (?:that )?(?:members|participants|people|they|clients) (?:bring|raise|have|face)\b`,
    // The worker replies to each member in turn: "the facilitator will comment on each".
    String.raw`\b${WORKER} (?:will |then |also )?(?:comment|comments|respond|responds|reply|replies|react|reacts|give feedback|gives feedback) (?:on|to) (?:each|every)\b`,
  ],
  /** In the same sentence, these show the worker hands the help back to the group. */
  unless: [
    String.raw`\bturn(?:s|ing)? (?:the |any |their |members'? )?(?:questions?|it|them|problems?) back to (?:the )?(?:group|members)`,
    String.raw`\b(?:then|and|after which|before) (?:the )?(?:group|members|participants) (?:discuss|share|talk|compare|explore|respond|relate|decide|think|work)`,
    String.raw`\b${EO}\b`,
    String.raw`\b(?:rather than|instead of|not) (?:giving|offering|providing|answering|teaching|lecturing)`,
    String.raw`\bask(?:s|ing)? (?:the )?(?:group|members|other members|others)(?: [\w']+){0,2} (?:what|how|whether|for)`,
    String.raw`\b(?:before|after) (?:the )?(?:group|first meeting)|\bpre[- ]?group|\bintake|\bscreening|\brefer(?:ral|s)?\b`,
  ],
};

/** What each group type needs a plan to address (brief section 7), with cues that show it does. */
export interface TypeNeed {
  id: string;
  /** What is expected, for the message. */
  expected: string;
  cues: string[];
  /** A sentence, in our words, that a fix adds to the plan. */
  suggestion: string;
  /** The element whose section the suggested sentence is added to. */
  element: string;
}

export const TYPE_NEEDS: Record<string, TypeNeed[]> = {
  'single-session': [
    {
      id: 'one-meeting-aim',
      expected: 'a purpose the group can reach in one meeting',
      cues: [
        String.raw`\b(?:in|within|during|by the end of) (?:the |this |one |a single |that )(?:one |single )?(?:meeting|session|evening|morning|afternoon|workshop|day)`,
        String.raw`\b(?:one|single)[- ](?:time|session|meeting|off)\b`,
        String.raw`\b(?:only|just) (?:once|one (?:meeting|session))`,
        String.raw`\bleave (?:with|having)\b`,
      ],
      suggestion: 'By the end of this one meeting, members will have found out what they share and left with at least one idea from another member that they can use.',
      element: 'purpose',
    },
    {
      id: 'common-ground',
      expected: 'how members will quickly find common ground',
      cues: [
        String.raw`\bcommon (?:ground|concerns?|experiences?|threads?|themes?)`,
        String.raw`\b(?:what|things) (?:they|members|we|participants) (?:have|share) in common`,
        String.raw`\b(?:same boat|not alone)\b`,
        String.raw`\b(?:connect|link)(?:s|ing)? (?:members|participants|them) (?:to|with) (?:one another|each other|the purpose)`,
        String.raw`\b(?:find|discover|see|notice|name)(?:s|ing)? (?:what|how much) (?:they|members|we) (?:share|have in common)`,
        String.raw`\bshared (?:concerns?|experiences?|situation|worries)`,
      ],
      suggestion: 'The worker opens by naming what brought everyone here and links members’ first words to one another, so that they quickly see what they have in common.',
      element: 'content',
    },
    {
      id: 'light-authority',
      expected: 'how the worker will use authority lightly',
      cues: [
        String.raw`\b(?:light(?:ly)?|gentle|gently|minimal(?:ly)?|light[- ]touch)\b(?: [\w]+){0,4} (?:authority|structure|lead|direction|facilitation|hand)`,
        String.raw`\bauthority\b(?: [\w]+){0,3} (?:light(?:ly)?|gently|sparingly)`,
        String.raw`\bstep(?:s|ping)? back\b`,
        String.raw`\b(?:without|not) (?:dominating|taking over|lecturing|running the)`,
        String.raw`\b(?:members|the group|participants) (?:lead|set|choose|decide|shape)`,
      ],
      suggestion: 'The worker keeps a light hand: a clear opening and close, and in between steps back so that members talk with one another.',
      element: 'structure',
    },
  ],
  'short-term': [
    {
      id: 'we-fast',
      expected: 'how the group will build a sense of "we" quickly',
      cues: [
        String.raw`\bsense of (?:we|us|belonging|togetherness|community|connection|cohesion|being a group)`,
        String.raw`\b(?:build|develop|create|foster|establish|form|grow)(?:s|ing)? (?:trust|cohesion|connection|connections|a bond|bonds|rapport|a group identity|belonging|a sense)`,
        String.raw`\b(?:group|shared) identity\b`,
        String.raw`\bwe[- ]?ness\b`,
        String.raw`\b(?:bond|connect|gel)(?:s)? (?:quickly|early|fast|from the (?:first|start))`,
        String.raw`\bfeel(?:s|ing)? like a group\b`,
        String.raw`\b(?:"we"|'we'|“we”)`,
      ],
      suggestion: 'From the first meeting the worker links members’ stories to one another and names what they share, so the group builds a sense of "we" quickly.',
      element: 'content',
    },
    {
      id: 'realistic-aim',
      expected: 'what the group can realistically achieve in its time',
      cues: [
        String.raw`\brealistic(?:ally)?\b`,
        String.raw`\b(?:by|at) the end of (?:the )?(?:group|last|final|\w+ (?:weeks|sessions|meetings)|eighth|sixth|tenth|twelfth)`,
        String.raw`\b(?:in|within|over) (?:the |these |its )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|sessions|meetings)\b(?: [\w]+){0,6} (?:can|will|could|should|aims? to|hopes? to|is expected to)`,
        String.raw`\b(?:can|could|will be able to) (?:achieve|accomplish|reach|manage|expect)\b`,
        String.raw`\b(?:limited|short) (?:time|number of (?:sessions|meetings))`,
        String.raw`\b(?:time[- ]limited|modest (?:aim|goal)s?)`,
      ],
      suggestion: 'In its few meetings the group aims for something it can reach: members leaving less alone, with ideas from one another they have tried out.',
      element: 'purpose',
    },
  ],
  'open-ended': [
    {
      id: 'newcomers',
      expected: 'how newcomers are welcomed and oriented',
      cues: [
        String.raw`\bnew ?comers?\b`,
        String.raw`\bnew (?:members?|people|participants|arrivals|faces|attendees)\b`,
        String.raw`\bfirst[- ]time(?:rs?)? (?:visitors?|members?|attendees?|participants?|here)?`,
        String.raw`\b(?:welcome|welcoming|orient|orienting|orientation)(?: [\w]+){0,2} (?:anyone|everyone|those|people|members|participants) (?:new|joining|who join|arriving)`,
        String.raw`\bjoin(?:s|ing)? (?:at any|in any|any) (?:time|week|meeting|session)`,
      ],
      suggestion: 'Newcomers are welcomed by name; a member who has been before tells them, in a sentence or two, what the group is for and how it works.',
      element: 'structure',
    },
    {
      id: 'stands-alone',
      expected: 'how each meeting can stand on its own',
      cues: [
        String.raw`\b(?:stands?|standing) (?:on (?:its|their) own|alone)\b`,
        String.raw`\bstand[- ]?alone\b`,
        String.raw`\bself[- ]contained\b`,
        String.raw`\b(?:complete|whole) in itself\b`,
        String.raw`\b(?:do not|don't|doesn't|does not|no) (?:need|have) to (?:have )?(?:attend(?:ed)?|come|been) (?:to )?(?:every|previous|all|earlier|the last|before)`,
        String.raw`\b(?:no|without) (?:prior|previous) (?:attendance|sessions|meetings)`,
        String.raw`\b(?:no one|nobody|members? (?:do not|don't)|you (?:do not|don't)|no) (?:needs?|has|have) to (?:have )?(?:attend(?:ed)?|come|been)\b[^.;]{0,20}\b(?:before|every|previous|all|earlier|last)\b`,
        String.raw`\b(?:each|every) (?:meeting|session)(?: [\w]+){0,3} (?:has (?:its|a) own|is complete|begins and ends|opens and closes|makes sense)`,
      ],
      suggestion: 'Each meeting stands on its own: it opens with what members bring that day and closes with what they take away, so no one needs to have come before.',
      element: 'content',
    },
    {
      id: 'purpose-restated',
      expected: 'how the purpose is restated',
      cues: [
        String.raw`\b(?:restate|restates|restated|restating|re-state|repeat|repeats|repeated|remind|reminds|reminding|reread|re-read|read out|reads out|recap|recaps|say|says|explain|explains|state|states|stated|review|reviews)\b[^.;]{0,40}? (?:the |our |its |group's |the group's )?(?:purpose|aims?|reason (?:for|the group))`,
        String.raw`\b(?:purpose|aims?)(?: [\w]+){0,3} (?:is|are|will be|gets?) (?:restated|repeated|read|stated|recalled|named|revisited|reviewed)`,
        String.raw`\breminder of (?:the |our |its )?(?:group's )?(?:purpose|aim)`,
        String.raw`\b(?:remind\w*|tell\w*|explain\w*|say\w*|restat\w*)\b[^.;]{0,25}\bwhat the group is (?:for|about)\b`,
      ],
      suggestion: 'Every meeting opens with the worker or a member restating, in a sentence, what the group is for.',
      element: 'content',
    },
  ],
  'very-large': [
    {
      id: 'small-groups',
      expected: 'how the group breaks into small working groups',
      cues: [
        String.raw`\bsmall(?:er)? (?:working |discussion |break-?out )?groups?\b`,
        String.raw`\bbreak(?:s|ing)? (?:out |up )?into\b`,
        String.raw`\bbreak-?outs?\b`,
        String.raw`\bsub-?groups?\b`,
        String.raw`\b(?:groups|tables|circles|teams) of (?:\d+|three|four|five|six|seven|eight)\b`,
        String.raw`\bsplit(?:s|ting)? (?:up )?into\b`,
        String.raw`\b(?:pairs|triads|trios|buzz groups)\b`,
      ],
      suggestion: 'The group breaks into three or four small working groups for most of each meeting and comes back together to share what each found.',
      element: 'structure',
    },
    {
      id: 'real-say',
      expected: 'how every member gets a real say',
      cues: [
        String.raw`\b(?:every ?one|every member|each member|all members|every voice|each person|every person)(?: [\w']+){0,2} (?:has|have|gets?|is given|can have|will have|is heard|are heard|can be heard|can speak|can take part)(?: a| an)?(?: real| equal| fair)? ?(?:say|voice|chance|turn|vote|heard)?`,
        String.raw`\breport(?:s|ing)? back\b`,
        String.raw`\bquiet(?:er)? (?:members|voices|people|ones)`,
        String.raw`\b(?:no one|nobody) (?:is )?(?:left out|lost|drowned out|overlooked|unheard)`,
        String.raw`\bhear(?:d)? from (?:every ?one|each|all)`,
        String.raw`\b(?:real|equal) say\b`,
      ],
      suggestion: 'Each small group reports back, so that every member’s view reaches the whole group, and the worker draws in quieter members.',
      element: 'structure',
    },
  ],
  classic: [],
};

/** Evaluation: outcome measures versus members' own view of how the group worked (Steinberg 2014, ch. 14). */
export const EVALUATION = {
  outcome: [
    String.raw`\b(?:pre|post)[- ]?(?:and[- ]post[- ]?)?(?:test|tests|group|measure|measures|survey|surveys|questionnaire|assessment)`,
    String.raw`\b(?:scale|scales|inventory|index|score|scores|scoring|checklist|questionnaire|instrument|measure|measures|measured|measurement|rating)\b`,
    String.raw`\b(?:reduc|decreas|increas|improv|lower|rais)(?:e|es|ed|ing|tion|ment)\b`,
    String.raw`\b(?:goals?|objectives?|outcomes?) (?:are |were |will be |have been )?(?:met|achieved|reached|attained)`,
    String.raw`\b(?:attendance|retention|completion) (?:rates?|records?|figures?)`,
    String.raw`\b(?:symptoms?|depression|anxiety|stress|self[- ]esteem|wellbeing|well-being|coping|recidivism|relapse|sobriety|grades)\b`,
    String.raw`\b(?:phq|gad|beck|rosenberg|k10|core-?10|ors|srs|gas)\b`,
    String.raw`\bindividual (?:goals?|progress|outcomes?|change)`,
  ],
  /** Members' own view of how the group worked: process as well as outcomes. */
  process: [
    String.raw`\b(?:members|participants|the group|we|everyone|they)(?: and (?:the )?(?:worker|facilitator|leader))? (?:will |would )?(?:together )?(?:review|reviews|reflect|reflects|discuss|discusses|evaluate|evaluates|talk about|talks about|say|says|decide|decides|look back|looks back|assess|assesses|rate|rates|comment|comments|give feedback|tell)\b[^.;]{0,40}? (?:how|what|whether|the group|the process|the way)\b`,
    String.raw`\bhow (?:well )?(?:the group|members|we|they|the (?:evening|meeting|session|sessions|meetings|day|workshop|campaign))(?: [\w']+){0,2} (?:is|are|was|were|has been|have been)? ?(?:work(?:ing|ed)?|help(?:ing|ed)?|support(?:ing|ed)?|get(?:ting)? on|function(?:ing|ed)?|going|go|went|doing|run(?:ning)?)(?: [\w]+){0,2}(?: together| one another| each other)?`,
    String.raw`\b(?:help(?:ed|ing)?|support(?:ed|ing)?|learn(?:ed|t|ing)? from) (?:${EO})`,
    String.raw`\bmutual[- ]aid\b`,
    String.raw`\b(?:gain\w*|got|get|receiv\w*|learn\w*|took|take|drew|draw) (?:\w+ )?from ${EO}`,
    String.raw`\b(?:group|closing|final|review|joint|shared) (?:discussion|review|reflection|conversation)s?\b`,
    String.raw`\bdiscuss\w* (?:\w+ )?with (?:them|the members|members|the group|participants)\b`,
    String.raw`\bgroup (?:process|climate|cohesion|dynamics|functioning|atmosphere|relationships)`,
    String.raw`\b(?:members|participants)'? (?:own )?(?:views?|perspectives?|voice|experience of the group|feedback|opinions?|reflections?|judg(?:e)?ments?)`,
    String.raw`\b(?:feedback|evaluation|review|reflection)s? (?:from|by|with) (?:the )?(?:members|participants|the group)`,
    String.raw`\b(?:with|together with|alongside) (?:the )?(?:members|participants)\b`,
    String.raw`\b(?:session rating|group session rating|group climate questionnaire|process (?:evaluation|measure|notes|recording))`,
    String.raw`\b(?:what|which) (?:was|were|has been|is|they found) (?:most |least |more |less )?(?:helpful|useful|unhelpful)`,
    String.raw`\b(?:their|members'?|participants'?) (?:own )?experiences? (?:of|in) the group`,
    String.raw`\bwhat (?:should|could|would|needs to) (?:change|be different|improve)`,
  ],
};
