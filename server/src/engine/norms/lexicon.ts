// The norm lexicons: which norms a plan can state, the phrases (and paraphrases) that state them,
// and the norms that work against mutual aid. Data only; the matching is in ./detect.ts.
// All cue patterns are regular-expression sources, matched case-insensitively against a norm
// statement after `normaliseStatement` (lower case, straight quotes, single spaces).
// Sources: Steinberg 2014, ch. 1 and 2 (the mutual-aid norms); brief section 5 (conventional norms,
// and norms that work against mutual aid); Middleman and Wood 1990 (communication patterns).

/** Shared pieces of patterns. */
// Verbs of talking to someone (not "share", which is about content, nor "listen").
export const TALK = String.raw`(?<!cross[- ]?)\b(?:talk|speak|respond|respons|reply|replie|comment|react|interact|engag|convers|ask|answer|chime|address|question|feedback|say|chat|(?:pick|follow)\w* up on|build\w* on|(?:come|chip|weigh)\w* in)\w*`;
// Other members as the ones talked to.
export const PEER = String.raw`\b(?:each other|one another|the (?:people|others|members) in the (?:circle|room|group)|(?:when|after|as) (?:a|another|one|any) (?:member|person|participant) (?:shares|speaks|talks|has shared|has spoken)|(?:their |your |our )?peers\b|whoever (?:has )?(?:just )?(?:spoke|spoken|shared|is speaking)|the (?:person|member) who (?:has )?(?:just )?(?:spoke|spoken|shared)|other members?|another member|fellow members?|(?:between|among|amongst) (?:the )?(?:members|participants|group members|yourselves|ourselves|everyone)|anyone in the group|any ?one (?:else )?(?:in|here)|any ?body|everyone in the (?:group|circle|room)|(?:to|on) (?:the |a |any )?(?:shares?|sharing)\b|other group members|others in the group|what others (?:say|said|share|shared)|what(?:'s| is) being (?:said|shared|discussed)|(?:something|what|anything) (?:another|other|a fellow|someone else|somebody else|anyone else)(?: \w+)? (?:says?|said|shares?|shared|mentions?|mentioned|brings? up|brought up)\b|what (?:another|other) (?:members?|persons?|people|participants?) (?:say|says|said|has said|have said|share|shares|shared)|(?:others'?|other (?:people|members|participants)'?s?|another (?:person|member)'s|someone else's) (?:shares?|sharing|stories|story|comments?|questions?))`;
// Talking whenever one likes, not in an order.
const FREE = String.raw`\b(?:at any (?:time|point|moment)|any ?time|whenever|directly|no (?:set|fixed|particular) order|without waiting|freely)\b`;
export const EO = String.raw`(?:each other|one another|other members|fellow members|the others|others in the group|(?:their |your |our )?peers)`;
export const WORKER = String.raw`(?:(?:the |a |our )?(?:group )?(?:social )?(?:worker|leaders?|facilitators?|co-?facilitators?|co-?leaders?|therapists?|counsell?ors?|clinicians?|staff(?: member)?|instructors?|coordinators?|moderators?|host|chair(?:person)?|group leader|nurses?|doctors?|experts?|specialists?|presenters?|(?:guest )?speakers?|psychologists?|psychiatrists?|psychotherapists?|teachers?|tutors?|trainers?|educators?|dieti[tc]ians?|pharmacists?|lawyers?|solicitors?|attorneys?|advis[eo]rs?|consultants?|physiotherapists?|midwi(?:fe|ves)|health visitors?|case ?(?:managers?|workers?)))`;
/** More helpers in the worker's role (faith, probation, key and support workers). Kept apart from WORKER:
 * a longer WORKER alternation makes V8 run every pattern that contains it far more slowly, so detect.ts
 * compiles a twin of each such pattern with these words and runs it only on text that names one. */
export const WORKER_MORE = String.raw`(?:(?:the |a |our )?(?:chaplains?|pastors?|imams?|priests?|rabbis?|mentors?|professionals?|probation officers?|parole officers?|key ?workers?|support workers?|link workers?|youth workers?|team leads?|dr\.? [a-z]+))`;
const OWN = String.raw`(?:your|our|their|my|his or her|one's)`;
// Members named as a plural group ("between the veterans").
const MEMBERS_PL = String.raw`(?:members|equals|participants|group members|yourselves|ourselves|everyone|us|veterans|women|men|parents|carers|caregivers|residents|young people|youth|students|survivors|peers|brothers|sisters|clients|patients)`;

export type NormKind = 'mutual-aid' | 'conventional';

export interface NormDef {
  id: string;
  /** A short name used in messages. */
  name: string;
  /** The dynamic of mutual aid the norm serves, in words for messages. */
  serves: string;
  /** Ids of the dynamics (see ../dynamics.ts) that a stated norm sets in motion; none for the
   * conventional norms, which the seed chapters do not tie to a dynamic. */
  dynamics: string[];
  kind: NormKind;
  /** A norm line, in our words, that a fix adds to the norms list. */
  suggestion: string;
  /** Patterns that state the norm. */
  cues: string[];
  /** Concept rules: every pattern of `all` in one clause, read with the clause's polarity (see detect.ts). */
  concepts?: ConceptRule[];
  /** The norm is mostly stated as a prohibition ("do not repeat…", "not to be told outside"), so a
   * negator before a cue does not reverse it. */
  statedAsProhibition?: boolean;
  /** Whole-statement patterns that cancel a concept-rule hit (a later clause can rule out what an
   * earlier one describes: "cross-talk is replying to another member; we avoid it"). */
  conceptsCancelledBy?: string[];
}

/** A co-occurrence rule: all patterns in the same clause, and the clause negated or not. */
export interface ConceptRule {
  all: string[];
  /** Patterns that must not be in the clause. */
  none?: string[];
  /** Whether a negator comes just before the first pattern's match (see detect.ts). */
  polarity: 'positive' | 'negative';
}

// Words for a decision, and for the group or its members as the ones deciding.
const DECIDE = String.raw`\b(?:decisions?|decid\w*|choose|chooses|choice|vote\w*|consensus|agree\w* (?:on|about|together))\b`;
// The group's own way of running: "how the group is run".

const GROUP = String.raw`\b(?:we|members|the group|group members|everyone|together|jointly|collectively|as a group|all of us|democratic\w*)\b`;
// Differences, and what can differ.
const DIFF = String.raw`\b(?:differ\w*|diverse|diversity|various|opposing|opposite|other people's|others'|minority|dissent\w*|unpopular|contrary|alternative)\b`;
const VIEW = String.raw`\b(?:opinions?|views?|voices?|viewpoints?|perspectives?|beliefs?|points? of view|ideas|outlooks?)\b`;
// Hard subjects, and raising them.
const SENSITIVE = String.raw`\b(?:painful|sensitive|embarrass\w*|taboo|shame\w*|shameful|difficult|most difficult|hard(?:est|er)?|private|uncomfortable|awkward|forbidden|secrets?|kept (?:secret|quiet)|unspoken|unsaid|unsayable|unspeakable|hidden|never (?:said|told|talked|spoken|shared)|(?:said|talked about|spoken about) (?:elsewhere|nowhere else|anywhere else)|any (?:subject|topic|issue|question)|anything)\b`;
const RAISE = String.raw`\b(?:talk|discuss|raise|bring (?:up|in)|speak|name|explore|open up)\w*`;

