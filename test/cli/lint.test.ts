// `groupplan lint` through the real bin: formats, exit codes, options, plan detection and bad input.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NO_PURPOSE_PLAN, NOT_A_PLAN, SAMPLES, SMALL_PLAN, parseJson, run, tempDir, writeFiles } from './helpers';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const JSON_KEYS = ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity'];

describe('samples', () => {
  it('prints JSON in the documented shape: the good plan has no findings, the flawed one the expected rules', () => {
    const cwd = path.dirname(SAMPLES);
    const r = run(['lint', 'samples', '--format', 'json'], { cwd });
    // samples/class holds a class's submissions for `grade`, not marked as plans: left out, and said so.
    expect(r.stderr).toBe('groupplan: 3 Markdown files were not checked because they are not marked as a plan (add "groupplan: true" to the front matter or a .groupplan.yaml to the folder, or use --all).\n');
    const out = parseJson(r.stdout);
    const files = out.map((e) => e.file).sort();
    expect(files).toContain('samples/good-plan.md');
    expect(files).toContain('samples/flawed-missing-parts.md');
    const good = out.find((e) => e.file === 'samples/good-plan.md')!;
    expect(good.messages).toEqual([]);
    const flawed = out.find((e) => e.file === 'samples/flawed-missing-parts.md')!;
    const ids = new Set(flawed.messages.map((m) => m.ruleId));
    expect(ids).toContain('plan-section-missing');
    expect(ids).toContain('norms-missing');
    expect(ids).toContain('group-type-missing');
    expect(ids).not.toContain('purpose-missing');
    const normFinding = out.flatMap((e: { messages: { ruleId: string; data?: { evidence: string[] } }[] }) => e.messages).find((m: { ruleId: string }) => m.ruleId === 'norm-not-stated');
    if (normFinding) expect(normFinding.data?.evidence.every((id: string) => /^[a-z-]+$/.test(id))).toBe(true);
    for (const entry of out) {
      expect(Object.keys(entry).sort()).toEqual(['file', 'messages']);
      for (const m of entry.messages) {
        // `data` (the finding's evidence: norm ids for norm findings) appears when the finding has some.
        expect(Object.keys(m).filter((k) => k !== 'data').sort()).toEqual(JSON_KEYS);
        if (m.data) expect(m.data.evidence.length).toBeGreaterThan(0);
        expect(['error', 'warning', 'info']).toContain(m.severity);
        for (const n of [m.line, m.column, m.endLine, m.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
        expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)).toBe(true);
      }
    }
    // The exit code follows the errors: the samples have warnings and info only.
    expect(r.code).toBe(flawed.messages.some((m) => m.severity === 'error') ? 1 : 0);
  });
});

