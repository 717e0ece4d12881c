import { defineRule } from '../rule';
import { checkFailingPurpose } from '../purpose/report';

export default defineRule({
  meta: {
    id: 'purpose-describes-content',
    description: 'The purpose defines the group by its topics, sessions, curriculum or activities.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'The most common planning slip is to answer "what is the purpose?" with what the group will talk about or do. Topics, sessions and activities are the content of the group and belong under Content. The purpose is the group’s common cause: who the members are together (the situation or need they share), what they will do for one another, and the aim they share. Education is not the problem: a psychoeducational group passes when it names the shared need and how members help one another, and "meet to discuss their experiences and support one another" is a common cause, while "will discuss budgeting, stress and nutrition" is content. The statement is judged sentence by sentence and its verdict comes from the main purpose clause; a topics sentence next to a clear common cause is only a hint (purpose-weak-common-cause), while in a statement that fails another way (each member’s own goals, say) it gets a finding of its own, which a grade does not count twice. How the verdict is reached: a model trained on purpose statements that people wrote for real groups, labelled by hand, weighs the statement\'s words and the checker\'s cues, and the finding names the words that weighed most. It agrees with a careful reader most of the time, not always: if it misreads a statement, report the sentence (how: README, "How the judgments are made").',
    source: 'Steinberg 2014, ch. 1',
    examples: [
      {
        title: 'A purpose that lists topics, with no Content section yet',
        text: '# Plan\n\n## Purpose\n\nOver eight weeks the group will discuss budgeting, stress and nutrition.\n\n## Norms\n\n- Members talk to one another.\n',
        messages: [
          "\"discuss budgeting, stress and nutrition\" lists topics, and that belongs under Content. A purpose says who the members are together and what they will do for one another.",
        ],
        fixed: "# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\n## Content\n\nOver eight weeks the group will discuss budgeting, stress and nutrition.\n\n## Norms\n\n- Members talk to one another.\n",
      },
      {
        title: 'A content sentence moves into the existing Content section',
        text: '# Plan\n\n## Purpose\n\nSessions will cover anger triggers, calming techniques and assertive talk. Week one is about what makes us angry.\n\n## Content\n\nMembers choose the order of themes.\n',
        messages: [
          "\"Sessions will cover anger triggers, calming techniques and assertive talk\" lists topics, and that belongs under Content. A purpose says who the members are together and what they will do for one another.",
        ],
        fixed: "# Plan\n\n## Purpose\n\nThis group brings together [people who share a situation] so that they can [what members will do for one another] as they [the aim they share].\n\n## Content\n\nMembers choose the order of themes.\n\nSessions will cover anger triggers, calming techniques and assertive talk. Week one is about what makes us angry.\n",
      },
      {
        title: 'A topics sentence in a purpose that fails another way gets its own finding',
        text: '# Plan\n\n## Purpose\n\nThe group will help each member reach the goals in their treatment plan. Topics will include anger, stress and sleep.\n\n## Content\n\nWeekly themes.\n',
        messages: ['"Topics will include anger, stress and sleep" lists topics, and that belongs under Content. A purpose says who the members are together and what they will do for one another.'],
      },
      {
        title: '"Discuss" in the member-to-member sense is a common cause',
        text: '# Plan\n\n## Purpose\n\nParents of children with autism meet to discuss their experiences and support one another as they face school and services.\n',
        messages: [],
      },
      {
        title: 'A psychoeducational group that names the shared need and mutual help passes',
        text: '# Plan\n\n## Purpose\n\nThis group brings together people newly diagnosed with diabetes so that they can learn about the condition together and help one another manage the changes it brings.\n',
        messages: [],
      },
    ],
  },
  check(ctx) {
    checkFailingPurpose('content', ctx);
  },
});
