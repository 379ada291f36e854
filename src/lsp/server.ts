/**
 * The language server (`transcript-lint --lsp`): findings as diagnostics in any
 * LSP client, fixes and suggestions as code actions. It lints the editor's
 * buffer through the same Engine as the CLI, so config lookup, overrides,
 * directives and fixes behave exactly as on the command line for that path.
 *
 * One Engine per working folder (the workspace folder holding the file, else
 * the file's own folder). Engines cache configs, so a change to a config file,
 * to a file a config `extends`, to package.json or to .transcriptlintignore —
 * and any workspace/didChangeConfiguration — drops them and re-lints every open
 * document.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';
import { CONFIG_FILES } from '../config/loader.js';
import { ConfigError } from '../config/types.js';
import { applyFixes, MAX_FIX_PASSES } from '../linter/fixes.js';
import type { LintMessage, LintResult } from '../model.js';
import { IGNORE_FILE } from '../runner/discover.js';
import { Engine } from '../runner/engine.js';
import { configDependencies } from './config-files.js';
import { commentStyle, disableComment, errorDiagnostic, findPackageRoot, isNeverLinted, messageRange, SOURCE, toDiagnostic, untitledName } from './convert.js';

export const DEBOUNCE_MS = 150;

export interface LanguageServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Quiet time after the last change before a document is linted again. */
  debounceMs?: number;
}

/** Where a document is linted as: the path that picks its format and config, and the working folder. */
interface Location {
  filePath: string;
  cwd: string;
  /** A real file (file: URI), not an unsaved buffer. */
  onDisk: boolean;
}

interface LintState {
  version: number;
  location: Location;
  /** null when the file is not linted (ignored) or a config error stopped it. */
  result: LintResult | null;
  diagnostics: Diagnostic[];
}

const FIX_ALL_TITLE = 'Fix all transcript-lint problems';
/** A kind under source.fixAll, so "source.fixAll" and "source.fixAll.transcript-lint" both ask for it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.transcript-lint`;

/** Starts the server on stdio (or the given streams); resolves when the client says exit. */
export function startLanguageServer(options: LanguageServerOptions = {}): Promise<number> {
  // Streams, not readers: the library then exits when the client closes stdin.
  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  // stdout is the protocol: anything a module logs goes to the client's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  const server = new TranscriptLintServer(connection, options.debounceMs ?? DEBOUNCE_MS);
  const done = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  server.listen();
  return done;
}

class TranscriptLintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly states = new Map<string, LintState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly engines = new Map<string, Engine>();
  private readonly ignores = new Map<string, Ignore>();
  /** Config files (and what they extend) that the open documents' configs are read from. */
  private readonly configFiles = new Set<string>();
  private readonly dirsScanned = new Set<string>();
  private workspaceFolders: string[] = [];
  private watchFilesDynamically = false;
  private configurationDynamically = false;
  private workspaceFolderEvents = false;

  constructor(private readonly connection: Connection, private readonly debounceMs: number) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.registerWatchers());
    connection.onShutdown(() => {
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
    });
    documents.onDidOpen(({ document }) => this.validate(document));
    documents.onDidChangeContent(({ document }) => {
      // didOpen also fires this; the document was linted at that version already.
      if (this.states.get(document.uri)?.version === document.version) return;
      this.schedule(document);
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.states.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    documents.onDidSave(({ document }) => {
      const file = filePathOf(document.uri);
      if (file && this.affectsConfig(file)) this.relintAll();
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => {
        const file = filePathOf(c.uri);
        return file !== null && this.affectsConfig(file);
      })) this.relintAll();
    });
    connection.onDidChangeConfiguration(() => this.relintAll());
    connection.onCodeAction((params) => this.codeActions(params));
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folders.map(filePathOf).filter((f): f is string => f !== null);
    if (this.workspaceFolders.length === 0 && params.rootPath) this.workspaceFolders = [params.rootPath];
    this.watchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.configurationDynamically = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.workspaceFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        ...(this.workspaceFolderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'transcript-lint', version: packageVersion() },
    };
  }

  private async registerWatchers(): Promise<void> {
    if (this.watchFilesDynamically) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/.transcriptlintrc*' },
          { globPattern: '**/package.json' },
          { globPattern: `**/${IGNORE_FILE}` },
          // Files a config `extends` (shared standards, team lexicons) can have any name;
          // events for them are filtered against the files the configs were read from.
          { globPattern: '**/*.{yaml,yml,json}' },
        ],
      });
    }
    if (this.configurationDynamically) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'transcriptLint' });
    }
    if (this.workspaceFolderEvents) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => filePathOf(f.uri)));
        this.workspaceFolders = [
          ...this.workspaceFolders.filter((f) => !gone.has(f)),
          ...added.map((f) => filePathOf(f.uri)).filter((f): f is string => f !== null),
        ];
        this.relintAll();
      });
    }
  }

  // ------------------------------------------------------------ linting

  /** Whether a changed file can change what some config says. */
  private affectsConfig(file: string): boolean {
    if (this.configFiles.has(path.resolve(file))) return true;
    // `npm install` rewrites many package.json files under node_modules; none of them is a config here.
    if (file.split(/[\\/]/).includes('node_modules')) return false;
    const base = path.basename(file);
    return base.startsWith('.transcriptlintrc') || CONFIG_FILES.includes(base) || base === 'package.json' || base === IGNORE_FILE;
  }

  /** Drops every cached config and re-lints every open document now. */
  private relintAll(): void {
    this.engines.clear();
    this.ignores.clear();
    this.configFiles.clear();
    this.dirsScanned.clear();
    for (const document of this.documents.all()) this.validate(document);
  }

  private schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      const latest = this.documents.get(document.uri);
      if (latest) this.validate(latest);
    }, this.debounceMs));
  }

  private locate(document: TextDocument): Location {
    const file = filePathOf(document.uri);
    if (file === null) {
      const cwd = this.workspaceFolders[0] ?? process.cwd();
      return { filePath: path.join(cwd, untitledName(document.languageId)), cwd, onDisk: false };
    }
    const folder = this.workspaceFolders
      .filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    return { filePath: file, cwd: folder ?? path.dirname(file), onDisk: true };
  }

  private engine(cwd: string): Engine {
    let engine = this.engines.get(cwd);
    if (!engine) {
      engine = new Engine({ cwd });
      this.engines.set(cwd, engine);
    }
    return engine;
  }

  /** True when the CLI would not lint this file when given its folder. */
  private isIgnored(location: Location, engine: Engine): boolean {
    if (!location.onDisk) return false;
    const relative = path.relative(location.cwd, location.filePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
    if (isNeverLinted(relative)) return true;
    let ig = this.ignores.get(location.cwd);
    if (!ig) {
      ig = ignore();
      const file = path.join(location.cwd, IGNORE_FILE);
      if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
      try {
        for (const { dir, patterns } of engine.configs.ignorePatterns()) {
          ig.add(patterns.map((p) => path.relative(location.cwd, path.join(dir, p)).split(path.sep).join('/')));
        }
      } catch {
        // A broken config is reported when the file is linted.
      }
      this.ignores.set(location.cwd, ig);
    }
    return ig.ignores(relative.split(path.sep).join('/'));
  }

  private lint(document: TextDocument): LintState {
    const location = this.locate(document);
    const state: LintState = { version: document.version, location, result: null, diagnostics: [] };
    const dir = path.dirname(location.filePath);
    if (!this.dirsScanned.has(dir)) {
      this.dirsScanned.add(dir);
      configDependencies(dir, this.configFiles);
    }
    try {
      const engine = this.engine(location.cwd);
      if (this.isIgnored(location, engine)) return state;
      const result = engine.lintText(document.getText(), { filePath: location.filePath });
      state.result = result;
      const rules = engine.rulesForFile(location.filePath);
      state.diagnostics = result.messages.map((m, i) => toDiagnostic(m, i, document, rules));
    } catch (error) {
      const text = error instanceof ConfigError ? `transcript-lint: ${error.message}` : `transcript-lint: internal error: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof ConfigError)) this.connection.console.error(error instanceof Error ? error.stack ?? error.message : String(error));
      state.diagnostics = [errorDiagnostic(text)];
    }
    return state;
  }

  private validate(document: TextDocument): LintState {
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    const state = this.lint(document);
    this.states.set(document.uri, state);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: state.diagnostics });
    return state;
  }

  /** The lint of the document as it is now (re-linted if a change is still waiting out the debounce). */
  private current(document: TextDocument): LintState {
    const state = this.states.get(document.uri);
    return state && state.version === document.version ? state : this.validate(document);
  }

  // ------------------------------------------------------------ code actions

  private codeActions(params: CodeActionParams): CodeAction[] {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = this.current(document);
    const result = state.result;
    if (!result) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const uri = document.uri;
    const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
    const toEdit = (fix: { range: [number, number]; text: string }): TextEdit => ({
      range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
      newText: fix.text,
    });
    const actions: CodeAction[] = [];
    const fixable = result.messages.filter((m) => m.fix);

    if (wants(CodeActionKind.QuickFix)) {
      const engine = this.engine(state.location.cwd);
      const style = commentStyle(state.location.filePath, document.getText());
      let fixableHere = 0;
      const disabled = new Set<string>();
      result.messages.forEach((message, index) => {
        const range = messageRange(message, document);
        if (!overlaps(range, params.range)) return;
        const diagnostic = matchDiagnostic(params.context.diagnostics, state.diagnostics[index]);
        const rule = message.ruleId ?? 'transcript-lint';
        if (message.fix) {
          fixableHere++;
          actions.push({ title: `Fix this ${rule} problem`, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: edit([toEdit(message.fix)]) });
        }
        for (const suggestion of message.suggestions ?? []) {
          actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([toEdit(suggestion.fix)]) });
        }
        if (message.ruleId && !message.fatal && style && !disabled.has(`${message.ruleId}:${message.line}`)) {
          disabled.add(`${message.ruleId}:${message.line}`);
          const insert = this.disableEdit(document, message, style, engine, state.location.filePath);
          if (insert) actions.push({ title: `Disable ${message.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([insert]) });
        }
      });
      if (fixableHere > 0 && fixable.length > 1) {
        const all = this.fixAllEdit(document, result, state.location);
        if (all) actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: edit([all]) });
      }
    }
    // source.fixAll: what "fix on save" asks for. Without a kind filter it is listed
    // once, unless the quick fix of the same name is already there.
    const listedAsQuickFix = actions.some((a) => a.title === FIX_ALL_TITLE);
    if (fixable.length > 0 && (only ? wants(FIX_ALL_KIND) : !listedAsQuickFix)) {
      const all = this.fixAllEdit(document, result, state.location);
      if (all) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: edit([all]) });
    }
    return actions;
  }

  /** Every fix, pass after pass as `--fix` does, as one edit over the part of the text that changed. */
  private fixAllEdit(document: TextDocument, result: LintResult, location: Location): TextEdit | null {
    const engine = this.engine(location.cwd);
    const original = document.getText();
    let text = original;
    let messages = result.messages;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { output, fixed } = applyFixes(text, messages);
      if (!fixed || output === text) break;
      text = output;
      const next = engine.lintText(text, { filePath: location.filePath });
      if (next.fatalErrorCount > 0) break;
      messages = next.messages;
    }
    if (text === original) return null;
    let start = 0;
    while (start < original.length && start < text.length && original[start] === text[start]) start++;
    let endOld = original.length;
    let endNew = text.length;
    while (endOld > start && endNew > start && original[endOld - 1] === text[endNew - 1]) {
      endOld--;
      endNew--;
    }
    return { range: { start: document.positionAt(start), end: document.positionAt(endOld) }, newText: text.slice(start, endNew) };
  }

  /**
   * A `transcript-lint-disable-next-line <rule>` comment line above the finding,
   * in the file's comment syntax — offered only when linting the edited text
   * shows the comment suppresses the finding and (YAML) leaves the data as it was.
   */
  private disableEdit(document: TextDocument, message: LintMessage, style: 'html' | 'hash', engine: Engine, filePath: string): TextEdit | null {
    const text = document.getText();
    const line = Math.max(0, message.line - 1);
    const lineStart = document.offsetAt({ line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newText = `${indent}${disableComment(style, message.ruleId!)}${eol}`;
    const edited = text.slice(0, lineStart) + newText + text.slice(lineStart);
    try {
      const after = engine.lintText(edited, { filePath });
      if (after.fatalErrorCount > 0) return null;
      if (after.messages.some((m) => m.ruleId === message.ruleId && m.line === message.line + 1 && m.column === message.column)) return null;
      if (/\.ya?ml$/i.test(filePath) && !sameYaml(text, edited)) return null;
    } catch {
      return null;
    }
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText };
  }
}

function sameYaml(a: string, b: string): boolean {
  try {
    return JSON.stringify(parseDocument(a).toJS()) === JSON.stringify(parseDocument(b).toJS());
  } catch {
    return false;
  }
}

function overlaps(a: { start: Position; end: Position }, b: { start: Position; end: Position }): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

interface Position {
  line: number;
  character: number;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The client's copy of a diagnostic when it sent one (clients match fixes to diagnostics by value). */
function matchDiagnostic(sent: Diagnostic[], ours: Diagnostic): Diagnostic {
  return sent.find((d) => d.source === SOURCE && d.code === ours.code && d.message === ours.message
    && d.range.start.line === ours.range.start.line && d.range.start.character === ours.range.start.character) ?? ours;
}

function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

function packageVersion(): string {
  const root = findPackageRoot();
  try {
    return root ? (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
