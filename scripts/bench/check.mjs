// Speed of the check: our full check against markdownlint (library, default rules) on the same text,
// our re-check after a one-character edit, and the language server's memory with 20 plans open.
// Environment: GROUPPLAN_BENCH_ENGINE (engine bundle, default dist/engine.cjs), GROUPPLAN_BENCH_SERVER
// (server bundle, default dist/server.js), GROUPPLAN_BENCH_LSP_TIMEOUT (ms to wait for diagnostics).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const THEMES = [
  ['guilt about feeling worn out', 'the worker asks who else has felt this and waits for members to answer one another'],
  ['talking with brothers and sisters who do not help', 'members act out a phone call with a sibling and the others suggest what to say'],
  ['a parent who no longer recognises them', 'members tell how they first noticed it and what helped them on the worst days'],
  ['deciding about residential care', 'members who have visited care homes describe what they looked for'],
  ['finding time to rest', 'each member names one hour in the coming week that will be theirs, and the group checks back next time'],
  ['money, benefits and power of attorney', 'a member who has been through the paperwork walks the others through it, with the worker adding facts'],
  ['anger, and what to do with it', 'members share a moment they lost their temper and what they wish they had done'],
  ['saying goodbye to the group', 'members say what they take away from one another and how they will stay in touch'],
];

// A plan of about `bytes` characters: the good sample with a long session-by-session outline under Content.
export function makePlan(bytes) {
  const base = readFileSync(join(root, 'samples/good-plan.md'), 'utf8');
  const at = base.indexOf('## Pre-group contact');
  const head = base.slice(0, at);
  const tail = base.slice(at);
  let sessions = '';
  for (let n = 1; head.length + sessions.length + tail.length < bytes; n++) {
    const [theme, activity] = THEMES[(n - 1) % THEMES.length];
    sessions += `### Session ${n}: ${theme}\n\n`;
    sessions += `Members arrive to tea in the family room. The worker reminds the group, in a sentence, that it meets so that carers can help one another with ${theme}, and asks who wants time today. In meeting ${n}, ${activity}.\n\n`;
    sessions += `The worker watches for members who have been quiet in the last ${1 + (n % 3)} meetings and invites them in without pressing. When a member turns to the worker for an answer, the worker turns the question back to the group: *has anyone here faced this?*\n\n`;
    sessions += `- Opening round (${10 + (n % 4) * 5} minutes): one thing from the week.\n- Main work (${45 + (n % 3) * 5} minutes): ${theme}.\n- Closing (10 minutes): what each member takes from meeting ${n}.\n\n`;
    sessions += `| Time | Who leads | Purpose |\n|---|---|---|\n| 0:00 | worker | welcome and the group's purpose |\n| 0:${String(15 + (n % 4)).padStart(2, '0')} | members | ${theme} |\n\n`;
  }
  return `${head}${sessions}${tail}`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Times fn() `runs` times after `warmup` untimed calls; returns the median in milliseconds.
function time(fn, runs, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn(i);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

// The offset of a typical place a user types: inside a paragraph in the middle of the document.
function editPoint(text) {
  const mid = text.indexOf('Members arrive', text.length >> 1);
  return (mid >= 0 ? mid : text.length >> 1) + 8;
}

// Times two functions in alternation, so that load from other processes falls on both alike;
// returns both medians, the median of the ratios of each adjacent pair, and both fastest runs.
function timePair(a, b, runs, warmup) {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const xa = [];
  const xb = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    xa.push(performance.now() - t0);
    t0 = performance.now();
    b();
    xb.push(performance.now() - t0);
  }
  return [median(xa), median(xb), median(xa.map((a, i) => a / xb[i])), Math.min(...xa), Math.min(...xb)];
}

async function speed(engine, lintSync, label, text, runs, warmup) {
  const rows = [];
  const [ours, theirs, ratio, oursMin, theirsMin] = timePair(
    () => {
      engine.clearParseCache();
      engine.checkPlan(text);
    },
    () => lintSync({ strings: { doc: text } }),
    runs,
    warmup,
  );
  rows.push({ name: `full check, ${label}: groupplan (cold cache)`, value: ours, unit: 'ms' });
  rows.push({ name: `full check, ${label}: markdownlint 0.38 (default rules)`, value: theirs, unit: 'ms' });
  rows.push({ name: `full check, ${label}: ratio groupplan / markdownlint (median of paired runs)`, value: ratio, unit: 'ratio', ...(label === '20 KB' ? { target: 1.0 } : {}), note: `fastest runs: ${oursMin.toFixed(1)} vs ${theirsMin.toFixed(1)} ms (${(oursMin / theirsMin).toFixed(2)})` });

  // Re-check after typing one character: every run checks the previous text, then one more character.
  const at = editPoint(text);
  let current = text;
  engine.clearParseCache();
  engine.checkPlan(current);
  const limit = label === '20 KB' ? 10 : 100;
  const recheck = time((i) => {
    current = `${current.slice(0, at)}${'abcdefghij'[i % 10]}${current.slice(at)}`;
    engine.checkPlan(current);
  }, Math.max(runs, 21), warmup);
  rows.push({ name: `re-check after a one-character edit, ${label} (warm cache)`, value: recheck, unit: 'ms', target: limit });
  return rows;
}

// Re-check of a 5 MB document after an edit: far beyond any plan, it shows the cache still holds.
function recheckHuge(engine) {
  let text = makePlan(5 * 1024 * 1024);
  const at = editPoint(text);
  engine.clearParseCache();
  engine.checkPlan(text);
  const ms = time((i) => {
    text = `${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`;
    engine.checkPlan(text);
  }, 5, 1);
  return { name: 're-check after a one-character edit, 5 MB (warm cache)', value: ms, unit: 'ms' };
}

// The rules that take longest on a plan whose parse is cached: each rule alone, less a run with no rule.
function slowestRules(engine, text, runs, count = 3) {
  const config = engine.defaults();
  engine.checkPlan(text, config);
  const ids = engine.RULES.map((r) => r.meta.id);
  const times = new Map([['', []], ...ids.map((id) => [id, []])]);
  for (let i = 0; i < runs; i++) {
    for (const [id, xs] of times) {
      const t0 = performance.now();
      engine.checkPlan(text, config, { only: [id] });
      xs.push(performance.now() - t0);
    }
  }
  const base = median(times.get(''));
  const label = text.length > 100000 ? '1 MB' : '20 KB';
  const slow = ids
    .map((id) => ({ id, ms: median(times.get(id)) - base }))
    .filter((r) => r.ms >= 0.1)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ id, ms }) => ({ name: `rule time, ${label} (parse cached): ${id}`, value: ms, unit: 'ms' }));
  return slow.length ? slow : [{ name: `rule time, ${label} (parse cached): every rule`, value: '< 0.1', unit: 'ms' }];
}

