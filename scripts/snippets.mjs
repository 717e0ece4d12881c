// Generates snippets/groupplan.code-snippets from the engine's templates and the norm list, so the
// skeletons always match the sections the checker expects. `node scripts/snippets.mjs` writes the
// file (after `npm run build`); `buildSnippets` is also used by the test that keeps it in date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** What each group type's plan must also say (domain brief section 7), in our words. */
export const TYPE_NOTES = {
  classic: {
    label: 'classic (long-term, closed)',
    frontMatter: ['sessions: ${S:30}', 'session-length: ${L:90 minutes}', 'size: ${Z:8}'],
    structure: 'A small, closed group that meets over many months: say how often it meets, and from when no new members join.',
  },
  'single-session': {
    label: 'single-session',
    frontMatter: ['sessions: 1', 'session-length: ${L:2 hours}', 'size: ${Z:10}'],
    structure: 'The first meeting is also the last: say what members can reach in this one meeting, how they will find common ground quickly, and how the worker will use authority lightly.',
  },
  'short-term': {
    label: 'short-term',
    frontMatter: ['sessions: ${S:8}', 'session-length: ${L:90 minutes}', 'size: ${Z:8}'],
    structure: 'A small closed group of two to twelve meetings: say how members will build a sense of "we" fast, and what they can realistically achieve together in that time.',
  },
  'open-ended': {
    label: 'open-ended',
    frontMatter: ['session-length: ${L:90 minutes}', 'size: ${Z:about 10}'],
    structure: 'Members come and go: say how newcomers are welcomed and oriented, how each meeting can stand on its own, and how the purpose is restated for the people in the room.',
  },
  'very-large': {
    label: 'very large',
    frontMatter: ['sessions: ${S:6}', 'session-length: ${L:2 hours}', 'size: ${Z:24}'],
    structure: 'Fifteen or more members: say how the group will break into three or four small working groups, and how every member gets a real say.',
  },
};

const NORM_PROMPT = 'A norm you will tell prospective members, in your words, and the dynamic of mutual aid it sets in motion';
const NORM_PROMPT_MORE = 'Another norm: how members will talk, decide, help and differ';

const SUPPRESSIONS = [
  ['disable-next-line', 'Turn a rule off for the next line only.'],
  ['disable', 'Turn a rule off from here on (until a groupplan-enable comment).'],
  ['enable', 'Turn a rule back on after a groupplan-disable comment.'],
  ['disable-file', 'Turn a rule off for the whole file.'],
];

// Numbers tab stops from `first` upwards, in the order they appear; the final $0 is dropped.
function renumber(body, first) {
  const map = new Map();
  let next = first;
  const out = body.replace(/\$\{(\d+)(?=[:|}])|\$(\d+)/g, (m, a, b) => {
    const n = a ?? b;
    if (n === '0') return m;
    if (!map.has(n)) map.set(n, next++);
    return a ? `\${${map.get(n)}` : `$${map.get(n)}`;
  });
  return { text: out, next };
}

