/**
 * Drives the real language server (`node bin/transcript-lint.js --lsp`) over
 * stdio with a real JSON-RPC client, the way an editor does. Every wait has a
 * time limit, so a broken server fails the test instead of hanging it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/transcript-lint.js');
const BUILT = path.join(ROOT, 'dist/src/lsp/server.js');
const LIMIT = 10_000;

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Diagnostic { range: Range; severity: number; source: string; code?: string; codeDescription?: { href: string }; message: string; data?: unknown }
interface TextEdit { range: Range; newText: string }
interface CodeAction { title: string; kind: string; isPreferred?: boolean; diagnostics?: Diagnostic[]; edit?: { changes: Record<string, TextEdit[]> } }
interface Published { uri: string; version?: number; diagnostics: Diagnostic[]; at: number }

function withTimeout<T>(promise: Promise<T>, what: string, ms = LIMIT): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

function offsetAt(text: string, { line, character }: Position): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + character, text.length);
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('language server over stdio', () => {
  let child: ChildProcessWithoutNullStreams;
  let client: MessageConnection;
  let workspace: string;
  let stderr = '';
  const published: Published[] = [];
  const waiters: Array<() => void> = [];
  const versions = new Map<string, number>();
  const texts = new Map<string, string>();

  const uriOf = (rel: string) => pathToFileURL(path.join(workspace, rel)).href;

  /** The next publish for `uri` that satisfies `test`, looking at those already received after index `from`. */
  function publishFor(uri: string, test: (p: Published) => boolean = () => true, from = 0): Promise<Published> {
    return withTimeout(new Promise<Published>((resolve) => {
      const check = () => {
        const found = published.slice(from).find((p) => p.uri === uri && test(p));
        if (found) resolve(found);
        else waiters.push(check);
      };
      check();
    }), `publishDiagnostics for ${uri}${stderr ? `\nserver stderr:\n${stderr}` : ''}`);
  }

  async function open(rel: string, text: string, languageId = 'markdown'): Promise<Published> {
    const uri = uriOf(rel);
    const from = published.length;
    versions.set(uri, 1);
    texts.set(uri, text);
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return publishFor(uri, (p) => p.version === 1, from);
  }

  async function change(uri: string, text: string): Promise<Published> {
    const version = (versions.get(uri) ?? 1) + 1;
    versions.set(uri, version);
    texts.set(uri, text);
    const from = published.length;
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return publishFor(uri, (p) => p.version === version, from);
  }

  function codeActions(uri: string, at: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
    return withTimeout(client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: at,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>, 'textDocument/codeAction');
  }

  function applyAction(uri: string, action: CodeAction): string {
    const edits = action.edit?.changes[uri];
    expect(edits, `edits of "${action.title}"`).toBeDefined();
    return applyEdits(texts.get(uri)!, edits!);
  }

  beforeAll(async () => {
    if (!existsSync(BUILT)) throw new Error(`${path.relative(ROOT, BUILT)} is missing: run \`npm run build\` before these tests (npm install / npm ci run it through "prepare")`);
    workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'transcript-lint-lsp-')));
    writeFileSync(path.join(workspace, '.transcriptlintrc.yaml'), 'root: true\nextends: recommended\n');
    child = spawn(process.execPath, [BIN, '--lsp'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    client.onNotification('textDocument/publishDiagnostics', (p: Omit<Published, 'at'>) => {
      published.push({ ...p, at: performance.now() });
      for (const w of waiters.splice(0)) w();
    });
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('workspace/configuration', () => []);
    client.onNotification('window/logMessage', () => undefined);
    client.listen();
    // A server that dies (a stale build without --lsp, a crash on start) fails here with its stderr.
    const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`language server exited with code ${code}:\n${stderr}`))));
    died.catch(() => undefined);
    const init = await withTimeout(Promise.race([died, client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true }, codeAction: { isPreferredSupport: true } },
      },
    }) as Promise<{ capabilities: { codeActionProvider: { codeActionKinds: string[] } } }>]), 'initialize');
    expect(init.capabilities.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.transcript-lint']);
    await client.sendNotification('initialized', {});
  }, 20_000);

  afterAll(async () => {
    if (client && child.exitCode === null) {
      await withTimeout(client.sendRequest('shutdown'), 'shutdown', 3000).catch(() => undefined);
      await client.sendNotification('exit').catch(() => undefined);
      await withTimeout(new Promise((resolve) => child.once('exit', resolve)), 'server exit', 3000).catch(() => child.kill('SIGKILL'));
    }
    client?.dispose();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes diagnostics on open with 0-based ranges, severity, code and doc link', async () => {
    const { diagnostics } = await open('macros/refund.md', 'Please visit our website.\n\nThanks so much!!!\n');
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['runaround', range(0, 7, 0, 24)],
      ['unprofessional-tone', range(2, 14, 2, 17)],
    ]);
    const [runaround, tone] = diagnostics;
    expect(runaround.severity).toBe(1); // Error: the recommended preset has runaround at error
    expect(runaround.source).toBe('transcript-lint');
    expect(runaround.message).toMatch(/visit our website/);
    expect(runaround.codeDescription?.href).toBe(pathToFileURL(path.join(ROOT, 'docs/rules/runaround.md')).href);
    expect(tone.codeDescription?.href).toMatch(/docs\/rules\/unprofessional-tone\.md$/);
  });

  it('offers the fix as the preferred quick fix; applying it clears the diagnostic', async () => {
    const uri = uriOf('macros/refund.md');
    const before = await publishFor(uri, (p) => p.version === 1);
    const tone = before.diagnostics.find((d) => d.code === 'unprofessional-tone')!;
    const actions = await codeActions(uri, tone.range, [tone], ['quickfix']);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ title: 'Fix this unprofessional-tone problem', kind: 'quickfix' });
    expect(fix.diagnostics).toEqual([tone]);
    const fixed = applyAction(uri, fix);
    expect(fixed).toBe('Please visit our website.\n\nThanks so much!\n');
    const after = await change(uri, fixed);
    expect(after.diagnostics.map((d) => d.code)).toEqual(['runaround']);
  });

  it('offers each suggestion as a quick fix', async () => {
    const uri = uriOf('macros/slang.md');
    const { diagnostics } = await open('macros/slang.md', 'Got it, thx for waiting.\n');
    const slang = diagnostics.find((d) => d.code === 'unprofessional-tone')!;
    const actions = await codeActions(uri, slang.range, [slang]);
    const suggestion = actions.find((a) => a.title === 'Replace "thx" with "thanks".')!;
    expect(suggestion.isPreferred).toBeUndefined();
    expect(applyAction(uri, suggestion)).toBe('Got it, thanks for waiting.\n');
  });

  it('"Disable <rule> for this line" inserts the directive in the file\'s comment syntax', async () => {
    const md = uriOf('macros/refund.md');
    const runaround = (await publishFor(md, (p) => p.version === 2)).diagnostics[0];
    const actions = await codeActions(md, runaround.range, [runaround]);
    const disable = actions.find((a) => a.title === 'Disable runaround for this line')!;
    const edited = applyAction(md, disable);
    expect(edited).toBe('<!-- transcript-lint-disable-next-line runaround -->\nPlease visit our website.\n\nThanks so much!\n');
    expect((await change(md, edited)).diagnostics).toEqual([]);

    // YAML: a `#` line at the entry's indentation; nothing for text inside a block scalar,
    // where a comment line would become part of the macro.
    const yamlText = '- title: Refund\n  text: "Please visit our website."\n- title: Block\n  text: |\n    Please visit our website.\n';
    const yaml = await open('macros/library.yaml', yamlText, 'yaml');
    expect(yaml.diagnostics.map((d) => d.range.start.line)).toEqual([1, 4]);
    const yamlUri = uriOf('macros/library.yaml');
    const inline = await codeActions(yamlUri, yaml.diagnostics[0].range, [yaml.diagnostics[0]]);
    const yamlEdited = applyAction(yamlUri, inline.find((a) => a.title === 'Disable runaround for this line')!);
    expect(yamlEdited).toBe('- title: Refund\n  # transcript-lint-disable-next-line runaround\n  text: "Please visit our website."\n- title: Block\n  text: |\n    Please visit our website.\n');
    expect((await change(yamlUri, yamlEdited)).diagnostics.map((d) => d.range.start.line)).toEqual([5]);
    const block = await codeActions(yamlUri, range(5, 4, 5, 4));
    expect(block.map((a) => a.title)).not.toContain('Disable runaround for this line');

    // Plain text: a `#` line; JSON has no comments, so no such action.
    const txt = await open('macros/short.txt', 'Please visit our website.\n', 'plaintext');
    const txtUri = uriOf('macros/short.txt');
    const txtActions = await codeActions(txtUri, txt.diagnostics[0].range, [txt.diagnostics[0]]);
    expect(applyAction(txtUri, txtActions.find((a) => a.title === 'Disable runaround for this line')!)).toBe('# transcript-lint-disable-next-line runaround\nPlease visit our website.\n');
    const json = await open('macros/library.json', '[{ "title": "Refund", "text": "Please visit our website." }]\n', 'json');
    expect(json.diagnostics.map((d) => [d.code, d.range])).toEqual([['runaround', range(0, 38, 0, 55)]]);
    const jsonActions = await codeActions(uriOf('macros/library.json'), json.diagnostics[0].range, [json.diagnostics[0]]);
    expect(jsonActions.map((a) => a.title)).not.toContain('Disable runaround for this line');
  });

  it('lints an unsaved buffer as the file type of its language', async () => {
    const uri = 'untitled:Untitled-1';
    const from = published.length;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Please visit our website.\n' } });
    expect((await publishFor(uri, () => true, from)).diagnostics.map((d) => d.code)).toEqual(['runaround']);
  });

  it('disables a finding in a plain-text transcript with a # line', async () => {
    const text = 'Customer: My parcel never came.\nAgent: Please visit our website.\n';
    const { diagnostics } = await open('chats/chat.txt', text, 'plaintext');
    const runaround = diagnostics.find((d) => d.code === 'runaround')!;
    expect(runaround.range.start.line).toBe(1);
    const uri = uriOf('chats/chat.txt');
    const actions = await codeActions(uri, runaround.range, [runaround]);
    const edited = applyAction(uri, actions.find((a) => a.title === 'Disable runaround for this line')!);
    expect(edited).toBe('Customer: My parcel never came.\n# transcript-lint-disable-next-line runaround\nAgent: Please visit our website.\n');
    expect((await change(uri, edited)).diagnostics.map((d) => d.code)).not.toContain('runaround');
  });

  it('"Fix all transcript-lint problems" (source.fixAll) applies every fix', async () => {
    const uri = uriOf('macros/loud.txt');
    await open('macros/loud.txt', 'Done!!!\nAnything else???\n', 'plaintext');
    const actions = await codeActions(uri, range(0, 0, 0, 0), [], ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Fix all transcript-lint problems', 'source.fixAll.transcript-lint']]);
    const fixed = applyAction(uri, actions[0]);
    expect(fixed).toBe('Done!\nAnything else?\n');
    expect((await change(uri, fixed)).diagnostics).toEqual([]);
  });

  it('shows a file that cannot be parsed as one error diagnostic', async () => {
    const { diagnostics } = await open('chats/broken.json', '{ "messages": [ }\n', 'json');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 1, source: 'transcript-lint' });
    expect(diagnostics[0].code).toBeUndefined();
    expect(diagnostics[0].message).toMatch(/cannot read as/);
  });

  it('re-lints open documents when a config file changes (workspace/didChangeWatchedFiles)', async () => {
    const uri = uriOf('team/visit.md');
    const first = await open('team/visit.md', 'Please visit our website.\n');
    expect(first.diagnostics.map((d) => d.code)).toEqual(['runaround']);
    mkdirSync(path.join(workspace, 'team'), { recursive: true });
    const config = path.join(workspace, 'team/.transcriptlintrc.yaml');
    writeFileSync(config, 'rules:\n  runaround: off\n');
    const from = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 1 }] });
    const after = await publishFor(uri, () => true, from);
    expect(after.diagnostics).toEqual([]);

    // A broken config is shown on the documents it applies to.
    writeFileSync(config, 'rules:\n  runaround: sometimes\n');
    const from2 = published.length;
    await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const broken = await publishFor(uri, () => true, from2);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: 'transcript-lint' });
    expect(broken.diagnostics[0].message).toMatch(/\.transcriptlintrc\.yaml/);
    rmSync(config);
  });

  it('re-lints when a file a config extends changes, and not for other files', async () => {
    mkdirSync(path.join(workspace, 'shared/standards'), { recursive: true });
    writeFileSync(path.join(workspace, 'shared/.transcriptlintrc.yaml'), 'extends: [recommended, ./standards/team.yaml]\n');
    const standards = path.join(workspace, 'shared/standards/team.yaml');
    writeFileSync(standards, 'rules:\n  runaround: error\n');
    const from0 = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, 'shared/.transcriptlintrc.yaml')).href, type: 1 }] });
    await publishFor(uriOf('macros/refund.md'), () => true, from0);
    const uri = uriOf('shared/reply.md');
    expect((await open('shared/reply.md', 'Please visit our website.\n')).diagnostics.map((d) => [d.code, d.severity])).toEqual([['runaround', 1]]);

    const quiet = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('shared/unrelated.yaml'), type: 2 }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(published.length).toBe(quiet);

    writeFileSync(standards, 'rules:\n  runaround: off\n');
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(standards).href, type: 2 }] });
    expect((await publishFor(uri, () => true, quiet)).diagnostics).toEqual([]);
  });

  it('debounces rapid changes into one publish for the last version, well under 500 ms', async () => {
    const uri = uriOf('macros/typing.md');
    await open('macros/typing.md', 'Hello');
    const from = published.length;
    const words = ['Hello.', 'Hello. Please', 'Hello. Please visit', 'Hello. Please visit our', 'Hello. Please visit our website.'];
    let version = 1;
    let sentAt = 0;
    for (const text of words) {
      version++;
      texts.set(uri, text);
      sentAt = performance.now();
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    versions.set(uri, version);
    const last = await publishFor(uri, (p) => p.version === version, from);
    const latency = last.at - sentAt;
    // Anything published in the next debounce window would be a second publish.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const forUri = published.slice(from).filter((p) => p.uri === uri);
    expect(forUri.map((p) => p.version)).toEqual([version]);
    expect(last.diagnostics.map((d) => d.code)).toEqual(['runaround']);
    console.log(`didChange → publishDiagnostics: ${latency.toFixed(0)} ms (debounce 150 ms)`);
    expect(latency).toBeGreaterThanOrEqual(140);
    expect(latency).toBeLessThan(500);
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = uriOf('macros/typing.md');
    const from = published.length;
    await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    expect((await publishFor(uri, () => true, from)).diagnostics).toEqual([]);
  });

  it('does not lint files the CLI would skip (.transcriptlintignore, config files)', async () => {
    writeFileSync(path.join(workspace, '.transcriptlintignore'), 'drafts/\n');
    mkdirSync(path.join(workspace, 'drafts'), { recursive: true });
    const from = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, '.transcriptlintignore')).href, type: 1 }] });
    await publishFor(uriOf('macros/refund.md'), () => true, from); // re-lint of the open documents
    expect((await open('drafts/wip.md', 'Please visit our website.\n')).diagnostics).toEqual([]);
    expect((await open('.transcriptlintrc.yaml', 'root: true\nextends: recommended\n', 'yaml')).diagnostics).toEqual([]);
  });
});
