// `node:worker_threads`, `node:module`, `node:child_process` and `node:os` in the web bundles: no
// worker threads (every check runs in the server's own web worker), no npm packages to resolve (a
// config that extends a package says so), no processes and no temporary folder (grading, which needs
// them, is hidden on the web).
export class Worker {
  constructor() {
    throw new Error('worker threads are not available in the web build');
  }
}
export const parentPort = null;
export function createRequire(): { resolve(id: string): never } {
  const require = (id: string): never => {
    throw Object.assign(new Error(`Cannot find module '${id}' (packages cannot be loaded in the web build)`), { code: 'MODULE_NOT_FOUND' });
  };
  require.resolve = require;
  return require as unknown as { resolve(id: string): never };
}
export function spawnSync(): { status: null; error: Error } {
  return { status: null, error: new Error('processes are not available in the web build') };
}
export function fork(): never {
  throw new Error('grading and other commands that run a process need VS Code on the desktop; processes are not available in the web build');
}
export const tmpdir = (): string => '/tmp';
export const homedir = (): string => '/';
export const EOL = '\n';
export default { Worker, parentPort, createRequire, spawnSync, fork, tmpdir, homedir, EOL };
