// Globals the server expects from Node, for the web bundle (injected by esbuild).
const g = globalThis as unknown as Record<string, unknown>;
export const process = (g.process as object | undefined) ?? { env: {}, platform: 'browser', browser: true, cwd: () => '/', pid: 0 };
export const setImmediate = (g.setImmediate as typeof globalThis.setTimeout | undefined) ?? ((fn: (...a: unknown[]) => void, ...args: unknown[]) => setTimeout(fn, 0, ...args));
// The server looks beside its bundle for the rule docs and the check worker: neither is there on the web.
export const __dirname = '/groupplan/dist';
export const __filename = '/groupplan/dist/server.js';
