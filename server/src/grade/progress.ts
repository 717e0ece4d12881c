// Progress of a grading run on stderr: a redrawn bar on a terminal, plain lines otherwise.
import { printable } from '../node/stdio';

export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface Progress {
  tick(label: string, note?: string): void;
  done(): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}

// Creates a progress reporter for `total` files. `now` is injectable for tests.
export function createProgress(total: number, sink: ProgressSink, options: { quiet?: boolean; now?: () => number } = {}): Progress {
  const now = options.now ?? (() => Date.now());
  const start = now();
  let count = 0;
  let lastDraw = 0;
  if (options.quiet || total === 0) return { tick: () => undefined, done: () => undefined };
  const line = (): string => {
    const elapsed = (now() - start) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const left = rate > 0 ? (total - count) / rate : NaN;
    return `${count}/${total} files  ${rate.toFixed(1)} files/s  ${count < total ? `about ${formatDuration(left)} left` : `done in ${formatDuration(elapsed)}`}`;
  };
  if (sink.isTTY) {
    return {
      tick() {
        count++;
        const t = now();
        if (count < total && t - lastDraw < 80) return;
        lastDraw = t;
        const width = Math.max(10, Math.min(40, (sink.columns ?? 80) - 60));
        const filled = Math.round((width * count) / total);
        sink.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line()}`);
      },
      done() {
        sink.write('\n');
      },
    };
  }
  return {
    tick(label, note) {
      count++;
      sink.write(printable(`[${count}/${total}] ${label}${note ? `: ${note}` : ''}`) + '\n');
    },
    done() {
      sink.write(`${line()}\n`);
    },
  };
}
