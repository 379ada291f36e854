/**
 * Pure pieces of the language server: LintMessage → LSP Diagnostic, rule doc
 * links, the comment syntax a file type accepts for a disable directive, and
 * which files an editor should not lint. No connection, no I/O beyond looking
 * for the package's own docs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILES } from '../config/loader.js';
import type { RuleModule } from '../linter/rule.js';
import type { LintMessage } from '../model.js';

export const SOURCE = 'transcript-lint';
export const REPO_DOCS = 'https://github.com/transcript-lint/transcript-lint/blob/main/docs/rules';

/** What a diagnostic carries back to the server in `data`. */
export interface DiagnosticData {
  /** Index of the message in the LintResult the diagnostic came from. */
  index: number;
  version: number;
}

let packageRoot: string | null | undefined;

/** The folder holding this package's package.json (dist/src/lsp → ../../.., src/lsp → ../..). */
export function findPackageRoot(): string | null {
  if (packageRoot !== undefined) return packageRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  packageRoot = null;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    try {
      if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'transcript-lint') {
        packageRoot = dir;
        break;
      }
    } catch {
      // an unreadable package.json is not ours
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return packageRoot;
}

/**
 * Where a rule's doc lives: the rule's own absolute URL, else the page shipped in
 * the package (`docs/rules/<id>.md`, a file URL), else the page on GitHub.
 */
const docUrls = new Map<string, string>();

export function ruleDocUrl(ruleId: string, rule?: RuleModule): string {
  let url = docUrls.get(ruleId);
  if (url === undefined) docUrls.set(ruleId, (url = findRuleDoc(ruleId, rule)));
  return url;
}

function findRuleDoc(ruleId: string, rule?: RuleModule): string {
  const declared = rule?.meta.docs.url;
  if (declared && /^https?:\/\//.test(declared)) return declared;
  const root = findPackageRoot();
  if (root) {
    const file = path.join(root, declared && !path.isAbsolute(declared) ? declared : `docs/rules/${ruleId}.md`);
    if (existsSync(file)) return pathToFileURL(file).href;
  }
  return `${REPO_DOCS}/${encodeURIComponent(ruleId)}.md`;
}

/** The 0-based LSP range of a message: 1-based line/column minus one, UTF-16 columns both sides. */
export function messageRange(message: LintMessage, document: TextDocument): Range {
  const line = Math.max(0, message.line - 1);
  const character = Math.max(0, message.column - 1);
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    const end = { line: Math.max(0, message.endLine - 1), character: Math.max(0, message.endColumn - 1) };
    if (end.line > line || (end.line === line && end.character >= character)) return { start: { line, character }, end };
  }
  // No end (fatal errors, whole-conversation findings): underline to the end of the line.
  const lineEnd = lineEndOffset(document, line);
  const endCharacter = document.positionAt(lineEnd).character;
  return { start: { line, character }, end: { line, character: Math.max(character, endCharacter) } };
}

function lineEndOffset(document: TextDocument, line: number): number {
  const next = document.offsetAt({ line: line + 1, character: 0 });
  const text = document.getText();
  let end = line + 1 >= document.lineCount ? text.length : next;
  while (end > 0 && end > document.offsetAt({ line, character: 0 }) && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

export function toDiagnostic(message: LintMessage, index: number, document: TextDocument, rules: ReadonlyMap<string, RuleModule>): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message, document),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: message.message,
    data: { index, version: document.version } satisfies DiagnosticData,
  };
  if (message.ruleId) {
    diagnostic.code = message.ruleId;
    diagnostic.codeDescription = { href: ruleDocUrl(message.ruleId, rules.get(message.ruleId)) };
  }
  return diagnostic;
}

/** A diagnostic for something that stopped the file from being linted at all (a bad config). */
export function errorDiagnostic(text: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: text,
  };
}

export type CommentStyle = 'html' | 'hash' | null;

/**
 * The comment a directive line can be written in (src/formats/comments.ts):
 * `<!-- -->` in Markdown, `#` in YAML and in text files (macros and plain
 * transcripts), nothing in JSON.
 */
export function commentStyle(filePath: string, text: string): CommentStyle {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'html';
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return null;
  if (ext === '.yaml' || ext === '.yml' || ext === '.txt' || ext === '.text' || ext === '.log') return 'hash';
  // Unknown extension: JSON content has no comments, anything else reads as text.
  return /^\s*[[{]/.test(text) ? null : 'hash';
}

export function disableComment(style: Exclude<CommentStyle, null>, ruleId: string): string {
  const directive = `transcript-lint-disable-next-line ${ruleId}`;
  return style === 'html' ? `<!-- ${directive} -->` : `# ${directive}`;
}

// What `transcript-lint <folder>` never picks up (src/runner/discover.ts):
// manifests, config files, anything under node_modules or a dot-folder.
const NOT_INPUT = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'composer.json', 'tsconfig.json', 'jsconfig.json', ...CONFIG_FILES]);

/** True for files an editor has open that are not transcripts or macros. */
export function isNeverLinted(relativePath: string): boolean {
  const segments = relativePath.split(/[\\/]/);
  if (NOT_INPUT.has(segments[segments.length - 1])) return true;
  return segments.some((s) => s === 'node_modules' || (s.startsWith('.') && s !== '.' && s !== '..'));
}

/** A file name to lint an unsaved buffer as, from its language id. */
export function untitledName(languageId: string): string {
  switch (languageId) {
    case 'markdown': return 'untitled.md';
    case 'yaml': return 'untitled.yaml';
    case 'json': case 'jsonc': return 'untitled.json';
    case 'jsonl': case 'jsonlines': return 'untitled.jsonl';
    default: return 'untitled.txt';
  }
}
