/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and other static-analysis
 * dashboards ingest. One run: the tool and its rules (with docs links, default
 * level, kind and seed), one result per finding (suppressed findings carry an
 * `inSource` suppression with the directive's reason), and one invocation whose
 * tool-execution notifications are the files that could not be read or parsed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMeta } from '../linter/rule.js';
import type { LintMessage, LintResult } from '../model.js';
import { stripEscapes } from './sanitize.js';
import { REPOSITORY_URL, TOOL_NAME, ruleDocUrl, toolVersion } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Level = 'none' | 'note' | 'warning' | 'error';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

const LEVEL_OF_SEVERITY: Record<RuleMeta['defaultSeverity'], Level> = { off: 'none', warn: 'warning', error: 'error' };

function level(message: LintMessage): Level {
  if (message.fatal || message.severity === 2) return 'error';
  return message.severity === 1 ? 'warning' : 'note';
}

/** Display text: escape sequences and control characters dropped, line breaks kept. */
function text(value: string): { text: string } {
  return { text: stripEscapes(value) };
}

function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** `uri` relative to %SRCROOT% (the cwd) when the file is under it, else an absolute file URL. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (!path.isAbsolute(filePath)) return { uri: encodePath(filePath.split(path.sep).join('/')), uriBaseId: SRCROOT };
  const relative = path.relative(cwd, filePath);
  if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
  return { uri: encodePath(relative.split(path.sep).join('/')), uriBaseId: SRCROOT };
}

function region(message: LintMessage): Record<string, number> | undefined {
  if (!(message.line > 0)) return undefined;
  const result: Record<string, number> = { startLine: message.line };
  if (message.column > 0) result.startColumn = message.column;
  if (message.endLine !== undefined && message.endLine >= message.line) {
    result.endLine = message.endLine;
    if (message.endColumn !== undefined && message.endColumn > 0 && (message.endLine > message.line || !(message.column > 0) || message.endColumn >= message.column)) {
      result.endColumn = message.endColumn;
    }
  }
  return result;
}

function physicalLocation(result: LintResult, message: LintMessage, cwd: string) {
  const where = region(message);
  return { artifactLocation: artifactLocation(result.filePath, cwd), ...(where ? { region: where } : {}) };
}

/** Findings the tool makes itself, with no rule (an unused disable directive): SARIF results need a rule id. */
const CORE_RULES: Record<string, { description: string; test: RegExp }> = {
  'unused-disable-directive': { description: 'A transcript-lint-disable directive that suppressed nothing.', test: /^Unused transcript-lint-/ },
  'transcript-lint': { description: 'A problem transcript-lint reports itself, not through a rule.', test: /(?:)/ },
};

function coreRuleId(message: LintMessage): string {
  return Object.entries(CORE_RULES).find(([, core]) => core.test.test(message.message))![0];
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined) {
  if (!meta) {
    const core = CORE_RULES[id];
    return core ? { id, name: id, shortDescription: { text: core.description }, helpUri: REPOSITORY_URL } : { id };
  }
  const url = ruleDocUrl(id, meta);
  const description = meta.docs.description;
  const full = `${description}${/[.!?]$/.test(description) ? '' : '.'} Source: ${meta.docs.seed}. Kind: ${meta.kind}. Channels: ${meta.channels.join(', ')}.`;
  return {
    id,
    name: id,
    shortDescription: { text: description },
    fullDescription: { text: full },
    helpUri: url,
    help: {
      text: `${full}\n\nDocumentation: ${url}`,
      markdown: `${description}\n\n**Source:** ${meta.docs.seed} · **Kind:** ${meta.kind} · **Channels:** ${meta.channels.join(', ')}\n\n[Rule documentation](${url})`,
    },
    defaultConfiguration: { level: LEVEL_OF_SEVERITY[meta.defaultSeverity] ?? 'warning' },
    properties: {
      kind: meta.kind,
      seed: meta.docs.seed,
      channels: meta.channels,
      tags: ['customer-service', meta.kind],
      ...(meta.fixable ? { fixable: true } : {}),
    },
  };
}

function conversationProperties(message: LintMessage): Record<string, unknown> | undefined {
  const properties: Record<string, unknown> = {};
  if (message.transcriptId !== undefined) properties.transcriptId = message.transcriptId;
  if (message.turn !== undefined) properties.turn = message.turn;
  if (message.role !== undefined) properties.role = message.role;
  return Object.keys(properties).length ? properties : undefined;
}

export function toSarif(results: LintResult[], context: FormatterContext) {
  const rules: Array<ReturnType<typeof ruleDescriptor>> = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push(ruleDescriptor(id, context.rulesMeta[id])) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };
  // Every rule the run knows, in catalog order, so rule help is there even for rules with no findings.
  for (const id of Object.keys(context.rulesMeta)) indexOf(id);

  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const add = (message: LintMessage, suppressed: boolean) => {
      const location = physicalLocation(result, message, context.cwd);
      if (message.fatal) {
        notifications.push({
          level: 'error',
          message: text(message.message),
          locations: [{ physicalLocation: location }],
          ...(message.ruleId ? { associatedRule: { id: message.ruleId, index: indexOf(message.ruleId) } } : {}),
        });
        return;
      }
      const properties = conversationProperties(message);
      const ruleId = message.ruleId ?? coreRuleId(message);
      sarifResults.push({
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: level(message),
        message: text(message.message),
        locations: [{ physicalLocation: location }],
        ...(suppressed
          ? { suppressions: (message.suppressions?.length ? message.suppressions : [{ justification: '' }]).map((s) => ({ kind: 'inSource', ...(s.justification ? { justification: stripEscapes(s.justification) } : {}) })) }
          : {}),
        ...(properties ? { properties } : {}),
      });
    };
    for (const message of result.messages) add(message, false);
    for (const message of result.suppressedMessages ?? []) add(message, true);
  }

  const version = toolVersion();
  return {
    $schema: SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            semanticVersion: version,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith(path.sep) ? context.cwd : context.cwd + path.sep).href } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export const sarif: Formatter = (results, context) => JSON.stringify(toSarif(results, context), null, 2);

export default sarif;
