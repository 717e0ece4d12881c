import { defineRule } from '../rule';
import { insertionPoint, planAnchor, sectionInsertEdit } from '../edits';

/** Elements with a rule of their own; this rule leaves them to it when that rule is registered. */
const DEDICATED: Record<string, string> = { purpose: 'purpose-missing', norms: 'norms-missing', evaluation: 'evaluation-missing' };

export default defineRule({
  meta: {
    id: 'plan-section-missing',
    description: 'A part of the plan that the template requires has no section.',
    defaultSeverity: 'warning',
    fixable: true,
    explanation:
      'Pre-group planning works through each part of a plan in turn: the need, the purpose, who the members are, how the group will run, what it will do, how members are found and prepared, and the agency and community around it. A part left out is a decision not yet made, and it tends to surface later as a problem in the group. Sections are recognised by the meaning words of their headings, so "Who will be in the group?" counts as Composition.',
    source: 'Kurland 1978; Northen and Kurland 2001',
    examples: [
      {
        title: 'A plan with only some of the Kurland parts',
        text: '# Caregivers group\n\n## Need\n\nCarers of people with dementia in our county report isolation.\n\n## Purpose\n\nThis group brings together carers so that they can support one another.\n\n## Norms\n\n- Members talk directly to one another.\n\n## Evaluation\n\nMembers review with the worker how well they helped one another.\n',
        messages: [
          'The plan has no "Composition" section. Expected a section that answers: Who will be in the group, chosen how, and how many: what common ground will members share, and what differences will they bring?',
          'The plan has no "Structure" section. Expected a section that answers: When, where, how often and for how long will the group meet; is it open or closed?',
          'The plan has no "Content" section. Expected a section that answers: What will the group do or talk about in its meetings?',
          'The plan has no "Pre-group contact" section. Expected a section that answers: How will members be found, screened and prepared before the first meeting, with the purpose and norms talked through with each of them?',
          'The plan has no "Agency context" section. Expected a section that answers: What is the sponsoring agency’s mission and policy, and how does it view this group?',
          'The plan has no "Social context" section. Expected a section that answers: How will the wider community see and affect the group?',
        ],
        fixed:
          '# Caregivers group\n\n## Need\n\nCarers of people with dementia in our county report isolation.\n\n## Purpose\n\nThis group brings together carers so that they can support one another.\n\n## Composition\n\n<!-- Who will be in the group, chosen how, and how many: what common ground will members share, and what differences will they bring? -->\n\n## Structure\n\n<!-- When, where, how often and for how long will the group meet; is it open or closed? -->\n\n## Content\n\n<!-- What will the group do or talk about in its meetings? -->\n\n## Pre-group contact\n\n<!-- How will members be found, screened and prepared before the first meeting, with the purpose and norms talked through with each of them? -->\n\n## Agency context\n\n<!-- What is the sponsoring agency’s mission and policy, and how does it view this group? -->\n\n## Social context\n\n<!-- How will the wider community see and affect the group? -->\n\n## Norms\n\n- Members talk directly to one another.\n\n## Evaluation\n\nMembers review with the worker how well they helped one another.\n',
      },
      {
        title: 'Headings phrased as questions and numbered still count',
        text: '# Plan\n\n## I. Statement of need\n\nText.\n\n## II. Why form a support group?\n\nText.\n\n## III. Who will be in the group?\n\nText.\n\n## IV. Meeting arrangements\n\nText.\n\n## V. Session plan\n\nText.\n\n## VI. Recruitment and screening\n\nText.\n\n## VII. Agency sponsorship\n\nText.\n\n## VIII. Community context\n\nText.\n\n## IX. Ground rules\n\n- Text.\n\n## X. Measuring success\n\nText.\n',
        messages: [],
      },
    ],
  },
  check({ plan, config, report }) {
    const anchor = planAnchor(plan);
    for (const element of plan.template.elements) {
      if (!element.required || plan.element(element.id)) continue;
      const dedicated = DEDICATED[element.id];
      if (dedicated && config.rules[dedicated]) continue;
      const at = insertionPoint(plan, element.id);
      report({
        range: anchor,
        message: `The plan has no "${element.title}" section. Expected a section that answers: ${element.question}`,
        fix: { title: `Add ${/^[aeiou]/i.test(element.title) ? 'an' : 'a'} "${element.title}" section`, edits: [sectionInsertEdit(plan, at, element.title, `<!-- ${element.question} -->`)] },
      });
    }
  },
});
