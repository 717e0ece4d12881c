// The web build's files: what the client has sent of the workspace (its groupplan config files),
// keyed by the path `pathOfUri` gives each URI. The Node built-ins the server imports are replaced in
// the web bundle by shims that read from here, so the same server code runs in a browser worker.

const texts = new Map<string, string>();
const uris = new Map<string, string>();

/**
 * A path for any URI (`vscode-vfs://github/owner/repo/plans/a.md` -> `/vscode-vfs/github/owner/repo/plans/a.md`),
 * so that config files are looked for up the folders of a plan as on disk.
 */
export function pathOfUri(uri: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(uri);
  if (!m) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(m[3] || '/');
  } catch {
    return undefined;
  }
  const p = `/${m[1].toLowerCase()}/${m[2] || '-'}${rest.startsWith('/') ? rest : `/${rest}`}`;
  uris.set(p, uri);
  return p;
}

/** The URI a path stands for: the one it was made from, else rebuilt from the path. */
export function uriOfPath(p: string): string {
  const known = uris.get(p);
  if (known) return known;
  const m = /^\/([^/]+)\/([^/]*)(\/.*)?$/.exec(p);
  if (!m) return `file://${encodeURI(p)}`;
  return `${m[1]}://${m[2] === '-' ? '' : m[2]}${encodeURI(m[3] ?? '/')}`;
}

/** Replaces the files the client sent: each config file's URI and text. */
export function setWorkspaceFiles(files: { uri: string; text: string }[]): void {
  texts.clear();
  for (const f of files) {
    const p = typeof f?.uri === 'string' && typeof f.text === 'string' ? pathOfUri(f.uri) : undefined;
    if (p) texts.set(p, f.text);
  }
}

export function fileText(p: string): string | undefined {
  return texts.get(p);
}

export function isFolder(p: string): boolean {
  const prefix = p.endsWith('/') ? p : `${p}/`;
  for (const k of texts.keys()) if (k.startsWith(prefix)) return true;
  return false;
}
