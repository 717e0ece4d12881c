// Config resolution: presets, layer precedence, severity spellings, option validation, templates.
import { describe, expect, it } from 'vitest';
import { RULES, checkPlan, coerceSeverity, resolveConfig, parseConfigText, type ConfigLayer } from '../../server/src/engine';
import { defineRule, type Rule } from '../../server/src/engine/rule';

const resolve = (...inputs: unknown[]) => resolveConfig(inputs.map((input, i) => ({ name: `layer${i}`, input })), RULES);
const ids = (text: string, layers: ConfigLayer[]) => checkPlan(text, resolveConfig(layers, RULES).config).findings.map((f) => f.ruleId);

describe('defaults and presets', () => {
  it('every rule starts at its default severity with default options', () => {
    const { config, problems } = resolve();
    expect(problems).toEqual([]);
    expect(Object.keys(config.rules).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const r of RULES) expect(config.rules[r.meta.id].severity).toBe(r.meta.defaultSeverity);
    expect(config.template.id).toBe('kurland');
    expect(config.presets).toEqual([]);
  });

  it('extends: strict raises rules; recommended keeps the defaults', () => {
    expect(resolve({ extends: 'strict' }).config.rules['group-type-missing'].severity).toBe('warning');
    expect(resolve({ extends: 'strict' }).config.presets).toEqual(['strict']);
    expect(resolve({ extends: ['recommended'] }).config.rules['group-type-missing'].severity).toBe('info');
  });

  it('an unknown preset is a problem at /extends', () => {
    const { problems } = resolve({ extends: ['strict', 'harsh'] });
    expect(problems).toEqual([{ message: '"harsh" is not a preset. Use one of: recommended, strict.', path: '/extends', source: 'layer0' }]);
  });
});

describe('precedence: defaults < presets < editor settings < config file < command line', () => {
  const layers = (settings: unknown, file: unknown, cli?: unknown): ConfigLayer[] => [
    { name: 'editor settings', input: settings },
    { name: '/p/.groupplan.json', input: file },
    ...(cli ? [{ name: 'command line', input: cli }] : []),
  ];
  it('a preset named in the config file does not override the editor settings', () => {
    const { config } = resolveConfig(layers({ rules: { 'group-type-missing': 'off' } }, { extends: 'strict' }), RULES);
    expect(config.rules['group-type-missing'].severity).toBe('off');
  });
  it('the config file overrides the editor settings', () => {
    const { config } = resolveConfig(layers({ rules: { 'norms-missing': 'off' } }, { rules: { 'norms-missing': 'error' } }), RULES);
    expect(config.rules['norms-missing'].severity).toBe('error');
  });
  it('the command line overrides the config file', () => {
    const { config } = resolveConfig(layers({}, { rules: { 'norms-missing': 'error' } }, { rules: { 'norms-missing': 'info' } }), RULES);
    expect(config.rules['norms-missing'].severity).toBe('info');
  });
  it('a later layer that sets options only keeps the earlier severity', () => {
    const { config } = resolveConfig(layers({ rules: { 'norms-missing': 'error' } }, { rules: { 'norms-missing': {} } }), RULES);
    expect(config.rules['norms-missing'].severity).toBe('error');
  });
  it('a rule turned off earlier comes back on at its default when a later layer gives it options', () => {
    const { config } = resolveConfig(layers({ rules: { 'norms-missing': 'off' } }, { rules: { 'norms-missing': {} } }), RULES);
    expect(config.rules['norms-missing'].severity).toBe('warning');
  });
  it('the precedence decides what checkPlan reports', () => {
    const plan = '# Plan\n\n## Purpose\n\nThis group brings together carers so that they can help one another.\n';
    expect(ids(plan, layers({ rules: { 'norms-missing': 'off' } }, {}))).not.toContain('norms-missing');
    expect(ids(plan, layers({ rules: { 'norms-missing': 'off' } }, { rules: { 'norms-missing': 'warn' } }))).toContain('norms-missing');
  });
});