describe('formats and exit codes', () => {
  it('stylish lists findings by file with line:column, the rule id and a summary', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'plan.md'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^plan\.md$/m);
    expect(r.stdout).toMatch(/^\s+6:1\s+warning\s+The plan states no norms\..*norms-missing$/m);
    expect(r.stdout).toMatch(/\d+ problems \(0 errors, \d+ warnings, 0 info\) in 1 file\.\n$/);
  });

  it('a clean run says so and exits 0', () => {
    const cwd = tempDir();
    fs.copyFileSync(path.join(SAMPLES, 'good-plan.md'), path.join(cwd, 'good.md'));
    const r = run(['lint', 'good.md'], { cwd });
    expect(r).toEqual({ code: 0, stdout: '1 file checked, no problems.\n', stderr: '' });
  });

  it('exits 1 when an error is found, and 0 when the same finding is a warning', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': NO_PURPOSE_PLAN });
    const r = run(['lint', 'plan.md', '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    const m = parseJson(r.stdout)[0].messages.find((x) => x.ruleId === 'purpose-missing');
    expect(m?.severity).toBe('error');
    const w = run(['lint', 'plan.md', '--format', 'json', '--rule', 'purpose-missing=warn'], { cwd });
    expect(w.code).toBe(0);
    expect(parseJson(w.stdout)[0].messages.find((x) => x.ruleId === 'purpose-missing')?.severity).toBe('warning');
  });

  it('--rule is repeatable and can turn a rule off or raise it to an error', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'plan.md', '--format=json', '--rule', 'norms-missing=error', '--rule=plan-section-missing=off'], { cwd });
    expect(r.code).toBe(1);
    const msgs = parseJson(r.stdout)[0].messages;
    expect(msgs.some((m) => m.ruleId === 'plan-section-missing')).toBe(false);
    expect(msgs.find((m) => m.ruleId === 'norms-missing')?.severity).toBe('error');
  });

  it('--quiet reports errors only', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'plan.md', '--format', 'json', '--quiet', '--rule', 'norms-missing=error'], { cwd });
    expect(r.code).toBe(1);
    const msgs = parseJson(r.stdout)[0].messages;
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs.every((m) => m.severity === 'error')).toBe(true);
    const clean = run(['lint', 'plan.md', '--format', 'json', '--quiet'], { cwd });
    expect(clean.code).toBe(0);
    expect(parseJson(clean.stdout)).toEqual([{ file: 'plan.md', messages: [] }]);
  });

  it('usage mistakes exit 2 with a reason on standard error', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const cases: [string[], RegExp][] = [
      [['lint'], /Name the plans to check/],
      [['lint', 'plan.md', '--format', 'xml'], /--format must be one of stylish, json, sarif, junit, github/],
      [['lint', 'plan.md', '--frobnicate'], /Unknown option "--frobnicate"/],
      [['lint', 'plan.md', '--rule', 'norms-missing'], /--rule takes id=severity/],
      [['lint', 'plan.md', '--config'], /--config needs a value/],
      [['lint', 'plan.md', '--rule', 'norms-missing=loud'], /--rule norms-missing: "loud" is not a severity/],
      [['lint', 'plan.md', '--rule', 'norm-missing=error'], /"norm-missing" is not a groupplan rule\. Did you mean "norms-missing"\?/],
      [['frobnicate'], /Unknown command "frobnicate"/],
    ];
    for (const [args, reason] of cases) {
      const r = run(args, { cwd });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(reason);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });

  it('--help and --version exit 0', () => {
    const cwd = tempDir();
    expect(run(['--help'], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0 no errors, 1 errors found, 2 usage or config failure.') });
    expect(run(['--version'], { cwd }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('SARIF', () => {
  it('is SARIF 2.1.0 with the rules in the driver and 1-based regions', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': NO_PURPOSE_PLAN, 'missing-parts.md': SMALL_PLAN });
    const r = run(['lint', '.', '--format', 'sarif'], { cwd });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const run0 = sarif.runs[0];
    const driver = run0.tool.driver;
    expect(driver.name).toBe('groupplan');
    const ruleIds = driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toContain('purpose-missing');
    for (const rule of driver.rules) {
      expect(typeof rule.id).toBe('string');
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toBe(`https://github.com/groupplan/groupplan/blob/main/docs/rules/${rule.id}.md`);
      expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration.level);
    }
    expect(driver.rules.find((x: { id: string }) => x.id === 'purpose-missing').defaultConfiguration.level).toBe('error');
    expect(run0.results.length).toBeGreaterThan(2);
    for (const res of run0.results) {
      expect(ruleIds).toContain(res.ruleId);
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['note', 'warning', 'error']).toContain(res.level);
      expect(res.message.text.length).toBeGreaterThan(0);
      const loc = res.locations[0].physicalLocation;
      expect(['plan.md', 'missing-parts.md']).toContain(loc.artifactLocation.uri);
      expect(loc.artifactLocation.uriBaseId).toBe('SRCROOT');
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    const purpose = run0.results.find((x: { ruleId: string }) => x.ruleId === 'purpose-missing');
    expect(purpose.level).toBe('error');
    expect(purpose.locations[0].physicalLocation.artifactLocation.uri).toBe('plan.md');
    expect(purpose.locations[0].physicalLocation.region.startLine).toBe(6);
    expect(run0.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('reports an unreadable file as a tool notification', () => {
    const cwd = writeFiles(tempDir(), { 'bin.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]) });
    const r = run(['lint', 'bin.md', '--format', 'sarif'], { cwd });
    expect(r.code).toBe(1);
    const run0 = JSON.parse(r.stdout).runs[0];
    expect(run0.results).toEqual([]);
    expect(run0.invocations[0].toolExecutionNotifications[0].message.text).toBe('bin.md is a binary file, not text.');
  });
});

describe('JUnit', () => {
  it('is well-formed XML with one testsuite per file and a failure per finding, escaped', async () => {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const name = 'R&D <"plan">.md';
    const cwd = writeFiles(tempDir(), { [name]: SMALL_PLAN });
    fs.copyFileSync(path.join(SAMPLES, 'good-plan.md'), path.join(cwd, 'good.md'));
    const r = run(['lint', '.', '--format', 'junit'], { cwd });
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(r.stdout);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { type: string; message: string } }[] }[];
    expect(suites.map((s) => s.name).sort()).toEqual([name, 'good.md'].sort());
    const json = parseJson(run(['lint', '.', '--format', 'json'], { cwd }).stdout);
    const planSuite = suites.find((s) => s.name === name)!;
    const planJson = json.find((e) => e.file === name)!;
    const failures = planSuite.testcase.filter((t) => t.failure);
    expect(failures.length).toBe(planJson.messages.length);
    expect(Number(planSuite.failures)).toBe(planJson.messages.length);
    expect(failures.map((f) => f.failure!.message)).toEqual(planJson.messages.map((m) => m.message));
    expect(failures.map((f) => f.failure!.type)).toEqual(planJson.messages.map((m) => m.ruleId));
    // Every failing case has a name of its own (several sections missing at one heading, say).
    expect(new Set(failures.map((f) => f.name)).size).toBe(failures.length);
    expect(failures.map((f) => f.name)).toContain('plan-section-missing at 6:1: The plan has no "Need" section.');
    const goodSuite = suites.find((s) => s.name === 'good.md')!;
    expect(Number(goodSuite.failures)).toBe(0);
    // One passing test case per rule that was on.
    expect(goodSuite.testcase.map((t) => t.name)).toContain('norms-missing');
    expect(goodSuite.testcase.some((t) => t.failure)).toBe(false);
  });
});

describe('GitHub Actions', () => {
  it('writes one workflow command per finding, with the position, the rule as title, and separators escaped', () => {
    const name = 'week 1, part: one.md';
    const cwd = writeFiles(tempDir(), { [name]: NO_PURPOSE_PLAN, 'bin.md': Buffer.from([0, 1, 2, 0]) });
    const r = run(['lint', name, 'bin.md', '--format', 'github'], { cwd });
    expect(r.code).toBe(1);
    const json = parseJson(run(['lint', name, 'bin.md', '--format', 'json'], { cwd }).stdout);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    const messages = json.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.file })));
    expect(commands).toHaveLength(messages.length);
    const level = { error: 'error', warning: 'warning', info: 'notice' } as const;
    for (const [i, m] of messages.entries()) {
      const file = m.file.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
      const title = m.ruleId ? `groupplan ${m.ruleId}` : 'groupplan';
      expect(commands[i]).toBe(`::${level[m.severity]} file=${file},line=${m.line},endLine=${m.endLine},col=${m.column},endColumn=${m.endColumn},title=${title}::${m.message}`);
    }
    expect(commands.some((c) => c.startsWith('::error file=week 1%2C part%3A one.md,') && c.includes('title=groupplan purpose-missing::'))).toBe(true);
    expect(commands.some((c) => c.startsWith('::error file=bin.md,line=1,') && c.endsWith('::bin.md is a binary file, not text.'))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^groupplan: \d+ problems \(2 errors, \d+ warnings?, \d+ info\) in 2 files\.$/);
  });
});

describe('many files on worker threads', () => {
  // 40 plans (more than lint checks in one thread), every sample several times over, with and
  // without front matter, a binary file and a file that is not a plan.
  function manyPlans(): string {
    const dir = tempDir();
    const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.md'));
    for (let i = 0; i < 40; i++) fs.copyFileSync(path.join(SAMPLES, samples[i % samples.length]), path.join(dir, `plan-${String(i).padStart(2, '0')}.md`));
    writeFiles(dir, { 'notes.md': NOT_A_PLAN, 'zz-bin.md': Buffer.from([0, 1, 2, 0]), 'sub/plan.md': NO_PURPOSE_PLAN });
    return dir;
  }

  it('gives the same report, in the same order, as one thread', () => {
    const cwd = manyPlans();
    for (const format of ['stylish', 'json', 'sarif']) {
      const one = run(['lint', '.', '--all', '--format', format, '--jobs', '1'], { cwd });
      const two = run(['lint', '.', '--all', '--format', format, '--jobs', '2'], { cwd });
      expect(two.code).toBe(one.code);
      expect(two.stdout).toBe(one.stdout);
    }
    expect(parseJson(run(['lint', '.', '--all', '--format', 'json', '--jobs', '2'], { cwd }).stdout).map((f) => f.file)).toEqual([...Array.from({ length: 40 }, (_, i) => `plan-${String(i).padStart(2, '0')}.md`), 'notes.md', 'sub/plan.md', 'zz-bin.md'].sort());
  });

  it('fixes every file as one thread does', () => {
    const a = manyPlans();
    const b = manyPlans();
    const one = run(['lint', '.', '--fix', '--jobs', '1'], { cwd: a });
    const two = run(['lint', '.', '--fix', '--jobs', '2'], { cwd: b });
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout).toMatch(/fix(es)? applied/);
    for (const f of fs.readdirSync(a).filter((n) => n.endsWith('.md'))) expect(fs.readFileSync(path.join(b, f), 'utf8'), f).toBe(fs.readFileSync(path.join(a, f), 'utf8'));
  });

  it('refuses a --jobs that is not a whole number of 1 or more', () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = run(['lint', '.', '--jobs', bad], { cwd: tempDir() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--jobs must be a whole number of 1 or more (got "${bad}")`);
    }
  });
});

describe('--config', () => {
  it('uses the named config file instead of searching', () => {
    const cwd = writeFiles(tempDir(), {
      'plan.md': SMALL_PLAN,
      '.groupplan.json': '{ "rules": { "norms-missing": "off" } }',
      'course/strict.yaml': 'rules:\n  norms-missing: error\n',
    });
    const searched = parseJson(run(['lint', 'plan.md', '--format', 'json'], { cwd }).stdout)[0].messages;
    expect(searched.some((m) => m.ruleId === 'norms-missing')).toBe(false);
    const r = run(['lint', 'plan.md', '--format', 'json', '--config', 'course/strict.yaml'], { cwd });
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout)[0].messages.find((m) => m.ruleId === 'norms-missing')?.severity).toBe('error');
  });

  it('--rule wins over the config file', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN, '.groupplan.json': '{ "rules": { "norms-missing": "error" } }' });
    const r = run(['lint', 'plan.md', '--format', 'json', '--rule', 'norms-missing=info'], { cwd });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)[0].messages.find((m) => m.ruleId === 'norms-missing')?.severity).toBe('info');
  });

  it('a template in the config file changes which sections are required', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN, 'tr.json': '{ "template": "toseland-rivas" }' });
    const msgs = parseJson(run(['lint', 'plan.md', '--format', 'json', '--config', 'tr.json'], { cwd }).stdout)[0].messages;
    expect(msgs.some((m) => m.message.includes('"Abstract"'))).toBe(true);
    expect(msgs.some((m) => m.message.includes('"Need"'))).toBe(false);
  });

  const broken: [string, string, RegExp][] = [
    ['.groupplan.json', '{ "rules": { "norms-missing": "error", } ', /config problem in \.groupplan\.json: The config file is not valid JSON \(line 1\)/],
    ['.groupplan.yaml', 'rules:\n  norms-missing: [error\n', /config problem in \.groupplan\.yaml: The config file is not valid YAML \(line \d+\)/],
    ['.groupplan.json', '{ "rules": { "norm-missing": "error" } }', /config problem in \.groupplan\.json, setting "rules\.norm-missing": "norm-missing" is not a groupplan rule\. Did you mean "norms-missing"\?/],
    ['.groupplan.json', '{ "rules": { "norms-missing": "loud" } }', /setting "rules\.norms-missing": "loud" is not a severity/],
    ['.groupplan.json', '{ "rules": { "norms-missing": { "severity": "error", "minimum": 3 } } }', /setting "rules\.norms-missing": Rule "norms-missing" takes no options/],
    ['.groupplan.json', '{ "extends": "lenient" }', /setting "extends": "lenient" is not a preset \(recommended, strict\), and no package of that name is installed where this config file can see it/],
    ['.groupplan.json', '{ "extends": "./course.yaml" }', /setting "extends": The config file "\.\/course\.yaml" named in extends does not exist/],
    ['.groupplan.json', '{ "rule": {} }', /setting "rule": Unknown setting "rule"/],
    ['.groupplan.json', '{ "template": "kurlnd" }', /setting "template": "kurlnd" is not a template/],
    ['.groupplan.json', '[1, 2]', /The configuration must be an object/],
  ];
  it.each(broken)('a broken %s exits 2 and names the file and setting (%#)', (name, text, reason) => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN, [name]: text });
    const r = run(['lint', 'plan.md'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
  });

  it('a missing --config file exits 2', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'plan.md', '--config', 'nope.json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: The config file given with --config does not exist/);
  });

  it('a broken config in a sub-folder stops the run before any output', () => {
    const cwd = writeFiles(tempDir(), { 'a/plan.md': SMALL_PLAN, 'b/plan.md': SMALL_PLAN, 'b/.groupplan.json': '{ "rules": { "x": 1 } }' });
    const r = run(['lint', '.', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/config problem in b\/\.groupplan\.json, setting "rules\.x"/);
  });
});

describe('which files are checked', () => {
  it('a folder walk checks declared plans and skips ordinary Markdown; --all checks both', () => {
    const cwd = writeFiles(tempDir(), { 'docs/plan.md': SMALL_PLAN, 'docs/README.md': NOT_A_PLAN, 'docs/notes.txt': 'not markdown' });
    const r = run(['lint', 'docs', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout).map((e) => e.file)).toEqual(['docs/plan.md']);
    const all = run(['lint', 'docs', '--format', 'json', '--all'], { cwd });
    expect(parseJson(all.stdout).map((e) => e.file)).toEqual(['docs/README.md', 'docs/plan.md']);
  });

  it('a file named on the command line is always checked', () => {
    const cwd = writeFiles(tempDir(), { 'README.md': NOT_A_PLAN });
    const r = run(['lint', 'README.md', '--format', 'json'], { cwd });
    const entry = parseJson(r.stdout);
    expect(entry.map((e) => e.file)).toEqual(['README.md']);
    expect(entry[0].messages.some((m) => m.ruleId === 'norms-missing')).toBe(true);
  });

  it('a config file governs its folder: every Markdown file below it is a plan', () => {
    const cwd = writeFiles(tempDir(), { 'course/.groupplan.yaml': 'extends: recommended\n', 'course/week1/a.md': NOT_A_PLAN, 'other/b.md': NOT_A_PLAN });
    const r = run(['lint', '.', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout).map((e) => e.file)).toEqual(['course/week1/a.md']);
  });

  it('globs expand, match like a folder walk, and a glob that matches nothing is noted', () => {
    const cwd = writeFiles(tempDir(), { 'a/one.md': SMALL_PLAN, 'a/b/two.md': SMALL_PLAN, 'a/b/three.markdown': SMALL_PLAN, 'a/b/skip.md': NOT_A_PLAN });
    const r = run(['lint', 'a/**/*.md', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout).map((e) => e.file)).toEqual(['a/b/two.md', 'a/one.md']);
    const braces = run(['lint', 'a/b/*.{md,markdown}', '--format', 'json'], { cwd });
    expect(parseJson(braces.stdout).map((e) => e.file)).toEqual(['a/b/three.markdown', 'a/b/two.md']);
    const none = run(['lint', 'nothing/*.md', 'a/one.md', '--format', 'json'], { cwd });
    expect(none.stderr).toMatch(/nothing\/\*\.md matched no files/);
    expect(parseJson(none.stdout).map((e) => e.file)).toEqual(['a/one.md']);
  });

  it('globs as other tools read them: wildcards inside braces, character classes, and ! to leave files out', () => {
    const cwd = writeFiles(tempDir(), { 's/flawed-1.md': SMALL_PLAN, 's/flawed-2.md': SMALL_PLAN, 's/good-plan.md': SMALL_PLAN, 's/other.md': SMALL_PLAN, 's/draft/flawed-3.md': SMALL_PLAN });
    const files = (args: string[]) => parseJson(run(['lint', ...args, '--format', 'json'], { cwd }).stdout).map((e) => e.file);
    expect(files(['s/{flawed*,good-plan}.md'])).toEqual(['s/flawed-1.md', 's/flawed-2.md', 's/good-plan.md']);
    expect(files(['s/[fg]*.md'])).toEqual(['s/flawed-1.md', 's/flawed-2.md', 's/good-plan.md']);
    expect(files(['s/**/*.md', '!s/draft/**', '!**/other.md'])).toEqual(['s/flawed-1.md', 's/flawed-2.md', 's/good-plan.md']);
  });

  it('reads standard input with -', () => {
    const cwd = tempDir();
    const r = run(['lint', '-', '--format', 'json'], { cwd, input: NO_PURPOSE_PLAN });
    expect(r.code).toBe(1);
    const out = parseJson(r.stdout);
    expect(out.map((e) => e.file)).toEqual(['<stdin>']);
    expect(out[0].messages.some((m) => m.ruleId === 'purpose-missing' && m.line === 6)).toBe(true);
  });

  it('standard input is checked with the config of the working folder', () => {
    const cwd = writeFiles(tempDir(), { '.groupplan.json': '{ "rules": { "purpose-missing": "off" } }' });
    const r = run(['lint', '-', '--format', 'json'], { cwd, input: NO_PURPOSE_PLAN });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)[0].messages.some((m) => m.ruleId === 'purpose-missing')).toBe(false);
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, so standard error is a TTY there.
  it.skipIf(!hasScript)('shows progress on standard error when it is a terminal and many files are checked', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) files[`p${String(i).padStart(2, '0')}.md`] = SMALL_PLAN;
    const cwd = writeFiles(tempDir(), files);
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint . --format json > out.json`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60000 });
    expect(r.stdout).toMatch(/groupplan: checking \d+ of 25 files: p\d\d\.md/);
    expect(r.stdout.endsWith('\r\x1b[K')).toBe(true);
    expect(parseJson(fs.readFileSync(path.join(cwd, 'out.json'), 'utf8'))).toHaveLength(25);
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`p${String(i).padStart(3, '0')}.md`] = SMALL_PLAN;
    const cwd = writeFiles(tempDir(), files);
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint . --format json 2>err.txt | head -c 10`;
    const r = spawnSync('sh', ['-c', cmd], { cwd, encoding: 'utf8', timeout: 60000 });
    expect(r.stdout).toBe('[\n  {\n    ');
    expect(fs.readFileSync(path.join(cwd, 'err.txt'), 'utf8')).toBe('');
  });

  it('says how many Markdown files in a folder were left out as not plans', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN, 'README.md': '# Read me\n' });
    const r = run(['lint', '.', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout).map((e) => e.file)).toEqual(['plan.md']);
    expect(r.stderr).toMatch(/^groupplan: 1 Markdown file was not checked because it is not marked as a plan .*--all/);
    expect(run(['lint', '.', '--all', '--format', 'json'], { cwd }).stderr).toBe('');
  });

  it('prints no progress when standard error is not a terminal', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) files[`p${String(i).padStart(2, '0')}.md`] = SMALL_PLAN;
    const cwd = writeFiles(tempDir(), files);
    const r = run(['lint', '.', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout)).toHaveLength(25);
    expect(r.stderr).toBe('');
  });
});

describe('bad input', () => {
  it('a missing path is reported with ruleId null, the rest is still checked, exit 1', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const r = run(['lint', 'gone.md', 'plan.md', '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    const out = parseJson(r.stdout);
    expect(out.find((e) => e.file === 'gone.md')!.messages).toEqual([
      { ruleId: null, severity: 'error', message: 'gone.md does not exist.', line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
    expect(out.find((e) => e.file === 'plan.md')!.messages.length).toBeGreaterThan(0);
  });

  it('binary and non-UTF-8 files are reported and the run goes on', () => {
    const cwd = writeFiles(tempDir(), {
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.md': Buffer.from('# Caf\xe9 group\n', 'latin1'),
      'plan.md': SMALL_PLAN,
    });
    const r = run(['lint', 'binary.md', 'latin1.md', 'plan.md', '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    const out = parseJson(r.stdout);
    expect(out.find((e) => e.file === 'binary.md')!.messages[0]).toMatchObject({ ruleId: null, message: 'binary.md is a binary file, not text.' });
    expect(out.find((e) => e.file === 'latin1.md')!.messages[0]).toMatchObject({ ruleId: null, message: expect.stringMatching(/^latin1\.md is not UTF-8 text/) });
    expect(out.find((e) => e.file === 'plan.md')!.messages.length).toBeGreaterThan(0);
    const stylish = run(['lint', 'binary.md', 'plan.md'], { cwd });
    expect(stylish.stdout).toMatch(/binary\.md is a binary file, not text\./);
    expect(stylish.code).toBe(1);
  });

  it('a non-UTF-8 file in a folder walk is reported when its front matter declares a plan', () => {
    const cwd = writeFiles(tempDir(), {
      'd/declared.md': Buffer.from('---\ngroupplan: true\n---\n# Caf\xe9\n', 'latin1'),
      'd/other.md': Buffer.from('# Caf\xe9\n', 'latin1'),
    });
    const r = run(['lint', 'd', '--format', 'json'], { cwd });
    expect(parseJson(r.stdout).map((e) => e.file)).toEqual(['d/declared.md']);
    expect(r.code).toBe(1);
  });

  it('a file larger than the checker reads is reported without reading it', () => {
    const cwd = writeFiles(tempDir(), { 'plan.md': SMALL_PLAN });
    const big = path.join(cwd, 'huge.md');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 21 * 1024 * 1024);
    const r = run(['lint', 'huge.md', 'plan.md', '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout).find((e) => e.file === 'huge.md')!.messages[0].message).toBe('huge.md is 21.0 MB, larger than the 20 MB the checker reads.');
  });

  it('an empty file is checked normally', () => {
    const cwd = writeFiles(tempDir(), { 'empty.md': '' });
    const r = run(['lint', 'empty.md', '--format', 'json'], { cwd });
    expect(r.code).toBe(1); // no purpose is an error
    expect(parseJson(r.stdout)[0].messages.map((m) => m.ruleId)).toContain('purpose-missing');
  });
});
