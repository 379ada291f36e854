/**
 * Property-based tests (fast-check) over every input format: random and
 * mutated documents never throw out of a parser (only ParseError) nor out of
 * the linter; every finding lies inside the file; native JSON, JSON Lines,
 * plain text and macro libraries read back what was written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as yamlParse, stringify as yamlStringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FormatRegistry, ParseError, type InputFormat, type ParseContext } from '../../src/formats/index.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import { maskPlaceholders } from '../../src/formats/placeholders.js';
import type { LintResult, Transcript } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';

const root = path.join(import.meta.dirname, '..', '..');
/** FC_SCALE=20 npx vitest run test/robustness: a longer hunt than the default run. */
const SCALE = Number(process.env.FC_SCALE ?? 1);
const RUNS = { numRuns: 150 * SCALE };

// ------------------------------------------------------------------ helpers

/**
 * Every finding, suppressed or not, lies inside the text: 1 ≤ line ≤ lines,
 * 1 ≤ column ≤ length + 1, end ≥ start. With fixes applied, the findings are
 * those of the fixed text.
 */
function assertInside(original: string, result: LintResult): void {
  const text = result.output ?? original;
  const lines = text.split(/\r\n|\r|\n/);
  const check = (line: number, column: number, what: string) => {
    if (!(Number.isInteger(line) && line >= 1 && line <= lines.length)) throw new Error(`${what}: line ${line} outside 1..${lines.length}`);
    const max = lines[line - 1].length + 1;
    if (!(Number.isInteger(column) && column >= 1 && column <= max)) throw new Error(`${what}: column ${column} outside 1..${max} on line ${line}`);
  };
  for (const m of [...result.messages, ...result.suppressedMessages]) {
    const what = `${m.ruleId ?? 'fatal'} "${m.message.slice(0, 80)}"`;
    check(m.line, m.column, what);
    if (m.endLine !== undefined || m.endColumn !== undefined) {
      check(m.endLine!, m.endColumn!, `${what} (end)`);
      if (m.endLine! < m.line || (m.endLine === m.line && m.endColumn! < m.column)) throw new Error(`${what}: ends before it starts`);
    }
    for (const fix of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (fix && !(fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length)) throw new Error(`${what}: fix range ${fix.range} outside the text`);
    }
  }
}

/** Parses with `format` directly: returns normally or throws ParseError, nothing else. */
function parseOrParseError(format: InputFormat, text: string, context: ParseContext): Transcript[] | undefined {
  try {
    return format.parse(text, context).transcripts;
  } catch (error) {
    if (error instanceof ParseError) {
      if (!(error.offset >= 0)) throw new Error(`ParseError without a usable offset: ${error.offset}`);
      return undefined;
    }
    throw error;
  }
}

const registry = new FormatRegistry();
const formats = registry.list();

/** An engine per format (forced with --input-format), with the fixture config the map formats need. */
const engines = new Map<string, Engine>();
function engineFor(format: string | undefined): Engine {
  const key = format ?? '(detect)';
  let engine = engines.get(key);
  if (!engine) {
    const fixtureConfig = format ? path.join(root, 'fixtures', 'formats', format, '.transcriptlintrc.yaml') : undefined;
    engine = new Engine({
      cwd: root,
      configLookup: false,
      ...(fixtureConfig && exists(fixtureConfig) ? { configFile: fixtureConfig } : {}),
      ...(format ? { inputFormat: format } : {}),
      fix: true,
    });
    engines.set(key, engine);
  }
  return engine;
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function contextFor(format: InputFormat, file: string): ParseContext {
  const config = engineFor(format.name).configForFile(path.join(root, file));
  return { path: file, roleLabels: buildRoleLabels(config.roles), formatOptions: config.formatOptions, channel: config.channel };
}

/** Small sample files of every format: what mutations start from. */
function seeds(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ file: path.relative(root, full), text: readFileSync(full, 'utf8').slice(0, 6000) });
    }
  };
  walk(path.join(root, 'fixtures', 'formats'));
  walk(path.join(root, 'fixtures', 'demo'));
  return out;
}
const SEEDS = seeds();

