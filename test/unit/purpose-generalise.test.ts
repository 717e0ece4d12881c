// General behaviours of the purpose analysis beyond the first cue lists: each block is one class of
// wording (a structure, a polarity, a kind of helper), tested on sentences written for this file from
// the domain brief's working test (section 4), with a near miss that must not trip the same cue.
import { describe, expect, it } from 'vitest';
import { analysePurpose } from '../../server/src/engine';

// These tests read the lexicon's cues (the evidence the learned verdict weighs, and what findings quote),
// so they ask for the cue reading alone; the learned verdict is measured on real text in learned.test.ts.
const LEXICON = { learned: false };

const verdict = (text: string): string => analysePurpose(text, LEXICON).verdict;
const cueIds = (text: string): string[] => analysePurpose(text, LEXICON).sentences.flatMap((s) => s.cues.map((c) => c.id));

describe('a label followed by a list of themes is content', () => {
  it.each([
    'Key areas: sleep, worry, appetite, and getting back to work.',
    'Our Thursday mornings: crosswords, quizzes, local history and a walk.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('content');
    expect(cueIds(text)).toContain('colon-list');
  });

  it('a label that names the purpose, or a list of what members do for one another, is not a list of themes', () => {
    expect(cueIds('Our aim: fewer evictions, fairer rents and repairs done on time.')).not.toContain('colon-list');
    expect(verdict('Who we are: parents of deaf children, sharing tips, cheering each other on, and pushing together for signing classes.')).toBe('common-cause');
  });

  it('a list of who may join is not a list of themes', () => {
    expect(cueIds('Welcome: mothers, fathers, grandparents and foster carers.')).not.toContain('colon-list');
    expect(cueIds('Open to: anyone caring for a partner with cancer, their children, and close friends.')).not.toContain('colon-list');
  });

  it('a colon that opens a sentence with a verb is not a list', () => {
    expect(cueIds('In short: carers meet so that they can lean on one another.')).not.toContain('colon-list');
  });
});

describe('discussion that centres on subjects is content', () => {
  it.each(['Talks will centre on diet, exercise and sleep after a heart attack.', 'The evenings revolve around money, housing and benefits.'])('%s', (text) => {
    expect(verdict(text)).toBe('content');
  });
});

describe('time spent on subjects is content', () => {
  it('names what the meetings spend their time on', () => {
    expect(verdict('Most evenings we spend time on meal planning, shopping on a budget and batch cooking.')).toBe('content');
    expect(verdict('Members spend time together helping each other with forms and phone calls.')).toBe('common-cause');
  });
});

describe('theme titles', () => {
  it('a numbering is not a theme title', () => {
    const a = analysePurpose('Objectives: 1. Patient will reduce cravings. 2. Patient will rebuild routines.', LEXICON);
    expect(a.sentences.map((s) => s.text)).toContain('2.');
    expect(a.sentences.flatMap((s) => s.cues.map((c) => c.id))).not.toContain('theme-title');
    expect(a.verdict).toBe('individual');
  });

  it('a purpose in short that opens with a purpose verb is not a theme title', () => {
    expect(cueIds('Supporting young carers in the borough')).not.toContain('theme-title');
    expect(cueIds('Surviving the first winter after a loss')).toContain('theme-title');
  });
});

describe('casework in a group: each member on their own', () => {
  it.each([
    ['each with a qualifier and a wider set of people', 'The group is there to help every young offender stay out of trouble.'],
    ['each member with a task of their own', 'Every participant will choose one habit to change and track it daily.'],
    ['numbered goal slots', 'Objectives: 1. Patient will name two warning signs. 2. Patient will call the clinic when needed.'],
    ['one member spoken of singly', 'Each carer will attend at his or her own pace and decide what to work on.'],
    ['the group serves each person\'s own journey', 'A time to focus on yourself and your own growth.'],
    ['people helped with what is their own', 'The group will help patients reduce their blood pressure and improve their fitness.'],
    ['goals that belong to each member', 'This programme helps men meet their fitness targets.'],
    ['each member\'s own ability', 'Sessions aim to strengthen each child\'s reading confidence.'],
    ['the worker with one member while the others watch', 'The counsellor works with one member at a time while the others wait their turn.'],
    ['a plan tailored to each member', 'Everyone leaves the first meeting with a tailored exercise plan.'],
    ['likened to one-to-one work', 'It works like one-on-one counseling, only with several people in the room.'],
  ])('%s', (_label, text) => {
    expect(verdict(text)).toBe('individual');
  });

  it('helping one another with their own ends is mutual aid, not casework', () => {
    expect(verdict('Members help one another improve their chances of finding work.')).toBe('common-cause');
    expect(verdict('Smokers who want to quit encourage each other to reach their goals.')).toBe('common-cause');
  });

  it('each member having a chance to share is a norm of taking part, not casework', () => {
    expect(verdict('Every member will have the opportunity to speak and to hear from others who know what it is like.')).toBe('common-cause');
    expect(cueIds('Each member will get a chance to talk.')).not.toContain('client-will');
  });

  it('each member with a part in shared life is not casework', () => {
    expect(cueIds('Every member will bring a snack for the group and a question for the others.')).not.toContain('each-will');
  });

  it('"each week one member" is not a session number', () => {
    expect(cueIds('Each week one parent brings a question and the rest help them think it through.')).not.toContain('the-topic');
  });

  it('focusing on yourself is not a topic', () => {
    expect(cueIds('A chance to focus on yourself for an hour.')).not.toContain('will-cover');
  });
});

