// Parsing a plan: sections by heading aliases, the purpose statement, the norms list, the chunk cache.
import { describe, expect, it } from 'vitest';
import { checkPlan, clearParseCache, parseMarkdown, resolveConfig, RULES, type Plan } from '../../server/src/engine';

const plan = (text: string, template?: string): Plan =>
  checkPlan(text, resolveConfig(template ? [{ name: 't', input: { template } }] : [], RULES).config).plan;
const elementOf = (heading: string, template?: string): string | undefined => plan(`${heading}\n\ntext\n`, template).sections.find((s) => s.heading)?.element?.id;

describe('sections by heading aliases', () => {
  it.each([
    ['## Need', 'need'],
    ['## Needs assessment', 'need'],
    ['## Rationale', 'need'],
    ['## Purpose', 'purpose'],
    ['## Group Purpose:', 'purpose'],
    ['## PURPOSE', 'purpose'],
    ['## Statement of purpose', 'purpose'],
    ['## Mission statement', 'purpose'],
    ['## Aims', 'purpose'],
    ['## Goals of the group', 'purpose'],
    ['## Composition', 'composition'],
    ['## Membership criteria', 'composition'],
    ['## Participants', 'composition'],
    ['## Meeting arrangements', 'structure'],
    ['## Logistics', 'structure'],
    ['## Session plan', 'content'],
    ['## Curriculum', 'content'],
    ['## Recruitment and screening', 'pre-group-contact'],
    ['## Pregroup contact', 'pre-group-contact'],
    ['## Agency sponsorship', 'agency-context'],
    ['## Community context', 'social-context'],
    ['## Ground Rules', 'norms'],
    ['## Group agreements', 'norms'],
    ['## Measuring success', 'evaluation'],
    ['## Evaluation plan', 'evaluation'],
  ])('%s is %s', (heading, id) => {
    expect(elementOf(heading)).toBe(id);
  });

  it.each([
    ['## II. Statement of Need', 'need'],
    ['## 1) Needs assessment', 'need'],
    ['## 3. Group Composition', 'composition'],
    ['## A. Purpose', 'purpose'],
    ['## IV. Goals of group work', 'purpose'],
  ])('numbered: %s is %s', (heading, id) => {
    expect(elementOf(heading)).toBe(id);
  });

  it.each([
    ['## What is the reason for forming the support group?', 'purpose'],
    ['## Why form a support group?', 'purpose'],
    ['## Why this group?', 'purpose'],
    ['## Who will be in the group?', 'composition'],
  ])('question form: %s is %s', (heading, id) => {
    expect(elementOf(heading)).toBe(id);
  });

  it.each([
    ['## Purpose of group and expected outcomes', 'purpose'],
    ['## Goals and objectives', 'purpose'],
    ['## Purpose (why the group exists)', 'purpose'],
    ['## Structure and format', 'structure'],
    ['## Norms and expectations', 'norms'],
  ])('combined: %s is %s', (heading, id) => {
    expect(elementOf(heading)).toBe(id);
  });

  it('any heading level, ATX or setext', () => {
    for (let level = 1; level <= 6; level++) expect(elementOf(`${'#'.repeat(level)} Purpose`)).toBe('purpose');
    expect(elementOf('Ground rules\n============')).toBe('norms');
    expect(elementOf('Group purpose\n-------------')).toBe('purpose');
  });

  it('a heading inside a block quote is quoted text, not a section', () => {
    const p = plan('> ## Purpose\n>\n> quoted\n\n## Norms\n\n- x\n');
    expect(p.sections.filter((s) => s.heading).map((s) => s.title)).toEqual(['Norms']);
    expect(p.blocks.some((b) => b.kind === 'paragraph' && b.mapped.text === 'Purpose')).toBe(true);
  });

  it.each(['## Introduction', '## References', '## Appendix A: Skills', '## Week 3'])('%s is not a plan element', (heading) => {
    expect(elementOf(heading)).toBeUndefined();
  });

  it('the toseland-rivas template has its own elements', () => {
    expect(elementOf('## Abstract', 'toseland-rivas')).toBe('abstract');
    expect(elementOf('## Recruitment', 'toseland-rivas')).toBe('recruitment');
    expect(elementOf('## Contract', 'toseland-rivas')).toBe('contract');
    expect(elementOf('## Abstract')).toBeUndefined();
  });

  it('a section ends at the next heading of the same or a higher level, and keeps plain sub-headings', () => {
    const text = '# Plan\n\n## Purpose\n\nFirst.\n\n### In short\n\nSecond.\n\n## Norms\n\n- One.\n';
    const p = plan(text);
    const purpose = p.element('purpose')!;
    expect(text.slice(purpose.range.start, purpose.range.end)).toBe('## Purpose\n\nFirst.\n\n### In short\n\nSecond.\n\n');
    expect(purpose.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.mapped.text)).toEqual(['First.', 'Second.']);
    expect(p.element('norms')!.depth).toBe(2);
  });

  it('the first section of an element counts', () => {
    const p = plan('## Purpose\n\nOne.\n\n## Purpose\n\nTwo.\n');
    expect(p.purpose?.text).toBe('One.');
  });
});

