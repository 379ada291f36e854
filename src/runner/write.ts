/**
 * Writing a user's file without ever leaving it half-written: the new content
 * goes to a temporary file beside it, is written in full and flushed to disk,
 * takes the original's mode (and owner, where we may set it), and is renamed
 * over it in one step. Symbolic links are never written through.
 *
 * A run killed outright (SIGKILL, power loss) before the rename leaves the
 * original as it was, and at most a hidden `.NAME.PID.TIME.N.tmp` beside it.
 */
import { chmodSync, closeSync, fchownSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export class UnsafeWriteError extends Error {}

let counter = 0;

export interface WriteOptions {
  /** Mode of the new file; by default that of the file it replaces, else 0o644 less the umask. */
  mode?: number;
  /** Owner of the new file (kept when root rewrites someone else's file); ignored where not permitted. */
  owner?: { uid: number; gid: number };
}

export function writeFileAtomically(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  let mode = options.mode;
  if (mode === undefined) {
    const existing = statSync(file, { throwIfNoEntry: false });
    if (existing?.isFile()) mode = existing.mode & 0o7777;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode ?? 0o644);
    // writeSync may write less than asked: loop until all of it is down.
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    if (options.owner) {
      try {
        fchownSync(fd, options.owner.uid, options.owner.gid);
      } catch {
        // Not ours to give away: the file keeps the writer as owner.
      }
    }
    closeSync(fd);
    fd = undefined;
    // After chown, which clears set-id bits.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dir);
}

/** Flushes the folder entry of the rename, so a crash right after cannot bring the old file back. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every system lets a folder be opened or flushed; the rename has happened either way.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replaces an existing regular file, keeping its mode and owner; refuses links and anything else. */
export function replaceFile(file: string, data: Uint8Array): void {
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) throw new UnsafeWriteError(`${file}: not written: it is a symbolic link (fix the file it points to)`);
  if (!stat.isFile()) throw new UnsafeWriteError(`${file}: not written: not a regular file`);
  writeFileAtomically(file, data, { mode: stat.mode & 0o7777, owner: { uid: stat.uid, gid: stat.gid } });
}

/**
 * Where a report (-o) may go: never through a symbolic link, never over a
 * folder. Returns the absolute path; throws UnsafeWriteError with a one-line reason.
 */
export function reportTarget(cwd: string, file: string): string {
  const target = path.resolve(cwd, file);
  let stat;
  try {
    stat = lstatSync(target, { throwIfNoEntry: false });
  } catch (error) {
    throw new UnsafeWriteError(`-o ${file}: cannot write the report: ${(error as Error).message}`);
  }
  if (stat?.isSymbolicLink()) throw new UnsafeWriteError(`-o ${file}: not written: it is a symbolic link (give the path it points to)`);
  if (stat?.isDirectory()) throw new UnsafeWriteError(`-o ${file}: not written: it is a folder`);
  return target;
}

/** Writes a report atomically (a device such as /dev/null as it is); a failure is an UnsafeWriteError with a one-line reason. */
export function writeReport(target: string, report: string): void {
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    const stat = statSync(target, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) writeFileSync(target, report);
    else writeFileAtomically(target, report);
  } catch (error) {
    throw new UnsafeWriteError(`-o ${target}: cannot write the report: ${(error as Error).message}`);
  }
}