describe('the worker, an expert or a service as the helper', () => {
  it.each([
    ['a worker who helps the members', 'The youth worker will help the teenagers plan their next steps after school.'],
    ['faith leaders and officers are workers too', 'The prison chaplain leads the meeting and gives spiritual advice to the men.'],
    ['officers who instruct', 'Housing officers instruct tenants on their responsibilities under the lease.'],
    ['led by a social worker with several qualifiers', 'Led by an experienced hospital social worker, the group explains discharge options to families.'],
    ['giving advice', 'Once a month the pharmacist gives advice on side effects.'],
    ['provided with help, with a qualifier before the people', 'The service provides isolated older people with a weekly phone call and advice.'],
    ['talks from outside agencies', 'Members attend talks from local agencies on benefits and debt.'],
    ['support and counselling from professionals', 'Students receive counselling and support from qualified school staff.'],
    ['coached or counselled by a worker', 'New parents are coached by a health visitor on feeding and sleep.'],
    ['an expert who answers and recommends', 'A physiotherapy specialist answers questions about back pain and recommends exercises.'],
    ['guidance from any kind of worker or expert', 'Parents get guidance from speech therapists and trained mentors.'],
    ['a worker who runs the group and also advises the members', 'The caseworker will open each meeting and advise the tenants on their rights.'],
  ])('%s', (_label, text) => {
    expect(verdict(text)).toBe('worker');
  });

  it('a worker who helps members help one another is facilitation, not the main helper', () => {
    expect(verdict('The facilitator will help members support one another through the first months of sobriety.')).toBe('common-cause');
  });

  it('"peer pressure" does not turn a worker\'s help into mutual aid', () => {
    expect(verdict('Our youth workers help students stand up to peer pressure.')).toBe('worker');
  });

  it('a worker offering support, or linking members to services, is the helper', () => {
    expect(verdict('A school nurse runs the group, providing support and practical advice to pregnant students.')).toBe('worker');
    expect(cueIds('The coordinator links families with local services.')).toContain('links-to-services');
    expect(cueIds('Members connect with others who understand.')).not.toContain('links-to-services');
  });

  it('"peer" naming a topic does not count as members helping as peers', () => {
    expect(verdict('The group will look at bullying, friendships, peer relationships and online safety.')).toBe('content');
    expect(cueIds('Run by peers, for peers.')).toContain('peers');
  });

  it('guidance from fellow members is mutual aid', () => {
    expect(verdict('Members get practical advice from fellow members who have been through a redundancy.')).not.toBe('worker');
  });

  it('a member-led group is not led by professionals', () => {
    expect(verdict('Led by a fellow carer, the group is where carers of stroke survivors help each other cope.')).toBe('common-cause');
  });

  it('an activity word that names a profession is not an activity', () => {
    expect(cueIds('Music therapists run the group.')).not.toContain('activities');
    expect(cueIds('The group enjoys music and games.')).toContain('activities');
  });
});

describe('the main purpose clause decides', () => {
  it('a clear member-to-member main clause is not overturned by a side sentence about the worker', () => {
    const a = analysePurpose('Carers of people with motor neurone disease meet to help one another through each stage. A nurse attends and answers questions about equipment and benefits.', LEXICON);
    expect(a.verdict).toBe('common-cause');
    expect(a.strays).toEqual([1]);
    expect(a.sentences[1].verdict).toBe('worker');
  });

  it('a main clause that only names a setting does not shield a failing sentence', () => {
    expect(analysePurpose('A friendly place for new parents. The health visitor teaches feeding, sleep and weaning.', LEXICON).verdict).toBe('worker');
  });
});

describe('member-to-member wording beyond "one another"', () => {
  it.each([
    ['making friends', 'Lonely students meet for games nights to make new friends.'],
    ['doing something with others in the same position', 'A chance to cook and eat with others who are living alone after a divorce.'],
  ])('%s', (_label, text) => {
    expect(analysePurpose(text, LEXICON).sentences[0].cues.some((c) => c.kind === 'mutual')).toBe(true);
  });

  it('talking about whatever matters to members is not a topic list', () => {
    expect(cueIds('Young carers talk about what matters to them with others their age.')).not.toContain('discuss-topics');
    expect(cueIds('Young carers talk about school, sleep and money.')).toContain('discuss-topics');
  });
});

