/**
 * The results cache (--cache). An entry is reused only when the file is
 * unchanged (by size and mtime, or by content hash) and was linted under the
 * same config, the same tool version and the same rules and lexicons: editing
 * a lexicon or upgrading never serves stale findings.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LintResult } from '../model.js';
import { packageRoot } from './package-root.js';
import { writeFileAtomically } from './write.js';

export type CacheStrategy = 'metadata' | 'content';
export const DEFAULT_CACHE_FILE = '.transcriptlintcache';

interface Entry {
  size: number;
  mtimeMs: number;
  hash?: string;
  config: string;
  result: LintResult;
}

interface CacheFile {
  fingerprint: string;
  entries: Record<string, Entry>;
}

export function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

let toolFingerprint: string | undefined;
/** Tool version plus every rule module and lexicon shipped: any change invalidates the cache. */
export function fingerprint(): string {
  if (toolFingerprint) return toolFingerprint;
  const root = packageRoot();
  const h = createHash('sha256');
  h.update(readFileSync(path.join(root, 'package.json')));
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|ya?ml)$/.test(name)) h.update(name).update(readFileSync(full));
    }
  };
  walk(path.join(root, 'rules', 'lexicon'));
  walk(path.join(root, 'dist', 'rules'));
  toolFingerprint = h.digest('hex').slice(0, 32);
  return toolFingerprint;
}

export class ResultCache {
  private data: CacheFile;
  private dirty = false;

  constructor(private readonly file: string, readonly strategy: CacheStrategy = 'metadata') {
    const current = fingerprint();
    this.data = { fingerprint: current, entries: {} };
    try {
      const loaded = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (loaded.fingerprint === current && loaded.entries) this.data = loaded;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The cached result, when the file and its config are unchanged. `readContent` is called only for the content strategy. */
  get(filePath: string, configKey: string, readContent: () => Uint8Array): LintResult | undefined {
    const entry = this.data.entries[filePath];
    if (!entry || entry.config !== configKey) return undefined;
    let stat;
    try {
      stat = statSync(filePath);
    } catch {
      return undefined;
    }
    if (this.strategy === 'metadata') {
      return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs ? entry.result : undefined;
    }
    return entry.hash === hash(readContent()) ? entry.result : undefined;
  }

  set(filePath: string, configKey: string, content: Uint8Array, result: LintResult): void {
    let stat;
    try {
      stat = statSync(filePath);
    } catch {
      return;
    }
    this.data.entries[filePath] = { size: stat.size, mtimeMs: stat.mtimeMs, hash: this.strategy === 'content' ? hash(content) : undefined, config: configKey, result };
    this.dirty = true;
  }

  /** Drops entries for files that no longer exist, then writes the cache. */
  save(): void {
    for (const file of Object.keys(this.data.entries)) {
      if (!existsSync(file)) {
        delete this.data.entries[file];
        this.dirty = true;
      }
    }
    if (this.dirty) writeFileAtomically(this.file, JSON.stringify(this.data));
    this.dirty = false;
  }
}
