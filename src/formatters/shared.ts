/** Small helpers the built-in formatters share. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RuleMeta } from '../linter/rule.js';
import type { LintMessage } from '../model.js';

export const TOOL_NAME = 'transcript-lint';
export const REPOSITORY_URL = 'https://github.com/transcript-lint/transcript-lint';

let cachedVersion: string | undefined;

/** This package's version, read from package.json (from src/ under tests, from dist/src/ when built). */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === TOOL_NAME && pkg.version) return (cachedVersion = pkg.version);
    } catch {
      // try the next location
    }
  }
  return (cachedVersion = '0.0.0');
}

/** Where a rule's documentation lives: its `docs.url` (made absolute), else docs/rules/<id>.md in the repository. */
export function ruleDocUrl(ruleId: string, meta?: RuleMeta): string {
  const url = meta?.docs?.url;
  if (url && /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const file = url ? url.replace(/^\.?\/+/, '') : `docs/rules/${ruleId}.md`;
  return `${REPOSITORY_URL}/blob/main/${file}`;
}

export function isError(message: LintMessage): boolean {
  return Boolean(message.fatal) || message.severity === 2;
}

/** "Error" or "Warning", as ESLint's compact, unix and junit formatters say it. */
export function messageType(message: LintMessage): 'Error' | 'Warning' {
  return isError(message) ? 'Error' : 'Warning';
}

/** The file's path relative to `cwd` with forward slashes; the path as given when it is outside `cwd`. */
export function relativePath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const relative = path.relative(cwd, filePath);
  if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return filePath.split(path.sep).join('/');
  return relative.split(path.sep).join('/');
}

/**
 * "conv-1043 #4 (agent)": where in the file a finding is, or '' when the message does
 * not say. The id is left out when it is just the file's path (one conversation per file).
 */
export function conversationLabel(message: LintMessage, filePath?: string): string {
  if (message.transcriptId === undefined && message.turn === undefined) return '';
  const id = message.transcriptId !== undefined && message.transcriptId !== filePath ? message.transcriptId : '';
  const turn = message.turn !== undefined ? `#${message.turn + 1}` : '';
  const role = message.role ? `(${message.role})` : '';
  return [id, turn, role].filter(Boolean).join(' ');
}

export function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}