describe('more ways of working on each member alone', () => {
  it.each([
    'Clients will each set a target weight and weigh in every week.',
    'Each resident works individually on a hobby of his or her choice.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
});

describe('more ways of the worker leading and advising', () => {
  it('a worker who guides the members in an activity and offers counsel', () => {
    expect(verdict('The imam leads the men in study and offers counsel on family matters.')).toBe('worker');
  });
});

describe('lists of subjects versus series of actions', () => {
  it('a series of actions after a content verb is not a list of subjects', () => {
    const text = 'An evening for shy teenagers to practise conversation in a calm room, and make friends.';
    expect(verdict(text)).not.toBe('content');
  });

  it('a real list after the same verb still counts', () => {
    const cue = analysePurpose('Members practise breathing, stretching and muscle relaxation.', LEXICON).sentences[0].cues.find((c) => c.id === 'explore');
    expect(cue?.weight).toBe(2);
  });
});

describe('each person\'s own wants and goals, however worded', () => {
  it.each([
    'This coaching circle helps you work out what you really want from your career.',
    'The group supports participants in reaching their own long-term employment goals.',
    'To help clients meet their individual supported housing goals.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
});

describe('specialist workers and what they do', () => {
  it('a qualified specialist of any kind is an expert', () => {
    expect(cueIds('A licensed art therapist runs the sessions.')).toContain('skilled-expert');
  });

  it('a worker who introduces skills and reviews homework teaches', () => {
    expect(verdict('The counsellor introduces one relaxation skill a week and reviews the practice diaries.')).toBe('worker');
  });
});

describe('casework and plans of one\'s own, more wordings', () => {
  it.each([
    ['a member presents a problem with a qualifier', 'In each meeting one member presents a pressing problem and the others give feedback.'],
    ['each member leaves with a plan of their own', 'At the end, every client has a detailed relapse plan.'],
    ['taking control of one\'s own condition', 'The group will help older adults take charge of their own medication.'],
  ])('%s', (_label, text) => {
    expect(verdict(text)).toBe('individual');
  });
});

describe('workers who talk to members about subjects', () => {
  it('a worker talks to the members about a subject', () => {
    expect(verdict('Fire officers talk to the children about staying safe at home.')).toBe('worker');
  });

  it('a worker named in an aside still helps the members', () => {
    expect(verdict('A team of clinicians, led by a nurse, helps patients recover after surgery.')).toBe('worker');
  });
});

describe('still more wordings of the worker as helper and of each member alone', () => {
  it('lowering each member\'s own risk is individual work', () => {
    expect(verdict('The course is meant to lower each driver\'s chance of another offence.')).not.toBe('common-cause');
    expect(cueIds('Sessions aim to lower each patient\'s blood pressure.')).toContain('each-ability');
    expect(cueIds('Neighbours build each other\'s confidence by sharing what works.')).not.toContain('each-ability');
  });

  it('delivered by trained or certified facilitators', () => {
    expect(cueIds('The sessions are run by certified peer-support facilitators.')).toContain('done-by-expert');
    expect(cueIds('The meetings are run by volunteers who have been there themselves.')).not.toContain('done-by-expert');
  });

  it('a worker who meets the group to do an expert\'s task', () => {
    expect(verdict('A dietitian joins the group monthly to present new recipes.')).toBe('worker');
  });
});

describe('goal slots behind a short label are casework', () => {
  it.each(['Objectives for each client: 1. attend every session 2. stay sober 3. find work', 'Goals of the group: a) calmer mornings b) fewer fights'])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
    expect(cueIds(text)).toContain('goal-slots');
  });
  it('a shared aim after a colon is not a goal slot', () => {
    expect(cueIds('Our goal: tenants winning repairs together.')).not.toContain('goal-slots');
  });
});

describe("one member's own problems, named with a possessive, are casework", () => {
  it.each(["The group works on each girl's reported attendance problems.", "Sessions target every pupil's own reading difficulties."])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it('"each other\'s" is member to member', () => {
    expect(verdict("Girls who have moved schools help with each other's worries about fitting in.")).toBe('common-cause');
  });
});

describe("a professional's knowledge as the resource is worker-centred", () => {
  it.each(['Patients benefit from the expertise of a registered nurse.', 'Parents draw on the knowledge of an experienced midwife.'])('%s', (text) => {
    expect(verdict(text)).toBe('worker');
    expect(cueIds(text)).toContain('expertise-of');
  });
  it("the members' own experience is not a worker's", () => {
    expect(cueIds('Carers draw on the experience of other carers and help one another.')).not.toContain('expertise-of');
  });
});

describe('a worker who runs every session and hands over advice is worker-centred', () => {
  it('the handed-over thing may be the second of a pair', () => {
    expect(verdict('A nurse runs every meeting and gives patients diet sheets and practical advice.')).toBe('worker');
  });
  it('a worker running sessions alone is only a hint', () => {
    expect(verdict('A social worker leads each meeting, where widowers listen to one another and share what helps.')).toBe('common-cause');
  });
});

describe('a group defined by the activities it works through is content', () => {
  it('activities after "through"', () => {
    const text = 'The group lets teenagers work through loss by means of painting, music and journalling.';
    expect(verdict(text)).toBe('content');
    expect(cueIds(text)).toContain('through-activities');
  });
  it('mutual help "through" one another is not an activity', () => {
    expect(verdict('Young widows get through the first year together, through the support of one another.')).toBe('common-cause');
  });
});

describe('a dash can stand for the colon before a list of themes', () => {
  it('a label, a dash, then short themes', () => {
    const text = "Boys' club - body image, gaming, anger, family rows, exams.";
    expect(verdict(text)).toBe('content');
    expect(cueIds(text)).toContain('colon-list');
  });
  it('a dash inside a sentence about members helping one another is not a label', () => {
    expect(verdict('Parents - and grandparents raising children - meet to support each other and share what works.')).toBe('common-cause');
  });
});

describe('targets and tasks of each member\'s own are casework', () => {
  it.each([
    'Every resident chooses a monthly goal of their own and checks it with staff.',
    'Members set a daily target and report on it next time.',
    'The programme is tailored to each client and their relapse risks.',
    'Young people do personal assignments between meetings.',
    'This is your hour to work on your own issues while the others listen.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it('a target the members share is not casework', () => {
    expect(verdict('Tenants set a shared target of fifty signatures and gather them together.')).toBe('common-cause');
  });
});

describe('members helped by a named worker, or hearing from experts, are on the receiving end', () => {
  it.each([
    'Widows are supported by a trained bereavement counsellor who offers advice on practical matters.',
    "Each week you'll hear from our pharmacists and dietitians.",
    'A chance to get answers from specialists about hearing loss.',
    'Staff will show parents how to set bedtime routines.',
    'The midwife leads the discussion and corrects any myths about labour.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('worker');
  });
  it('hearing from other members, or being supported by one another, is member to member', () => {
    expect(verdict('New members hear from other parents who have been there, and everyone supports one another.')).toBe('common-cause');
    expect(verdict('Carers are supported by one another and by the friendships they make here.')).toBe('common-cause');
  });
});

describe('a list of subjects ends with its clause', () => {
  it('a contrast after the list is not part of it', () => {
    const a = analysePurpose('Members hear about housing law at most meetings, but the point is that residents organise together so that repairs get done.', LEXICON);
    expect(a.verdict).toBe('common-cause');
  });
  it('a list that runs to the end of the sentence still counts', () => {
    expect(verdict('Members hear about housing law, benefits, council tax and repairs.')).toBe('content');
  });
});

describe('leisure activities and named content are content', () => {
  it.each(['Lads night. We play football, have a curry, go bowling and do a quiz.', 'The content of each meeting is education on diet, medication and exercise.'])('%s', (text) => {
    expect(verdict(text)).toBe('content');
  });
  it('a recreation group whose members look after one another is a common cause', () => {
    expect(verdict('Isolated older men meet for football and a meal, and keep an eye on one another between times.')).toBe('common-cause');
  });
});

describe("each member's own measures, agreed goals and one-to-one work are casework", () => {
  it.each([
    "The aim is to lower clients' drinking levels within twelve weeks.",
    'Residents work towards the targets they set with their occupational therapist.',
    'Patients bring the exercises from their individual therapy to practise in the group.',
    'Every young person follows an individual pathway within the group.',
    'To help patients regain mobility in walking and climbing stairs.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it("members' shared concerns are not a measure", () => {
    expect(verdict("Neighbours raise members' shared concerns with the council together.")).toBe('common-cause');
  });
});

describe('specialists of any title, asked or heard, are the helpers', () => {
  it.each([
    'Parents can ask the paediatrician questions about rashes, fevers and teething.',
    'Patients hear the latest advice from cardiologists.',
    'Our vicar leads a short prayer each week and offers comfort to those who mourn.',
    'Staff provide a structured programme of education to help patients manage their condition.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('worker');
  });
  it('asking one another is member to member', () => {
    expect(verdict('New parents ask each other the questions they are shy to ask at the clinic.')).toBe('common-cause');
  });
});

describe('a skills label over a list of short items is content', () => {
  it('"friendship skills" names a subject, and the last item may carry a verb', () => {
    const text = 'Listening skills: eye contact, waiting your turn, asking questions and what to say when you disagree.';
    expect(verdict(text)).toBe('content');
    expect(cueIds('Friendship skills for year 3.')).not.toContain('friendship');
  });
  it('a list whose earlier items carry verbs is a sentence, not a list', () => {
    expect(cueIds('Our evenings: we eat, we talk, we help each other and we laugh.')).not.toContain('colon-list');
  });
});

describe('a purpose written in the first person singular is one member\'s contract', () => {
  it.each(['The group should help me work out why I drink when I am lonely.', 'To let me practise saying no without feeling guilty.'])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it('"we" written by members is not first person singular', () => {
    expect(verdict('We are parents who help each other through the diagnosis.')).toBe('common-cause');
  });
});

describe("members' own behaviour, with a modifier, is an individual outcome", () => {
  it('"their risk-taking behaviour"', () => {
    expect(verdict('Pupils attend to reduce their disruptive behaviour and raise their school attendance.')).toBe('individual');
  });
});

describe('talks given by a clinical team are worker-centred', () => {
  it('talks given by the nursing team', () => {
    expect(verdict('Patients attend talks given by the nursing team.')).toBe('worker');
  });
  it('a team of members is not a clinical team', () => {
    expect(cueIds('Meetings are run by a team of parents who support one another.')).not.toContain('done-by-expert');
  });
});

describe('"the focus is on" a list is content', () => {
  it('names subjects', () => {
    expect(verdict('The main focus is on diet, sleep and pacing for people with ME.')).toBe('content');
  });
});

describe("each member's own outcome after \"to\" is casework", () => {
  it('"for each client to reach"', () => {
    expect(verdict('The aim is for every client to gain a job within six months.')).toBe('individual');
  });
  it('"for each member to help the others" is mutual', () => {
    expect(verdict('The aim is for each member to help the others through the first winter.')).toBe('common-cause');
  });
});

describe('a group offered as self-improvement is casework', () => {
  it('"if you want to feel calmer"', () => {
    expect(verdict('Come along if you want to feel calmer and more in control.')).toBe('individual');
    expect(cueIds('Come along if you want to feel calmer and more in control.')).toContain('self-improvement');
  });
  it('wanting to feel less alone is a reason to meet others', () => {
    expect(cueIds('Come if you want to feel less alone with your grief.')).not.toContain('self-improvement');
  });
});

describe('what a worker hands over decides, even when it is personalised', () => {
  it.each([
    'A physiotherapist runs the class and gives each patient a personal exercise plan.',
    'The pharmacist will provide individual medication plans to every resident.',
    'Our staff offer advice to help each tenant keep their own tenancy.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('worker');
  });
  it('personal plans with no worker handing them over stay casework', () => {
    expect(verdict('Each resident works on a personal exercise plan during the group.')).toBe('individual');
  });
  it('a worker who helps (rather than hands over) each member towards their own goals stays casework', () => {
    expect(verdict('The group helps each member reach their individual goals, and a counsellor attends.')).toBe('individual');
  });
});

describe('an invitation or a note on logistics is not a theme', () => {
  it.each(['All parents welcome.', 'Open to all ages.', 'Free of charge, no need to book.'])('%s', (text) => {
    expect(cueIds(text)).not.toContain('theme-title');
    expect(verdict(text)).toBe('common-cause');
  });
});

describe('a condition that contains an outcome word is not an outcome', () => {
  it('"motor neurone disease" names who, "fine motor skills" is an individual outcome', () => {
    expect(cueIds('For families living with motor neurone disease, a place to meet others who understand.')).not.toContain('individual-outcomes');
    expect(cueIds('Residents keep up their fine motor skills.')).toContain('individual-outcomes');
  });
});

describe('an evening or workshop on a subject is content', () => {
  it('"an evening on"', () => {
    expect(verdict('Come to an evening on sleep problems in toddlers, with tips on routines, naps and night waking.')).toBe('content');
  });
  it('"talk about" what members go through is not "a talk on"', () => {
    expect(cueIds('Sisters meet to talk about what they are going through and to stick together.')).not.toContain('group-on');
  });
});

describe("raising or keeping up members' own abilities is casework", () => {
  it.each(["The aim is to build participants' coping skills so they manage better at home.", 'Residents maintain their memory and mobility through weekly exercises.'])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it('members building their skills together for a shared aim is not', () => {
    expect(cueIds('Tenants build their organising skills together to win repairs.')).not.toContain('members-measures');
  });
});

describe('being signposted or referred is receiving', () => {
  it('"will be signposted to services"', () => {
    expect(verdict('Families will be signposted to local services and referred for benefits advice.')).toBe('worker');
  });
});

describe('a bulleted run of short items is a list of themes', () => {
  it('bullets without a verb', () => {
    const text = '\u2022 Sleep \u2022 Eating well \u2022 Money worries \u2022 Going back to work';
    expect(verdict(text)).toBe('content');
    expect(cueIds(text)).toContain('bullet-list');
  });
  it('bullets that carry members helping one another are not themes', () => {
    expect(cueIds('\u2022 We listen to each other \u2022 We share what works \u2022 We stick together')).not.toContain('bullet-list');
  });
});

describe('a fragment under a heading that names the purpose is not a theme', () => {
  it('WHO / WHY headings', () => {
    const text = 'WHO: Dads of premature babies. WHAT: A group where we back each other up. WHY: Because nobody should sit in the unit alone.';
    expect(cueIds(text)).not.toContain('theme-title');
    expect(verdict(text)).toBe('common-cause');
  });
});

describe('a list of what members take part in is content', () => {
  it.each(['Children will take part in puppetry, drumming and storytelling.', 'Members join in gardening, baking and painting each week.'])('%s', (text) => {
    expect(verdict(text)).toBe('content');
    expect(cueIds(text)).toContain('take-part-in');
  });
  it('taking part in meetings where members help one another is not', () => {
    expect(verdict('Parents take part in weekly meetings with other parents to swap ideas, share what works, and give and receive support.')).toBe('common-cause');
  });
});

describe('informing or teaching members about a subject is worker-centred', () => {
  it('"to inform patients about"', () => {
    expect(verdict('The group is here to inform relatives about the ward and its routines.')).toBe('worker');
  });
  it('members informing others about their condition is not', () => {
    expect(cueIds('Members inform others about living with epilepsy and campaign together.')).not.toContain('educate');
  });
});

describe('targets agreed one by one and a toolkit of one\'s own are casework', () => {
  it.each(['Each pupil will agree two targets with the learning mentor.', 'You will put together your own toolkit for calming down.'])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
  });
  it('a goal the members agree together is shared', () => {
    expect(verdict('Residents agree a common goal and work together to reach it.')).toBe('common-cause');
  });
});