describe('the purpose statement', () => {
  const S = 'This group brings together new fathers so that they can support one another through the first year.';

  it('comes from the purpose section, with source ranges for each sentence', () => {
    const text = `# Plan\n\n## Purpose\n\n${S} Members *set* the agenda together.\n\n## Norms\n\n- x\n`;
    const p = plan(text);
    expect(p.purpose?.from).toBe('section');
    expect(p.purpose?.sentences.map((s) => s.text)).toEqual([S, 'Members set the agenda together.']);
    const second = p.purpose!.sentences[1];
    expect(text.slice(second.range.start, second.range.end)).toBe('Members *set* the agenda together.');
  });

  it('comes from front matter when there is no purpose section', () => {
    const text = `---\ngroupplan: true\npurpose: ${S}\n---\n\n# Plan\n`;
    const p = plan(text);
    expect(p.purpose?.from).toBe('front-matter');
    expect(p.purpose?.text).toBe(S);
    expect(text.slice(p.purpose!.range.start, p.purpose!.range.end)).toBe(S);
  });

  it('the section wins over front matter', () => {
    const p = plan(`---\npurpose: From front matter.\n---\n\n## Purpose\n\n${S}\n`);
    expect(p.purpose?.from).toBe('section');
    expect(p.purpose?.text).toBe(S);
  });

  it('comes from a "The purpose of this group is" sentence when there is no purpose heading', () => {
    const text = `# Fathers group\n\nWe met last spring. The purpose of this group is for new fathers to support one another. It meets weekly.\n\n## Norms\n\n- x\n`;
    const p = plan(text);
    expect(p.purpose?.from).toBe('sentence');
    expect(p.purpose?.text).toBe('The purpose of this group is for new fathers to support one another.');
    expect(text.slice(p.purpose!.range.start, p.purpose!.range.end)).toBe(p.purpose!.text);
    for (const variant of ['The aim of the group is', 'The goal of our support group will be', 'the mission of this group is']) {
      expect(plan(`# X\n\n${variant} to help one another.\n`).purpose?.from).toBe('sentence');
    }
  });

  it('an empty purpose section means no purpose, even with such a sentence elsewhere', () => {
    const p = plan('## Purpose\n\n## Need\n\nThe purpose of this group is to help.\n');
    expect(p.purpose).toBeUndefined();
  });

  it('a purpose written as a list keeps each item', () => {
    const p = plan('## Purpose\n\n- Members share what they know.\n- Members help one another.\n');
    expect(p.purpose?.sentences.map((s) => s.text)).toEqual(['Members share what they know.', 'Members help one another.']);
  });
});

describe('the norms list', () => {
  it('list items, ordered or not, nested items included', () => {
    const p = plan('## Ground rules\n\n1. Speak **to one another**.\n2. What is said here stays here.\n   - except where someone is in danger\n');
    expect(p.norms?.items.map((i) => i.text)).toEqual(['Speak to one another.', 'What is said here stays here.', 'except where someone is in danger']);
  });

  it('each sentence of a paragraph is a norm, and table rows count', () => {
    const p = plan('## Norms\n\nWe talk to one another. We decide together.\n\n| norm | why |\n|---|---|\n| Share your own experience | it helps |\n');
    expect(p.norms?.items.map((i) => i.text)).toEqual(['We talk to one another.', 'We decide together.', 'norm | why', 'Share your own experience | it helps']);
  });

  it('item ranges point at the source', () => {
    const text = '## Norms\n\n- We talk to one another.\n- We decide together.\n';
    const items = plan(text).norms!.items;
    expect(items.map((i) => text.slice(i.range.start, i.range.end))).toEqual(['- We talk to one another.', '- We decide together.']);
  });

  it('no norms section means no norms list', () => {
    expect(plan('## Purpose\n\nx\n').norms).toBeUndefined();
  });
});

