/**
 * Writing a user's file without ever leaving it half-written: the new content
 * goes to a temporary file beside it, takes the original's mode, and is renamed
 * over it in one step. Symbolic links are never written through.
 */
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import path from 'node:path';

export class UnsafeWriteError extends Error {}

export function writeFileAtomically(file: string, data: string | Uint8Array, options: { mode?: number } = {}): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', options.mode ?? 0o644);
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.mode !== undefined) chmodSync(temp, options.mode);
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Replaces an existing regular file, keeping its mode; refuses links and anything else. */
export function replaceFile(file: string, data: Uint8Array): void {
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) throw new UnsafeWriteError(`${file}: not written: it is a symbolic link`);
  if (!stat.isFile()) throw new UnsafeWriteError(`${file}: not written: not a regular file`);
  writeFileAtomically(file, data, { mode: stat.mode & 0o7777 });
}