describe('short example-list fragments', () => {
  it('sharing ways of coping is members sharing, not a theme', () => {
    expect(cueIds('Swapping ways to cope with a partner who drinks')).not.toContain('theme-title');
    expect(verdict('Swapping ways to cope with a partner who drinks')).toBe('common-cause');
  });
  it("one member's grades, as a fragment, are casework", () => {
    expect(verdict("Raising every pupil's reading in year 4")).toBe('individual');
  });
  it('a fragment that opens by teaching members is worker-centred', () => {
    expect(verdict('Training carers in safe lifting')).toBe('worker');
    expect(verdict('To instruct patients in using their inhalers')).toBe('worker');
  });
  it('teaching one another is member to member', () => {
    expect(verdict('Teaching each other the tricks of living with one hand')).toBe('common-cause');
  });
});

describe('"is going to be about" names what the group is about', () => {
  it('future phrasing', () => {
    expect(verdict('The group is going to be about exam stress and sleep.')).toBe('content');
  });
});

describe('members given time of their own, one after another, is individual work in a group', () => {
  it.each([
    'At the drop-in, every parent has five minutes to talk through their own difficulty as the others listen.',
    'Each resident gets fifteen minutes with the group to work on their own plan.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('individual');
    expect(cueIds(text)).toContain('one-at-a-time');
  });

  it('others who listen and then answer are taking part, not waiting their turn', () => {
    expect(cueIds('One member tells what happened this week while the others listen and then respond with what helped them.')).not.toContain('one-at-a-time');
  });
});