describe('severity spellings', () => {
  it.each([
    ['off', 'off'], ['none', 'off'], ['disabled', 'off'], [false, 'off'], [0, 'off'],
    ['info', 'info'], ['information', 'info'], ['hint', 'info'], ['note', 'info'],
    ['warn', 'warning'], ['Warning', 'warning'], [' WARN ', 'warning'], [1, 'warning'],
    ['error', 'error'], ['err', 'error'], ['ERROR', 'error'], [2, 'error'],
  ] as const)('%j means %s', (spelling, expected) => {
    expect(coerceSeverity(spelling, 'info')).toBe(expected);
    expect(resolve({ rules: { 'norms-missing': spelling } }).config.rules['norms-missing'].severity).toBe(expected);
  });

  it('true, "on" and "default" mean the default severity (warning for a rule that is off by default)', () => {
    expect(coerceSeverity(true, 'error')).toBe('error');
    expect(coerceSeverity('on', 'info')).toBe('info');
    expect(coerceSeverity('default', 'off')).toBe('warning');
  });

  it('anything else is a problem naming the rule, and the rule keeps its earlier setting', () => {
    for (const bad of ['loud', 3, 'warnings', null]) {
      const { config, problems } = resolve({ rules: { 'norms-missing': bad } });
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe('/rules/norms-missing');
      expect(problems[0].message).toBe(`"${String(bad)}" is not a severity for rule "norms-missing". Use off, info, warning or error.`);
      expect(config.rules['norms-missing'].severity).toBe('warning');
    }
    const nested = resolve({ rules: { 'norms-missing': { severity: 'sometimes' } } });
    expect(nested.problems).toEqual([{ message: '"sometimes" is not a severity. Use off, info, warning or error.', path: '/rules/norms-missing/severity', source: 'layer0' }]);
  });
});

describe('unknown settings and rule ids', () => {
  it('an unknown rule id is a problem with a suggestion when one is close', () => {
    expect(resolve({ rules: { 'norm-missing': 'error' } }).problems).toEqual([
      { message: '"norm-missing" is not a groupplan rule. Did you mean "norms-missing"?', path: '/rules/norm-missing', source: 'layer0' },
    ]);
    expect(resolve({ rules: { 'purpose-mising': 'off' } }).problems[0].message).toBe('"purpose-mising" is not a groupplan rule. Did you mean "purpose-missing"?');
    expect(resolve({ rules: { zebra: 'off' } }).problems[0].message).toBe('"zebra" is not a groupplan rule.');
  });

  it('an unknown top-level key and a non-map "rules" are problems', () => {
    expect(resolve({ rule: {} }).problems[0]).toMatchObject({ path: '/rule', message: 'Unknown setting "rule". Known settings: extends, template, elements, rules.' });
    expect(resolve({ rules: ['norms-missing'] }).problems[0]).toMatchObject({ path: '/rules' });
    expect(resolve('strict').problems[0]).toMatchObject({ path: '', message: 'The configuration must be an object (a map of settings).' });
  });

  it('"$schema" is allowed', () => {
    expect(resolve({ $schema: './schema.json' }).problems).toEqual([]);
  });
});

describe('rule options', () => {
  const withOptions: Rule = defineRule<{ minimum: number; words: string[] }>({
    meta: {
      id: 'test-options',
      description: 'A rule with options, for these tests.',
      defaultSeverity: 'warning',
      fixable: false,
      explanation: 'x',
      source: 'x',
      options: {
        minimum: { type: 'integer', minimum: 1, default: 3, description: 'x' },
        words: { type: 'array', items: { type: 'string' }, default: ['a'], description: 'x' },
      },
      examples: [],
    },
    check() {},
  });
  const rules = [...RULES, withOptions];
  const res = (input: unknown) => resolveConfig([{ name: 'f', input }], rules);

  it('defaults come from the option schemas and settings merge over them', () => {
    expect(res({}).config.rules['test-options']).toEqual({ severity: 'warning', options: { minimum: 3, words: ['a'] } });
    expect(res({ rules: { 'test-options': { severity: 'error', minimum: 5 } } }).config.rules['test-options']).toEqual({ severity: 'error', options: { minimum: 5, words: ['a'] } });
  });

  it('a bad option value or an unknown option is a problem with its path, never a throw', () => {
    const bad = res({ rules: { 'test-options': { minimum: 0 } } });
    expect(bad.problems).toEqual([{ message: 'Option minimum of rule "test-options" must be >= 1.', path: '/rules/test-options/minimum', source: 'f' }]);
    expect(bad.config.rules['test-options'].options.minimum).toBe(3);
    const typed = res({ rules: { 'test-options': { words: 'a' } } });
    expect(typed.problems[0]).toMatchObject({ path: '/rules/test-options/words', message: 'Option words of rule "test-options" must be array.' });
    const unknown = res({ rules: { 'test-options': { maximum: 2 } } });
    expect(unknown.problems[0]).toEqual({ message: 'Unknown option "maximum" for rule "test-options". Known options: minimum, words.', path: '/rules/test-options/maximum', source: 'f' });
  });

  it('options on a rule without options are a problem', () => {
    expect(res({ rules: { 'norms-missing': { minimum: 2 } } }).problems[0]).toMatchObject({ path: '/rules/norms-missing', message: 'Rule "norms-missing" takes no options (only "severity").' });
  });
});

