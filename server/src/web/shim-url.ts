// `node:url` in the web bundle: any URI maps to a path and back (web/files.ts).
import { pathOfUri, uriOfPath } from './files';

export function fileURLToPath(uri: string | URL): string {
  const p = pathOfUri(String(uri));
  if (!p) throw new TypeError(`Invalid URL: ${String(uri)}`);
  return p;
}
export function pathToFileURL(p: string): { href: string; toString(): string } {
  const href = uriOfPath(p);
  return { href, toString: () => href };
}
export default { fileURLToPath, pathToFileURL };