describe('a worker or agency that keeps the final decision makes the purpose worker-centred', () => {
  it.each([
    'The advisory panel gives its views to the manager, who makes the final decisions on the service.',
    'Residents suggest changes to the home, but the final say rests with the staff.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('worker');
    expect(cueIds(text)).toContain('worker-decides');
  });

  it('a decision the members keep is not', () => {
    expect(cueIds('Members weigh the options together and the final decision rests with the group.')).not.toContain('worker-decides');
  });
});

describe('a question that opens a flyer is a hook, not a theme', () => {
  it.each([
    ['Lonely since the move? Here newcomers meet to swap tips and look out for one another.', 'common-cause'],
    ['Tired of arguing about screen time? Our family therapist will give you the tools to set limits.', 'worker'],
  ])('%s', (text, expected) => {
    expect(cueIds(text)).not.toContain('theme-title');
    expect(verdict(text)).toBe(expected);
  });

  it('a short title without a question mark is still a theme', () => {
    expect(cueIds('Managing money after a divorce')).toContain('theme-title');
  });
});

describe('worker-centred and individual wording found in the twelfth blind set, in other words', () => {
  it('learning from specialists named with a modifier is worker-centred, learning from peer leaders is not', () => {
    expect(verdict('Foster carers will learn from our child-development specialists.')).toBe('worker');
    expect(cueIds('Carers learn from peer leaders who have been there.')).not.toContain('learn-from-experts');
  });

  it('a worker who helps people named by what they do or are is the helper', () => {
    expect(cueIds('A nurse helps survivors understand their scans.')).toContain('worker-helps');
  });

  it('each member supported to work on the goals of their own plan is individual', () => {
    expect(verdict('Every resident will be supported to work on the targets in their care plan.')).toBe('individual');
  });
});

