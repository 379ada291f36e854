/** Shared by the per-format tests: lint a fixture as the CLI would, and read its transcripts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ParseError } from '../../src/formats/index.js';
import { LineIndex } from '../../src/formats/source-map.js';
import { buildRoleLabels } from '../../src/formats/roles.js';
import type { LintResult, Transcript } from '../../src/model.js';
import { Engine } from '../../src/runner/engine.js';

export const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'formats');

export interface LintedFixture {
  file: string;
  source: string;
  /** The format detection picked. */
  format: string;
  transcripts: Transcript[];
  result: LintResult;
}

/**
 * Lints `fixtures/formats/<relative>` with the Engine. Without `config`, no config
 * file is looked up; with it, that file (relative to the fixture's folder) is used.
 */
export function lintFixture(relative: string, options: { config?: string; inputFormat?: string } = {}): LintedFixture {
  const file = path.join(FIXTURES, relative);
  const cwd = path.dirname(file);
  const engine = new Engine({ cwd, configLookup: options.config ? undefined : false, configFile: options.config, inputFormat: options.inputFormat });
  const source = readFileSync(file, 'utf8');
  const config = engine.configForFile(file);
  const format = engine.linter.formatFor(source, { filePath: file, config, inputFormat: options.inputFormat });
  let transcripts: Transcript[] = [];
  try {
    transcripts = format.parse(source, { path: file, roleLabels: buildRoleLabels(config.roles), channel: config.channel, formatOptions: config.formatOptions }).transcripts;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  return { file, source, format: format.name, transcripts, result: engine.lintFile(file) };
}

/** `line:column` of each finding of a rule. */
export function findings(result: LintResult, ruleId: string): string[] {
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column}`);
}

/** `line:column` of the n-th occurrence (1-based) of `needle` in the source: where a finding on it must point. */
export function where(source: string, needle: string, occurrence = 1): string {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = source.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  const { line, column } = new LineIndex(source).position(at);
  return `${line}:${column}`;
}

/** `line:column` in the source of the first `needle` in a turn's text (through the turn's map). */
export function turnPosition(source: string, transcript: Transcript, turn: number, needle: string): string {
  const t = transcript.turns[turn];
  const offset = t.text.indexOf(needle);
  if (offset === -1) throw new Error(`"${needle}" not in turn ${turn}: ${t.text}`);
  const { line, column } = new LineIndex(source).position(t.loc.start(offset));
  return `${line}:${column}`;
}

/** Roles of the turns, in order. */
export const roles = (t: Transcript) => t.turns.map((x) => x.role);
/** ISO times of the turns, in order. */
export const times = (t: Transcript) => t.turns.map((x) => x.timestamp?.toISOString());
/** Fatal and parse messages (no rule id). */
export const parseMessages = (result: LintResult) => result.messages.filter((m) => m.ruleId === null).map((m) => m.message);
