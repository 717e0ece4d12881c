// Writes samples/class/: a small class of invented student submissions (Markdown, text and Word),
// plus a corrupt Word file, an empty file and an unsupported PDF, for `groupplan grade` and its tests.
// Run: node scripts/make-class-samples.mjs [outDir]
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const out = path.resolve(process.argv[2] ?? 'samples/class');

// A Word document from a tiny outline: ['h1', text], ['h2', text], ['b', bold line], ['p', text], ['li', text], ['em', text].
async function docxFrom(outline) {
  const children = outline.map(([kind, text]) => {
    if (kind === 'h1') return new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    if (kind === 'h2') return new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
    if (kind === 'li') return new Paragraph({ text, bullet: { level: 0 } });
    if (kind === 'b') return new Paragraph({ children: [new TextRun({ text, bold: true })] });
    if (kind === 'em') return new Paragraph({ children: [new TextRun({ text, italics: true })] });
    return new Paragraph({ text });
  });
  const doc = new Document({ creator: 'groupplan samples', title: 'Pre-group plan', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

const files = {
  // A complete plan with a common-cause purpose, norms and evaluation.
  'ana-lopez.md': `---
groupplan: true
title: New fathers' circle
type: short-term
sessions: 10
size: 8
---

# New fathers' circle

## Need

Fathers in their first year of parenthood at the family centre say that antenatal classes spoke
mostly to mothers, and that they have no one to compare notes with. Twenty-three fathers signed the
centre's interest sheet in the spring.

## Purpose

This group brings together first-time fathers so that they can swap what they are learning, back one
another through the tiring first year, and together build the confidence to be the parent they want
to be.

## Composition

Eight fathers whose first child is under one year old, self-referred or referred by health visitors.

## Structure

A closed group of ten weekly meetings of 90 minutes on Saturday mornings at the family centre,
with a crèche in the next room. With only ten meetings, the first one is spent building a sense of
"we" quickly: members find what they have in common before any other work. The aim is realistic for
the time: each father leaves with a few others he can call, not with every question answered.

## Content

Members choose the themes together in the first meeting; sleep, returning to work and sharing the
load at home are likely. Most of each meeting is left for members to work on what matters that week.

## Pre-group contact

The worker phones each father before the group starts to hear what he hopes for, explain the
purpose, and name the norms below.

## Agency context

The family centre's mission includes support for both parents; the manager has agreed to fund the
crèche and the room.

## Social context

Fathers are often treated as helpers rather than parents. The group gives members a place where
their role is taken seriously.

## Norms

- Members talk directly to one another whenever they have something to say.
- We share what we have tried and what we have learned, and others decide what fits them.
- Decisions about the group are made together, and everyone has a real say.
- Different views are welcome and talked through with respect.
- We help one another by telling what we have lived through, not by handing out advice.
- We look out for one another on hard weeks too; disagreeing with someone is not rejecting him.
- What is said in the group stays in the group, except where someone may be at risk of harm.

## Evaluation

At the fifth and last meetings, members and the worker review together how well they helped one
another and whether the group is meeting its purpose; a short anonymous form asks the same.
`,

  // Content instead of purpose, several parts missing, no norms.
  'ben-okafor.md': `# Stress management group for college students

## Purpose

Topics will include time management, sleep, test anxiety and healthy eating. Each session the
facilitator will present one topic and members will complete a worksheet.

## Composition

Up to twelve first-year students referred by the counselling service.

## Content

- Week 1: introductions and the stress curve
- Week 2: time management
- Week 3: sleep
- Week 4: test anxiety

## Evaluation

We will count how many students attend each week and hand out a satisfaction survey at the end.
`,

  // A student in a folder of their own, submitting a Word document with headings and lists.
  'chen-wei/plan.docx': [
    ['h1', 'Kinship carers group'],
    ['h2', 'Need'],
    ['p', 'Grandparents raising grandchildren in our borough often care for them without any formal support, and tell the kinship team they feel isolated.'],
    ['h2', 'Purpose'],
    ['p', 'This group brings together grandparents who are raising their grandchildren so that they can support one another and share what they know as they take on a second round of parenting.'],
    ['h2', 'Composition'],
    ['p', 'Six to nine kinship carers known to the kinship team.'],
    ['h2', 'Structure'],
    ['p', 'An open-ended group that meets fortnightly for two hours at the community library.'],
    ['h2', 'Content'],
    ['p', 'Members set the agenda at the start of each meeting.'],
    ['h2', 'Recruitment'],
    ['p', 'The kinship team tells carers about the group at home visits.'],
    ['h2', 'Agency context'],
    ['p', 'The council kinship team sponsors the group and pays for the room.'],
    ['h2', 'Social context'],
    ['p', 'Kinship care is rarely noticed by schools and services.'],
    ['h2', 'Ground rules'],
    ['li', 'Members speak to one another, not only to the worker.'],
    ['li', 'Newcomers are welcomed and told the purpose at every meeting.'],
    ['em', 'Members share their own experience rather than giving advice.'],
  ],

  // A Word document whose headings are typed as bold lines; no norms and no evaluation.
  'dara-singh.docx': [
    ['h1', 'Tenants together'],
    ['b', 'Need'],
    ['p', 'Tenants of the Riverside blocks have waited months for repairs.'],
    ['b', 'Purpose'],
    ['p', 'Tenants of the Riverside blocks will work together to get the landlord to carry out repairs.'],
    ['b', 'Composition'],
    ['p', 'Any tenant of the three blocks.'],
    ['b', 'Structure'],
    ['p', 'Monthly meetings in the community hall.'],
  ],

  // Plain text, no headings: the purpose sentence near the top counts.
  'eli-moreau.txt': `Bereavement support group plan

The purpose of this group is for adults who have lost a partner in the past two years to support one
another and find their way through grief together.

The group meets weekly for eight weeks at the hospice.
`,

  // The .markdown extension, a worker-led plan with a round-robin habit.
  'farah-haddad.markdown': `---
type: single-session
---

# Caregiver information evening

## Need

Families on the stroke ward leave hospital with many questions and little time to ask them.

## Purpose

This evening is designed to educate family members about stroke recovery. The nurse will provide
members with information on medication and rehabilitation.

## Norms

- Please raise your hand and wait to be called on.
- Each person will take a turn to ask one question.
`,
};

mkdirSync(out, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  const file = path.join(out, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Array.isArray(content) ? await docxFrom(content) : content);
}
// A Word file cut off half-way, as happens with a failed upload.
const whole = await docxFrom([['h1', 'Plan'], ['p', 'This upload was interrupted.']]);
writeFileSync(path.join(out, 'gil-corrupt.docx'), whole.subarray(0, Math.floor(whole.length / 2)));
// A submission with no content at all.
writeFileSync(path.join(out, 'hana-empty.md'), '');
// A format the grader does not read.
writeFileSync(path.join(out, 'ivan-petrov.pdf'), '%PDF-1.4\n% placeholder: a PDF submission\n%%EOF\n');
process.stdout.write(`Wrote the class samples to ${path.relative(process.cwd(), out) || out}\n`);