describe('objectives listed after "each member will:" are individual, and a worker who models is the teacher', () => {
  it('reads a numbered list of each member\'s outcomes as individual', () => {
    expect(verdict('At the end, every student will: (a) identify three study habits; (b) improve their attendance.')).toBe('individual');
    expect(cueIds('At the end, every student will: (a) identify three study habits; (b) improve their attendance.')).toContain('each-will');
  });

  it('reads a worker who models a skill for members to watch as worker-centred, and members modelling for one another as not', () => {
    expect(verdict('The nurse models safe lifting while carers look on.')).toBe('worker');
    expect(cueIds('The leaders model for the group how to ask for help, then members try it with one another.')).not.toContain('worker-teaches');
  });
});

describe('wording found in the fourteenth blind set, in other words', () => {
  it('reads "parents helping parents" as mutual aid, not a theme title', () => {
    expect(cueIds('Parents helping parents.')).toContain('same-helping-same');
    expect(verdict('Parents helping parents.')).toBe('common-cause');
    expect(cueIds('Parents helping teachers.')).not.toContain('same-helping-same');
  });

  it('reads the goals of a member\'s own treatment plan as individual, unless members urge one another on', () => {
    expect(cueIds('The art group lets each patient work towards their rehabilitation plans.')).toContain('clinical-goals');
    expect(cueIds('Members push one another to keep to their recovery plans.')).not.toContain('clinical-goals');
  });

  it('reads members reporting their own progress, and staff who run the work while members are kept informed, for what they are', () => {
    expect(cueIds('The most improved member gets a prize each month.')).toContain('progress-report');
    expect(verdict('Staff volunteers will run the garden project and keep the neighbours updated.')).toBe('worker');
  });
});