// Minimal LSP client over stdio: Content-Length framing, answers to server requests.
function lspClient(child) {
  let buf = Buffer.alloc(0);
  const handlers = [];
  const pending = new Map();
  let nextId = 1;
  const send = (msg) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const sep = buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, sep).toString('ascii'));
      if (!m) {
        buf = buf.subarray(sep + 4);
        continue;
      }
      const len = Number(m[1]);
      if (buf.length < sep + 4 + len) return;
      const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      buf = buf.subarray(sep + 4 + len);
      if (msg.id !== undefined && msg.method) {
        // A request from the server: answer so it is never left waiting.
        const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
        send({ id: msg.id, result });
      } else if (msg.id !== undefined && pending.has(msg.id)) {
        pending.get(msg.id)(msg);
        pending.delete(msg.id);
      } else if (msg.method) {
        for (const h of handlers) h(msg);
      }
    }
  });
  return {
    request: (method, params) => new Promise((res) => {
      const id = nextId++;
      pending.set(id, res);
      send({ id, method, params });
    }),
    notify: (method, params) => send({ method, params }),
    onNotification: (h) => handlers.push(h),
  };
}

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

// Makes plan i differ from the others in nearly every section, so that no parsed chunk is shared.
function distinct(text, i) {
  return text.replace(/\bgroup\b/g, `group ${i}`).replace(/Session (\d+)/g, `Session $1.${i}`).replace(/\bmembers\b/g, `members (${i})`);
}

