// Standard output helpers for the command line.

let installed = false;

// A reader that stops early (`groupplan lint . | head`) closes the pipe: end quietly instead of crashing.
export function exitQuietlyOnBrokenPipe(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }
}

/**
 * Text made safe to print on a terminal: control characters (an escape sequence in a file name or a
 * plan, a newline in a name) are shown as \u{…} instead of being obeyed.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|\n/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