describe('wording found in the fifteenth blind set (written to provoke false alarms), in other words', () => {
  it('weighs what a contrasting "but" sets aside at half, and "but also" sets nothing aside', () => {
    expect(verdict('Each member may keep personal goals, but the circle is for widowers backing one another through the first year.')).toBe('common-cause');
    expect(verdict('Members chat over coffee, but each member works on a personal weight-loss plan.')).toBe('individual');
    const also = analysePurpose('Neighbours swap tools but also look out for one another.', LEXICON).sentences.flatMap((s) => s.cues);
    expect(also.every((c) => !c.note.includes('set aside'))).toBe(true);
  });

  it('does not read an agenda the members set, or topics that come from them, as content', () => {
    expect(cueIds('The worker books the room; the young people set the agenda.')).not.toContain('topics');
    expect(cueIds('Topics grow out of whatever members bring.')).not.toContain('topics');
    expect(cueIds('There is no set syllabus.')).not.toContain('topics');
    expect(cueIds('The agenda covers budgeting and debt.')).toContain('topics');
  });

  it('does not read one member presenting as casework when the whole group then works on it together', () => {
    expect(cueIds('Each week one nurse presents a case and the whole group works it through together.')).not.toContain('one-at-a-time');
    expect(cueIds('Each week one nurse presents a case while the others watch.')).toContain('one-at-a-time');
  });

  it('reads a personal target agreed by each member, and a worker going through each member\'s work in turn, as individual', () => {
    expect(verdict('Each pupil will agree a personal reading target with the teacher.')).toBe('individual');
    expect(cueIds("The counsellor steps through every member's weekly log.")).toContain('through-each');
  });
});

describe('wording found in the sixteenth blind set (false alarms again), in other words', () => {
  it('weighs an opening "although" clause at half', () => {
    expect(verdict('Although members will chat with one another, the heart of the group is the talk from our pharmacist, who answers their questions.')).toBe('worker');
  });

  it('does not read "I" telling a past story as a member\'s own contract', () => {
    expect(cueIds('I came because I thought nobody else had a brother in prison.')).not.toContain('first-person');
    expect(cueIds('I will practise saying no at work.')).toContain('first-person');
  });

  it('reads others in the same position as mutual, and activities named twice in a sentence once', () => {
    expect(cueIds('A place for new fathers to be with others in the same boat.')).toContain('same-position');
    const activities = analysePurpose('A chess club for retired miners who gave up the game years ago and miss the crafts of the pit.', LEXICON).sentences.flatMap((s) => s.cues).filter((c) => c.id === 'activities');
    expect(activities.length).toBeLessThanOrEqual(1);
  });

  it('does not read learning about a condition from one another as content, but reads sessions that go through topics as content', () => {
    expect(cueIds('Newly diagnosed members learn about life with MS from each other.')).not.toContain('will-cover');
    expect(cueIds('The six sessions will go through rent, bills and bank accounts.')).toContain('will-cover');
  });

  it('reads a service that gives each member comfort and guidance, or checks that each one understands, as worker-centred', () => {
    expect(cueIds('Our volunteers visit weekly, giving each family the advice and support they need.')).toContain('gives-each');
    expect(cueIds('The nurse then checks that every patient understands the leaflet.')).toContain('checks-each');
  });
});

describe('wording found in the seventeenth blind set, in other words', () => {
  it('does not read a worker planning the group in the first person as a member\'s contract', () => {
    expect(cueIds('I will facilitate six sessions for new foster carers.')).not.toContain('first-person');
    expect(cueIds('I will try one new way of asking for help each week.')).toContain('first-person');
  });

  it('reads sessions held on a run of topics as content', () => {
    expect(verdict('We will hold three evening workshops on wills, pensions and care fees.')).toBe('content');
  });

  it('reads growing in one\'s personal walk, and healing from one\'s own hurts, as individual', () => {
    expect(cueIds('A course for anyone who wants to heal from their own past.')).toContain('own-journey');
    expect(cueIds('Deepen your personal walk with God.')).toContain('own-journey');
  });

  it('reads people named by an agent noun who are provided with help, or linked to services, as on the receiving end', () => {
    expect(cueIds('To equip growers with tools.')).toContain('provide-with');
    expect(cueIds('To connect caregivers with local services.')).toContain('links-to-services');
  });
});

