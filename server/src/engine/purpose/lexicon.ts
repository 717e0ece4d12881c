// The words and phrases the purpose analysis looks for, as data. Each cue says what it signals,
// how strongly, and why, so every finding can name the words that triggered it.
// Working test: domain brief section 4 (after Steinberg 2014, ch. 1; Kurland and Salmon 1992).

/**
 * What a cue signals.
 * - content, individual, worker: the three ways a purpose fails;
 * - mutual: members doing something for one another (the member-to-member process);
 * - situation: the shared situation, need or concern that binds the members;
 * - aim: a shared aim or outcome;
 * - setting: a setting only ("a safe space to share").
 */
export type CueKind = 'content' | 'individual' | 'worker' | 'mutual' | 'situation' | 'aim' | 'setting';

export const FAILURE_KINDS = ['content', 'individual', 'worker'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface CueDef {
  id: string;
  kind: CueKind;
  /** 2 for a clear signal, 1 for a hint that needs company, 3 for an unmistakable casework frame. */
  weight: number;
  /** Regular expression source; matched case-insensitively unless `caseSensitive`. */
  pattern: string;
  caseSensitive?: boolean;
  /** The cue does not count when the text right after it matches this (source, case-insensitive). */
  unlessAfter?: string;
  /** The cue does not count when the text right before it matches this. */
  unlessBefore?: string;
  /** Marks a cue that introduces what the group covers: a list of subjects after it adds 1 to its weight and joins its evidence. */
  listHead?: boolean;
  /** Why this cue matters, in plain words. */
  note: string;
}

// Word groups reused in several patterns.

/** People who help *for* the members: workers, experts, the programme. */
export const WORKER_NOUNS =
  '(?:the\\s+|a\\s+|an\\s+|our\\s+|group\\s+|skilled\\s+|trained\\s+|professional\\s+|expert\\s+){0,3}(?:social\\s+workers?|workers?|co-?facilitators?|facilitators?|leaders?|therapists?|counsell?ors?|clinicians?|professionals?|experts?|educators?|instructors?|trainers?|teachers?|presenters?|speakers?|psychologists?|psychiatrists?|nurses?|doctors?|physicians?|dietitians?|dieticians?|nutritionists?|pharmacists?|midwi(?:fe|ves)|coach(?:es)?|tutors?|specialists?|chaplains?|clergy|pastors?|ministers?|rabbis?|imams?|priests?|officers?|mentors?|health\\s+visitors?|case\\s*(?:managers?|workers?)|advis[eo]rs?|consultants?|staff|programme|program|curriculum|course)';

/** Workers and experts as people (not the programme), for cues where a person does the helping. */
const WORKER_PEOPLE = WORKER_NOUNS.replace('|staff|programme|program|curriculum|course)', '|staff)');

/** People a group is for (members, described by who they are). */
export const PEOPLE_NOUNS =
  '(?:members|participants|people|persons|individuals|adults|parents|mothers|moms|mums|fathers|dads|carers|caregivers|care-givers|families|relatives|friends|partners|spouses|widows|widowers|survivors|veterans|tenants|renters|residents|neighbou?rs|students|youth|young people|teens|teenagers|adolescents|children|kids|girls|boys|women|men|patients|clients|workers|employees|elders|seniors|older adults|couples|siblings|grandparents|refugees|immigrants|newcomers|peers|others|users|learners|volunteers|citizens|colleagues)';

/** One member spoken of singly ("each client", "every new resident"). */
const PERSON_SINGULAR =
  '(?:member|participant|client|student|person|individual|patient|child|parent|resident|inmate|offender|senior|immigrant|refugee|youth|teen|adolescent|woman|man|boy|girl|pupil|caregiver|carer|veteran|survivor|family)';

/** What an expert hands over. */
const INFO_NOUNS =
  '(?:information|education|psychoeducation|knowledge|instruction|training|guidance|advice|tips|strategies|skills|tools|answers|expertise|wisdom|counsel|lessons?|lectures?|presentations?|talks|resources|techniques|facts)';

/** A member-to-member phrase later in the same clause turns a worker's "offer" into facilitation. */
const MUTUAL_LATER = '^[^.;]{0,80}\\b(?:one another|each other|mutual|peers?(?!\\s+pressure))\\b';

/** As MUTUAL_LATER, also accepting "together" and "with others". */
const JOINT_LATER = '^[^.;]{0,80}\\b(?:one another|each other|mutual|peers?(?!\\s+pressure)|together|with others|other members)\\b';

export const CUES: CueDef[] = [
  // ---------------------------------------------------------------- mutual (member to member)
  { id: 'reciprocal', kind: 'mutual', weight: 2, pattern: "\\b(?:one another|each other)(?:'s)?", note: 'members act for one another' },
  { id: 'mutual-aid', kind: 'mutual', weight: 2, pattern: '\\bmutual(?:ly)?[- ](?:aid|support|help|assistance|self-help|care|encouragement|support|supportive)|\\bself-help\\b|\\bby and for\\b|\\b(?:run|led|organi[sz]ed)\\s+by\\s+(?:its\\s+|the\\s+)?members\\b|\\bby members,? for members\\b|\\b(?:peer|member|survivor|user)-(?:led|run)\\b', note: 'names mutual aid' },
  { id: 'peers', kind: 'mutual', weight: 2, pattern: '\\bpeers?\\b(?!\\s+pressure)', unlessAfter: '^[- ]?(?:educators?|specialists?|workers?|relationships?|pressure|conflicts?|issues|problems|influence|bullying|rejection|acceptance|groups?\\s+(?:at|in)\\s+school)\\b', note: 'members help as peers (not "peer relationships" as a topic)' },
  { id: 'together', kind: 'mutual', weight: 2, pattern: '\\b(?:band(?:s|ing|ed)?|work(?:s|ing)?|come|comes|coming|meet(?:s|ing)?|join(?:s|ing)?|act(?:s|ing)?|stand(?:s|ing)?|pull(?:s|ing)?|get(?:s|ting)?|gather(?:s|ing)?|organi[sz]e|organi[sz]ing|campaign(?:s|ing)?|push(?:es|ing)?)\\s+together\\b', note: 'members join forces' },
  { id: 'together-plain', kind: 'mutual', weight: 1, pattern: '\\btogether\\b|\\bcollective(?:ly)?\\b|\\bstrength in numbers\\b|\\bjoint\\b', note: 'a joint effort' },
  { id: 'give-and-receive', kind: 'mutual', weight: 2, pattern: '\\b(?:giv(?:e|ing) and receiv(?:e|ing)|receiv(?:e|ing) and giv(?:e|ing))\\b', note: 'members both give and receive help' },
  { id: 'help-others', kind: 'mutual', weight: 2, pattern: '\\b(?:help(?:s|ing)?|support(?:s|ing)?|assist(?:s|ing)?|encourag(?:e|es|ing)|learn(?:s|ing)?\\s+from|hear(?:s|ing)?\\s+from|lean(?:s|ing)?\\s+on|support of)\\s+(?:the\\s+)?(?:others|other members|fellow\\s+\\w+|their peers)\\b', note: 'members help the others' },
  { id: 'share-experience', kind: 'mutual', weight: 1, pattern: "\\b(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing)|swap(?:s|ping)?|pool(?:s|ing)?|compar(?:e|ing))\\s+(?:their\\s+|our\\s+|your\\s+|what\\s+(?:they|we)\\s+(?:know|have learned|have lived)|own\\s+)*(?:own\\s+)?(?:experiences?|stories|ideas|information|tips|knowledge|feelings|challenges|successes|resources|strategies|advice|what|concerns|struggles|hopes|coping)", note: 'members share what they know and live' },
  { id: 'share-with', kind: 'mutual', weight: 1, pattern: '\\b(?:shar(?:e|es|ing)|talk(?:s|ing)?|open(?:s|ing)? up)\\s+(?:\\w+\\s+)?with\\s+(?:others|other\\s+\\w+|one another|each other|peers|fellow)\\b', note: 'members share with one another' },
  { id: 'discuss-experience', kind: 'mutual', weight: 1, pattern: '\\b(?:discuss(?:es|ed|ing)?|talk(?:s|ing)?\\s+(?:about|through|over)|reflect(?:s|ing)? on)\\s+(?:their|our|your)\\s+(?:own\\s+)?(?:experiences?|feelings|struggles|challenges|successes|concerns|worries|stories|situations?|lives)\\b', note: '"discuss" in the member-to-member sense' },
  { id: 'with-others', kind: 'mutual', weight: 1, pattern: `\\bwith\\s+others\\s+(?:who|in|facing|going|living|caring|like)\\b|\\b(?:with|to)\\s+(?:the\\s+)?other\\s+${PEOPLE_NOUNS}|\\b(?:talk|connect|be|meet|listen)(?:s|ing)?\\s+(?:with|to)\\s+others\\b|\\bmeet(?:s|ing)?\\s+others\\b|\\blisten(?:s|ing)?\\s+(?:to\\s+(?:one|each|other|others)|and\\s+(?:share|support|help))\\b`, note: 'members meet others in the same position' },
  { id: 'friendship', kind: 'mutual', weight: 1, pattern: '\\b(?:friendship|fellowship|solidarity|camaraderie|belonging|community of)\\b|\\bmak(?:e|es|ing)\\s+(?:new\\s+)?friends\\b', note: 'members bond' },

  // ---------------------------------------------------------------- situation (who they are together)
  { id: 'who-share', kind: 'situation', weight: 2, pattern: '\\bwho\\s+(?:all\\s+)?(?:share|have in common)\\b|\\b(?:shared|common|similar|same)\\s+(?:\\w+\\s+)?(?:situations?|experiences?|challenges|problems?|concerns?|loss|needs?|stage|struggles?|diagnos[ie]s|boat|journeys?|roles?|circumstances|issues|grievances?|interests?|histor(?:y|ies)|road|path)\\b', note: 'names what members share' },
  { id: 'people-who', kind: 'situation', weight: 1, pattern: `\\b${PEOPLE_NOUNS}\\s+(?:who|with|of|caring|living|facing|affected|raising|dealing|going through|recovering|coping|grieving|experiencing|whose|in\\s+(?:a|the)\\s+(?:same|similar))\\b`, note: 'names who the members are' },
  { id: 'qualified-people', kind: 'situation', weight: 1, pattern: `\\b(?:new|young|single|older|first-time|expectant|grieving|bereaved|adoptive|foster|kinship|working|unemployed|homeless|disabled|retired|widowed|divorced|divorcing|separated|teen|teenage|immigrant|refugee|lgbtq\\+?|queer|trans|deaf|blind|sober|recovering|incarcerated|displaced)\\s+${PEOPLE_NOUNS}\\b|\\b${PEOPLE_NOUNS}\\s+(?:in|leaving|newly|recently|diagnosed|from|on|at|whose|all)\\b`, note: 'names who the members are' },
  { id: 'bereaved', kind: 'situation', weight: 1, pattern: '\\b(?:bereaved|fellow|others who|also (?:dealing|facing|living|caring|going))\\b', note: 'names a shared circumstance' },

  // ---------------------------------------------------------------- aim (what they work toward)
  { id: 'so-that', kind: 'aim', weight: 1, pattern: '\\bso\\s+(?:that|they|members|we|both)\\b|\\bin order to\\b|\\bas they\\b|\\bcan better\\b|\\bto better\\b', note: 'states what the help is for' },
  { id: 'help-toward', kind: 'aim', weight: 1, pattern: '\\b(?:one another|each other)\\s+(?:to\\s+)?(?:find|face|get|prepare|deal|cope|manage|make|build|stay|keep|change|through|reach|learn|handle|carry|win|achieve|navigate|overcome|recover|rebuild|heal|adjust|live|return|care|raise|parent)\\b', note: 'says what the mutual help is for' },
  { id: 'shared-aim', kind: 'aim', weight: 2, pattern: '\\b(?:common|shared|joint)\\s+(?:goals?|aims?|purpose|cause|task|mission)\\b', note: 'names a shared aim' },
  { id: 'aim-verb', kind: 'aim', weight: 1, pattern: '\\bto\\s+(?:(?:better|help|jointly)\\s+)?(?:solve|cope|face|get through|change|win|achieve|press|push|campaign|advocate|improve|reduce|build|create|rebuild|recover|heal|overcome|stop|secure|gain|develop|find|manage|deal|handle|resolve|adapt|strengthen|regain|prevent|protect|keep|stay|raise|make|lessen|ease|carry|survive|navigate|get)\\b|\\bresolution\\b|\\bpressure\\b|\\btoward(?:s)?\\b|\\bthrough\\s+(?:the|their|this|hard|difficult)\\b', note: 'names an outcome' },

  // ---------------------------------------------------------------- setting only
  { id: 'safe-space', kind: 'setting', weight: 1, pattern: '\\b(?:safe|supportive|confidential|welcoming|warm|validating|non-?judgm?ental|caring|comfortable|trusting)\\b(?:[ ,]+(?:and\\s+)?\\w+){0,3}?\\s+(?:space|place|environment|setting|atmosphere|forum|haven|room)\\b|\\b(?:space|place|opportunity|chance|forum|outlet|room)\\s+to\\s+(?:share|talk|vent|be heard|connect|express|listen)\\b', note: 'names a setting' },

  // ---------------------------------------------------------------- content (topics, sessions, activities)
  { id: 'is-about', kind: 'content', weight: 2, pattern: '\\b(?:group|sessions?|meetings?|programme|program|course|class)\\s+(?:is|are|will be)\\s+(?:all\\s+|mainly\\s+|mostly\\s+)?about\\b', listHead: true, note: 'says what the group is about' },
  { id: 'topics', kind: 'content', weight: 2, pattern: '\\b(?:topics?|curriculum|syllabus|agenda|subject matter)\\b', listHead: true, note: 'names topics' },
  { id: 'themes', kind: 'content', weight: 1, pattern: '\\b(?:themes?|modules?|lessons?|classes|lectures?|workshops?)\\b', listHead: true, note: 'names themes or lessons' },
  { id: 'sessions-cover', kind: 'content', weight: 2, pattern: '\\b(?:sessions?|meetings?|weeks?|classes|the programme|the program|the course)\\s+(?:\\w+\\s+){0,2}?(?:will\\s+|can\\s+|may\\s+)?(?:cover|covers|include|includes|focus|focuses|address|addresses|explore|explores|feature|features|consist|consists|be devoted|has|have|teach|teaches|introduce|introduces|present|presents)\\b', listHead: true, note: 'describes what sessions hold' },
  { id: 'will-cover', kind: 'content', weight: 2, pattern: '\\b(?:cover(?:s|ed|ing)?|focus(?:es|ed|ing)?\\s+on|learn(?:s|ing)?\\s+(?:more\\s+)?about|gain(?:s|ing)?\\s+(?:\\w+\\s+)?(?:knowledge|information|understanding)\\s+(?:about|of|on)|find(?:ing)? out about|hear(?:s|ing)? about|be taught|taught about|be introduced to|cent(?:er|re)(?:s|d|ing)?\\s+(?:on|around)|revolv(?:e|es|ing)\\s+around)\\b', unlessBefore: '\\b(?:discover|recover)$', unlessAfter: '^\\s+(?:yourself|themselves|himself|herself|myself|ourselves|one another|each other)\\b', listHead: true, note: 'says what the group will cover' },
  { id: 'discuss-topics', kind: 'content', weight: 2, pattern: '\\b(?:discuss(?:es|ed|ing)?|talk(?:s|ing)?\\s+about|discussions?\\s+(?:of|on|about|around)|to process)\\b', unlessAfter: '^\\s+(?:their|our|your|my|what\\s+(?:they|we)|how\\s+(?:they|we)\\s+(?:feel|are)|with\\s+(?:one another|each other|others|peers)|together|one another|each other|shared|common|personal experiences|experiences|feelings|concerns|what(?:\\s+is|\'s)?\\s+(?:matters|on\\s+(?:their|our|your)\\s+minds?|going on|happening)|whatever)\\b', listHead: true, note: '"discuss" followed by subjects, not by members\' own experience' },
  { id: 'spend-time-on', kind: 'content', weight: 2, pattern: '\\bspend(?:s|ing)?\\s+(?:\\w+\\s+){0,2}?(?:time|sessions?|weeks?|meetings?|hours?|evenings?|mornings?)\\s+(?:on|discussing|talking about|looking at|learning about)\\b', unlessAfter: '^\\s+(?:one another|each other|together)\\b', listHead: true, note: 'says what meetings spend their time on' },
  { id: 'address', kind: 'content', weight: 1, pattern: '\\b(?:address(?:es|ing)?|tackl(?:e|es|ing)|work(?:s|ing)? on)\\b', unlessAfter: '^\\s+(?:their|our|the)?\\s*(?:shared|common|joint)\\b', listHead: true, note: 'lists what the group will work on' },
  { id: 'explore', kind: 'content', weight: 1, pattern: '\\b(?:explor(?:e|es|ing)|examin(?:e|es|ing)|review(?:s|ing)?|recogni[sz](?:e|es|ing)|identify(?:ing)?|look(?:s|ing)? at|practi[sc](?:e|es|ing))\\b', unlessAfter: '^\\s+(?:their|our|your|my)\\s+(?:own\\s+)?(?:feelings|experiences?|stories|fears|hopes|grief|loss|situation)\\b|^\\s+(?:together|with one another|with each other)\\b', listHead: true, note: 'lists what will be explored' },
  { id: 'learn-skills', kind: 'content', weight: 1, pattern: '\\blearn(?:s|ing)?\\s+(?:\\w+\\s+){0,2}?(?:skills|strategies|tips|techniques|ways|how to|information|practical)\\b|\\bwill learn\\b', listHead: true, note: 'names what members will be taught' },
  { id: 'activities', kind: 'content', weight: 1, pattern: '\\b(?:activities|games?|exercises|worksheets|role[- ]?plays?|crafts?|videos?|films?|presentations|guest speakers?|speakers?|icebreakers?|warm-ups?|homework|handouts|quizzes|art|music|drama|cooking|yoga)\\b', unlessAfter: '^[- ]?(?:therap|teachers?|instructors?|educators?)', note: 'names activities' },
  // "express anger through play, drawing and puppets": the group is defined by the activities it uses.
  { id: 'through-activities', kind: 'content', weight: 1, pattern: '\\b(?:through|by means of|using|via)\\s+(?:[\\w-]+\\s+)?(?:activities|play|games?|art|drawing|painting|crafts?|music|drama|role[- ]?plays?|journal(?:l)?ing|puppets?|storytelling|exercises|worksheets|videos?|films?|clay|sand ?play|movement|dance|cooking)\\b', listHead: true, note: 'names the activities the group works through' },
  { id: 'there-are-activities', kind: 'content', weight: 2, pattern: '\\bthere\\s+(?:are|will be)\\s+(?:\\w+\\s+){0,2}?(?:activities|games|discussions|talks|presentations|lectures|speakers|exercises|classes|sessions on)\\b', listHead: true, note: 'lists what happens in meetings' },
  { id: 'the-topic', kind: 'content', weight: 2, pattern: '\\b(?:the\\s+)?(?:topic|speaker)\\s+(?:is|will be|for)\\b|\\bthis week\\b|\\b(?:week|session|meeting|module|part|day)\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b|\\beach (?:week|session|meeting)\\s+(?:will|has|covers|includes)\\b', unlessBefore: '\\b(?:each|every|per|a|once a)\\s+$', note: 'describes a meeting\'s programme' },
  { id: 'group-on', kind: 'content', weight: 2, pattern: '\\b(?:discussion|education|information|study)\\s+(?:group|session|series)s?\\s+(?:on|about)\\b|\\b(?:group|session|class)s?\\s+(?:for\\s+(?:\\w+\\s+){1,3}?)?(?:on|about)\\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b|(?:weekdays|weekends|the first|the last|alternate|zoom|site|line)\\b)', note: 'defines the group by its subject' },
  { id: 'issues-related', kind: 'content', weight: 1, pattern: '\\b(?:issues|matters|questions|subjects)\\s+(?:related to|relating to|around|surrounding|such as|like|including)\\b', listHead: true, note: 'lists subjects' },
  // "such as" and "etc." only hint at a list; "including" alone is left out, since a task group's aim
  // can list what it covers ("funding for transport, including rail and buses") without being content.
  { id: 'etc', kind: 'content', weight: 1, pattern: '\\bsuch as\\b|\\betc\\b|\\band so on\\b', note: 'trails off a list of subjects' },
  { id: 'expect-to', kind: 'content', weight: 1, pattern: '\\b(?:can expect to|will be able to learn|will hear|will watch)\\b', note: 'describes what members will get from meetings' },

  // ---------------------------------------------------------------- individual (casework in a group)
  { id: 'each-member', kind: 'individual', weight: 3, pattern: '\\b(?:help|helps|helping|assist|assists|assisting|enable|enables|support|supports|for)\\s+(?:each|every)\\s+(?:group\\s+|[a-z-]+\\s+)?' + PERSON_SINGULAR + '\\b(?!\\s+to\\b)|\\b(?:each|every)\\s+(?:group\\s+)?' + PERSON_SINGULAR + '(?:\'s|s\'|\u2019s)\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,2}?(?:goals?|plans?|problems?|needs|progress|objectives|targets|behaviou?rs?|difficulties|issues|symptoms|skills)\\b', note: 'the group serves each member in turn' },
  { id: 'each-own-plan', kind: 'individual', weight: 3, pattern: '\\b(?:each|every)\\s+(?:group\\s+|[a-z-]+\\s+)?' + PERSON_SINGULAR + '\\s+(?:will\\s+)?(?:have|has|leave|leaves|get|gets|receive|receives|go home|goes home)\\s+(?:with\\s+)?(?:a|an|their|his|her)\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,2}?(?:plans?|goals?|programmes?|programs?|targets?)\\b', note: 'each member leaves with a plan of their own' },
  { id: 'each-will', kind: 'individual', weight: 2, pattern: '(?:\\b(?:each|every)\\s+(?:group\\s+|[a-z-]+\\s+)?' + PERSON_SINGULAR + '\\s+(?:will|must|should|is expected to|is asked to)|\\b(?:will|must|should|to)\\s+each)\\s+(?:(?:also|then|each|individually)\\s+)?(?:identify|choose|select|set|pick|work|develop|create|write|draw up|make|track|monitor|review|complete|practi[sc]e|learn|leave|take responsibility|be assessed|be given|receive|meet with|report|improve|increase|reduce|gain|achieve|reach)\\b', unlessAfter: MUTUAL_LATER, note: 'each member has a task of their own' },
  { id: 'client-will', kind: 'individual', weight: 1, pattern: '\\b(?:the\\s+)?(?:client|patient|participant|member|student|resident|inmate|child|youth)\\s+will\\b', unlessBefore: '\\b(?:each|every)\\s+(?:[\\w-]+\\s+)?$', note: 'written like an objective in one client\'s treatment plan' },
  { id: 'goal-slots', kind: 'individual', weight: 3, pattern: '\\b(?:goals?|objectives)(?:\\s+(?:for|of)\\s+(?:the\\s+|each\\s+|every\\s+)?[\\w-]+)?\\s*:\\s*(?:1|a|i)\\b', note: 'numbered goal slots, as in a treatment plan' },
  { id: 'singular-generic', kind: 'individual', weight: 1, pattern: '\\bindividually\\b|\\bof\\s+(?:their|his|her|your|my)\\s+(?:own\\s+)?(?:choosing|choice)\\b|\\b(?:his or her|her or his|his/her|her/his|him or her|s/he)\\b|\\bat\\s+(?:his|her|their|your|my)\\s+own\\s+pace\\b', note: 'speaks of one member at a time' },
  { id: 'own-journey', kind: 'individual', weight: 2, pattern: '\\bfocus(?:es|ing)?\\s+on\\s+(?:yourself|themselves|himself|herself|myself)\\b|\\b(?:your|their|his|her|my)\\s+own\\s+(?:healing|growth|journey|path|development|personal\\s+\\w+)\\b', unlessAfter: MUTUAL_LATER, note: 'the group serves each member\'s own journey' },
  { id: 'help-own-ends', kind: 'individual', weight: 2, pattern: `\\b(?:help|helps|helping|assist|assists|assisting|enable|enables|enabling)\\s+(?:[\\w-]+\\s+){0,2}?(?:${PEOPLE_NOUNS}|them|you)\\s+(?:[\\w-]+\\s+){0,2}?(?:to\\s+)?(?:increase|improve|reduce|decrease|develop|gain|build|manage|control|achieve|reach|meet|attain|discover|take\\s+(?:control|charge)\\s+of)\\s+(?:and\\s+\\w+\\s+)?(?:their|his|her|your)\\b`, unlessAfter: JOINT_LATER, note: 'the group helps people work on what is their own' },
  { id: 'possessive-goals', kind: 'individual', weight: 2, pattern: '\\b(?:your|their|his|her|my)\\s+(?:own\\s+)?(?!(?:shared|common|joint|group|collective|mutual)\\b)(?:[\\w-]+\\s+){0,3}?(?:goals?|objectives|targets)\\b', note: 'the goals are each member\'s own' },
  { id: 'each-ability', kind: 'individual', weight: 2, pattern: '\\b(?:improve|increase|develop|strengthen|build|enhance|assess|meet|address|reduce|lower|decrease|lessen|manage)s?\\s+(?:each|every)\\s+(?!other\\b)(?:[a-z-]+\\s+)?[a-z-]+' + "(?:'s|\u2019s)", note: 'the group works on each member\'s own abilities' },
  { id: 'what-you-want', kind: 'individual', weight: 2, pattern: '\\bwhat\\s+(?:you|they|he|she)\\s+(?:really\\s+|most\\s+)?wants?\\b|\\bthe\\s+(?:life|future|changes?|results?)\\s+(?:you|they)\\s+(?:really\\s+)?want\\b', note: 'the group serves what each person wants for themselves' },
  { id: 'set-goals', kind: 'individual', weight: 2, pattern: '\\b(?:set|sets|setting|write|writes|choose|chooses|identify|identifies)\\s+(?!shared|common|joint|group)(?:\\w+\\s+)?(?:goals?|objectives|targets)\\b', note: 'each member sets goals of their own' },
  { id: 'individual-goals', kind: 'individual', weight: 3, pattern: '\\b(?:individual|individuali[sz]ed|personal|personali[sz]ed|customi[sz]ed|tailored|own|specific)\\s+(?:[\\w-]+\\s+){0,2}?(?:goals?|objectives|treatment|plans?|outcomes|progress|targets)\\b', note: 'names each member\'s own goals' },
  { id: 'individual-concerns', kind: 'individual', weight: 1, pattern: '\\b(?:individual|personal)\\s+(?:and(?:/or)?\\s+\\w+\\s+)?(?:problems|concerns|issues|needs|growth|change|work|difficulties|members)\\b|\\bpersonal and/or\\b', note: 'frames the work as personal problems' },
  { id: 'treatment-plan', kind: 'individual', weight: 3, pattern: '\\b(?:treatment|care|relapse[- ]prevention|safety|behaviou?r(?:al)?|service|recovery)\\s+plans?\\b', note: 'works on each member\'s plan' },
  { id: 'like-counselling', kind: 'individual', weight: 3, pattern: '\\b(?:like|as in)\\s+(?:individual|one-to-one|one-on-one|1:1|private)\\s+(?:counsell?ing|therapy|sessions|work|treatment)\\b', note: 'likens the group to individual counselling' },
  { id: 'want-to-change', kind: 'individual', weight: 3, pattern: '\\b(?:they|he|she|members|participants|clients|students|each member)\\s+(?:want|wants|would like|wish|hope)\\s+to\\s+(?:change|learn|achieve|work on|improve|reach|stop|reduce|develop)\\b|\\bgoal slots?\\b', note: 'each member sets out what they want to change' },
  { id: 'one-at-a-time', kind: 'individual', weight: 2, pattern: '\\bone (?:at a time|by one|after another)\\b|\\btakes? turns\\b|\\bhot seat\\b|\\b(?:each|every)\\s+(?:\\w+\\s+)?(?:have|has|get|gets|take|takes)\\s+(?:time|a turn|turns|a slot)\\b|\\bpresents?\\s+(?:a|their|his|her|one)\\s+(?:own\\s+)?(?:[a-z-]+\\s+)?(?:problem|issue|situation|case|dilemma)\\b|\\b(?:while|as)\\s+(?:the\\s+)?others?\\s+(?:\\w+\\s+)?(?:watch|watches|observe|observes|look on|looks on|wait|waits)\\b|\\b(?:while|as)\\s+the\\s+rest\\s+of\\s+the\\s+group\\s+(?:\\w+\\s+)?(?:watch|watches|observe|observes|looks? on|waits?|listens?)\\b|\\bworks?\\s+with\\s+(?:that|this|one|each|the)\\s+(?:member|client|person|participant|individual)\\b(?!s)', note: 'members are worked with one at a time while the others watch' },
  { id: 'first-person', kind: 'individual', weight: 1, pattern: '\\b(?:I am|I will|[Mm]y|myself|I\'m)\\b', caseSensitive: true, unlessBefore: '\\b(?:[Tt]he|[Oo]ur)\\s+$', note: 'written as one member\'s own contract' },
  { id: 'help-individuals', kind: 'individual', weight: 1, pattern: '\\b(?:help|helps|helping|assist|assists|assisting|treat|treats)\\s+(?:individuals|each person|students|clients|patients|individual members)\\b|\\bindividual members\\b', note: 'the group works on individuals one by one' },
  { id: 'deficit', kind: 'individual', weight: 1, pattern: `\\b(?:help|helps|helping|assist|teach|treat)\\s+${PEOPLE_NOUNS}\\s+(?:who|that)\\s+(?:have|are having|experience|struggle|struggles)\\s+(?:with\\s+)?(?:trouble|difficult\\w*|problems|deficits)\\b`, note: 'names each member\'s deficit as the reason' },
  { id: 'treatment-frame', kind: 'individual', weight: 1, pattern: '\\b(?:counsell?ing|therapy|treatment)\\s+group\\b|\\bgroup\\s+(?:counsell?ing|therapy|treatment)\\b|\\bform of treatment\\b|\\bcounsell?ing\\b', note: 'frames the group as treatment' },
  { id: 'skills-each', kind: 'individual', weight: 1, pattern: '\\b(?:develop|build|improve|gain|strengthen|acquire|increase)(?:s|ing)?\\s+(?:\\w+\\s+)?(?:coping|social|communication|interpersonal|life|anger[- ]management|problem[- ]solving)\\s+skills\\b|\\b(?:gain|develop)(?:s|ing)?\\s+(?:\\w+\\s+)?insight\\s+into\\s+(?:their|his|her|themselves|own)\\b', note: 'skills or insight each member gains for themselves' },
  { id: 'individual-outcomes', kind: 'individual', weight: 1, pattern: '\\b(?:self-awareness|self-esteem|self-confidence|self-control|self-image|motor|cognition|endurance|activity tolerance|symptoms|relationship functioning|functioning|improvement of|(?:their|his|her)\\s+(?:own\\s+)?(?:behaviou?rs?|symptoms|sobriety|anger|grades))\\b', note: 'names individual treatment outcomes' },

  // ---------------------------------------------------------------- worker-centred (members receive)
  { id: 'worker-teaches', kind: 'worker', weight: 2, pattern: `\\b${WORKER_NOUNS}\\s+(?:\\w+\\s+){0,5}?(?:will\\s+|can\\s+|may\\s+|would\\s+|could\\s+|to\\s+)?(?:teach(?:es)?|educat(?:e|es)|instructs?|lectures?|trains?|advis(?:e|es)|treats?|explains?|tells?|presents?|delivers?|answers?|recommends?|prescribes?|demonstrates?|assigns?|introduces?|reviews?|(?:talks?|speaks?)\\s+(?:to|with)\\s+(?:them|you|the\\s+group|(?:the\\s+|our\\s+)?${PEOPLE_NOUNS})\\s+about)\\b`, note: 'the worker or an expert teaches; members listen' },
  { id: 'worker-guides', kind: 'worker', weight: 2, pattern: `\\b${WORKER_NOUNS}\\s+(?:will\\s+|can\\s+|may\\s+)?(?:guides?|leads?|takes?|walks?|steers?)\\s+(?:the\\s+)?(?:${PEOPLE_NOUNS}|them|you)\\s+(?:through|in)\\b`, note: 'the worker takes members through a programme' },
  { id: 'worker-helps', kind: 'worker', weight: 2, pattern: `\\b${WORKER_PEOPLE},?\\s+(?:(?:\\w+\\s+){1,4}?and\\s+)?(?:will\\s+|can\\s+|may\\s+|to\\s+|is there to\\s+)?(?:help|helps|assist|assists|support|supports|coach|coaches|counsels?|mentor|mentors|advise|advises)\\s+(?:the\\s+|each\\s+|all\\s+)?(?:${PEOPLE_NOUNS}|them|you|him|her)\\b`, unlessAfter: JOINT_LATER, note: 'the worker is the one who helps the members' },
  { id: 'from-experts', kind: 'worker', weight: 2, pattern: `\\b(?:${INFO_NOUNS}|support|counsell?ing|care|help|treatment|therapy)\\s+(?:from|by)\\s+(?!(?:other|fellow|peer)\\b)(?:[\\w-]+\\s+){0,2}?(?:${WORKER_PEOPLE}|agencies|organi[sz]ations|providers|practitioners)\\b`, note: 'knowledge comes from professionals' },
  { id: 'worker-provides', kind: 'worker', weight: 2, pattern: `\\b${WORKER_NOUNS}\\s+(?:[\\w-]+,?\\s+){0,4}?(?:will\\s+|can\\s+|may\\s+|would\\s+|could\\s+)?(?:provides?|providing|gives?|giving|offers?|offering|shares?|supplies|hands? out|guides?|directs?)\\s+(?:\\w+\\s+){0,3}?(?:${INFO_NOUNS}|support|comfort|counsell?ing|referrals?)\\b`, unlessAfter: MUTUAL_LATER, note: 'the worker hands over information, advice or support' },
  { id: 'links-to-services', kind: 'worker', weight: 1, pattern: `\\b(?:connect(?:s|ing)?|link(?:s|ing)?|refer(?:s|ring)?)\\s+(?:[\\w-]+\\s+){0,2}?(?:${PEOPLE_NOUNS}|them|you)\\s+(?:to|with)\\s+(?:[\\w-]+\\s+){0,2}?(?:resources|services|agencies|referrals|providers|benefits)\\b`, note: 'the programme links members to services' },
  { id: 'provide-with', kind: 'worker', weight: 2, pattern: `\\b(?:provid(?:e|es|ing)|equip(?:s|ping)?|furnish(?:es)?)\\s+(?:(?:[\\w-]+\\s+){0,2}?${PEOPLE_NOUNS}\\s+)?(?:them\\s+|you\\s+|us\\s+)?with\\b`, unlessAfter: MUTUAL_LATER, note: 'members are provided with help' },
  { id: 'provide-knowledge', kind: 'worker', weight: 2, pattern: `\\b(?:provid(?:e|es|ing)|offer(?:s|ing)?|deliver(?:s|ing)?|impart(?:s|ing)?|giv(?:e|es|ing)(?:\\s+(?:us|you|them|members|participants)(?:\\s+(?:her|his|their))?)?)\\s+(?:\\w+\\s+){0,2}?(?:[\\w-]+,?\\s+(?:and|or)\\s+(?:\\w+\\s+)?)?${INFO_NOUNS}\\b`, unlessAfter: MUTUAL_LATER, note: 'the group delivers knowledge to members' },
  { id: 'done-by-expert', kind: 'worker', weight: 2, pattern: `\\b(?:led|run|conducted|delivered|taught|presented|directed|guided|hosted|facilitated|provided|offered)\\s+by\\s+(?:a\\s+|an\\s+|the\\s+|our\\s+)?(?:[\\w-]+\\s+){0,3}?(?:professionals?|experts?|educators?|therapists?|clinicians?|psychologists?|psychiatrists?|specialists?|nurses?|doctors?|counsell?ors?|social\\s+workers?|chaplains?|clergy|dietitians?|pharmacists?|officers?)\\b|\\b(?:led|run|delivered|taught|presented|facilitated)\\s+by\\s+(?:a\\s+|an\\s+|the\\s+|our\\s+)?(?:[\\w-]+\\s+)?(?:trained|qualified|licensed|professional|certified|accredited|paid)\\s+(?:[\\w-]+\\s+)?(?:facilitators?|leaders?|staff|instructors?)\\b`, note: 'the group is run by professionals who are the helpers' },
  { id: 'group-teaches', kind: 'worker', weight: 2, pattern: '\\b(?:group|programme|program|class|course|workshop|series)\\s+(?:\\w+\\s+){0,2}?(?:will\\s+|can\\s+|aims?\\s+to\\s+|is designed to\\s+|seeks?\\s+to\\s+)?(?:teach(?:es)?|educat(?:e|es)|instructs?|trains?)\\b', note: 'the group is a class that teaches members' },
  { id: 'passive-given', kind: 'worker', weight: 2, pattern: '\\b(?:be|are|is|being|get|gets)\\s+(?:given|taught|shown|told|provided|offered|lectured|instructed|educated|trained|coached|counsell?ed|mentored|advised|treated|guided)\\b', unlessAfter: '^\\s+(?:\\w+\\s+){0,4}?by\\s+(?:one another|each other|peers?|other members|fellow)', note: 'members are on the receiving end' },
  { id: 'under-direction', kind: 'worker', weight: 2, pattern: '\\bunder\\s+the\\s+(?:\\w+\\s+)?(?:direction|guidance|leadership|supervision|instruction)\\s+of\\b', note: 'members act under the worker\'s direction' },
  { id: 'learn-from-experts', kind: 'worker', weight: 2, pattern: '\\blearn(?:s|ing)?\\s+(?:\\w+\\s+)?from\\s+(?:the\\s+|our\\s+|top\\s+|leading\\s+|experienced\\s+|trained\\s+|qualified\\s+|skilled\\s+|licensed\\s+|professional\\s+)*(?:experts?|professionals?|specialists?|leaders?|facilitators?|workers?|speakers?|clinicians?)\\b|\\b(?:top|leading)\\s+experts?\\b', note: 'experts are the source of help' },
  { id: 'educate', kind: 'worker', weight: 2, pattern: `\\b(?:designed|intended|meant|aims?|seeks?)\\s+to\\s+(?:educate|teach|inform|train|instruct)\\b|\\beducat(?:e|es|ing)\\s+${PEOPLE_NOUNS}\\b|\\beducat(?:e|es|ing)\\s+(?:them|you)\\b`, note: 'the group exists to educate members' },
  { id: 'receive', kind: 'worker', weight: 1, pattern: `\\b(?:receiv(?:e|es|ing)|obtain(?:s|ing)?|get(?:s|ting)?)\\s+(?:\\w+\\s+){0,3}?(?:support|information|education|guidance|advice|help|treatment|care|instruction|knowledge|answers|feedback|counsell?ing|therapy)\\b`, unlessBefore: '\\b(?:giv(?:e|ing)|offer(?:ing)?)\\s+and\\s+$', unlessAfter: '^\\s+(?:\\w+\\s+){0,4}?(?:from|through|of)\\s+(?:one another|each other|peers?|other|others|fellow|(?:a\\s+)?(?:\\w+\\s+)?peer)', note: 'members receive rather than give' },
  { id: 'skilled-expert', kind: 'worker', weight: 1, pattern: '\\b(?:skilled|trained|licensed|qualified|expert|professional|mental health|healthcare|health care)\\s+(?:group\\s+|[a-z-]+\\s+)?(?:therapists?|leaders?|facilitators?|educators?|professionals?|clinicians?|staff)\\b|\\bexperts?\\b|\\bvideo\\s+(?:seminars?|presentations?|lessons?)\\b|\\b(?:is|as)\\s+a\\s+(?:course|class|seminar|lecture series|workshop|training)\\b', note: 'puts expertise at the centre' },
  { id: 'education-group', kind: 'worker', weight: 1, pattern: '\\b(?:continuing\\s+)?education(?:al)?\\s+(?:group|sessions?|programme|program|series|classes)\\b|\\b(?:enhance|increase|improve|build)\\s+(?:their\\s+)?(?:understanding|knowledge|awareness)\\s+of\\b', note: 'the group is education delivered to members' },
  // "A dietitian leads each session": the worker runs every meeting. Only a hint (peer facilitators
  // lead sessions too), so it needs another worker cue to decide. It matches from the verb, so that a
  // cue on the worker's title ("a licensed art therapist") is kept beside it.
  { id: 'worker-runs-sessions', kind: 'worker', weight: 1, pattern: `(?<=\\b${WORKER_PEOPLE}\\s+(?:will\\s+)?)(?:leads?|runs?|conducts?|teaches|chairs?)\\s+(?:each|every|all|the)\\s+(?:\\w+\\s+)?(?:sessions?|meetings?|classes|class)\\b`, note: 'the worker runs the meetings' },
  // "benefit from the wisdom of a pastor", "the expertise of our nurses": the helper's knowledge is the resource.
  { id: 'expertise-of', kind: 'worker', weight: 2, pattern: `\\b(?:wisdom|expertise|experience|knowledge|guidance|insight|skills?)\\s+of\\s+(?:(?:a|an|the|our|their|its)\\s+)?(?:experienced\\s+|registered\\s+|qualified\\s+|licensed\\s+|certified\\s+)?${WORKER_PEOPLE}\\b`, note: 'a professional\'s knowledge is what members get' },
  { id: 'worker-leader-narrative', kind: 'worker', weight: 1, pattern: '\\b(?:her|his)\\s+(?:wisdom|expertise)\\b|\\bhave\\s+a\\s+(?:leader|facilitator|therapist|expert)\\s+who\\b', note: 'the leader is the source of wisdom' },
];

/** Words before a failure cue, in the same clause, that negate it ("not a class where …", "rather than"). */
export const NEGATION_BEFORE = '\\b(?:not|rather than|instead of|never|without|isn\'t|aren\'t|won\'t|no one|nobody|nor|no longer)\\b[^,;.:]{0,50}$';

/** Marks the sentence that carries the main purpose clause. */
export const PURPOSE_MARKER =
  '\\b(?:purpose|aim|goal|mission|intent(?:ion)?|objective)s?\\s+(?:of|is|are|will be|for)\\b|\\b(?:purpose|aim|goal|mission|objective)s?\\s*:|\\b(?:our|its|the group\'s|primary|main|overall)\\s+(?:purpose|aim|goal|mission)\\b|\\b(?:is|are)\\s+(?:intended|designed|meant|here)\\s+to\\b|\\bexists?\\s+(?:to|for|so)\\b|\\bbrings?\\s+together\\b|\\b(?:this|the|our)\\s+group\\s+(?:is|will|helps?|offers?|gives?|allows?|lets?)\\b';

/** A sentence with none of these has no finite verb: a title or a list of themes. */
export const FINITE_VERBS =
  '\\b(?:is|are|was|were|be|been|will|would|can|could|may|might|shall|should|must|has|have|had|do|does|provides?|offers?|helps?|meets?|brings?|allows?|aims?|seeks?|gives?|supports?|consists?|exists?|works?|comes?|shares?|learns?|focuses|covers|includes|lets?|enables?|assists?|reach(?:es)?|build|builds|develop|develops|join|joins|band|bands)\\b';