describe('the chunk cache', () => {
  const base = [
    '---\ngroupplan: true\ntype: short-term\n---\n',
    '# Plan\n\nIntro <!-- groupplan-disable-next-line norms-missing --> text.\n',
    '## Purpose\n\nThis group brings together carers so that they can help one another.\n',
    '```markdown\n# not a heading\n## also not\n```\n',
    '<!--\n# inside a comment\n-->\n',
    '## Norms\n\n- We talk to one another.\n  - Nested.\n\n> # quoted heading\n',
    '## Evaluation\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  ].join('\n');

  const edits: [string, (t: string) => string][] = [
    ['one character in a section', (t) => t.replace('carers', 'carer5')],
    ['a new heading', (t) => t.replace('## Norms', '## Need\n\nText.\n\n## Norms')],
    ['a heading removed', (t) => t.replace('## Evaluation\n\n', '')],
    ['front matter changed', (t) => t.replace('short-term', 'open-ended')],
    ['front matter removed', (t) => t.slice(t.indexOf('# Plan'))],
    ['a code fence opened', (t) => t.replace('## Purpose', '```\n## Purpose')],
    ['a code fence closed early', (t) => t.replace('# not a heading', '```\n# now a heading')],
    ['a comment closed early', (t) => t.replace('# inside a comment', '-->\n# outside a comment')],
    ['text merged into the previous chunk', (t) => t.replace('\n## Purpose', ' ## Purpose')],
    ['a CRLF document', (t) => t.replace(/\n/g, '\r\n')],
    ['a deep list added', (t) => `${t}\n${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`],
    ['everything deleted', () => ''],
  ];

  it.each(edits)('after an edit (%s), a cached parse equals a fresh parse', (_name, edit) => {
    clearParseCache();
    parseMarkdown(base); // warm the cache with the original chunks
    const edited = edit(base);
    const cached = parseMarkdown(edited);
    const cachedAgain = parseMarkdown(edited);
    clearParseCache();
    const fresh = parseMarkdown(edited);
    expect(cached.blocks).toEqual(fresh.blocks);
    expect(cached.comments).toEqual(fresh.comments);
    expect(cached.unparsed).toEqual(fresh.unparsed);
    expect(cached.frontMatter).toEqual(fresh.frontMatter);
    expect(cachedAgain.blocks).toEqual(fresh.blocks);
    // And the findings agree too.
    clearParseCache();
    parseMarkdown(base);
    const a = checkPlan(edited).findings;
    clearParseCache();
    const b = checkPlan(edited).findings;
    expect(a).toEqual(b);
  });

  it('edits inside a long section without headings (cut at blank lines) give the same result as a fresh parse', () => {
    const long = `# Plan\n\n${Array.from({ length: 600 }, (_, i) => `Meeting ${i}: members talk.\n\n- point ${i}\n  continued\n\n`).join('')}`;
    const variants = [
      long.replace('Meeting 300:', 'Meeting 3OO:'),
      long.replace('- point 200\n', '- point 200\n\n```\ncode\n\nMeeting in code\n```\n'),
      long.replace('Meeting 100: members talk.\n\n', ''),
      long.replace('- point 400\n  continued', '- point 400\ncontinued lazily'),
    ];
    for (const edited of variants) {
      clearParseCache();
      parseMarkdown(long);
      const cached = parseMarkdown(edited);
      clearParseCache();
      const fresh = parseMarkdown(edited);
      expect(cached.blocks).toEqual(fresh.blocks);
      expect(cached.blocks.filter((b) => b.kind === 'listItem').length).toBe(edited.split('\n- point').length - 1);
    }
  });

  it('a chunk reused at a different offset gets the new positions', () => {
    clearParseCache();
    const section = '## Norms\n\n- We talk to one another.\n';
    const first = parseMarkdown(`# A\n\n${section}`);
    const second = parseMarkdown(`# A longer title\n\nMore text here.\n\n${section}`);
    const item = (d: ReturnType<typeof parseMarkdown>, t: string) => {
      const b = d.blocks.find((x) => x.kind === 'listItem')!;
      return t.slice(b.range.start, b.range.end);
    };
    expect(item(first, `# A\n\n${section}`)).toBe('- We talk to one another.');
    expect(item(second, `# A longer title\n\nMore text here.\n\n${section}`)).toBe('- We talk to one another.');
  });

  it('headings inside fenced code and comments do not start sections', () => {
    const p = plan(base);
    expect(p.sections.filter((s) => s.heading).map((s) => s.title)).toEqual(['Plan', 'Purpose', 'Norms', 'Evaluation']);
  });
});