/** One edit of a document: what a truncated download, a bad export or a hand edit does to it. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\r\n', '\u0000', '\\u', '\\ud800', '\ufeff', '-->', '00:00:01,000 --> 00:00:02,000', 'Agent: ', '{{name}}', '<b>', '&amp;')) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length ? edit.at % (out.length + 1) : 0;
    switch (edit.op) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + edit.length);
        break;
      case 'insert':
        out = out.slice(0, at) + edit.text + out.slice(at);
        break;
      case 'duplicate':
        out = out.slice(0, at + edit.length) + out.slice(at, at + edit.length) + out.slice(at + edit.length);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'swap': {
        if (out.length < 2) break;
        const a = at % out.length;
        const b = edit.other % out.length;
        const [lo, hi] = a < b ? [a, b] : [b, a];
        out = out.slice(0, lo) + out[hi] + out.slice(lo + 1, hi) + out[lo] + out.slice(hi + 1);
        break;
      }
    }
  }
  return out;
}

/** Documents no exporter wrote: noise, JSON-ish token soup, caption-ish and CSV-ish lines. */
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '"messages"', '"role"', '"agent"', '"customer"', '"text"', '"x\\u00e9\\n"', '\\', '\n', '1', 'null', 'true', ' ', '"id"', '"turns"', '"body"', '"title"'), { maxLength: 80 }).map((t) => t.join('')),
  fc.array(fc.constantFrom('WEBVTT\n', '1\n', '00:00:01.000 --> 00:00:02.500\n', '<v Agent>', 'Agent: ', 'Customer: ', '\n\n', 'hello ', '00:00:01,000 --> 00:00:00,500\n', 'NOTE x\n', ',', '"', 'a,b,c\n', 'text,role\n', '\r\n', '[10:00] ', '# transcript-lint-disable\n'), { maxLength: 60 }).map((t) => t.join('')),
);

/** The extension a format's own files have, so detection and macro/YAML branches see what they would. */
function extensionOf(format: InputFormat): string {
  return format.extensions[0] ?? '.txt';
}

// ------------------------------------------------------------- every format

describe('every registered input format', () => {
  it('lists the formats it covers (new ones are picked up automatically)', () => {
    expect(formats.length).toBeGreaterThanOrEqual(20);
    expect(formats.map((f) => f.name)).toEqual(expect.arrayContaining(['json', 'jsonl', 'text', 'macro-text', 'macro-library']));
  });

  for (const format of formats) {
    it(`${format.name}: random and mutated documents never throw but ParseError, and every finding lies inside the file`, () => {
      const own = SEEDS.filter((s) => s.file.split(path.sep).includes(format.name) || format.extensions.includes(path.extname(s.file)));
      const pool = own.length ? own : SEEDS;
      const doc = fc.oneof(
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...pool), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, edits]) => mutate(seed.text, edits)) },
        { weight: 1, arbitrary: noise },
      );
      const file = `doc${extensionOf(format)}`;
      const context = contextFor(format, file);
      const engine = engineFor(format.name);
      fc.assert(
        fc.property(doc, (text) => {
          parseOrParseError(format, text, context);
          const result = engine.lintText(text, { filePath: file });
          assertInside(text, result);
        }),
        { numRuns: 60 * SCALE },
      );
    });
  }

  it('JSON exports with values of the wrong type anywhere (a number for a text, an object for a list, a key gone) never throw but ParseError', () => {
    const jsonSeeds = SEEDS.filter((s) => s.file.endsWith('.json')).flatMap((s) => {
      try {
        return [{ file: s.file, value: JSON.parse(readFileSync(path.join(root, s.file), 'utf8')) as unknown }];
      } catch {
        return [];
      }
    });
    const jsonFormats = formats.filter((f) => f.family === 'json' || f.extensions.includes('.json'));
    /** Every path to a value inside `value`. */
    const paths = (value: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []) => {
      out.push(at);
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
      return out;
    };
    const edit = fc.record({ pick: fc.nat(), replacement: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.constantFrom('', '\u0000', 1e308, -1, [], {}, [[[]]], 'agent', 'customer')) });
    fc.assert(
      fc.property(fc.constantFrom(...jsonSeeds), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...jsonFormats), (seed, edits, format) => {
        let doc = structuredClone(seed.value);
        for (const { pick, replacement } of edits) {
          const all = paths(doc);
          const target = all[pick % all.length];
          if (target.length === 0) {
            doc = structuredClone(replacement) ?? null;
            continue;
          }
          let parent = doc as Record<string | number, unknown>;
          for (const key of target.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          const last = target[target.length - 1];
          if (replacement === undefined) {
            if (Array.isArray(parent)) parent.splice(Number(last), 1);
            else delete parent[last];
          } else parent[last] = structuredClone(replacement);
        }
        const text = JSON.stringify(doc, null, 1) ?? 'null';
        parseOrParseError(format, text, contextFor(format, seed.file));
        assertInside(text, engineFor(format.name).lintText(text, { filePath: seed.file }));
      }),
      RUNS,
    );
  });

  it('detection picks some format for any document, and linting it never throws', () => {
    const engine = engineFor(undefined);
    const names = fc.constantFrom('a.json', 'a.jsonl', 'a.txt', 'a.md', 'a.yaml', 'a.csv', 'a.vtt', 'a.srt', 'a.log', '<stdin>');
    const doc = fc.oneof(fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { maxLength: 4 })).map(([seed, edits]) => mutate(seed.text, edits)), noise);
    fc.assert(
      fc.property(names, doc, (file, text) => {
        assertInside(text, engine.lintText(text, { filePath: file }));
      }),
      RUNS,
    );
  });
});