// Opens 20 plans in the bundled server and reads its resident memory once all are diagnosed.
export async function serverMemory(text, timeoutMs = 30000) {
  const server = process.env.GROUPPLAN_BENCH_SERVER ?? join(root, 'dist/server.js');
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  const client = lspClient(child);
  const published = new Set();
  let done;
  const all = new Promise((res) => (done = res));
  client.onNotification((msg) => {
    if (msg.method === 'textDocument/publishDiagnostics') {
      published.add(msg.params.uri);
      if (published.size >= 20) done(true);
    }
  });
  const exited = new Promise((res) => child.on('exit', () => res(false)));
  const timeout = (ms) => new Promise((res) => setTimeout(() => res(false), ms));
  try {
    const init = await Promise.race([client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(join(root, 'samples')).href,
      workspaceFolders: [{ uri: pathToFileURL(join(root, 'samples')).href, name: 'samples' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    }), exited, timeout(timeoutMs)]);
    if (!init) return { name: 'server memory, 20 plans open', value: 'n/a', unit: 'MB', target: 150, note: 'the server did not answer initialize' };
    client.notify('initialized', {});
    for (let i = 0; i < 20; i++) {
      const uri = pathToFileURL(join(root, 'samples', `bench-plan-${i}.md`)).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: distinct(text, i) } });
    }
    const ok = await Promise.race([all, exited, timeout(timeoutMs)]);
    // Let any pending work settle before reading the resident set.
    await timeout(500);
    const mb = rssMb(child.pid);
    if (!ok) return { name: 'server memory, 20 plans open', value: 'n/a', unit: 'MB', target: 150, note: `no diagnostics published (${published.size}/20 in ${timeoutMs / 1000} s)${mb ? `; RSS ${mb.toFixed(0)} MB` : ''}` };
    return { name: 'server memory, 20 plans open (20 KB each)', value: mb, unit: 'MB', target: 150 };
  } finally {
    child.kill();
  }
}

// The language server's latency after a keystroke: from the didChange of a one-character edit to
// the publishDiagnostics of that version, with the debounce set to 0 (GROUPPLAN_DEBOUNCE_MS), so the
// figure is the server's own work (parse, check, convert, send) over a real stdio connection.
export async function serverLatency(text, label, runs, target, timeoutMs = 60000, warmup = 0) {
  const server = process.env.GROUPPLAN_BENCH_SERVER ?? join(root, 'dist/server.js');
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, GROUPPLAN_DEBOUNCE_MS: '0' } });
  const client = lspClient(child);
  const name = `server: keystroke to diagnostics, ${label} (median${warmup ? ` after ${warmup} untimed keystrokes` : ' from the first keystroke'})`;
  const waiting = new Map();
  client.onNotification((msg) => {
    if (msg.method !== 'textDocument/publishDiagnostics') return;
    const done = waiting.get(msg.params.version);
    if (done) done(process.hrtime.bigint());
  });
  const versionPublished = (v) => new Promise((res) => waiting.set(v, res));
  const timeout = (ms) => new Promise((res) => setTimeout(() => res(undefined), ms));
  try {
    await Promise.race([client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } }), timeout(timeoutMs)]);
    client.notify('initialized', {});
    const uri = pathToFileURL(join(root, 'samples', 'bench-latency.md')).href;
    const first = versionPublished(1);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    if (!(await Promise.race([first, timeout(timeoutMs)]))) return { name, value: 'n/a', unit: 'ms', target, note: 'no diagnostics for the opened plan' };
    // Typing in the middle of the document, one character at a time.
    const lines = text.split('\n');
    const line = Math.floor(lines.length / 2);
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      const version = i + 2;
      const published = versionPublished(version);
      const start = process.hrtime.bigint();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] });
      const end = await Promise.race([published, timeout(timeoutMs)]);
      if (!end) return { name, value: 'n/a', unit: 'ms', target, note: `no diagnostics for version ${version}` };
      if (i >= warmup) times.push(Number(end - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { name, value: times[Math.floor(times.length / 2)], unit: 'ms', target };
  } finally {
    child.kill();
  }
}

export default async function run() {
  const engine = require(process.env.GROUPPLAN_BENCH_ENGINE ?? join(root, 'dist/engine.cjs'));
  const { lint: lintSync } = await import('markdownlint/sync');
  const small = makePlan(20 * 1024);
  const large = makePlan(1024 * 1024);
  const rows = [
    ...(await speed(engine, lintSync, '20 KB', small, 51, 10)),
    ...(await speed(engine, lintSync, '1 MB', large, 7, 1)),
  ];
  rows.push(...slowestRules(engine, small, 21), ...slowestRules(engine, large, 9));
  rows.push(recheckHuge(engine));
  rows.push(await serverMemory(small, Number(process.env.GROUPPLAN_BENCH_LSP_TIMEOUT ?? 30000)));
  // From the first keystroke after opening (code not yet optimised by V8), and in steady typing.
  rows.push(await serverLatency(small, '20 KB', 31, 10), await serverLatency(small, '20 KB', 31, 10, 60000, 30));
  rows.push(await serverLatency(large, '1 MB', 9, 100), await serverLatency(large, '1 MB', 9, 100, 60000, 10));
  return rows;
}