export const NORMS: NormDef[] = [
  {
    id: 'free-floating-talk',
    name: 'that members talk directly to one another',
    serves: 'every dynamic of mutual aid',
    dynamics: ['sharing-data', 'dialectic-process', 'mutual-support', 'individual-problem-solving'],
    kind: 'mutual-aid',
    suggestion: 'Members talk directly to one another, whenever they have something to say, not only through the worker.',
    conceptsCancelledBy: [String.raw`\bcross[- ]?talk\b[^.]{0,200}\b(?:we (?:do not|don't|avoid|refrain)|is not (?:allowed|permitted|part)|not allowed|avoid (?:it|this|that))\b`],
    cues: [
      // "talk directly to one another", "respond to each other", "speak freely with one another"
      String.raw`\b(?:talk|speak|respond|reply|react|turn|address|ask)(?:s|ing)?(?: directly| freely| openly)? (?:to|with) ${EO}\b(?![^.;]{0,120}\b(?:respect|kind|polite|courteous|tone))`,
      String.raw`\b(?:talk|speak|respond|reply|address)(?:s|ing)? (?:\w+ )?(?:directly|freely)\b`,
      String.raw`\bdirectly (?:to|with) ${EO}`,
      String.raw`\bnot (?:only |just |all |simply )?(?:through|via|to|at|with) ${WORKER}`,
      String.raw`\bnot (?:only|just|simply) ${WORKER}`,
      String.raw`\b(?:rather than|instead of) (?:only |just )?(?:through|via|to|with|waiting for) ${WORKER}`,
      String.raw`\b(?:offer|give|share)\w* (?:your |their |our )?(?:thoughts|reactions?|responses?|comments?|reflections?) (?:to|with) (?:whoever|the person|the speaker|${EO}|the member)`,
      String.raw`\b(?:rather than|instead of|not) (?:waiting for|taking) (?:a |their |your |our )?turns?\b`,
      // cross-talk invited (peer-support usage): polarity is read in detect.ts
      String.raw`\bcross[- ]?talk(?:ing)? (?:is|are) (?:welcome|encouraged|fine|ok|okay|allowed|invited|expected|good)`,
      String.raw`\b(?:welcome|encourage|invite)s? cross[- ]?talk`,
      String.raw`\b(?:no need to|don't need to|do not need to|don't have to|do not have to|needn't|never need to) (?:wait for (?:a|your|their|our) turn|raise (?:a |your |their |our )?hands?)`,
      String.raw`\bno (?:hand[- ]raising|raising (?:of )?hands|waiting for (?:a |your )?turn)`,
      String.raw`\b(?:no need to|don't need to|do not need to|don't have to|do not have to|without) (?:go(?:ing)? )?(?:through|via) ${WORKER}`,
      String.raw`\b(?:no|don't|do not|doesn't|does not|without) (?:need(?:ing)? )?(?:to ask |asking )?(?:for )?permission to (?:speak|talk|respond|share)`,
      String.raw`\b(?:don't|do not|no need to|never) (?:have to |need to )?wait (?:to be (?:asked|called on|invited)|for permission|for (?:a|your|their) turn)`,
      String.raw`\bhand[- ]raising (?:is )?(?:not|n't|never) (?:necessary|needed|required)`,
      // "Nobody needs to wait for a turn": the negation is the norm, so it sits inside the cue.
      String.raw`\b(?:no ?one|nobody|no member|no participant)(?: ever)? (?:needs|has|is (?:asked|expected|required)) to wait (?:for (?:a |your |their |his or her )?turn|to be (?:asked|called on|invited)|their turn)`,
      // Permission to respond, given to the others: "others are welcome to respond or add their view".
      String.raw`\b(?:others|other members|the others|anyone|everyone|any member|members|you)(?: else)? (?:are |is )?(?:always )?(?:welcome|free|invited|encouraged) to (?:\w+ )?(?:respond|reply|react|comment|join in|chime in|build on|add to what)`,
      String.raw`\b(?:respond|reply|speak|talk|react)(?:s|ing)? to (?:anyone|anybody|whoever) in the group`,
      String.raw`\b(?:to|with) the (?:whole )?group as a whole`,
      String.raw`\b(?:speak|talk|jump in|join in|chime in|come in)(?: up)? (?:whenever|when(?:ever)?|as soon as) (?:you|they|we|someone|anyone|members?) ha(?:ve|s) (?:something|a thought|an idea|a question)`,
      String.raw`\b(?:feel free to |free to )?(?:jump|chime) in(?:to)?\b`,
      String.raw`\b(?:no need to|don't need to|do not need to|don't have to|do not have to|needn't) (?:use|click|press|wait for) (?:the |a )?(?:raise[d]?[- ])?hand(?: icon| button| function| feature| emoji)?`,
      String.raw`\bfree[- ](?:flowing|floating) (?:talk|conversation|discussion)`,
      String.raw`\b(?:conversation|discussion|dialogue|talk)\b[^.;]{0,20}\bnot\b[^.;]{0,40}\b(?:to|through|with|via) ${WORKER}`,
      String.raw`\bbuild on what (?:others|another member|other members|someone else|each other) (?:say|said|has said|have said)`,
      String.raw`\b(?:conversations?|discussions?|dialogues?|talk|back[- ]and[- ]forth|give[- ]and[- ]take|exchanges?) (?:is |are |happens? |flows? |goes |go |moves? )?(?:freely )?(?:between|among|across) (?:the )?${MEMBERS_PL}\b`,
      String.raw`\b(?:don't|do not|never|no) (?:need|wait for|require)\w* (?:an |a )?(?:invitation|permission|cue)\b`,
      String.raw`\b(?:rather than|instead of|without) waiting (?:to be (?:asked|called on|invited)|for (?:a |your |their |our )?turn)`,
      String.raw`\b(?:speak|talk)\w* to the (?:whole )?(?:room|circle|group),? not (?:just|only)\b`,
      String.raw`\b(?:members|participants|you|we) (?:are|do) (?:the )?(?:main|primary|most of the) (?:speakers|voices|talking)\b`,
      String.raw`\b${WORKER} (?:speaks|talks|says) (?:less|little)\b`,
      String.raw`\bask (?:${EO}) (?:questions|about)`,
    ],
    concepts: [
      { all: [TALK, PEER], none: [String.raw`\b(?:ask|expect|demand)\w* (?:a lot|much|more|the best) (?:of|from)`], polarity: 'positive' },
      { all: [TALK, FREE], none: [String.raw`\bpass\b|\b(?:sit|step) out\b`], polarity: 'positive' },
      { all: [String.raw`\b(?:interaction|conversation|dialogue|discussion|back[- ]and[- ]forth|give[- ]and[- ]take)s?\b`, String.raw`\b(?:between|among|amongst) (?:the )?${MEMBERS_PL}\b`], polarity: 'positive' },
    ],
  },
  {
    id: 'shared-authority',
    name: 'that decisions are made together and everyone has a real say',
    serves: 'no one dynamic but all of them, as shared authority is a condition of mutual aid',
    dynamics: ['strength-in-numbers', 'mutual-demand'],
    kind: 'mutual-aid',
    suggestion: 'We make decisions about the group together, and everyone has a real say.',
    cues: [
      String.raw`\bdecisions? (?:about [\w ]{1,80} )?(?:are|is|will be|get|gets)? ?(?:made|taken|reached) (?:together|jointly|collectively|as a group|by the group|by (?:the )?members|by consensus|by vote|democratically)`,
      String.raw`\b(?:we|members|the group|participants|everyone) (?:will )?(?:decide|decides|choose|chooses|agree|agrees|plan|plans|shape|shapes|set|sets|make decisions|make choices)(?: on| about)?(?: [\w']+){0,5} (?:together|jointly|collectively|as a group|by consensus)`,
      String.raw`\b(?:we|you|members|the group|participants|everyone|every member|each member|all of us)(?:,? (?:not|rather than|with|together with|along with) [\w ]{1,80},)? (?:will |can |get to |helps? (?:to )?)?(?:decide|decides|choose|chooses|set|sets|shape|shapes|own|owns|run|runs|lead|leads|plan|plans|agree|agrees) (?:on |about )?(?:the |its |our |their |your |this |what |how |which |when )(?:own )?(?:agenda|topics?|themes?|direction|rules|norms|focus|group|meetings?|order|activities|plans?|pace|priorities|goals|schedule|we|they|you|to|it|the)`,
      String.raw`\bthis is (?:your|our|the members') group\b`,
      String.raw`\b(?:members?|anyone|any ?one|everyone|you|we|participants)\b[^.;]{0,25}\b(?:put|add|place|suggest|propose)\w* (?:[\w']+ ){0,3}(?:on|to|for) (?:the |our |each |every )?(?:agenda|programme|program)\b`,
      String.raw`\b(?:(?:no|nothing|never)\b[^.;]{0,40}?)?unless (?:the )?(?:members|group|whole group|everyone|we all|you all) (?:want|wants|agree|agrees|choose|chooses|decide|decides|say so)\b`,
      String.raw`\bshow of hands\b|\bput (?:it |them |\w+ )?to (?:a |the )?vote\b`,
      String.raw`\b(?:partners?|involved|included)\w* in (?:planning|designing|running|shaping|deciding|choosing|leading|evaluating)\b`,
      String.raw`\b(?:every|each|all) (?:member's|members'|person's|one's|participant's)(?: [\w']+)? (?:views?|opinions?|input|voices?|ideas) (?:is|are|will be) (?:sought|asked for|taken into account|heard|counted|needed)\b`,
      String.raw`\bup to (?:the (?:whole )?(?:group|members|class)|us all|all of us|every ?one|the circle)\b`,
      // Members write their own rules: "the women will draw up their own group agreement".
      String.raw`\b(?:draw\w* up|writ\w*|set|sets|setting|make|makes|making|creat\w*|agree\w*|develop\w*|decid\w*|choos\w*) (?:on |upon )?(?:their|our|your|its) own (?:group )?(?:rules|norms|agreements?|guidelines|ground rules|contract|charter|code of conduct)`,
      // The agenda comes from the members: "built from what members bring".
      String.raw`\b(?:agenda|topics|themes|content|programme|program|activities|sessions)\b[^.;]{0,30}\b(?:built|drawn|taken|shaped|chosen|set|decided|made up|planned|comes?|grows?|led) (?:up )?(?:from|by|out of|with) (?:what )?(?:the )?(?:members|participants|group members|the group|us|you|residents|parents|youth|young people|women|men|students)\b`,
      // Members lead parts of the group.
      String.raw`\b(?:members|participants|residents|youth|young people|parents|students|we|you)\b[^.;]{0,20}\b(?:co-?facilitat|co-?lead|co-?chair|chair|facilitat|lead|run)\w* (?:parts? of |some of |part of )?(?:the |a |later |future |some |our )?(?:sessions?|meetings?|group|discussions?|activities)\b`,
      // Nothing changes without the group's agreement.
      // A double negative ("no rule is added without…") starts the cue, so its "no" does not reverse it.
      String.raw`\b(?:(?:no|nothing|never)\b[^.;]{0,40}?)?without (?:the |a )?(?:group|members|everyone|every ?one's|all members|the group's|members'|our|your)(?: \w+)? (?:agree\w*|consent\w*|say|approval|vote|decid\w*)`,
      String.raw`\b(?:make|makes|making|take|takes|taking) (?:its|our|their|your) own decisions`,
      String.raw`\b(?:take|takes|taking|share|shares|sharing) ownership\b`,
      String.raw`\b(?:we|you|the (?:group|class|team|circle)|${MEMBERS_PL})(?: all)? (?:will |can |may |get to )?vot(?:e|es|ed|ing)\b`,
      String.raw`\bshare (?:the )?(?:responsibility|leadership|decisions|decision[- ]making|power|ownership|authority)\b`,
      String.raw`\b(?:say|voice) in (?:how|what|which|when)\b`,
      String.raw`\b(?:made|decided|agreed|chosen|set|planned|changed|run|led) (?:only )?by (?:the )?(?:whole |entire |full )?(?:group|members|committee|team|circle|class)\b(?! (?:leaders?|facilitators?|workers?|staff|coordinators?))`,
      String.raw`\b(?:member|peer|user)[- ]led\b`,
      String.raw`\b(?:take|takes|taking) turns? (?:at )?(?:chairing|leading|facilitating|hosting|running)|\brotat\w* (?:the )?(?:chair|leadership|facilitation|roles?)\b`,
      String.raw`\b(?:members|we|you|everyone|anyone) (?:can |may )?(?:propose|suggest|request|ask for|decide on)\w* (?:a )?changes?\b`,
      String.raw`\b(?:members|every ?one|the group|we) (?:will be|are|is|get) (?:consulted|involved|asked for (?:their |our )?(?:views|opinions|input|ideas))\b`,
      String.raw`\b(?:ideas|topics|themes|agenda|activities|suggestions|decisions)\b[^.;]{0,30}\bcome from (?:the )?(?:members|group|us|you|participants)\b`,
      String.raw`\b(?:equal|shared|same) (?:power|standing|say|rights?)\b|\bdemocra\w*`,
      String.raw`\b(?:make|makes|making|write|wrote|written|drew up|drawn up|set|agree)\w* (?:the |our |its |these |this )?(?:rules|norms|agreements|decisions|guidelines|ground rules)(?: of (?:this|the) group)? together\b`,
      String.raw`\b(?:leadership|decision[- ]making|power|authority|responsibility for the group)(?: [\w]+){0,4} (?:is|are|will be) shared`,
      String.raw`\b(?:every ?one's|each member's|every member's|all members'|every) (?:voice|vote)s? (?:counts?|matters?|is heard|are heard|carries equal weight)`,
      String.raw`\b(?:every ?one|each (?:member|person)|all members|every member|every voice|all voices) (?:has|have|gets?|will have|is given) (?:a |an )?(?:real |equal |genuine |fair )?(?:say|voice|vote)\b`,
      String.raw`\b(?:shared|joint|collective) (?:decision[- ]making|decisions|leadership|ownership|authority|power)`,
      String.raw`\bby consensus\b`,
      String.raw`\b(?:norms|rules|agreements|guidelines|ground rules)(?: [\w]+){0,3} (?:are|were|will be|can be) (?:agreed|set|made|written|revised|reviewed|changed|decided|drawn up|developed|created|established)(?: [\w]+){0,3} (?:together|by the group|by (?:the )?members|with (?:the )?members|as a group)`,
      String.raw`\b(?:collaborativ\w*|jointly|collectively)\b[^.;]{0,30}\b(?:members|the group)\b`,
      String.raw`\b(?:the )?group (?:belongs|is owned by) (?:to )?(?:the )?(?:members|us|you)`,
      String.raw`\b(?:this|the) group is (?:yours|ours|your group|our group)`,
      String.raw`\bmembers (?:can|may) (?:change|revise|add to) (?:these|the|our) (?:norms|rules|agreements|guidelines)`,
      String.raw`\b${WORKER} (?:does not|doesn't|will not|won't|should not) (?:decide|make (?:the )?decisions|run the group) (?:alone|for (?:the group|members|us|them)|on (?:their|his|her|its) own)`,
      String.raw`\b(?:power|authority) (?:is )?shared\b`,
    ],
    concepts: [
      { all: [String.raw`\b(?:a|an equal|a real|an|equal|some|their|our|your|a full) (?:say|voice|vote)\b`], none: [String.raw`${WORKER} (?:has|have) (?:the )?(?:final|last)`], polarity: 'positive' },
      { all: [String.raw`\b(?:agree|change|set|make|write|revise|review|revisit|adapt|decide|choose|draw\w* up|draft|create|establish|develop)\w* (?:on |upon )?(?:our |the |its |their |your |these |those )?(?:own )?(?:group )?(?:rules|norms|agreements?|guidelines|ground rules)\b`, GROUP], polarity: 'positive' },
      { all: [String.raw`\b(?:plan|run|lead|design|choose|decide|organi[sz]e|set|shape)\w*`, String.raw`\b(?:themselves|ourselves|yourselves)\b`], polarity: 'positive' },
      { all: [DECIDE, GROUP], none: [String.raw`\b(?:decide|choose|control)\w* (?:how much|what|whether|when)(?: of (?:their|your|our|his or her|my) \w+)? (?:they|you|we|to) (?:share|say|disclose|tell|talk(?! about))`, String.raw`\b(?:made|set|taken|decided|chosen) by ${WORKER}`, String.raw`${WORKER} (?:will |alone )?(?:decides?|makes? (?:the |all )?decisions|chooses?)`], polarity: 'positive' }],
  },
  {
    id: 'sharing-information',
    name: 'that the group is a place to exchange information and experience',
    serves: 'the dynamic of sharing data',
    dynamics: ['sharing-data'],
    kind: 'mutual-aid',
    suggestion: 'This is a place to swap information, tips and what we have learned; everyone has something to offer.',
    cues: [
      String.raw`\b(?:shar|exchang|swap|pool|trad|pass)(?:e|es|ing|ed)? (?:on )?(?:\w+ )?(?:information|tips|resources|ideas|knowledge|contacts|advice and information|practical (?:tips|ideas|knowledge|advice)|strategies|coping strategies|what works|what has worked|what (?:we|they|you) (?:know|have learned|learned|found))`,
      String.raw`\b(?:shar|exchang|swap)(?:e|es|ing|ed)? (?:our |their |your )?experiences? and (?:information|tips|ideas|knowledge|resources)`,
      String.raw`\blearn(?:s|ing)? from (?:${EO}|the group|fellow|peers)`,
      String.raw`\b(?:every ?one|each (?:member|person)|every member|all members|members) (?:has|have|brings?) (?:something|knowledge|experience|expertise|wisdom|ideas) (?:to (?:offer|share|teach|contribute|give)|worth sharing)`,
      String.raw`\b(?:questions?|information|tips|ideas) (?:are|is) (?:welcome|encouraged|shared|put to the group)`,
      String.raw`\b(?:ask|bring|put) (?:your |our |their )?questions to the group\b`,
      String.raw`\bturn(?:s|ing)? (?:questions? )?back to the group`,
      String.raw`\bno (?:such thing as a )?(?:stupid|silly|dumb|bad) questions?`,
      String.raw`\b(?:information|resources|tips|knowledge|ideas|contacts|leaflets|articles|leads|news|recommendations|flyers)\b[^.;]{0,40}\bto share\b`,
      String.raw`\b(?:if|when) (?:you|we|members|anyone|someone)(?: \w+)? (?:know|hear|heard|find|found|come across|came across|learn|discover)\w*\b[^.;]{0,40}\b(?:(?:tell|let|share|bring|pass)\w* (?:it )?(?:with |to |on to )?(?:the group|everyone|us|others|the others|the rest)|pass (?:it|them|that) on)`,
      String.raw`\b(?:knowledge|experience|expertise|wisdom|ideas|know-how) (?:is )?worth sharing`,
      String.raw`\buseful (?:resources?|information|tips|contacts|ideas|websites)\b`,
      String.raw`\bsources? of (?:information|knowledge|ideas|tips|know-how)\b`,
      String.raw`\b(?:shar|exchang|swap|pass)\w* (?:on )?(?:\w+ )?(?:leads|contacts|recommendations|know-how)\b`,
      String.raw`\bexperts? (?:on|in|about) (?:${OWN} |their )?own\b`,
      String.raw`\b(?:pass(?:ing)? on|teach(?:ing)?|tell(?:ing)? others|show(?:ing)? others) (?:what|how) (?:you|we|they)(?:'ve| have)? (?:learn|learned|learnt|know|found|discovered)`,
      String.raw`\bsomething to (?:teach|offer|contribute|share)\b`,
      String.raw`\bask\w* (?:${EO}|other members|the group|others|the others) (?:for (?:ideas|advice|tips|information|help|suggestions|recommendations)|what (?:has )?(?:worked|helped)|how (?:they|others) (?:coped|managed|handled|dealt))`,
      String.raw`\b(?:exchang|swap|pool|trad|pass)\w*\b[^.;]{0,25}\bwhat (?:has )?(?:worked|helped|works|helps)\b`,
      String.raw`\bfound (?:something|anything|a way|a resource|a service|a trick|an idea)\b[^.;]{0,30}\b(?:tell|share|let|bring)\w*`,
      String.raw`\b(?:someone|somebody|others|another member|members|other members) (?:here |in the group )?(?:may|might|will|probably|often|usually) (?:know|have) (?:the answer|answers|an answer|ideas|been there)`,
      String.raw`\bexperts? (?:on|in|about) (?:our|their|your) own (?:lives|experience|situation)`,
    ],
    concepts: [
      { all: [String.raw`\b(?:teach|learn)\w*`, String.raw`\b(?:${EO}|from the group|from peers)`], polarity: 'positive' },
      {
        all: [String.raw`\b(?:information|resources|services|tips|knowledge|contacts|know-how|ideas|what (?:we|you|they|i) know|wisdom)\b`, String.raw`\b(?:help|shar|swap|exchang|pass|find|give|offer|tell|bring|point|teach|learn)\w*`],
        none: [String.raw`\bconfidential|\bprivate\b|\bpersonal (?:information|details)|\boutside\b|\b(?:be|are|is) (?:given|provided|handed)\b|${WORKER} (?:will )?(?:give|offer|share|provide|tell)`],
        polarity: 'positive',
      },
    ],
  },
  {
    id: 'differences-welcome',
    name: 'that differences of view are welcome and explored with respect',
    serves: 'the dialectic process',
    dynamics: ['dialectic-process'],
    kind: 'mutual-aid',
    suggestion: 'Different views are welcome and are talked through with respect.',
    cues: [
      String.raw`\b(?:dissent|disagreement|pushback|challenge)s? (?:is|are) (?:expected|welcome|welcomed|encouraged|ok|okay|fine|healthy|valued)\b`,
      String.raw`\bif you disagree\b[^.;]{0,40}\bsay so\b`,
      String.raw`\b(?:differen(?:t|ces)|disagreements?|debates?|other|diverse|diversity of|divergent|opposing|conflicting)(?: of| in)?(?: (?:views?|opinions?|perspectives?|points? of view|viewpoints?|ideas|beliefs|approaches|experiences))?(?: [\w]+){0,3} (?:are|is|will be) (?:welcome|expected|valued|respected|ok|okay|fine|normal|encouraged|natural|healthy|part of|explored|talked through|discussed|useful|allowed|accepted|acknowledged|honou?red|celebrated|recogni[sz]ed)`,
      String.raw`\b(?:ok|okay|fine|safe|alright|all right|acceptable|normal|natural|healthy) to (?:disagree|differ|have (?:a )?different|see things differently|challenge|question)`,
      String.raw`\b(?:we|members|you|people) (?:can|may|will sometimes|will|are free to|are allowed to) (?:respectfully |openly |sometimes )?(?:disagree|differ|see things differently|challenge ideas|question ideas)`,
      String.raw`\bagree to disagree\b`,
      String.raw`\b(?:not|never|won't|don't|doesn't|do not|will not|may not)(?: always)? see eye to eye\b`,
      String.raw`\b(?:views?|opinions?|beliefs?|perspectives?|ideas) (?:that )?(?:we|you|they|others|i|members) (?:don't|do not|may not|might not) (?:share|hold|agree with)\b`,
      String.raw`\bpush(?:es|ing)? back (?:on|against)\b|\bsee (?:it|things|this|that) (?:another|a different|in a different|in another|differently)\b`,
      String.raw`\b(?:every|each|any|all|different|other) (?:views?|viewpoints?|opinions?|perspectives?|points? of view|sides?)\b[^.;]{0,20}\b(?:gets?|deserves?|is given|are given|has|have|will get)\b[^.;]{0,10}\b(?:a (?:fair )?hearing|heard|space|room|a place)\b`,
      String.raw`\b(?:free|welcome|allowed|invited|encouraged) to (?:respectfully |openly |politely )?(?:disagree|differ|see things differently|hold (?:a )?different)`,
      String.raw`\b(?:don't|do not|won't|will not|doesn't|does not) (?:all |always )?(?:see|think|feel) (?:about )?(?:things |everything )?(?:the same|alike)`,
      String.raw`\bsee things (?:differently|in different ways)`,
      String.raw`\b(?:not always|won't always|will not always|don't always|do not always|may not) agree\b`,
      String.raw`\brespect(?:s|ing)? (?:${EO}(?:'s|s')?|others'|other people's|everyone's|different|differing) (?:views|opinions|perspectives|beliefs|ideas|viewpoints|points of view|choices)`,
      String.raw`\b(?:welcome|value|respect|explore|expect|encourage|embrace|honou?r|invite)s? (?:\w+ ){0,2}(?:differen(?:t|ces)|disagreements?|debate|other (?:views|viewpoints|perspectives|opinions)|diverse (?:views|opinions|perspectives)|differing)`,
      String.raw`\b(?:respectful|healthy|open|honest|lively|friendly|constructive) (?:debate|disagreement|difference|challenge|challenging|questioning|argument|conflict)`,
      String.raw`\bentitled to (?:their|your|our|an?|his or her|my) (?:own )?(?:opinions?|views?|beliefs?|perspectives?)\b`,
      String.raw`\b(?:people|others|those|members|someone|anyone) who (?:don't|do not|doesn't|does not) (?:think|see things|believe|feel|vote)(?: (?:like|as) (?:us|you|we do|you do|them))?\b`,
      String.raw`\bno (?:wrong|bad|right or wrong) (?:opinions?|views?|viewpoints?|perspectives?)\b|\b(?:opinions?|views?) (?:are|is) never wrong\b`,
      String.raw`\b(?:argu|debat|disagree)\w* (?:about|over|on) (?:ideas|views|opinions|issues)\b|\b(?:argue|disagree|differ)\w*\b[^.;]{0,30}\band still (?:care|like|respect|support|be friends)`,
      String.raw`\b\w+ differently\b[^.;]{0,60}\b(?:and )?(?:that(?:'s| is) |it(?:'s| is) )(?:fine|ok|okay|welcome|normal|good|alright|all right|valued)\b`,
      String.raw`\b(?:think|feel|believe)\w* differently\b|\b(?:see|view)\w* (?:it|things|this|that) differently\b`,
      String.raw`\b(?:not every ?one|no one|nobody) (?:has|needs|is expected) to agree`,
      String.raw`\bnot every ?one (?:will|does|has to|needs to|is going to) (?:agree|see things|think|feel)`,
      String.raw`\bdisagree(?:ing)? (?:with (?:someone|a member|an idea|each other|one another) )?(?:is|does) not (?:mean )?(?:reject|attack|disrespect)`,
      String.raw`\bsounding board\b`,
      String.raw`\bopen[- ]?minded(?:ness)?\b`,
      String.raw`\bviews? unlike\b|\b(?:unlike|different from) (?:their|your|our) own\b|\bcurious about (?:other|different|each other's|others'|them)`,
      String.raw`\b(?:have|hold|keep) (?:their|your|our) own (?:views|opinions|beliefs|ideas|perspectives)\b`,
      String.raw`\bmore than one (?:point of view|view|opinion|perspective|way)\b|\b(?:room|space|a place) (?:here )?for (?:different|other|many|all|differing|every|any|each|everyone's|all kinds of) (?:views?|opinions?|perspectives?|ideas?|points? of view|viewpoints?)`,
      String.raw`\b(?:challeng|question)\w* (?:ideas|views|opinions|assumptions|(?:${EO})(?:'s|s')? (?:ideas|views|thinking|opinions))`,
    ],
    concepts: [
      { all: [DIFF, VIEW], none: [String.raw`\bnot (?:welcome|allowed|tolerated)`], polarity: 'positive' },
      { all: [String.raw`\b(?:disagree\w*|debat\w*)`], none: [String.raw`\bnot (?:welcome|allowed|tolerated|ok|okay)|\breject|\b(?:when|if|even if|even when) (?:we|they|you|members|people) disagree`], polarity: 'positive' },
    ],
  },
  {
    id: 'real-talk',
    name: 'that sensitive and taboo subjects may be raised and will be treated with respect',
    serves: 'discussing a taboo area',
    dynamics: ['taboo-area'],
    kind: 'mutual-aid',
    suggestion: 'Hard or sensitive subjects may be raised here and will be treated with respect.',
    cues: [
      String.raw`\bfair game\b`,
      String.raw`\b(?:things|what|feelings|thoughts)(?: [\w']+){0,2} (?:aren't|are not|isn't|is not|we're not|we are not|you're not|you are not) supposed to (?:feel|say|think|admit)\b`,
      String.raw`\b(?:usually|normally|often) (?:keep|kept|keeps|stay|stays) (?:quiet|silent|hidden) about\b`,
      String.raw`\b(?:any|all|hard(?:est|er)?|difficult|most difficult|sensitive|painful|taboo|uncomfortable|embarrassing|private|personal|forbidden|awkward|toughest|tough) (?:subjects?|topics?|issues?|things|matters|feelings|questions)[^.;]{0,50}? (?:can|may|are|is|will be|should) (?:be )?(?:raised|discussed|talked about|welcome|brought up|named|spoken about|treated|allowed|shared|okay|ok)`,
      String.raw`\b(?:nothing|no (?:subject|topic|question|feeling)s?\b[^.;]{0,30}?) (?:is|are) (?:off[- ]limits|too (?:small|big|embarrassing|shameful|awkward|taboo|much|hard|difficult|painful|personal|private|silly)|taboo|forbidden|out of bounds)`,
      String.raw`\b(?:we|you|members) can (?:talk about|raise|bring up|say) (?:anything|things (?:that )?(?:are hard|people (?:usually|rarely|don't|do not))|what is (?:hard|not said|usually left unsaid))`,
      String.raw`\b(?:ok|okay|safe|fine|alright) to (?:talk about|raise|bring up|name|speak about) (?:hard|difficult|painful|taboo|sensitive|anything|things|what)`,
      String.raw`\b(?:real|honest|frank) talk\b`,
      String.raw`\b(?:can|may|are free to|are welcome to|are allowed to|is (?:ok|okay|safe|fine) to) (?:talk|speak|be open|ask)\w* (?:openly )?(?:about )?(?:[\w-]+ ){0,2}(?:violence|abuse|sex|sexuality|suicide|self[- ]harm|death|dying|addiction|drinking|debt|racism|infidelity|shame|rage|hatred|bodies|periods|incest|rape)\b`,
      String.raw`\bnothing (?:you|we|anyone|members) (?:say|said|share|tell)\w* (?:here )?(?:will|can|is going to) (?:shock|offend|scare|surprise|upset)\b`,
      // Double negative: "we don't skip over the topics families avoid".
      String.raw`\b(?:don't|do not|won't|will not|never|not)\s+(?:skip|gloss|skate|dodge|avoid|steer clear of|tiptoe around)\w*(?: over| around)?\b[^.;]{0,30}\b(?:topics|subjects|issues|things|questions)\b`,
      String.raw`\b(?:things|what|topics|subjects|feelings)\b[^.;]{0,20}\b(?:can't|cannot|can not|couldn't|won't|don't|isn't|aren't|never) (?:be )?(?:said|say|talk about|talked about|spoken about|discussed|mention\w*|raised?) (?:at home|elsewhere|anywhere else|outside|with (?:family|friends|others))`,
      String.raw`\bexpress\w* (?:their |your |our )?(?:feelings|emotions)\b[^.;]{0,20}\b(?:openly|freely)\b|\bincluding (?:anger|grief|shame|fear|sadness|rage|despair)\b`,
      String.raw`\b(?:subjects?|topics?|issues?)\b[^.;]{0,50}\b(?:are|is) (?:all )?(?:welcome|allowed|okay|ok|fine)\b`,
      String.raw`\b(?:not|never|won't|don't|do not|will not)\s+(?:shy|back|run|hide|turn) away from\b`,
      String.raw`\b(?:won't|will not|can't|cannot) (?:shock|offend|scare|upset) (?:us|anyone|the group)|\bsay what you need to say\b`,
      String.raw`\b(?:what's|what is) (?:really|actually) (?:going on|happening)\b`,
      String.raw`\b(?:talking|talk|discussion|discussing|conversations?) (?:about|of) [\w ,]{1,40} (?:is|are) (?:allowed|welcome|ok|okay|fine|encouraged|possible|part of)`,
      String.raw`\b(?:talk|speak)\w* (?:openly|honestly|frankly) about\b`,
      String.raw`\b(?:may|can|free to|welcome to|invited to|safe to|okay to|ok to) (?:bring up|raise|name|talk about|discuss|share|speak about) (?:[\w,]+ ){0,3}(?:painful|private|hard|difficult|sensitive|taboo|embarrassing|uncomfortable|shameful|personal) (?:subjects?|topics?|issues?|things|matters|feelings|experiences|stuff|questions)`,
      String.raw`\btaboo\b(?![^.;]{0,120}\b(?:not|never|avoid)\b)`,
      String.raw`\b(?:things|what) (?:people|we|others) (?:usually |often |rarely )?(?:don't|do not|cannot|can't) (?:say|talk about) (?:elsewhere|outside|anywhere else)`,
    ],
    concepts: [{ all: [RAISE, SENSITIVE], none: [String.raw`\b(?:outside|beyond) (?:the |this )?(?:group|room)|\b(?:side|private) (?:chats?|chatter|conversations?|talk)\b|\bgraphic|\bit is (?:hard|difficult) to|\b(?:when|if) (?:the )?(?:discussion|conversation|talk|it|things) (?:becomes?|gets?|is) (?:difficult|hard|uncomfortable|tough)`], polarity: 'positive' }],
  },
  {
    id: 'empathy-and-acceptance',
    name: 'that members care for one another, and that disagreeing is not rejecting',
    serves: 'mutual support',
    dynamics: ['mutual-support'],
    kind: 'mutual-aid',
    suggestion: 'We care for one another in hard moments too; disagreeing with someone is not rejecting them.',
    cues: [
      String.raw`\b(?:support\w*|car(?:e|es|ing) (?:for|about)|lean(?:s|ing)? on|show(?:s|ing)? up for|check(?:s|ing)? (?:up )?on|reach(?:es|ing)? out to|look(?:s|ing)? (?:out for|after)|be(?:ing)? there for|comfort\w*|back(?:s|ing)?|stand(?:s|ing)? (?:by|with|behind|beside|alongside)|stick(?:s|ing)? by|accept\w*|welcom\w*)(?: and \w+)? ${EO}`,
      String.raw`\bempath(?:y|ic|etic|i[sz]e)`,
      String.raw`\bcompassion(?:ate)?\b`,
      String.raw`\bsupportive\b`,
      String.raw`\bfeel(?:s)? (?:accepted|welcome|welcomed|valued|included|understood|heard|cared for)\b`,
      String.raw`\b(?:lift|build) (?:${EO}|others|everyone) up\b`,
      String.raw`\bwelcom\w* (?:newcomers|new members|every ?one|${EO}|all)\b`,
      String.raw`\b(?:every ?one|you|all of us|each of us|every member) belongs?\b|\bbelonging\b`,
      String.raw`\b(?:make|give|leave) (?:room|space) for (?:${EO}(?:'s|s')?|others'?|everyone's|all) (?:feelings|emotions|pain|grief|tears|sadness|anger)`,
      String.raw`\bbelieve (?:${EO}|every ?one|members|survivors|one another)\b|\b(?:are|is|will be|feel|get|be) believed\b`,
      String.raw`\b(?:make|help) (?:everyone|others|each other|one another|newcomers|new members|people) (?:feel )?(?:welcome|included|at home|safe|comfortable)\b`,
      String.raw`\bbe a friend\b|\bfriendly\b|\bfriendship\b`,
      String.raw`\bcelebrat\w* (?:${EO}(?:'s|s')?|others'?|successes|progress|wins)`,
      // Like "kind", "gently" next to honesty qualifies the honesty (respectful-honesty).
      String.raw`\b(?:gentle|gently|patient|patiently|patience|warm|warmly|warmth|tender|tenderly)\b(?<!(?:honest|truth|be real|frank|challeng|disagree|feedback|criticis|critique)[^.;]{0,60}(?:gentle|gently|patient|patiently|patience|warm|warmly|warmth|tender|tenderly))(?![^.;]{0,60}(?:honest|truth))(?: (?:with|to|towards) (?:${EO}|others|everyone))?`,
      String.raw`\bstand (?:together|by (?:${EO}|each other))\b|\b(?:when|if) (?:someone|somebody|a member|anyone|one of us|a parent|a resident) (?:is )?(?:struggl|hurt|upset|in pain|having a (?:bad|hard|tough|rough|difficult) (?:day|week|time))\w*`,
      String.raw`\bcheck(?:s|ing)? (?:up )?on (?:them|him|her|that (?:member|person)|members|anyone)\b`,
      String.raw`\b(?:treat|meet|greet|receive|respond to|hear)\w* (?:${EO}|everyone|every ?body|others|members|newcomers|people|all)(?:'s?)?\b[^.;]{0,25}\bwith (?:understanding|compassion|care|kindness|warmth|empathy|patience|gentleness|acceptance)\b`,
      String.raw`\bhave (?:${EO}(?:'s|s')?|your|our|their) backs?\b`,
      String.raw`\b(?:no one|nobody) (?:should )?(?:is|gets|will be|feels?|be)(?: (?:that )?they are)? (?:left out|excluded|left behind|ignored|alone|isolated)\b`,
      // Encouraging one another to keep working is mutual demand (norm-of-work), not support.
      String.raw`\bencourag\w*(?: and \w+)? ${EO}(?! to \w)`,
      String.raw`\b(?:here|there) for (?:${EO}|everyone|you|one another)`,
      // Judging named only to be ruled out: "nobody gets judged", "we are not here to judge".
      String.raw`\b(?:no|not|non|nobody|no one|never|without|free (?:of|from)|don't|won't)\b[^.;]{0,25}?\bjudg\w*`,
      String.raw`\b(?:support|understanding|encouragement|compassion|care|kindness)\b(?:(?: and|,) (?:support|understanding|encouragement|compassion|care|kindness)){1,20}`,
      String.raw`^\W*(?:be )?support(?:ive)?\b`,
      String.raw`\b(?:without|not|never) (?:being |be |feeling )?judged\b`,
      String.raw`\bunderstand (?:how|what) (?:others|other members|each other|one another|people|the others) (?:feel|are feeling|go through|are going through)`,
      String.raw`\b(?:offer|give|show)(?:s|ing)? (?:\w+ ){0,2}(?:support|encouragement|care|comfort|understanding|warmth)\b`,
      String.raw`\b(?:tears|crying|anger|sadness|grief|feelings|emotions)\b[^.;]{0,15}\b(?:are|is) (?:all )?(?:welcome|okay|ok|fine|allowed|accepted|normal)\b`,
      // "Kind" next to honesty qualifies the honesty (respectful-honesty), it is not a norm of its own.
      String.raw`\bkind(?:ness|ly)?\b(?<!(?:honest|truth|be real|frank|challeng|disagree|feedback|criticis|critique|mean it|straight|your mind|as it is|like it is)[^.;]{0,60}kind(?:ness|ly)?)(?! of)(?![^.;]{0,60}(?:honest|truth))`,
      String.raw`\bnon[- ]?judg(?:e)?mental`,
      String.raw`\b(?:every|each|any) (?:way|kind|form) of (?:\w+ing|feeling|coping|being)\b[^.;]{0,20}\b(?:accepted|welcome|okay|respected)`,
      String.raw`\bwithout (?:(?:the )?fear of )?(?:being )?(?:rejection|rejected|ridicule|ridiculed|shamed|excluded)\b|\b(?:show up|be|come) as (?:themselves|yourself|yourselves|ourselves|you are|they are|we are)\b`,
      String.raw`\bon (?:${EO}(?:'s|s')?|our|your|their) sides?\b|\bin (?:${EO}(?:'s|s')?) corners?\b`,
      String.raw`\b(?:without|free (?:of|from)|no|stop) judg(?:e)?(?:ment|ing)`,
      String.raw`\bjudg(?:e)?ment[- ]free`,
      String.raw`\b(?:don't|do not|never|we won't|will not|try not to|not to) judge`,
      String.raw`\baccept(?:ance|ing|ed)? (?:of )?(?:every ?one|all members|each (?:member|person)|people|others|members|one another|each other|as (?:they|you|we) are)`,
      String.raw`\b(?:every ?one|all members|each member|you) (?:is|are) (?:accepted|welcome|valued|cared for)`,
      String.raw`\bdisagree(?:ing)?(?: with (?:someone|a member|each other|one another))? (?:is|does) not (?:mean )?reject`,
      String.raw`\bcare (?:and|&) (?:concern|respect|support)\b`,
      String.raw`\bmutual (?:support|care)\b`,
      String.raw`\b(?:in|through) (?:hard|tough|difficult|bad) (?:times|moments|weeks|days)\b`,
    ],
  },
  {
    id: 'norm-of-work',
    name: 'that members work on the issues rather than skim them, and expect that of one another',
    serves: 'mutual demand',
    dynamics: ['mutual-demand'],
    kind: 'mutual-aid',
    suggestion: 'We work on what brought us here rather than skim over it, and we expect that of one another.',
    cues: [
      String.raw`\b(?:stick|sticks|sticking|stay|stays|staying|keep going|keeps going) with (?:the |a |an )?(?:hard|tough|difficult|painful|uncomfortable|awkward) (?:questions?|issues?|stuff|things|topics?|subjects?|conversations?|parts?|feelings)\b`,
      String.raw`\b(?:instead of|rather than|without|not|never|no) (?:just )?changing the subject\b`,
      String.raw`\b(?:don't|do not|not|rather than|instead of|never) (?:just )?(?:skim|gloss|skate|skip|rush) (?:over|past|through)?`,
      String.raw`\b(?:stay|keep|remain)(?:s|ing)? (?:on task|focused on (?:the |our |its )?(?:purpose|work|task|goals?|issues?)|on (?:purpose|topic|track))`,
      String.raw`\b(?:hold|expect|challenge|push|ask|encourage)(?:s|ing)? (?:${EO}) (?:to account|accountable|to (?:work|keep|follow through|try|do|stay|go|dig|take|face|stick))`,
      String.raw`\b(?:come|arrive|attend) (?:ready|prepared) to (?:work|talk|engage|take part)`,
      String.raw`\bfollow(?:ing)? through\b`,
      String.raw`\breport(?:s|ing)? (?:back )?on (?:the |their |our |your |what )?(?:steps?|goals?|progress|commitments?|tasks?|homework|actions?)\b|\b(?:steps?|goals?|tasks?|actions?) (?:they|we|you|i) (?:committed|promised|agreed|set)\b`,
      String.raw`\b(?:keep|keeps|keeping|stay|stays|staying) (?:${EO} |ourselves |each other )?on track\b`,
      String.raw`\b(?:real|full|genuine|honest|serious|best)\b[^.;]{0,20}\beffort\b|\bput (?:in )?(?:real |full |genuine )?effort\b`,
      String.raw`\bkeep (?:going|trying|at it)\b`,
      String.raw`\bstay\w* (?:engaged|present|with it|in the room|in the conversation)\b[^.;]{0,40}\b(?:difficult|hard|uncomfortable|painful|tough)`,
      String.raw`\bhere to (?:work|change|get better|make changes)\b|\bnot (?:just|only) (?:to )?(?:vent|chat|complain|socialise|socialize)\b`,
      String.raw`\b(?:challenge|push|stretch|hold)\w* (?:ourselves|yourselves|themselves|${EO})(?: and (?:ourselves|${EO}))? to\b`,
      String.raw`\b(?:keep|stay)\w* (?:our |the |your |their )?focus(?:ed)? on\b`,
      // Work carried between meetings (not mere contact between meetings).
      String.raw`\b(?:practi[cs]\w*|work\w*|try|trying|tasks?|goals?|homework|act\w*|follow\w*)\b[^.;]{0,40}\bbetween (?:meetings|sessions)\b|\bbetween (?:meetings|sessions)\b[^.;]{0,40}\b(?:practi[cs]|work|try|task|goal|homework)|\breport back\b`,
      String.raw`\bhold (?:${EO}|ourselves|each other) to\b|\bcommitments?\b(?! to (?:confidentiality|attend))`,
      String.raw`\b(?:give it|do|try) (?:your|our|their) (?:very )?best\b|\bbest (?:shot|effort)\b`,
      String.raw`\b(?:ask|expect|demand)\w* (?:a lot|much|more|the best) (?:of|from) (?:${EO}|ourselves|yourselves)`,
      String.raw`\b(?:came|come) (?:here )?to (?:make changes|change|work)\b`,
      String.raw`\bwhat (?:we|you|they) (?:came|come) (?:here )?(?:for|to (?:do|work on))\b`,
      String.raw`\bwork\w* on what (?:we|you|they|brought|brings)\b`,
      String.raw`\b(?:don't|do not|not|never|rather than) (?:avoid|run from|dodge|shy away from|back away from) (?:the )?(?:hard|difficult|tough|real|painful|uncomfortable)`,
      String.raw`\bstay(?:s|ing)? with (?:it|the hard|difficult|the difficult|uncomfortable|the feelings?)\b`,
      String.raw`\b(?:commit\w*|dedicat\w*) to (?:doing )?(?:the work|working|change|making changes|the group's (?:work|purpose)|our goals|the purpose)`,
      String.raw`\b(?:dig|go) deep(?:er)?\b`,
      String.raw`\bwork(?:ing)? (?:hard |seriously |together )?on (?:the |our |their |your |what |real )(?:issues?|problems?|concerns?|work|brought|matters|goals?)`,
      String.raw`\b(?:active|full) participation\b|\bparticipat\w* (?:actively|fully)\b`,
      String.raw`\b(?:real|honest|serious|hard) work\b`,
      String.raw`\b(?:between[- ]session|homework) (?:tasks?|assignments?|goals?)`,
    ],
  },
  {
    id: 'purposeful-use-of-self',
    name: 'that members help by telling their own experience rather than by giving advice',
    serves: 'individual problem solving',
    dynamics: ['individual-problem-solving', 'same-boat'],
    kind: 'mutual-aid',
    suggestion: 'We help by telling what we have lived through ourselves, rather than by giving advice.',
    cues: [
      String.raw`\b(?:share|shares|sharing|speak|speaks|speaking|talk|talking|draw|drawing|tell|telling|offer|offering|relate|relating|use|using|reflect|reflecting)(?: on| from| about| of| to)? ${OWN} own (?:experiences?|stor(?:y|ies)|lives|life|journeys?)`,
      String.raw`\b(?:speak|speaking|talk|share|sharing|draw|drawing) (?:only )?from (?:${OWN} )?(?:own )?(?:personal |lived )?(?:experience|life)`,
      String.raw`\b${OWN} own (?:[\w-]+ )?(?:experiences?|stor(?:y|ies)|journeys?|histor(?:y|ies)|examples?)\b`,
      String.raw`\b(?:what it (?:was|is|has been|felt|feels) like|how it (?:was|is|has been|felt|feels|went)) (?:for|to) (?:you|us|me|them|yourself)\b`,
      String.raw`\b(?:personal|own|real[- ]life|lived) (?:examples?|experiences?|stories)\b[^.;]{0,30}\b(?:rather than|instead of|more (?:useful|helpful|valuable) than|not|over|before) (?:general |generic |expert )?(?:advice|lectures?|theory|instructions)\b|\binstead of ["']?you should\b`,
      String.raw`\b(?:rather than|instead of|not) (?:tell\w* (?:[\w']+ ){0,2})?what (?:[\w']+ ){0,2}(?:should|ought to|must|needs? to|has to|have to) do\b`,
      String.raw`\b(?:rather than|instead of) (?:a |an )?(?:lectures?|sermons?|instructions|prescriptions|fixes|orders)\b`,
      String.raw`\b(?:speak|talk|tell|share|say)\w*\b(?: [\w']+){0,4} about ${OWN} own (?:life|lives|past)\b`,
      String.raw`\b(?:tell|share|say|offer|describe)(?:s|ing)? what (?:has )?(?:worked|helped) (?:for )?(?:you|us|me|them|yourself|ourselves)`,
      String.raw`\bwhat (?:we|you|they|i|others)(?: have| has|'ve)? (?:lived|been|gone|went|come|came) through\b`,
      String.raw`\bwhat (?:we|you|they|i)(?: have| has|'ve)? (?:experienced|lived|faced|survived)\b`,
      // Telling one's own experience or story, with or without "own": "share my experience, strength and hope".
      String.raw`\b(?:share|shares|sharing|tell|tells|telling|offer|offers|offering|relate|relating|draw on|drawing on|describe|describing)(?: only)? (?:your|our|their|my|his or her) (?:personal )?(?:experiences?|stor(?:y|ies)|journeys?)\b(?! (?:outside|with (?:anyone|people|others) outside))`,
      // Helping without directing: "rather than telling others what to do", "not by instructing them".
      String.raw`\b(?:rather than|instead of|not by|never by) (?:tell|instruct|direct|lectur|preach|boss)\w*`,
      String.raw`\b(?:rather than|instead of|not) (?:tell|instruct)\w* (?:[\w']+ ){0,2}what (?:to do|they should|you should|he should|she should)`,
      String.raw`\bwhat (?:has )?(?:worked|helped) (?:for )?(?:me|us)\b|\bwhat i (?:did|tried|learned|learnt|found)\b`,
      // "Talk about yourself instead" as the alternative to directing others.
      String.raw`\b(?:talk|speak|tell)\w* about (?:yourself|yourselves|ourselves|themselves|myself)(?:,? instead\b|,? rather than (?:tell|advis|giv|instruct|direct|fix))`,
      String.raw`\b(?:rather than|instead of|not by|more than|before) (?:giv(?:e|ing)|offer(?:ing)?|hand(?:ing)? out)? ?(?:advice|suggestions|solutions)`,
      String.raw`\b(?:self[- ]reflection|self[- ]reference|reflect on (?:${OWN} )?own)`,
      String.raw`\bin my experience\b`,
      String.raw`\bshar\w* (?:their |your |our )?personal (?:experiences?|stories|story)\b`,
      String.raw`\bwhat (?:they|you|we|i) (?:themselves |yourselves |ourselves |myself )?(?:tried|did|learned|learnt)\b|\b(?:rather than|instead of) (?:telling|instructing) (?:others|people|someone|each other|one another|them) what to do\b`,
      String.raw`\b(?:a time|times|when) (?:you|we|they|i) (?:faced|had|went through|dealt with|experienced|felt|were)\b|\bsomething similar\b|\bsimilar (?:situations?|experiences?|problems?)\b`,
      String.raw`\b(?:say|tell|share|describe|talk about)\w* what happened to (?:you|us|me|them)\b`,
      String.raw`\b(?:talk|speak|tell|share|say)\w* (?:about )?what (?:has )?(?:worked|helped) (?:for )?(?:you|us|me|them)\b`,
      String.raw`\bwhat (?:you|we|they|I) did (?:in|when|about|with)\b`,
      String.raw`\bhow (?:you|we|they|I) (?:handled|dealt with|coped with|managed|got through|faced)\b`,
      String.raw`\b(?:experiences?|stor(?:y|ies)),? (?:not|rather than|instead of) (?:advice|instructions|solutions|directions|lectures|opinions about what|prescriptions|fixes|answers|orders|commands|verdicts|judge?ments|sermons|shoulds|to-?dos)`,
      String.raw`\blived experience\b`,
    ],
  },
  {
    id: 'risk-taking',
    name: 'that trying new ways, and making mistakes, is valued over playing safe',
    serves: 'rehearsal',
    dynamics: ['rehearsal'],
    kind: 'mutual-aid',
    suggestion: 'Trying new ways of doing things, and getting them wrong at first, is valued here.',
    cues: [
      String.raw`\b(?:mistakes|errors|getting it wrong|slip-?ups)(?: [\w]+){0,2} (?:are|is) (?:ok|okay|fine|welcome|allowed|expected|normal|part of|how (?:we|you|people) (?:learn|grow|improve|get better|change)|valued|forgiven)`,
      String.raw`\b(?:ok|okay|safe|fine|alright|allowed)(?: (?:place|space|way))? to (?:make (?:a )?mistakes?|try|take (?:a )?risks?|get (?:it|things) wrong|be wrong|not know|stumble|fail|practi[cs]e)`,
      String.raw`\btak(?:e|es|ing) (?:healthy |small |safe )?risks?\b`,
      String.raw`\b(?:try|trying|attempt\w*|test\w* out) (?:out )?(?:the |a |some |any )?(?:new|something (?:new|different)|different|unfamiliar)\b(?: (?:ways|things|behaviou?rs|skills|approaches|ideas|responses))?`,
      String.raw`\bwilling(?:ness)? to (?:try|experiment|take a chance)`,
      String.raw`\b(?:step|go)(?:ping|s)? (?:out of|outside|beyond|away from) (?:${OWN} |the |old )?(?:comfort zones?|habits|patterns|routines)`,
      String.raw`\b(?:practi[cs]e|rehears)(?:e|es|ing)? (?:new|what|difficult|hard|a|the|how)`,
      String.raw`\brisk[- ]taking\b`,
      String.raw`\bexperiment\w*\b|\blearn\w* (?:by|from|through) (?:trying|doing|failing|mistakes|failure|getting it wrong)`,
      String.raw`\b(?:(?:not|never|don't|do not|doesn't|does not)\s+(?:have to |need to )?)?(?:get(?:ting)? (?:it|things) (?:wrong|right)|perfect(?:ion)?|be(?:ing)? perfect)\b`,
      String.raw`\btry(?:ing)? (?:things|it|them|stuff|something|ideas) out\b`,
      String.raw`\b(?:practi[cs]e|practi[cs]ing|rehears\w*)\b`,
      String.raw`\bgive (?:\w+ ){0,4}a (?:go|try|shot)\b|\bhave a go\b`,
      String.raw`\b(?:we|you|members) (?:learn|grow) (?:from|through) (?:our|your|their) mistakes`,
    ],
  },
  {
    id: 'respectful-honesty',
    name: 'that members are free to say what they really think, with respect for others’ feelings',
    serves: 'the climate in which the dynamics can work',
    dynamics: ['dialectic-process', 'taboo-area'],
    kind: 'mutual-aid',
    suggestion: 'We say what we really think, and we say it with care for how others will hear it.',
    cues: [
      String.raw`\bhonest(?:y|ly)?\b(?![^.;]{0,120}\b(?:dis)?honest(?:y|ly)? (?:is|are) not\b)`,
      String.raw`\bsay(?:ing)? what (?:you|we|they) (?:really |truly |honestly )?(?:think|feel|mean)`,
      String.raw`\bspeak(?:ing)? (?:${OWN} )?(?:mind|minds|truth)`,
      String.raw`\b(?:frank(?:ly|ness)?|candid(?:ly)?|genuine(?:ly)?|authentic(?:ally)?|truthful(?:ly|ness)?)\b`,
      String.raw`\b(?:open|openly) and (?:respectful|kind|caring)`,
      String.raw`\btell(?:s|ing)? (?:[\w']+ ){0,2}(?:the )?truth\b`,
      String.raw`\b(?:true|real) (?:feelings|thoughts|self|selves|opinions)\b`,
      String.raw`\bwhat(?:'s| is) (?:really )?on (?:your|our|their) minds?\b`,
      String.raw`\b(?:be|being|keep it) real\b`,
      String.raw`\b(?:tell|say) it (?:like|as) it is\b|\bstraight talk\b|\bsay it straight\b`,
      String.raw`\bopen(?:ly)? about (?:what|how) (?:you|we|they) (?:really |truly )?(?:feel|think)\b|\bwhat (?:you|we|they) (?:really|truly) (?:feel|think)\b`,
      String.raw`\b(?:straight|direct|frank|plain) (?:answers|feedback|talking|words|speaking)\b`,
    ],
  },
  {
    id: 'confidentiality',
    name: 'confidentiality and its limits',
    serves: 'the trust every dynamic needs',
    dynamics: [],
    kind: 'conventional',
    suggestion: 'What members share stays in the group, except where someone is in danger or the law requires otherwise.',
    statedAsProhibition: true,
    concepts: [
      // Telling outsiders, ruled out: "don't share anything you hear here with anyone", "won't identify one another to outsiders".
      { all: [String.raw`\b(?:shar|tell|told|repeat|discuss|talk\w* about|talked about|pass\w* on|identif|mention|disclos|reveal|post|gossip)\w*`, String.raw`\b(?:outside|outsiders?|elsewhere|beyond|(?:with|to) (?:anyone|anybody)\b(?!(?: else)?'s)|anyone outside|people outside|social media)\b`], polarity: 'negative' },
      // Other members' details, ruled out: "don't share other members' phone numbers".
      { all: [String.raw`\b(?:shar|tell|giv|pass|post|repeat|disclos|reveal|hand)\w*`, String.raw`\b(?:other members'|another member's|each other's|one another's|someone's|anyone's|other people's|members') (?:phone numbers?|numbers|address(?:es)?|contact details|details|names|surnames|identit\w*|photos?)`], polarity: 'negative' },
      // What is said is kept with the group: "personal information stays with us", "keep the group's business to the group".
      { all: [String.raw`\b(?:personal information|information|what(?:'s| is| was| we| you)? (?:said|shared|heard|say|share|hear|discussed)|anything (?:said|shared|you hear|we hear)|(?:the )?group's business|(?:their|our|your|members') (?:stories|business|details))\b`, String.raw`\b(?:stays?|remains?|kept|keep|belongs?)\b[^.;]{0,30}\b(?:with us|here|in the group|to the group|within|private|in the room|among us|between us)\b`], polarity: 'positive' },
    ],
    cues: [
      String.raw`\bwhat(?:'s| is| gets| we| you)? (?:said|shared|say|share)\b[^.;]{0,30}\b(?:isn't|is not|won't be|will not be|is never|never gets|never goes|doesn't get|does not get) (?:repeated|passed on|shared|reported|taken|told|discussed)\b`,
      String.raw`\bconfidential(?:ity)?\b`,
      String.raw`\b(?:stays?|remains?|kept|keep it|stays put) (?:here|(?:in|inside) (?:the |this )?(?:group|room|circle)|between us|within the group)`,
      String.raw`\bkeep\w* (?:what|whatever|anything|everything) (?:[\w']+ ){0,3}(?:share|shares|shared|say|says|said|tell|tells|told|hear|hears|heard) (?:us |you |them |me |each other |one another )?(?:in|inside|within) (?:the |this |our )?(?:group|room|circle|meeting)\b`,
      String.raw`\b(?:don't|do not|not|never|won't|will not) (?:share|repeat|discuss|talk about|pass on|tell|mention|disclose|reveal)(?: [\w'’]+){0,6} (?:outside|beyond|after)(?: (?:of )?(?:the |this )?(?:group|room|meeting|session))?`,
      String.raw`\bprivacy\b`,
      String.raw`\b(?:names?|details|stories|information|nothing|anything)\b[^.;]{0,20}\b(?:leaves?|goes?|gets? out|travels?) (?:beyond |outside |out of |of )?(?:this|the) (?:group|room|circle|meeting)`,
      String.raw`\b(?:reported|disclosed|passed on|shared|given) (?:to|with) (?:probation|the court|courts|(?:your |their )?(?:probation|parole) officers?|the referrer|social services|the police|your employer)\b`,
      String.raw`\b(?:disclos|reveal|shar|repeat|pass\w* on|giv\w* out|tell|retell)\w*\b[^.;]{0,30}\b(?:other|another|fellow|each other's|one another's|anyone's|someone's|members')\b[^.;]{0,15}\b(?:identit\w*|names?|stories|story|details|information|circumstances|situations?|messages|posts)\b`,
      String.raw`\b(?:keep|hold)\w* (?:[\w']+ ){0,3}(?:stories|secrets|information|confidences|what (?:we|you|they) (?:hear|share))\b[^.;]{0,20}\b(?:safe|secure|private)\b|\bretell\w*\b`,
      // The limits of confidentiality: what the worker must pass on.
      String.raw`\bsafeguarding\b|\bchild protection\b|\b(?:must|have to|has to|will|required to|obliged to|duty to) (?:report|pass on|inform|tell|notify)\b[^.;]{0,50}\b(?:abuse|harm|danger|risks?|at risk|safeguarding|police|authorities)\b`,
      String.raw`\b(?:forward|screenshot|shar|cop|post|repost)\w*\b[^.;]{0,30}\b(?:messages?|posts?|chats?|conversations?|photos?)\b[^.;]{0,20}\b(?:from|in|of|on) (?:the |our )?(?:group|chat|forum|whatsapp|online)`,
      // Passive, with "outside it": "stories shared here are not to be told outside it".
      String.raw`\b(?:told|tell|repeat\w*|discuss\w*|mention\w*|passed on|pass on|talked about|talk about|spread)\b[^.;]{0,30}\b(?:outside|beyond) (?:it|here|of it|this (?:room|group|circle)|these walls|our (?:group|circle|meetings?))\b`,
      String.raw`\b(?:no|don't|do not|never|without|not) (?:take |make |taking |making )?(?:recordings?|record|photos|photographs|pictures|filming|film|screenshots?|screen ?shots?|screen[- ]?record\w*)\b|\b(?:recording|screenshots?|photos|photographs|filming)\b[^.;]{0,40}\b(?:not (?:allowed|permitted)|prohibited|forbidden|banned)\b`,
      // Meeting members outside: "if you see a group member in town, don't mention the group".
      String.raw`\b(?:see|meet|run into|bump into|spot)\w* (?:a |another |other |fellow )?(?:group )?(?:members?|participants?|each other|one another|someone from (?:the )?group)\b[^.;]{0,30}\b(?:outside|in (?:town|public|the street|the community|the shops)|elsewhere)`,
      String.raw`\b(?:personal|private|identifying|health) (?:information|details|data)\b[^.;]{0,40}\b(?:not|never|won't)\b[^.;]{0,10}\b(?:be )?(?:shared|disclosed|released|passed on|given)\b|\bnot (?:be )?(?:shared|disclosed|released|passed on) (?:with|to) (?:anyone|others|their|your|employers?|family|schools?|the court|third parties)`,
      // "What you hear in group, leave in group"; "leave it here".
      String.raw`\bleave (?:it |them |that |this |everything )?(?:here|in (?:the |this )?(?:group|room|circle|meeting)|behind (?:when|as) (?:you|we) (?:leave|go))\b`,
      // Who attends is itself confidential: "don't discuss who you saw here".
      String.raw`\b(?:(?:don't|do not|never|not|no|won't|will not)\s+(?:to\s+)?)?(?:discuss|tell|mention|reveal|share|say|talk about|disclose|name)\w*\b[^.;]{0,20}\bwho (?:you |we |they )?(?:saw|see|seen|met|meet|attends?|attended|was here|were here|came|comes)\b`,
      String.raw`\bmandat\w* report\w*|\bduty to (?:warn|report|protect)\b|\blimits? (?:of|to) confidential`,
      String.raw`\b(?:identit(?:y|ies)|names?|stories)\b[^.;]{0,20}\b(?:protected|kept safe|kept private|anonymous)\b|\banonymi\w*`,
      String.raw`\bkeep(?:s|ing)? (?:\w+ )?confidences?\b|\bconfidences\b`,
      String.raw`\b(?:not|never|won't|don't|do not)\s+(?:to )?(?:disclose|reveal|share|repeat|discuss|tell)\b[^.;]{0,30}\babout (?:other|another|fellow) (?:members?|participants?|people)`,
      String.raw`\b(?:nothing|no(?:thing)? (?:personal|private)|what (?:is said|we share|you share)|stories)\b[^.;]{0,15}\b(?:leaves?|goes? beyond|gets? out of) (?:this|the) (?:group|room|circle)`,
      String.raw`\b(?:(?:don't|do not|never|not|no|won't)\s+(?:to\s+)?)?(?:repeat|spread)\w* (?:what|anything|things|stories|it|them|names)\b`,
      String.raw`\b(?:(?:no|not|never|don't|won't|will not|do not)\s+)?gossip\w*\b`,
      String.raw`\b(?:do not|don't|does not|doesn't|never|won't|will not|must not|should not)\s+(?:leave|go|travel|get out)\w* (?:beyond |outside |of )?(?:the|this) (?:room|group|circle|meeting)`,
      String.raw`\b(?:stays?|remains?|belongs?) (?:with|to|within) (?:the|this) group\b`,
      String.raw`\b(?:share|sharing|repeat|repeating|discuss|discussing|talk about|pass on|tell|disclose|names?)\b[^.;]{0,50}\b(?:outside|beyond) (?:of )?(?:the |this )?(?:group|room|meeting|session)`,
      String.raw`\bno (?:recording|recordings|photos|photographs|filming|screenshots)\b`,
      String.raw`\bkeep (?:it|what|things|stories|that|this|everything)\b[^.;]{0,40}\bto (?:yourself|yourselves|ourselves|themselves)\b`,
      String.raw`\b(?:(?:don't|do not|never|no|not|won't|will not)\s+)?(?:share|repeat|spread|tell|pass on|talk about|discuss)\w* (?:other people's|others'|other members'|anyone else's|someone else's|each other's|people's) (?:business|stories|secrets|information|news|problems|lives)`,
      String.raw`\bkeep(?:s|ing)? (?!(?:your |their |our )?hands)[^.;]{0,40}\b(?:private|confidential|to (?:yourself|yourselves|ourselves|themselves))\b`,
      String.raw`\b(?:is|are|remains?|stays?) private\b`,
      String.raw`\bnot (?:be )?(?:repeated|shared|discussed|passed on) (?:elsewhere|outside|with others|beyond)`,
      String.raw`\b(?:keep|kept|remain|stay)s? (?:private|between (?:us|members))`,
      String.raw`\b(?:what|whatever|anything|stories|names) (?:is |are )?(?:said|shared|heard|discussed)(?: [\w]+){0,3} (?:here|in (?:the )?group)(?: [\w]+){0,2} (?:stays?|remains?|is kept)`,
    ],
  },
  {
    id: 'attendance',
    name: 'what is expected about attendance and punctuality',
    serves: 'a stable group members can rely on',
    dynamics: [],
    kind: 'conventional',
    suggestion: 'We come to every meeting we can and on time, and let the group know when we cannot.',
    cues: [
      // "Attendance is reported to the court" is an arrangement, not a norm.
      String.raw`(?<!(?:when|while|before) )\b(?:attend|attendance|attending)\b(?![^.;]{0,25}\b(?:is|are|will be) (?:reported|recorded|shared|passed on|monitored by)\b)`,
      String.raw`\brunning (?:late|behind)\b`,
      String.raw`\b(?:be present|be here|be there|come|show up|turn up)\b[^.;]{0,20}\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|afternoon)s?\b`,
      String.raw`\b(?:on|in) time\b`,
      String.raw`\bpunctual(?:ity|ly)?\b`,
      String.raw`\b\d{1,2}(?:[:.]\d\d)? sharp\b|\b(?:start|starts|begin|begins) (?:promptly|sharp|on the dot)\b`,
      String.raw`\b(?:be|arrive|get|come|seated|ready)\b[^.;]{0,20}\b(?:by|before) \d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\b)?`,
      String.raw`\bcommit\w* to (?:coming|attending|being there|showing up|turning up)\b`,
      String.raw`\b(?:who|if you|if they|if a member|when you) (?:cannot|can't|can not|won't be able to|are unable to|is unable to) (?:come|attend|make it)\b`,
      String.raw`\barriv\w* (?:before|early|promptly)|\b(?:arriv\w*|be here|be there|come|seated|get here|in (?:your|our) seats?)\b[^.;]{0,20}\bbefore the (?:session|meeting|group) (?:starts|begins)`,
      String.raw`\b(?:leav\w*|go|going|head\w* off) early\b`,
      String.raw`\b(?:be here|be there|come|show up|turn up)\b[^.;]{0,20}\b(?:every|each|all) (?:week|meeting|session|time)s?\b`,
      String.raw`\b(?:be|being|going to be|running|arrive|arriving|come|coming) (?:\w+ )?late\b|\blate(?:ness| arrivals?)\b|\babsen(?:t|ce|ces)\b`,
      String.raw`\b(?:if|when) (?:you|they|we|members?|someone|a member)(?: [\w']+){0,3} (?:absent|late|miss|unable to (?:come|attend|make it)|can't (?:come|make it)|cannot (?:come|make it))`,
      String.raw`\b(?:let|tell|inform|notify)(?: [\w]+){1,3} (?:know )?(?:if|when) (?:you|they|we|members?|someone) (?:can't|cannot|can not|will miss|are unable|is unable|won't be able|are going to miss|will be (?:late|absent))`,
      String.raw`\b(?:miss(?:es|ing)?|absen(?:t|ces?)) (?:[\w-]+ ){0,3}(?:meetings?|sessions?|groups?|weeks?)\b`,
      String.raw`\b(?:come|coming|arrive|arriving|show up|showing up) (?:to )?(?:every|each|all|regularly)`,
      String.raw`\b(?:start|starts|end|ends|begin|begins|finish|finishes) (?:and (?:end|finish) )?(?:promptly|on time)`,
    ],
  },
  {
    id: 'respect',
    name: 'a norm of respect, with no put-downs',
    serves: 'a safe climate',
    dynamics: [],
    kind: 'conventional',
    suggestion: 'We treat one another with respect: no put-downs, and one person speaks at a time.',
    cues: [
      String.raw`\b(?:dont|don't|do not|no) interr?upt(?:ing|ions?)?\b`,
      String.raw`\b(?:one|1) (?:person|voice|member|speaker) (?:speaks |talks )?at a time\b`,
      String.raw`\bno side[- ]?(?:convos?|chats?|conversations?)\b`,
      String.raw`\bno put[- ]?downs?\b`,
      String.raw`\b(?:nobody|no one|no-one|never|don't|do not|we don't|we do not)\s+(?:puts?|putting)\s+(?:anyone|anybody|each other|one another|others|other people|someone|other members)\s+down\b`,
      String.raw`\b(?:no|without|avoid|don't|do not) (?:[\w-]+(?: or|,| and) ){0,2}(?:shout\w*|yell\w*|raised voices|swear\w*|name[- ]?calling|insults?|insulting|interrupt(?:ing|ions?)?|(?:talk|speak)(?:ing)? over|dominat\w*|put(?:ting)? (?:others|people|anyone|each other) down|mocking|ridicule|shaming|blaming)`,
      String.raw`\bone (?:person|voice|member|speaker) (?:speaks |talks )?at a time\b`,
      String.raw`\b(?:treat|treats|treated|treating|show|shows|shown|showing) (?:${EO}|everyone|all members|others|people)? ?(?:with )?(?:respect|courtesy|dignity)`,
      String.raw`\b(?:chosen|preferred|correct) (?:names?|pronouns)|\bpronouns\b`,
      String.raw`\b(?:hurtful|offensive|rude|unkind|mean|cruel|abusive|disrespectful|insulting|demeaning) (?:comments?|remarks?|words|language|jokes?|behaviou?r)\b`,
      String.raw`\b(?:give|gives|giving|let|allow)\w* (?:everyone|every ?body|others|each (?:person|member)|all members|other people|quieter members) (?:a |the |an equal |equal |a fair )?(?:chance|turn|opportunity|time|space|room) to (?:speak|talk|share|be heard)`,
      // Named at all, slurs and jokes at someone's expense are being ruled out: the negator is part of the cue.
      String.raw`\b(?:(?:no|avoid|without|don't|do not|never)\s+(?:any\s+)?(?:[\w-]+\s+(?:or|and)\s+)?)?slurs?\b|\b(?:(?:no|avoid|without|don't|do not|never)\s+(?:[\w-]+\s+(?:or|and)\s+)?)?(?:jokes?|comments?|remarks?|laughing|laughs?) at (?:anyone's|someone's|other people's|others'|each other's|another's|another person's) expense\b`,
      String.raw`\b(?:don't|do not|no|never)\s+(?:talk|speak|chat)\w* (?:while|when|over) (?:someone|somebody|another|others|a member|the person)`,
      String.raw`\b(?:be|are|being|stay|remain) (?:respectful|courteous|polite|civil)`,
      String.raw`\brespect (?:${EO}|everyone|others|all members|each member|people)\b(?!'s (?:privacy|confidentiality))`,
      String.raw`\bmutual respect\b`,
      // Named at all, put-downs and sarcasm are being ruled out: read without polarity.
      String.raw`\b(?:(?:no|avoid|without|don't|do not|never)\s+(?:[\w-]+\s+(?:or|and)\s+)?)?(?:put[- ]?downs?|sarcas\w*)`,
      String.raw`\bmindful of (?:your|our|their) (?:language|words|tone)|\b(?:appropriate|respectful|kind|clean) language\b|\bwatch (?:your|our) (?:language|words|tone)\b`,
      String.raw`\bshare (?:the )?(?:air ?time|space)\b|\bmake (?:space|room) for (?:others|everyone|quieter (?:members|voices)|other voices)\b(?!'s)|\bevery ?one (?:gets|is|can be) heard\b`,
      String.raw`\btreat\w* (?:${EO}|everyone|others|people|all members) (?:as equals|equally|fairly|the same)\b`,
      // "Respect" as an item of a list of norms: "confidentiality, respect and punctuality".
      String.raw`(?:^|[,;:])\s*(?:mutual )?respect\b(?=\s{0,20}(?:[,;.]|and\b|$))`,
      String.raw`\bhands to (?:yourself|yourselves|ourselves|themselves)\b|\b(?:no|without) (?:touching|physical contact|violence|fighting|hitting)\b`,
      String.raw`\bgolden rule\b|\b(?:the way|as|how) you (?:would )?(?:like|want|wish) to be treated`,
      String.raw`\bactive(?:ly)? listen\w*|\blisten\w* actively\b`,
      String.raw`\blisten\w* (?:to understand|closely|carefully|properly|fully|with (?:care|attention))`,
      String.raw`\b(?:keep|use)\w* (?:[\w']+ ){0,3}(?:voices?|tone|language|words) (?:calm|down|low|clean|respectful|polite|kind|civil)\b|\b(?:calm|quiet|respectful|civil|polite) (?:voices?|tone)\b`,
      String.raw`\b(?:no|don't|do not|never|not|without)\s+(?:laugh\w* at|mak\w* fun of|teas(?:e|ing)|belittl\w*|roll\w* (?:your|our|their) eyes|eye[- ]?roll\w*|mock\w*|ridicul\w*)`,
      String.raw`\bwait\w* (?:until|till|for) (?:the (?:person|speaker|other person|member)|others|someone|they|each person|whoever|people)\b[^.;]{0,25}\b(?:finish\w*|done|stopped)`,
      String.raw`\b(?:(?:no|avoid|without|don't|do not|never)\s+)?(?:side[- ]?|private )(?:conversations?|chats?|chatter|talk|comments?)\b`,
      String.raw`\b(?:no|without|avoid|zero tolerance (?:for|of)) (?:bully\w*|harass\w*|discriminat\w*|racis\w*|sexis\w*|abusive|offensive|swearing|threats|violence)`,
      String.raw`\b(?:and|&) respect\b|\brespect (?:and|&) \w+`,
      String.raw`\b(?:let|allow) (?:others|people|each other|one another|someone|the speaker|the person speaking|them|(?:each|every|the other|another|the) (?:person|member|speaker|participant)|everyone|whoever)(?: [\w']+){0,2}(?: to)? finish`,
      String.raw`\b(?:give|gives|giving|pay|pays|paying)\b(?: [\w']+){0,4} (?:full |undivided |close |complete )?attention\b(?![^.;]{0,20}\b(?:effort|energy|commitment|time))|\b(?:be|stay|remain) (?:fully )?(?:attentive|present) (?:to|when|while)\b`,
      String.raw`\b(?:listen|listening) (?:carefully |attentively |actively )?(?:to|when) (?:${EO}|others|whoever|the person|someone|anyone|other people)`,
      String.raw`\b(?:no|avoid|without) (?:side[- ]conversations|side[- ]talk|whispering|private conversations)`,
    ],
  },
  {
    id: 'speak-for-yourself',
    name: 'that members speak for themselves ("I" statements)',
    serves: 'clear and personal talk',
    dynamics: [],
    kind: 'conventional',
    suggestion: 'We speak for ourselves, saying "I" rather than "you" or "everyone".',
    cues: [
      String.raw`\b["']?i["']?[- ](?:statements?|messages?|language)\b`,
      String.raw`\buse ["']?i["']? (?:rather|instead|not)\b`,
      String.raw`\bspeak(?:ing)? (?:only )?for (?:yourself|yourselves|ourselves|themselves|oneself|myself|himself or herself)`,
      String.raw`\bown (?:your|our|their) (?:feelings|words|statements|opinions|experience)`,
      String.raw`\bsay(?:ing)? ["']i(?:["']|\b(?= (?:feel|felt|think|need|want|am|was|would like)\b))|\b(?:use|say|speak about|talk about|with|start with) ["']i["']|["']i["'],? (?:not|rather than|instead of)\b`,
      String.raw`\bspeak\w* (?:only )?for (?:your|our|their|my) own\b|\b(?:not|rather than|instead of) (?:speak\w* )?on behalf of\b`,
      String.raw`\bfirst[- ]person\b`,
      String.raw`\bspeak\w* (?:only )?for (?:him|her)(?:self|-)?(?: or (?:him|her)self)?\b`,
      String.raw`\b(?:your|our|their|my) own (?:feelings|thoughts|reactions)\b`,
      String.raw`["']i["'] (?:perspective|position|point of view|voice)`,
      String.raw`\b(?:talk|speak)(?:ing)? about (?:yourself|yourselves|ourselves|themselves|oneself)\b`,
    ],
  },
  {
    id: 'right-to-pass',
    name: 'the right to pass',
    serves: 'members’ control over what they share',
    dynamics: [],
    kind: 'conventional',
    suggestion: 'Anyone may pass; no one has to share more than they want to.',
    cues: [
      String.raw`\bright to (?:pass|stay silent|remain silent|not (?:share|speak|answer)|say no|decline)`,
      String.raw`\b(?:you|members|anyone|everyone|participants|people|we) (?:can|may|are free to|are welcome to) (?:always )?(?:pass|say ["']?pass["']?|sit out|just listen|decline)`,
      String.raw`\b(?:no one|nobody|no member|members are not|you are not|participants are not) (?:has|have|is|are|will be|needs?)? ?(?:to|required to|expected to|forced to|pressured to|made to|obliged to|obligated to)? ?(?:to )?(?:share|speak|talk|answer|disclose|participate)`,
      String.raw`\b(?:sharing|participation|participating|speaking|disclosure|taking part)\b[^.;]{0,30}\b(?:is|are) (?:always |completely |entirely )?(?:voluntary|optional|by choice|your choice|up to (?:you|each))`,
      String.raw`\b(?:don't|do not|doesn't|does not|never) (?:have|need) to (?:share|speak|talk|answer|say anything|disclose|participate)`,
      String.raw`\bshare (?:only )?(?:what|as much as|as little as|when) (?:you|they|we|members)(?: [\w']+){0,3} (?:comfortable|want|choose|wish|ready|like)`,
      String.raw`\b(?:at|in) (?:your|their|our) own pace\b`,
      String.raw`\b(?:not|never|no one will) (?:be )?(?:pushed|pressured|forced|made|required|expected|obliged) to (?:share|speak|talk|answer|disclose|participate)`,
      String.raw`\bstep (?:out|outside|away)\b[^.;]{0,30}\b(?:break|need|moment)\b|\btake a (?:break|breather|time[- ]out)\b`,
      String.raw`\bsilence is (?:respected|okay|ok|fine|allowed|welcome)\b|\b(?:ok|okay|fine) to (?:be|stay|remain) (?:silent|quiet)\b`,
      String.raw`\b(?:rather|prefer) not (?:to )?(?:share|speak|talk|say|answer)`,
      String.raw`\b(?:can|may) (?:always )?(?:stay|be|remain|keep) (?:quiet|silent)\b|\b(?:ok|okay|fine|alright|can|may)\b[^.;]{0,10}\bsay ["']?(?:not (?:today|now|yet)|no thanks)\b`,
      String.raw`\bno (?:pressure|obligation|expectation|requirement|need) to (?:share|speak|talk|answer|disclose|participate|take part)`,
      String.raw`\b(?:say|said|saying) ["']pass["']|\bpass if\b`,
      String.raw`\b(?:step|sit) (?:out|back)\b(?: of)?[^.;]{0,30}\b(?:exercise|activity|activities|role[- ]?play|if|when|any)\b|\blistening (?:is|counts as) (?:enough|fine|ok|okay|participating|participation|a way)`,
      String.raw`\b(?:ok|okay|fine|alright|all right|acceptable|allowed|free)\b[^.;]{0,10}\bnot to (?:share|speak|talk|answer|say anything|take part|participate|join in)`,
      String.raw`\b(?:members|you|we|everyone|each (?:member|person)|participants|people) (?:can |may |will |get to )?(?:decide|choose|control)s? (?:how much|what|whether|when)(?: of (?:their|your|our|his or her|my) \w+)? (?:they|you|we|to) (?:share|say|disclose|tell|talk(?! about))`,
      String.raw`\b(?:ok|okay|fine|alright|all right|acceptable)\b[^.;]{0,15}\b(?:to )?(?:just |simply )?(?:listen|observe|sit (?:back|quietly)|stay quiet|be quiet)\b`,
      String.raw`\b(?:may|can) (?:choose|decide) (?:not to|whether to) (?:answer|share|speak|talk|take part|participate)`,
    ],
  },
];

