// Reading plan files: whole, bounded, and sized to the file (not a 1 MB buffer per file).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBounded } from '../../server/src/node/files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groupplan-read-'));
afterEach(() => vi.restoreAllMocks());

describe('readBounded', () => {
  it('reads a file whole, asking for its reported size and a little more, not for a megabyte', () => {
    const file = path.join(dir, 'plan.md');
    const text = `# Plan\n\n${'Members share what helps. '.repeat(900)}\n`;
    fs.writeFileSync(file, text);
    const asked: number[] = [];
    const alloc = Buffer.allocUnsafe.bind(Buffer);
    vi.spyOn(Buffer, 'allocUnsafe').mockImplementation((size: number) => {
      asked.push(size);
      return alloc(size);
    });
    const r = readBounded(file, 20 * 1024 * 1024);
    expect(r.ok && r.buf.toString('utf8')).toBe(text);
    expect(asked[0]).toBe(Buffer.byteLength(text) + 1);
    expect(Math.max(...asked)).toBeLessThan(64 * 1024);
  });

  it('reads on past the reported size: a file that reports none is read whole', () => {
    // /proc files report a size of 0 and have content.
    if (!fs.existsSync('/proc/self/status')) return;
    const r = readBounded('/proc/self/status', 1024 * 1024);
    expect(r.ok && r.buf.toString('utf8')).toMatch(/^Name:/);
  });

  it('refuses a file over the limit, by its size or while reading', () => {
    const file = path.join(dir, 'big.md');
    fs.writeFileSync(file, 'x'.repeat(5000));
    const r = readBounded(file, 4096);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/larger|too large|limit/i);
    expect(readBounded(path.join(dir, 'empty.md'), 10).ok).toBe(false);
    fs.writeFileSync(path.join(dir, 'empty.md'), '');
    const empty = readBounded(path.join(dir, 'empty.md'), 10);
    expect(empty.ok && empty.buf.length).toBe(0);
  });
});
