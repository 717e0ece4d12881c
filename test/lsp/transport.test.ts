// The server's message stream over standard input: a header it cannot read ends the process with a
// message (so that the editor restarts it) instead of leaving a live server that answers nothing; a
// body that is not JSON is skipped and the next message is answered; a cancelled request is answered
// with RequestCancelled and not run.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SERVER } from './harness';

const frame = (body: string, length = String(Buffer.byteLength(body))): string => `Content-Length: ${length}\r\n\r\n${body}`;
const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

function run(input: string, answered = '"id":1'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      // Answered: close the stream, as an editor that goes away would.
      if (stdout.includes(answered)) child.stdin.end();
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(), 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.write(input);
  });
}

describe('the stdio message stream', () => {
  it('a Content-Length that is not a number ends the server with a message', async () => {
    const r = await run(frame('{}', 'abc'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Content-Length value must be a number');
    expect(r.stderr).toContain('restart');
  });

  it('a header without Content-Length ends the server too', async () => {
    const r = await run('Content-Type: application/json\r\n\r\n{}');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Content-Length');
  });

  it('a body that is not JSON is skipped and the next message is answered', async () => {
    const r = await run(frame('{not json') + frame(initialize));
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stdout).toContain('"capabilities"');
  });
});

describe('cancellation', () => {
  it('a request cancelled as it is sent is answered with RequestCancelled, and the next one is answered', async () => {
    const uri = 'file:///tmp/groupplan-cancel/plan.md';
    const message = (m: object) => frame(JSON.stringify({ jsonrpc: '2.0', ...m }));
    const input = [
      message({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
      message({ method: 'initialized', params: {} }),
      message({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: '---\ngroupplan: true\n---\n# Plan\n\n## Purpose\n\nTo teach skills.\n' } } }),
      message({ id: 7, method: 'groupplan/dynamics', params: { uri } }),
      message({ method: '$/cancelRequest', params: { id: 7 } }),
      message({ id: 8, method: 'groupplan/dynamics', params: { uri } }),
    ].join('');
    const r = await run(input, '"id":8');
    const replies = r.stdout
      .split(/Content-Length: \d+\r\n\r\n/)
      .filter(Boolean)
      .map((b) => JSON.parse(b) as { id?: number; error?: { code: number }; result?: { dynamics?: unknown[] } });
    expect(replies.find((m) => m.id === 7)?.error?.code).toBe(-32800);
    expect(replies.find((m) => m.id === 8)?.result?.dynamics?.length).toBeGreaterThan(0);
  });
});