/** The norm ids, for configuration schemas. */
export const NORM_IDS = NORMS.map((n) => n.id);
/** The ten norms that set mutual aid in motion (brief section 5), without the conventional ones. */
export const MUTUAL_AID_NORM_IDS = NORMS.filter((n) => n.kind === 'mutual-aid').map((n) => n.id);

/** What the `recommended` preset expects every plan's norms to state (issue 4; brief section 5). */
export const DEFAULT_EXPECTED = ['free-floating-talk', 'shared-authority', 'purposeful-use-of-self', 'empathy-and-acceptance', 'differences-welcome', 'confidentiality'];
/** Mutual-aid norms a plan is told about at information level when it does not state them. */
export const DEFAULT_INFORMATIONAL = ['sharing-information', 'real-talk', 'norm-of-work', 'risk-taking', 'respectful-honesty'];

/** A kind of norm that works against mutual aid (brief section 5, "warn, do not forbid"). */
export interface AgainstDef {
  id: string;
  /** What the norm does, for the message. */
  what: string;
  /** Its effect on the group, for the message. */
  effect: string;
  /** The mutual-aid norm it pulls against; the fix replaces the statement with that norm's line. */
  instead: string;
  /** A mutual-aid alternative, in our words. */
  alternative: string;
  cues: string[];
  concepts?: ConceptRule[];
  /** When one of these is in the same sentence, the cue means something else (polarity). */
  unless?: string[];
}