// Replaces the named placeholders of the front-matter lines (${S:...}) by numbered tab stops.
function numberNamed(lines, first) {
  let next = first;
  const text = lines.map((l) => l.replace(/\$\{[A-Z]:/g, () => `\${${next++}:`));
  return { lines: text, next };
}

function escapeText(s) {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Builds the snippet file's object from the engine module and the norms data. */
export function buildSnippets(engine, normsData) {
  const { TEMPLATES, GROUP_TYPES, purposeSnippet } = engine;
  const snippets = {};
  for (const template of Object.values(TEMPLATES)) {
    for (const type of GROUP_TYPES) {
      const note = TYPE_NOTES[type];
      let stop = 2;
      const fm = numberNamed(note.frontMatter, stop);
      stop = fm.next;
      const lines = ['---', 'groupplan: true', 'title: ${1:Name of the group}', `type: ${type}`, ...fm.lines];
      lines.push('---', '', '# ${1}: a pre-group plan', '');
      for (const el of template.elements) {
        lines.push(`## ${el.title}`, '');
        if (el.id === 'purpose') {
          const p = renumber(purposeSnippet(), stop);
          stop = p.next;
          lines.push(p.text);
        } else if (el.id === 'norms') {
          // Prompts, not stock norms: the norms are the student's decision (Steinberg 2014, ch. 2).
          lines.push(`- \${${stop++}:${escapeText(NORM_PROMPT)}}`, `- \${${stop++}:${escapeText(NORM_PROMPT_MORE)}}`);
        } else {
          lines.push(`\${${stop++}:${escapeText(el.question)}}`);
          if (el.id === 'structure' || el.id === 'contract') lines.push('', `\${${stop++}:${escapeText(note.structure)}}`);
        }
        lines.push('');
      }
      lines.push('$0');
      snippets[`Plan skeleton: ${template.id}, ${type}`] = {
        scope: 'markdown',
        prefix: [`gp-plan-${template.id}-${type}`, ...(template.id === 'kurland' ? [`gp-plan-${type}`] : [])],
        body: lines,
        description: `A whole pre-group plan for ${/^[aeiou]/i.test(note.label) ? 'an' : 'a'} ${note.label} group, with the sections of the ${template.name}.`,
      };
    }
  }
  const seen = new Set();
  for (const template of Object.values(TEMPLATES)) {
    for (const el of template.elements) {
      if (seen.has(el.id)) continue;
      seen.add(el.id);
      let body;
      if (el.id === 'purpose') body = [`## ${el.title}`, '', purposeSnippet(), ''];
      else if (el.id === 'norms') body = [`## ${el.title}`, '', `- \${1:${escapeText(NORM_PROMPT)}}`, `- \${2:${escapeText(NORM_PROMPT_MORE)}}`, '$0'];
      else body = [`## ${el.title}`, '', `\${1:${escapeText(el.question)}}`, ''];
      snippets[`Section: ${el.title}`] = {
        scope: 'markdown',
        prefix: `gp-section-${el.id}`,
        body,
        description: `The ${el.title} section of a plan: ${el.question}`,
      };
    }
  }
  snippets['Purpose statement (common cause)'] = {
    scope: 'markdown',
    prefix: 'gp-purpose',
    body: [purposeSnippet()],
    description: 'The purpose rewrite template: who the members are together, what they will do for one another, and the aim they share (Steinberg 2014, ch. 1).',
  };
  snippets['Norms that set mutual aid in motion'] = {
    scope: 'markdown',
    prefix: 'gp-norms',
    body: ['## Norms', '', ...normsData.norms.map((n) => `- ${escapeText(n.text)}`), '$0'],
    description: `A norms section with the norms that set mutual aid in motion and confidentiality, one line each (${normsData.source.replace(/\.$/, '')}).`,
  };
  snippets['Session outline'] = {
    scope: 'markdown',
    prefix: 'gp-session',
    body: [
      '### Session ${1:1}: ${2:theme the members chose}',
      '',
      '- **Opening:** ${3:the worker restates the purpose in a sentence and invites members to say what they want from today.}',
      '- **Work:** ${4:members take up the concerns raised, talking to one another; the worker turns questions back to the group and links what members say.}',
      '- **Ending:** ${5:members say what was useful and what they want to take up next time.}',
      '',
      '$0',
    ],
    description: 'One meeting of the group: an opening that ties back to the purpose, the work members do with one another, and an ending.',
  };
  snippets['Front matter of a plan'] = {
    scope: 'markdown',
    prefix: 'gp-front-matter',
    body: ['---', 'groupplan: true', 'title: ${1:Name of the group}', `type: \${2|${GROUP_TYPES.join(',')}|}`, 'sessions: ${3:8}', 'session-length: ${4:90 minutes}', 'size: ${5:8}', '---', '', '$0'],
    description: 'Front matter that marks the file as a group plan and declares its type, number and length of sessions, and size.',
  };
  for (const [kind, description] of SUPPRESSIONS) {
    snippets[`Suppression: groupplan-${kind}`] = {
      scope: 'markdown',
      prefix: `gp-${kind}`,
      body: [kind === 'enable' ? '<!-- groupplan-enable ${1:rule-id} -->' : `<!-- groupplan-${kind} \${1:rule-id} -->`],
      description: `${description} Leave the rule id out to mean every rule.`,
    };
  }
  return snippets;
}

/** The file's text: pretty JSON with a trailing newline. */
/** The norms the norms snippet lists, from the engine's catalogue (one source for snippet and fix). */
export function normsFromEngine(engine) {
  return { source: engine.NORMS_SOURCE, norms: engine.SNIPPET_NORMS };
}

export function snippetsText(engine, normsData) {
  return `${JSON.stringify(buildSnippets(engine, normsData), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const require = createRequire(import.meta.url);
  const engine = require('../dist/engine.cjs');
  writeFileSync(new URL('../snippets/groupplan.code-snippets', import.meta.url), snippetsText(engine, normsFromEngine(engine)));
  console.log('wrote snippets/groupplan.code-snippets');
}
