// `node:fs` in the web bundle: reads the files the client sent (web/files.ts), writes nothing.
import { fileText, isFolder } from './files';

const enoent = (p: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, '${p}'`), { code: 'ENOENT' });
const unsupported = (what: string) => (): never => {
  throw Object.assign(new Error(`${what} is not available in the web build`), { code: 'ENOSYS' });
};

export const constants = { O_RDONLY: 0, O_WRONLY: 1, O_CREAT: 64, O_EXCL: 128, O_NONBLOCK: 2048, O_NOFOLLOW: 131072 };

export function existsSync(p: string): boolean {
  return fileText(String(p)) !== undefined || isFolder(String(p));
}

export function readFileSync(p: string): string {
  const text = fileText(String(p));
  if (text === undefined) throw enoent(String(p));
  return text;
}

export function statSync(p: string) {
  const text = fileText(String(p));
  if (text === undefined && !isFolder(String(p))) throw enoent(String(p));
  const file = text !== undefined;
  return { isFile: () => file, isDirectory: () => !file, isSymbolicLink: () => false, isFIFO: () => false, size: text?.length ?? 0, mode: 0o644, uid: 0, gid: 0, ino: 0 };
}
export const lstatSync = statSync;
export const realpathSync = (p: string): string => String(p);
export const readdirSync = (): never[] => [];
export const openSync = unsupported('opening files');
export const readSync = unsupported('reading files');
export const closeSync = (): void => undefined;
export const writeFileSync = unsupported('writing files');
export const writeSync = unsupported('writing files');
export const renameSync = unsupported('writing files');
export const rmSync = (): void => undefined;
export const mkdirSync = unsupported('writing files');
export const mkdtempSync = unsupported('writing files');
export const accessSync = unsupported('writing files');
export const fstatSync = unsupported('reading files');
export const fsyncSync = (): void => undefined;
export const fchmodSync = (): void => undefined;
export const fchownSync = (): void => undefined;
export default { constants, existsSync, readFileSync, statSync, lstatSync, realpathSync, readdirSync, openSync, readSync, closeSync, writeFileSync, writeSync, renameSync, rmSync, mkdirSync, mkdtempSync, accessSync, fstatSync, fsyncSync, fchmodSync, fchownSync };