// Words that show a turn round is only an introduction or a brief check-in (allowed).
export const BRIEF_ROUND = String.raw`\b(?:introduc\w*|first (?:meeting|session|night|week)|(?:brief|quick|short|one[- ]word|one[- ]sentence|opening|closing)(?: [\w-]+){0,2} (?:check[- ]?ins?|check[- ]?outs?|rounds?|go[- ]?rounds?|go[- ]?arounds?|introductions?)|check[- ]?(?:in|out)s? (?:of|for) (?:a minute|one minute|a sentence|a word|one word)|names? and|say (?:your|their) names?|one word|a sentence or two|briefly|icebreaker|warm[- ]?up)`;

export const AGAINST: AgainstDef[] = [
  {
    id: 'no-cross-talk',
    what: 'forbids members to respond directly to one another ("no cross-talk")',
    effect: 'members hold their thoughts and talk past one another, so they cannot build on, question or support what another member says',
    instead: 'free-floating-talk',
    alternative: 'Members talk directly to one another, whenever they have something to say, not only through the worker.',
    cues: [
      String.raw`\bno (?:cross|x)[- ]?talk(?:ing)?\b`,
      // A definition of cross-talk followed by ruling it out: "cross-talk means responding to …; we do not do it".
      String.raw`\bcross[- ]?talk\b[^.]{0,200}\b(?:we (?:do not|don't|avoid|refrain)|is not (?:allowed|permitted|part)|not allowed)\b`,
      String.raw`\blisten\w* (?:silently|in silence|without (?:comment\w*|respond\w*|repl\w*|react\w*))`,
      String.raw`\bkeep (?:your |their |our )?(?:opinions|views|comments|thoughts|advice|feedback)\b[^.;]{0,50}\bto (?:yourself|yourselves|themselves|ourselves)`,
      String.raw`\b(?:don't|do not|never|no) (?:offer|give|share|express)\w* (?:your )?(?:opinions?|views?|judge?ments?|comments?|feedback) (?:about|on) (?:other people's|others'|another member's|other members'|someone else's|what others)`,
      String.raw`\b(?:avoid|refrain from|not engage in|don't|do not|never|no) (?:engage in |use )?cross[- ]?talk`,
      String.raw`\bcross[- ]?talk(?:ing)? (?:is|are) (?:not (?:allowed|permitted|ok|okay|encouraged)|discouraged|forbidden|prohibited|banned)`,
      String.raw`\b(?:don't|do not|never|no|should not|shouldn't|must not|may not|won't|will not|are not to|not to) (?:respond|respond(?:ing)?|comment(?:ing)?|reply(?:ing)?|react(?:ing)?) (?:directly )?(?:to|on) (?:what )?(?:another|other|others|someone else|anyone else|another member|other members|other people)(?:'s|'|s')? ?(?:shares?|sharing|said|says|stories|members?|persons?|people)?(?![^.;]{0,120}\b(?:appearance|bod(?:y|ies)|weight|looks|clothes|accent)\b)`,
      String.raw`\b(?:don't|do not|never) (?:address|speak to|talk to|question) (?:other|another) (?:members?|people|persons?) directly`,
    ],
    concepts: [
      { all: [String.raw`\b(?:respond|respons|reply|replie|comment|react|feedback|(?<!(?:'s|s'|your|their|our|my|home|email) )address|(?:talk|speak)(?: directly)? to|question)\w*`, PEER], polarity: 'negative' },
      { all: [String.raw`\b(?:give|giving|offer|offering)(?: \w+)? feedback\b`], polarity: 'negative' },
    ],
    // "Cross-talk" meaning side conversations, or talking over someone, is a courtesy rule.
    // Cross-talk ruled out only during a silent activity is not a rule for the meeting.
    unless: [String.raw`\bduring (?:the |a |any )?(?:meditation|silence|silent|prayer|reading|video|film|presentation|relaxation|quiet time|breathing)|\b(?:side[- ]?|private )(?:conversations?|talk|chats?|chatter)|\bwhisper|\btalking over|^(?!.*\b(?:comment|respond|repl|feedback|react))(?=.*\b(?:interrupt|while (?:someone|another (?:member|person)|others?) (?:is|are|has) (?:speaking|talking|sharing|the floor)))`],
  },
  {
    id: 'speak-in-turn',
    what: 'has members speak only in turn',
    effect: 'members wait for their turn instead of responding to one another, which turns the meeting into a round robin',
    instead: 'free-floating-talk',
    alternative: 'Members talk directly to one another, whenever they have something to say, not only through the worker.',
    cues: [
      String.raw`\b(?:speak|talk|share|contribute)s? only (?:when|in|during|on) (?:it is |it's )?(?:your|their|our|his or her|one's) (?:own )?turn`,
      String.raw`\bwait(?:s|ing)? (?:for |until )?(?:it is |it's )?(?:your|their|our|his or her|ur) turns?\b`,
      String.raw`\bin (?:the )?order (?:set|decided|chosen|given|called) by ${WORKER}`,
      String.raw`\bonly (?:when|in|during|on) (?:it is |it's )?(?:your|their|our|his or her|one's) (?:own )?turn`,
      String.raw`\buntil (?:it is |it's )?(?:their|your|our|his or her) turn\b`,
      String.raw`\b(?:hold|save|keep)\w* (?:their |your |all )?(?:comments|questions|thoughts|responses)\b[^.;]{0,20}\buntil\b`,
      String.raw`\b(?:(?:no one|nobody|no member) (?:may|can|should) |(?:don't|do not|never) )?(?:speak|share|talk) twice\b|\buntil every ?one (?:has|else has) (?:spoken|shared|had a turn)`,
      String.raw`\b(?:(?:every ?one|each (?:member|person|participant)|members|participants|we) (?:will )?(?:speaks?|shares?|talks?|takes? turns?(?: (?:to )?(?:speak|shar|talk)\w*)?) (?:in turn|one (?:at a time|after another|by one) (?:around|round|in order)|in order|around the (?:circle|room|table)))`,
      String.raw`\b(?:strict(?:ly)?|time[- ]limited|timed) (?:turns?|shares?|sharing|speaking)`,
      String.raw`\b(?:(?:each|every) (?:person|member|participant|one|speaker)|every ?one|each of us) (?:gets|has|is given|will have|will get|may have|can have) (?:up to |exactly |only |just |no more than |a maximum of )?(?:\d+|one|two|three|four|five|ten) minutes?\b`,
      String.raw`\b(?:each|every) (?:share|turn|speaker|person's share|member's turn) (?:is )?(?:limited|capped|kept) to \d+`,
      String.raw`\b(?:hold|holds|holding|has|have) the talking (?:stick|piece|object|stone)`,
      String.raw`\b(?:each|every) (?:person|member|participant|one|speaker) (?:speaks|shares|talks|has the floor) for (?:up to )?(?:\d+|one|two|three|four|five|ten) minutes?\b`,
      String.raw`\b(?:move|moves|moving|go|goes|pass|passes) on to the next (?:person|member|speaker|participant)\b`,
      String.raw`\bthen (?:it is )?the next (?:person|member|one|participant)(?:'s turn)?\b`,
    ],
    concepts: [{ all: [String.raw`\b(?:in turn|in (?:the |an? )?(?:set |fixed )?order|one by one|(?:a)?round the (?:circle|room|table|group)|go(?:es|ing)? (?:a)?round)\b`, String.raw`\b(?:talk|speak|shar|answer|respond|report|contribut)\w*`], polarity: 'positive' }],
    unless: [BRIEF_ROUND],
  },
  {
    id: 'raise-hands',
    what: 'asks members to raise their hands to speak',
    effect: 'every contribution waits for permission, so members address the worker instead of one another',
    instead: 'free-floating-talk',
    alternative: 'Members talk directly to one another, whenever they have something to say, not only through the worker.',
    cues: [String.raw`\brais(?:e|es|ing) (?:a |your |their |our |his or her )?hands?\b`, String.raw`\bhand[- ]raising\b`, String.raw`\bhands? up\b`],
    unless: [String.raw`\b(?:not|n't|never) (?:necessary|needed|required)|\boptional\b|\bno need\b`],
  },
  {
    id: 'central-authority',
    what: 'puts the worker in charge of decisions or of who speaks',
    effect: 'authority stays with the worker, so members do not take ownership of the group or turn to one another for help',
    instead: 'shared-authority',
    alternative: 'We make decisions about the group together, and everyone has a real say.',
    cues: [
      String.raw`\bfollow(?:s|ing)? (?:the )?(?:instructions |directions |lead |rules )?(?:of )?${WORKER}(?:'s|s')? ?(?:instructions|directions|lead|rules|guidance)?`,
      String.raw`\b(?:do|does|doing) (?:what|as) ${WORKER} (?:says|asks|tells|directs|instructs)`,
      String.raw`\b${WORKER}(?:'s)? (?:will |shall |alone |always )?(?:has|have|holds?) the (?:final|last) (?:say|word)`,
      String.raw`\b${WORKER} (?:will |shall |alone |always )?(?:decides?|makes? (?:all )?(?:the )?decisions|sets? (?:the |all )?(?:agenda|topics?|(?:ground |group )?rules|norms)|chooses? (?:the )?(?:topics?|who)|determines? (?:the )?(?:topics?|agenda|who)|controls? (?:who|the floor|the discussion)|calls? on|gives? (?:permission|the floor)|(?:is|are) in charge)`,
      String.raw`\b(?:wait(?:s|ing)? (?:(?:to be|until) (?:called on|acknowledged|recogni[sz]ed|invited|asked|given the floor|permitted)|for permission)|ask(?:s|ing)? (?:for )?permission (?:from ${WORKER} )?to (?:speak|talk|share))`,
      String.raw`\b(?:decisions|rules|norms|ground rules|topics|agenda|themes)(?: (?:of|for) the group)? (?:are|will be|is) (?:made|set|decided|chosen|established|determined|written|created|drawn up) by ${WORKER}`,
      String.raw`\b(?:comments|questions|remarks|all talk|talk|contributions|responses|conversations?|discussions?|everything) (?:(?:should|must|will|are to|need to|has to|have to) (?:be )?)?(?:directed|addressed|made|go|goes|run|runs|flow|flows|pass|passes) (?:to|through|via) ${WORKER}`,
      String.raw`\bcalled (?:up)?on by ${WORKER}`,
      String.raw`\b${WORKER}(?:'s|s')? (?:word|decision|say|ruling|judge?ment)s? (?:is|are) (?:final|law|binding)\b`,
      String.raw`\b(?:recogni[sz]ed|acknowledged|invited|permitted|allowed|called) (?:on |upon )?by ${WORKER} (?:before|to) (?:speak|talk|shar|respond|comment|contribut)\w*`,
      String.raw`\b${WORKER} opens? the floor\b`,
      String.raw`\b(?:bring|take|raise|direct)\w* (?:\w+ ){0,2}(?:concerns|questions|problems|issues|complaints) to ${WORKER},? (?:rather than|instead of|not)\b`,
      String.raw`\b(?:questions|comments)\b[^.;]{0,20}\b(?:saved|kept|held|directed|addressed)\b[^.;]{0,10}\b(?:for|to) ${WORKER}`,
      String.raw`\blet ${WORKER} (?:run|lead|direct|control|manage|decide|choose)`,
      String.raw`\b(?:address|talk to|speak to|respond to|answer)(?:es|s)? only (?:to )?${WORKER}|\bonly (?:address|talk to|speak to|respond to) ${WORKER}`,
      String.raw`\bleave (?:that|it|them|this|answers|questions|the answers) to (?:the )?${WORKER}`,
      String.raw`\b${WORKER}[^.;]{0,40}\b(?:decide|choose|determine|control|pick)s? who (?:speaks|talks|goes|shares|is next)`,
      String.raw`\b(?:direct|address|put)s? (?:all )?(?:of )?(?:your |their |our )?(?:comments|questions|remarks|contributions|sharing|shares|responses|talk)(?: about [\w ]{1,30}?)? (?:to|through) ${WORKER}`,
      String.raw`\b${WORKER}[^.;]{0,40}\b(?:decide|choose|determine)s? when (?:to |the |a |it |we )`,
      String.raw`\bonly (?:when|if|after) ${WORKER} (?:invites|asks|calls|says|tells|allows|permits|gives)`,
      String.raw`\bonly ${WORKER} (?:(?:can|may|will|should|is allowed to) )?(?:give|offer|speak|respond|comment|decide|answer|choose|set)s?\b`,
      String.raw`\b${WORKER}[^.;]{0,40}\bcall(?:s|ing)? (?:up)?on (?:members|people|participants|you|each|everyone|whoever)`,
      String.raw`\b${WORKER} (?:will )?(?:calls?|says?) (?:your|their|a member's|each member's|the next) name`,
      String.raw`\b${WORKER} (?:will )?(?:moderates?|manages?|controls?|decides?|chooses?|determines?|directs?|regulates?) (?:who|when|the order|the floor|turns)\b`,
      String.raw`\b(?:rules|topics|agenda|decisions) (?:that are |which are )?(?:set|made|chosen|decided|laid down) by ${WORKER}`,
      String.raw`\bunless ${WORKER} (?:asks|invites|says)`,
      // The worker, not the members, answers members' questions.
      String.raw`\b${WORKER}(?:, [^,.;]{1,30},|,)? (?:will |is going to |then |always )?(?:answer|answers) (?:all |any |the |your |our |members'? |participants'? )?(?:questions|queries)\b`,
      String.raw`\b(?:questions|comments|concerns)\b[^.;]{0,40}\b(?:for|to) ${WORKER},? who (?:will )?(?:[a-z]+ (?:them |it )?(?:out )?and )?(?:answer|answers|respond to|responds to)\b`,
    ],
    // Practical arrangements are the worker's to settle: "the facilitator will decide on a new room".
    unless: [
      String.raw`\b(?:decides?|chooses?|determines?|sets?) (?:on )?(?:a |the )?(?:new |another |alternative )?(?:rooms?|venues?|locations?|dates?|buildings?|places?|start times?|times?|refreshments|breaks?|holidays?)\b`,
      String.raw`\b(?:questions|queries) about (?:the )?(?:venue|room|building|parking|dates?|times?|schedule|logistics|forms?|paperwork|referrals?|transport)\b`,
    ],
  },
  {
    id: 'no-advice',
    what: 'bans advice outright',
    effect: 'a blanket ban can also silence the information and practical know-how members could share with one another',
    instead: 'purposeful-use-of-self',
    alternative: 'We help by telling what we have lived through ourselves and what has worked for us, rather than by telling others what to do.',
    cues: [
      String.raw`\bno (?:advice|advice[- ]giving|giving (?:of )?(?:advice|suggestions|solutions)|fixing|suggestions|solutions)\b`,
      String.raw`\b(?:don't|do not|not|never|should not|shouldn't|must not|no) (?:try(?:ing)? to )?(?:solv|fix|rescu)\w* (?:${EO}(?:'s|s')?|other people's|others'|another (?:member|person)'s|anyone's|someone's)(?: (?:problems?|issues?|lives))?`,
      String.raw`\b(?:don't|do not|never|not|may not|must not|should not|cannot|can't) (?:\w+ )?advis(?:e|ing) (?:${EO}|others|anyone|people|other members)`,
      String.raw`\b(?:don't|do not|never|avoid|refrain from|not) (?:to )?(?:give|giving|offer|offering) (?:\w+ ){0,2}(?:advice|suggestions|solutions|fixes)\b`,
      String.raw`\badvice(?:[- ]giving)? is (?:not (?:allowed|permitted|given|welcome|part of|what we|how we|our)|forbidden|banned|discouraged)`,
      String.raw`\b(?:don't|do not|never|no) (?:tell(?:ing)?|try(?:ing)? to tell) (?:others|other members|people|someone|anyone|each other|one another) what (?:to do|they should do)`,
    ],
    // Paired with "share your own experience", or limited to unasked-for advice, it is not a blanket ban.
    unless: [String.raw`\b(?:own experiences?|what (?:has )?(?:worked|helped)|speak from|share (?:what|how|your|our)|from (?:your|our|their) (?:own )?experience|["']?i["']?[- ]statements?|unless (?:asked|invited|someone asks|requested)|(?:medical|legal|financial|professional|clinical|specialist) advice|(?:without|unless) being asked|unsolicited|unasked|not asked for|asked for|(?:talk|speak)\w* about (?:yourself|yourselves|ourselves|themselves))`],
  },
  {
    id: 'subject-ban',
    what: 'rules whole subjects out of the group',
    effect: 'members learn that some of what they carry cannot be said here, which blocks the relief of discussing a taboo area',
    instead: 'real-talk',
    alternative: 'Hard or sensitive subjects may be raised here and will be treated with respect.',
    cues: [
      String.raw`\b(?:don't|do not|we don't|we do not|never|no) (?:get|getting|go|going) into\b[^.;]{0,60}\b(?:in (?:the )?group|here|save (?:that|it|them|those) for)\b`,
      String.raw`\b(?:we|members|participants|you) (?:do not|don't|will not|won't|never|should not|shouldn't|may not|must not) (?:discuss|talk about|bring up|raise|mention|get into) (?:politics|religion|sex|sexuality|money|drugs|alcohol|past|personal|painful|private|family|relationships|trauma|death|suicide|abuse|(?:sensitive|difficult|controversial|upsetting|hard) (?:topics|subjects|issues))`,
      // Imperative at the head of a clause: "Talk about your feelings, but do not discuss specific drugs".
      String.raw`(?:^|[,;:]|\bbut|\band)\s*(?:please )?(?:do not|don't|never|avoid) (?:discuss|talk about|bring up|raise|mention|get into|going into)\w* (?:specific |particular |the |any )?(?:politics|religion|sex|sexuality|money|drugs|alcohol|trauma|death|suicide|abuse|dealers|(?:sensitive|difficult|controversial|upsetting|hard) (?:topics|subjects|issues))\b`,
      String.raw`\b(?:no|avoid|avoiding) (?:discussion|discussing|talk|talking|mention|conversations?) (?:of|about) (?:past |specific |personal |your |our |their |any )?(?:politics|religion|sex|sexuality|money|drugs|alcohol|trauma|death|suicide|abuse|(?:sensitive|difficult|controversial|upsetting|hard) (?:topics|subjects|issues))`,
      String.raw`\b(?:politics|religion|sex|sexuality|money|drugs|trauma|death|suicide|abuse|(?:sensitive|difficult|controversial|upsetting|hard|personal) (?:topics|subjects|issues))(?: and [\w]+)? (?:is|are) (?:off[- ]limits|off the table|not (?:discussed|allowed|permitted|to be discussed|up for discussion|for (?:this|the) group)|banned|forbidden|avoided)`,
      String.raw`\bkeep (?:it|things|the conversation|conversations|discussions?|the group|the mood) (?:light|positive|upbeat|happy|on the bright side)`,
      String.raw`\b(?:we|members|participants|you) (?:do not|don't|will not|won't|never|should not|shouldn't|may not|must not) (?:discuss|talk about|bring up|raise|mention|get into) (?!(?:other|others|each other|one another|anyone|what|who|people|members|names|it|this|that|outside)\b)[\w ]{1,30}? (?:in here|here|in (?:the |this )?group|during (?:the )?(?:group|meetings?|sessions?))\b`,
      String.raw`\b(?:talking|talk|discussion|discussing|conversations?) (?:about|of) [\w ,]{1,40} (?:is|are) (?:not (?:permitted|allowed|welcome)|forbidden|banned|off[- ]limits|prohibited)`,
    ],
    unless: [String.raw`\b(?:outside|beyond|after) (?:the |this )?(?:group|room|meeting|session)|\bgraphic|\bin detail\b|\bdetails? of\b|\bnames?\b|\bwho (?:said|you|we|they|was|were|attends?|came)\b`],
  },
  {
    id: 'no-debate',
    what: 'rules out debate',
    effect: 'members keep differing views to themselves, so the group loses the dialectic process in which ideas are tested against one another',
    instead: 'differences-welcome',
    alternative: 'Different views are welcome and are talked through with respect.',
    cues: [
      String.raw`\bdiscussion,? (?:not|rather than|instead of) (?:a )?debate|\bdiscussion\b[^.;]{0,15},? (?:not|rather than|instead of) (?:a )?debat\w*`,
      String.raw`\b(?:no|avoid|avoiding|don't|do not|never) (?:[\w-]+ (?:or|and) )?(?:debat(?:e|es|ing)|disagree(?:ing|ments?)?|argu(?:e|ing|ments?))\b`,
      String.raw`\b(?:debate|disagreements?) (?:is|are) (?:not (?:allowed|permitted|welcome)|discouraged|forbidden|banned|avoided)`,
      String.raw`\b(?:keep|maintain) (?:the )?(?:peace|harmony)\b`,
    ],
    // "No arguing or fighting" is a rule about fights, as youth groups write it, not about ideas.
    unless: [String.raw`\b(?:fight\w*|hit\w*|yell\w*|shout\w*|swear\w*|cursing|name[- ]calling|put[- ]?downs?|bull(?:y|ying|ies)|violen\w*|physical\w*)\b`],
  },
];

/** Negators that, shortly before a cue in the same clause, reverse it ("no need to raise your hand"); the
 * clause is cut by detect.ts `negatedAt`. */
export const NEGATORS = String.raw`\b(?:not|no|never|no need to|needn't|without|rather than|instead of|nor|don't|doesn't|won't|isn't|aren't|do not|does not|will not|is not|are not|never have to|free from|avoid|refrain from|stop)\b`;
