// A platform's download as it comes: a .zip of the class's submissions, given to `grade` as it is.
// The archive is judged by its list of contents before anything is inflated, then unpacked into a
// folder the grader owns inside the output folder (never anywhere else), graded like any folder, and
// removed again. Entries that would climb out of that folder, links, zips inside the zip and anything
// past the size limits are listed with the reason and not unpacked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { readBounded } from '../node/files';
import { zipEntries } from '../node/zip';

export const ZIP_LIMITS = {
  /** The archive itself. */
  bytes: 512 * 1024 * 1024,
  /** Everything it unpacks to. */
  unpacked: 1024 * 1024 * 1024,
  /** One entry (the grader reads files up to 20 MB; larger ones are listed by it). */
  entry: 64 * 1024 * 1024,
  entries: 10000,
};

/** The folder, inside the output folder, that archives are unpacked into while a run grades them. */
export const UNPACKED = '.groupplan-unpacked';

export type Unpacked = { ok: true; folder: string; skipped: { name: string; reason: string }[] } | { ok: false; reason: string };

const CLIMBS_OUT = 'has a path that would lead out of the unpacked folder, so it was not unpacked';
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Unpacks `zipFile` into `into` (which must not exist yet). */
export async function unpackArchive(zipFile: string, into: string): Promise<Unpacked> {
  const read = readBounded(zipFile, ZIP_LIMITS.bytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  const listed = zipEntries(read.buf);
  if (!listed.ok) return { ok: false, reason: `is not a zip archive the grader can read (${listed.reason})` };
  if (listed.entries.length > ZIP_LIMITS.entries) return { ok: false, reason: `holds ${listed.entries.length} entries, more than the ${ZIP_LIMITS.entries} the grader unpacks` };
  const total = listed.entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > ZIP_LIMITS.unpacked) return { ok: false, reason: `would unpack to ${(total / 1048576).toFixed(0)} MB, more than the ${ZIP_LIMITS.unpacked / 1048576} MB the grader unpacks` };
  const sizes = new Map(listed.entries.map((e) => [e.name, e.uncompressedSize]));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(read.buf);
  } catch (e) {
    return { ok: false, reason: `is not a zip archive the grader can read (${(e as Error).message})` };
  }
  fs.mkdirSync(into, { recursive: false });
  const skipped: { name: string; reason: string }[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // JSZip resolves "../" in names as it reads them; the name as written is what says an entry meant to climb out.
    const name = ((entry as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName ?? entry.name).replace(/\\/g, '/');
    const parts = name.split('/').filter((p) => p !== '' && p !== '.');
    if (/^\/|^[A-Za-z]:/.test(name) || parts.includes('..') || parts.length === 0) {
      skipped.push({ name, reason: CLIMBS_OUT });
      continue;
    }
    // Finder's resource forks and hidden files are never submissions.
    if (parts[0] === '__MACOSX' || parts.some((p) => p.startsWith('.'))) continue;
    const mode = entry.unixPermissions;
    if (typeof mode === 'number' && (mode & S_IFMT) === S_IFLNK) {
      skipped.push({ name, reason: 'is a symbolic link inside the archive, which the grader does not follow' });
      continue;
    }
    if (/\.zip$/i.test(name)) {
      skipped.push({ name, reason: 'is a zip inside the zip, which the grader does not unpack; unpack it and grade its folder' });
      continue;
    }
    if ((sizes.get(name) ?? sizes.get(entry.name) ?? 0) > ZIP_LIMITS.entry) {
      skipped.push({ name, reason: `would unpack to more than ${ZIP_LIMITS.entry / 1048576} MB, so it was not unpacked` });
      continue;
    }
    const target = path.join(into, ...parts);
    if (!target.startsWith(into + path.sep)) {
      skipped.push({ name, reason: CLIMBS_OUT });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const data = await entry.async('nodebuffer');
    try {
      fs.writeFileSync(target, data, { flag: 'wx' });
    } catch (e) {
      skipped.push({ name, reason: `could not be unpacked (${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'another entry has the same name' : (e as Error).message})` });
    }
  }
  return { ok: true, folder: into, skipped };
}