describe('templates', () => {
  const trPlan = [
    '# Proposal',
    '## Abstract', 'x',
    '## Purpose', 'This group brings together young carers so that they can support one another as they balance school and care.',
    '## Agency sponsorship', 'x',
    '## Membership', 'x',
    '## Recruitment', 'x',
    '## Composition', 'x',
    '## Orientation', 'x',
    '## Contract', 'x',
    '## Environment', 'x',
    '## Ground rules', '- We talk to one another.',
    '## Evaluation', 'x',
  ].join('\n\n');

  it('toseland-rivas requires its own outline', () => {
    const { config, problems } = resolve({ template: 'toseland-rivas' });
    expect(problems).toEqual([]);
    expect(config.template.elements.map((e) => e.id)).toEqual(['abstract', 'purpose', 'agency-context', 'membership', 'recruitment', 'composition', 'orientation', 'contract', 'environment', 'content', 'norms', 'evaluation']);
    const findings = checkPlan(trPlan, config).findings.filter((f) => f.ruleId === 'plan-section-missing');
    expect(findings).toEqual([]);
    const partial = checkPlan('# Proposal\n\n## Purpose\n\nThis group brings together carers so that they can help one another.\n', config).findings;
    const missing = partial.filter((f) => f.ruleId === 'plan-section-missing').map((f) => /"([^"]+)"/.exec(f.message)![1]);
    // Evaluation has a rule of its own (evaluation-missing), so plan-section-missing leaves it out.
    expect(missing).toEqual(['Abstract', 'Agency sponsorship', 'Membership', 'Recruitment', 'Composition', 'Orientation', 'Contract', 'Environment']);
    expect(partial.filter((f) => f.ruleId === 'evaluation-missing')).toHaveLength(1);
  });

  it('the same plan under kurland misses the Kurland parts', () => {
    const missing = checkPlan(trPlan, resolve({}).config).findings.filter((f) => f.ruleId === 'plan-section-missing').map((f) => /"([^"]+)"/.exec(f.message)![1]);
    expect(missing).toEqual(['Need', 'Content', 'Social context']);
  });

  it('a custom template with its own elements and aliases', () => {
    const { config, problems } = resolve({
      template: 'custom',
      elements: [{ id: 'purpose' }, { id: 'risks', title: 'Risks', aliases: ['risk assessment', 'safety'], question: 'What could go wrong?' }, { id: 'budget', required: false }],
    });
    expect(problems).toEqual([]);
    expect(config.template.id).toBe('custom');
    expect(config.template.elements.map((e) => [e.id, e.title, e.required])).toEqual([['purpose', 'Purpose', true], ['risks', 'Risks', true], ['budget', 'budget', false]]);
    const base = '# Plan\n\n## Purpose\n\nThis group brings together carers so that they can help one another.\n';
    const missing = checkPlan(base, config).findings.filter((f) => f.ruleId === 'plan-section-missing');
    expect(missing.map((f) => f.message)).toEqual(['The plan has no "Risks" section. Expected a section that answers: What could go wrong?']);
    expect(checkPlan(`${base}\n## 3. Safety\n\nx\n`, config).findings.filter((f) => f.ruleId === 'plan-section-missing')).toEqual([]);
  });

  it('elements without template defaults to custom; bad elements are problems', () => {
    expect(resolve({ elements: [{ id: 'purpose' }] }).config.template.id).toBe('custom');
    expect(resolve({ template: 'custom' }).problems[0]).toMatchObject({ path: '/elements', message: 'A custom template needs "elements": a list of { id, title, aliases }.' });
    expect(resolve({ template: 'custom', elements: [{ title: 'x' }] }).problems[0]).toMatchObject({ path: '/elements/0', message: 'Each element needs an "id" (text).' });
    expect(resolve({ template: 'custom', elements: [{ id: 'a', aliases: 'b' }] }).problems[0]).toMatchObject({ path: '/elements/0/aliases' });
    expect(resolve({ template: 'kurland', elements: [{ id: 'a' }] }).problems[0]).toMatchObject({ path: '/elements', message: '"elements" is only read when "template" is "custom".' });
    expect(resolve({ template: 'tosland' }).problems[0]).toMatchObject({ path: '/template', message: '"tosland" is not a template. Use kurland, toseland-rivas or custom (with "elements").' });
  });
});

describe('config file text', () => {
  it('reads JSON with comments and trailing commas, and YAML', () => {
    expect(parseConfigText('// c\n{ "rules": { "norms-missing": "off", }, }', '.groupplan.jsonc')).toEqual({ data: { rules: { 'norms-missing': 'off' } } });
    expect(parseConfigText('extends: strict\nrules:\n  norms-missing: off\n', '.groupplan.yaml').data).toEqual({ extends: 'strict', rules: { 'norms-missing': 'off' } });
    expect(parseConfigText('', '.groupplan.yml').data).toEqual({});
  });

  it('reports syntax errors with an offset', () => {
    const json = parseConfigText('{ "rules": ', '.groupplan.json');
    expect(json.data).toBeUndefined();
    expect(json.error?.message).toMatch(/^JSON /);
    const yaml = parseConfigText('rules:\n  a: [b\n', '.groupplan.yaml');
    expect(yaml.error?.offset).toBeGreaterThan(0);
  });
});