// ------------------------------------------------------- native JSON, JSON Lines

const ROLES = ['agent', 'customer', 'bot', 'system', 'note'] as const;

/** Message text with what breaks naive readers: quotes, backslashes, controls, line separators, astral characters, lone surrogates. */
const messageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('Please visit our website', '!!!', ' ', '"', '\\', '/', '\n', '\r\n', '\t', '\u0001', '\u2028', '\u2029', '😀', 'é', 'Ω', '\ud800', '\udc00', 'RMA', 'thanks', 'I\'m sorry'), { maxLength: 12 }).map((p) => p.join('')),
);

const conversation = fc.record({
  id: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 1e9 })),
  channel: fc.constantFrom('chat', 'email', 'voice', 'social', undefined),
  messages: fc.array(fc.record({ role: fc.constantFrom(...ROLES), text: messageText, author: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
});
type Conversation = typeof conversation extends fc.Arbitrary<infer T> ? T : never;

/** How to write JSON: every string character as itself, a short escape or a \u escape (either case), and some white space. */
interface JsonStyle {
  escapes: number[];
  space: string[];
}
const jsonStyle = fc.record({
  escapes: fc.array(fc.nat(5), { minLength: 1, maxLength: 32 }),
  space: fc.array(fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\n    '), { minLength: 1, maxLength: 8 }),
});

function writeString(value: string, style: JsonStyle, counter: { n: number }, singleLine: boolean): string {
  let out = '"';
  for (const ch of value) {
    const choice = style.escapes[counter.n++ % style.escapes.length];
    for (let k = 0; k < ch.length; k++) {
      const unit = ch[k];
      const code = unit.charCodeAt(0);
      const hex = code.toString(16).padStart(4, '0');
      const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '/': '\\/' };
      const mustEscape = code < 0x20 || unit === '"' || unit === '\\' || (code >= 0xd800 && code <= 0xdfff && ch.length === 1);
      if (choice === 0 || (choice === 1 && !short[unit])) out += mustEscape ? `\\u${hex}` : unit;
      else if (choice === 1) out += short[unit];
      else if (choice === 2) out += `\\u${hex}`;
      else if (choice === 3) out += `\\u${hex.toUpperCase()}`;
      else out += mustEscape ? (short[unit] ?? `\\u${hex}`) : unit;
    }
  }
  void singleLine;
  return out + '"';
}

function writeJson(value: unknown, style: JsonStyle, singleLine = false, counter = { n: 0 }): string {
  const ws = () => {
    const s = style.space[counter.n++ % style.space.length];
    return singleLine ? s.replace(/[\r\n]/g, '') : s;
  };
  if (typeof value === 'string') return writeString(value, style, counter, singleLine);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${ws()}${value.map((v) => writeJson(v, style, singleLine, counter)).join(`${ws()},${ws()}`)}${ws()}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${ws()}${entries.map(([k, v]) => `${writeString(k, style, counter, singleLine)}${ws()}:${ws()}${writeJson(v, style, singleLine, counter)}`).join(`${ws()},${ws()}`)}${ws()}}`;
}

/** The source of each code point of a turn's text decodes, as a JSON string, to that code point. */
function assertSourceMap(source: string, transcript: Transcript, masked = false): void {
  for (const turn of transcript.turns) {
    const text = turn.text;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const from = turn.loc.start(i);
      const to = turn.loc.end(i + width);
      const literal = source.slice(from, to);
      const decoded = JSON.parse(`"${literal}"`) as string;
      // A masked placeholder reads as spaces where its source has the placeholder.
      if (decoded !== text.slice(i, i + width) && !(masked && text[i] === ' ')) throw new Error(`turn ${turn.index} char ${i}: source ${JSON.stringify(literal)} decodes to ${JSON.stringify(decoded)}, not ${JSON.stringify(text.slice(i, i + width))}`);
      i += width;
    }
  }
}

function expectSameConversation(read: Transcript, written: Conversation): void {
  expect(read.id).toBe(String(written.id));
  if (written.channel) expect(read.channel).toBe(written.channel);
  expect(read.turns.map((t) => [t.role, t.text, t.author])).toEqual(written.messages.map((m) => [m.role, m.text, m.author]));
}

describe('native JSON', () => {
  const json = registry.get('json')!;
  const jsonl = registry.get('jsonl')!;
  const context = contextFor(json, 'x.json');

  it('round-trips: whatever the escaping and white space, the same ids, roles, authors and texts come back, each character mapped to its source', () => {
    fc.assert(
      fc.property(conversation, jsonStyle, (conv, style) => {
        const source = writeJson(conv, style);
        expect(JSON.parse(source)).toEqual(JSON.parse(JSON.stringify(conv)));
        const [read] = json.parse(source, context).transcripts;
        expectSameConversation(read, conv);
        assertSourceMap(source, read);
      }),
      RUNS,
    );
  });

  it('round-trips arrays of conversations and JSON Lines', () => {
    fc.assert(
      fc.property(fc.array(conversation, { minLength: 1, maxLength: 4 }), jsonStyle, fc.constantFrom('\n', '\r\n'), (convs, style, eol) => {
        const array = writeJson(convs, style);
        const fromArray = json.parse(array, context).transcripts;
        convs.forEach((c, i) => expectSameConversation(fromArray[i], c));
        const lines = convs.map((c) => writeJson(c, style, true)).join(eol) + eol;
        const fromLines = jsonl.parse(lines, contextFor(jsonl, 'x.jsonl')).transcripts;
        convs.forEach((c, i) => expectSameConversation(fromLines[i], c));
        fromLines.forEach((t) => assertSourceMap(lines, t));
      }),
      RUNS,
    );
  });

  it('lints to findings inside the file, and --fix output is still JSON holding the same conversation', () => {
    const engine = engineFor('json');
    fc.assert(
      fc.property(conversation, jsonStyle, (conv, style) => {
        const source = writeJson(conv, style);
        const result = engine.lintText(source, { filePath: 'x.json' });
        assertInside(source, result);
        expect(result.fatalErrorCount).toBe(0);
        if (result.output !== undefined) {
          const fixed = JSON.parse(result.output) as Conversation;
          expect(fixed.id).toEqual(conv.id);
          expect(fixed.messages.map((m) => m.role)).toEqual(conv.messages.map((m) => m.role));
          // Only agent text is fixed.
          fixed.messages.forEach((m, i) => {
            if (conv.messages[i].role !== 'agent') expect(m.text).toBe(conv.messages[i].text);
          });
        }
      }),
      RUNS,
    );
  });

  it('a JSON Lines file with broken lines keeps every good line, and reports each broken one at its own line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(conversation, fc.boolean()), { minLength: 1, maxLength: 6 }), jsonStyle, (rows, style) => {
        const lines = rows.map(([c, broken]) => {
          const line = writeJson(c, style, true);
          return broken ? line.slice(0, Math.max(1, line.length - 2)) : line;
        });
        const text = lines.join('\n') + '\n';
        const result = engineFor('jsonl').lintText(text, { filePath: 'x.jsonl' });
        assertInside(text, result);
        const good = rows.filter(([, broken]) => !broken);
        expect(result.transcripts?.length).toBe(good.length);
        rows.forEach(([, broken], i) => {
          if (broken) expect(result.messages.some((m) => m.line === i + 1 && m.severity === 2 && m.ruleId === null && /^line \d+ skipped/.test(m.message))).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

// ------------------------------------------------------------------ plain text

const LABELS = ['Agent', 'Customer', 'Support', 'Client', 'Caller', 'Rep', 'Visitor', 'agent', 'CUSTOMER'];
const word = fc.constantFrom('hello', 'order', 'Please', 'visit', 'our', 'website', 'thanks', 'sorry', '!!!', 'refund', 'RMA', 'καλημέρα', 'բարև', 'გამარჯობა', '😀', 'ASAP', 'I\'ll', 'check', '?', '.', '{{name}}', 'https://example.com');
const phrase = fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const textTurn = fc.record({
  time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
  label: fc.constantFrom(...LABELS),
  author: fc.option(fc.constantFrom('Ana', 'Maria', 'Kofi', 'Δήμητρα'), { nil: undefined }),
  first: phrase,
  more: fc.array(fc.tuple(fc.constantFrom(' ', '  ', '\t', '    '), phrase), { maxLength: 3 }),
});

describe('plain text', () => {
  it('reads back each turn\'s role and text, with any line endings, time stamps and continuation lines', () => {
    const text = registry.get('text')!;
    const context = contextFor(text, 'x.txt');
    fc.assert(
      fc.property(fc.array(textTurn, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (turns, eol, blankLines) => {
        const source = turns
          .map((t) => {
            const time = t.time ? `[${t.time.map((n) => String(n).padStart(2, '0')).join(':')}] ` : '';
            const head = `${time}${t.label}${t.author ? ` (${t.author})` : ''}: ${t.first}`;
            return [head, ...t.more.map(([indent, p]) => indent + p)].join(eol);
          })
          .join(blankLines ? eol + eol : eol);
        const [read] = text.parse(source, context).transcripts;
        expect(read.turns.map((t) => t.text)).toEqual(turns.map((t) => [t.first, ...t.more.map(([, p]) => p)].join('\n')));
        expect(read.turns.map((t) => t.role)).toEqual(turns.map((t) => (/^(agent|support|rep)$/i.test(t.label) ? 'agent' : 'customer')));
        const result = engineFor('text').lintText(source, { filePath: 'x.txt' });
        assertInside(source, result);
        expect(result.fatalErrorCount).toBe(0);
        if (result.output !== undefined) expect(text.parse(result.output, context).transcripts[0].turns.map((t) => t.role)).toEqual(read.turns.map((t) => t.role));
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- macros

const macroEntry = fc.record({ title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0), text: fc.oneof(phrase, messageText.filter((s) => !/[<{]/.test(s))) });

describe('macros', () => {
  it('a YAML library in any scalar style reads back every entry\'s text, each character mapped into its scalar', () => {
    const library = registry.get('macro-library')!;
    const context = contextFor(library, 'x.yaml');
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>;
    fc.assert(
      fc.property(fc.array(macroEntry, { minLength: 1, maxLength: 5 }), styles, fc.integer({ min: 20, max: 120 }), (entries, style, lineWidth) => {
        const source = yamlStringify(entries, { defaultStringType: style, lineWidth });
        const read = library.parse(source, context).transcripts;
        // What YAML says the texts are (the writer's folding is its own business).
        const meant = yamlParse(source) as Array<{ text: string }>;
        expect(read.map((t) => t.turns[0].text)).toEqual(meant.map((e) => maskPlaceholders(e.text)));
        const result = engineFor('macro-library').lintText(source, { filePath: 'x.yaml' });
        assertInside(source, result);
        expect(result.fatalErrorCount).toBe(0);
      }),
      RUNS,
    );
  });

  it('a JSON library with any escaping reads back every entry\'s text', () => {
    const library = registry.get('macro-library')!;
    const context = contextFor(library, 'x.json');
    fc.assert(
      fc.property(fc.array(macroEntry, { minLength: 1, maxLength: 5 }), jsonStyle, (entries, style) => {
        const source = writeJson(entries, style);
        const read = library.parse(source, context).transcripts;
        expect(read.map((t) => t.turns[0].text)).toEqual(entries.map((e) => maskPlaceholders(e.text)));
        // Placeholders are masked (blanked) before rules read the text.
        read.forEach((t) => assertSourceMap(source, t, true));
      }),
      RUNS,
    );
  });

  it('a Markdown or text macro of any content lints to findings inside the file', () => {
    const engine = engineFor('macro-text');
    const doc = fc.array(fc.oneof(phrase, fc.constantFrom('\n', '\r\n', '<!-- transcript-lint-disable -->', '[link](https://x.test/a(b))', '# Title', '{{ticket.requester.first_name}}', '!!!')), { maxLength: 30 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(doc, fc.constantFrom('m.md', 'm.txt', 'm.markdown'), (text, file) => {
        assertInside(text, engine.lintText(text, { filePath: file }));
      }),
      RUNS,
    );
  });
});