describe('wording found in the eighteenth blind set, in other words', () => {
  it('reads a group named by its subject matter as content', () => {
    expect(verdict('Film discussion club for retired teachers')).toBe('content');
  });

  it('reads helping members build confidence or reduce anxiety as individual, unless they do it together', () => {
    expect(cueIds('The group helps young people with shyness gain self-confidence.')).toContain('help-build-own');
    expect(cueIds('The group helps young people gain confidence together.')).not.toContain('help-build-own');
  });

  it('reads a self-improvement title in the first person as individual, and a situation in the first person as a theme', () => {
    expect(verdict('Building my confidence at work')).toBe('individual');
    expect(cueIds('Coping with my sister\'s illness')).toContain('theme-title');
  });

  it('reads a testimonial about the worker who knew what to say as worker-centred', () => {
    expect(verdict('What I valued was that the facilitator always knew what to say.')).toBe('worker');
  });

  it('reads experts who walk members through a subject as worker-centred, and members who walk others through as not', () => {
    expect(cueIds('A team of lawyers will walk participants through the paperwork.')).toContain('walked-through');
    expect(cueIds('Members who have done it before walk the others through the forms.')).not.toContain('walked-through');
  });

  it('weighs a trailing "while" clause at half', () => {
    const cues = analysePurpose('Our nurses help patients manage pain, while members learn from hearing one another.', LEXICON).sentences.flatMap((s) => s.cues);
    expect(cues.find((c) => c.id === 'reciprocal')?.note).toContain('set aside');
  });
});

describe('wording found in the nineteenth blind set, in other words', () => {
  it('reads a monthly schedule of topics after a hook as content', () => {
    expect(verdict("New to caring? This week we're covering respite, benefits and sleep.")).toBe('content');
    expect(cueIds("This month's speaker is a housing officer.")).toContain('this-month');
  });

  it('reads "becoming more confident" as a member\'s own change, not a theme title', () => {
    expect(verdict('Getting more organised with homework')).toBe('individual');
    expect(cueIds('Feeling less alone after a diagnosis')).not.toContain('self-improvement');
  });

  it('reads hearing from a panel of advisers as worker-centred', () => {
    expect(cueIds('Hear from our panel of debt advisers at the next meeting.')).toContain('hear-from-experts');
  });
});

describe('wording found in the twentieth blind set, in other words', () => {
  it('reads helping members lower their anxiety as individual', () => {
    expect(cueIds('To help fathers of newborns lower their stress.')).toContain('help-build-own');
  });

  it('reads a professional team that runs the evening, and one-to-one advice received, as worker-centred', () => {
    expect(verdict('The advice team will run a drop-in where tenants receive one-to-one advice on arrears.')).toBe('worker');
  });

  it('reads a member crediting the worker as the helper as worker-centred', () => {
    expect(verdict('What helped me most was the nurse who led the group.')).toBe('worker');
  });

  it('reads experts named in a list who present to the group as worker-centred, with chat afterwards set aside', () => {
    expect(verdict('Each week speakers from housing, health and law present to the group, followed by time for members to chat with one another.')).toBe('worker');
  });
});

describe('wording found in the twenty-first blind set, in other words', () => {
  it('reads a negated mutual-aid cue as not counting', () => {
    const kinds = analysePurpose('This is not a peer-led group. Each month a nurse presents the latest guidance.', LEXICON).sentences.flatMap((s) => s.cues.map((c) => c.kind));
    expect(kinds).not.toContain('mutual');
    expect(analysePurpose('This is a peer-led group.', LEXICON).sentences.flatMap((s) => s.cues.map((c) => c.kind))).toContain('mutual');
    expect(verdict('This is not a peer-led group. Each month a nurse presents the latest guidance.')).toBe('worker');
  });

  it('reads each member examining their own habits and setting a personal limit as individual', () => {
    expect(verdict('Each participant examines their own spending and sets a personal limit.')).toBe('individual');
  });

  it('reads a first-person title about settling in as the member\'s own, and "I" in a question as the reader\'s', () => {
    expect(verdict('Finding my way after moving countries')).toBe('individual');
    expect(cueIds('What will I get out of it?')).not.toContain('first-person');
  });

  it('reads a testimonial that the best part was the doctor as worker-centred', () => {
    expect(verdict('The best part was Dr Khan, who answered every question.')).toBe('worker');
  });
});

describe('wording found in the twenty-second blind set, in other words', () => {
  it('does not read a short sentence with a pronoun as a theme title', () => {
    expect(cueIds('None of us saw it coming.')).not.toContain('theme-title');
  });

  it('does not read what members agree together that they want as individual', () => {
    expect(cueIds('Tenants meet to decide together what they want from the landlord.')).not.toContain('what-you-want');
    expect(cueIds('Each week you work on what you really want.')).toContain('what-you-want');
  });

  it('reads making safety plans in a list of topics as content, not as each member\'s plan', () => {
    expect(verdict('Sessions focus on spotting warning signs, making safety plans and knowing your rights.')).toBe('content');
  });

  it('reads a worker described at some length who knew what to say as worker-centred', () => {
    expect(verdict('The counsellor who led the group knew exactly what to say to each of us.')).toBe('worker');
  });
});
