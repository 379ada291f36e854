/**
 * The registry of input formats and the detection that picks one for a file.
 * Detection goes by extension first, then by a cheap look at the content: JSON
 * shapes (native and every platform's) are scored against each other and the best
 * one reads the file.
 */
import type { Channel } from '../model.js';
import { amazonConnect, contactLens } from './amazon-connect.js';
import { srt, webvtt } from './captions.js';
import { ccaiInsights } from './ccai.js';
import { csvMap, NO_CSV_MAP } from './csv-map.js';
import { freshdesk } from './freshdesk.js';
import { front } from './front.js';
import { gorgias } from './gorgias.js';
import { helpScout } from './helpscout.js';
import { intercom } from './intercom.js';
import { parseJsonDocuments } from './json-source.js';
import { jsonMap } from './json-map.js';
import { liveChat } from './livechat.js';
import { macroLibrary, macroText } from './macros.js';
import { nativeJson, nativeJsonLines } from './native-json.js';
import { hasSpeakerLabels, plainText } from './plain-text.js';
import { ibmTwitter, twcs } from './twitter.js';
import { ParseError, type FormatOptions, type InputFormat, type ParseContext, type ParseProblem } from './types.js';
import { zendesk, zendeskChat, zendeskMacros } from './zendesk.js';

export * from './types.js';

/** Platform JSON shapes, for JSON Lines whose records are not native conversations. */
function platformShapes(): InputFormat[] {
  return builtinFormats.filter((f) => f.family === 'json' && f !== nativeJson && f !== jsonLines && f.sniff);
}

/**
 * JSON Lines: native conversations, one per line — or, when the lines are records
 * of a platform shape (the Zendesk export: one ticket per line), that platform's
 * reader. Chunks of a large JSON Lines file are read through this format.
 */
const jsonLines: InputFormat = {
  ...nativeJsonLines,
  description: 'JSON Lines: native conversations, one per line, or one record of a platform shape per line',
  parse(text, context) {
    if (nativeJsonLines.sniff!(text, context.path) === 0) {
      let best: InputFormat | undefined;
      let bestScore = 0;
      for (const format of platformShapes()) {
        const score = format.sniff!(text, context.path, { formatOptions: context.formatOptions });
        if (score > bestScore) [best, bestScore] = [format, score];
      }
      if (best) return best.parse(text, context);
    }
    return nativeJsonLines.parse(text, context);
  },
};

export const builtinFormats: readonly InputFormat[] = [
  nativeJson,
  jsonLines,
  plainText,
  macroText,
  macroLibrary,
  zendesk,
  zendeskChat,
  zendeskMacros,
  intercom,
  freshdesk,
  helpScout,
  front,
  liveChat,
  gorgias,
  amazonConnect,
  contactLens,
  ccaiInsights,
  ibmTwitter,
  twcs,
  csvMap,
  jsonMap,
  webvtt,
  srt,
];

const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/**
 * What reads a JSON file no format recognises: a fatal message naming the formats
 * that were tried and how to force one. An empty document or `[]` is no error.
 */
function unrecognisedJson(tried: readonly string[]): InputFormat {
  return {
    name: 'json',
    description: 'JSON of no known shape',
    extensions: [],
    parse(text) {
      const problems: ParseProblem[] = [];
      const roots = parseJsonDocuments(text, problems);
      if (roots.every((r) => r.type === 'array' && (r.children ?? []).length === 0)) return { transcripts: [], comments: [], problems };
      throw new ParseError(
        `no known conversation shape (tried ${tried.join(', ')}); force one with --input-format NAME (see --list-formats), or describe the shape under formatOptions.json in the config`,
        0,
      );
    },
  };
}

/** What reads a CSV file with no known header and no column map. */
const unrecognisedCsv: InputFormat = {
  name: 'csv',
  description: 'CSV of no known shape',
  extensions: [],
  parse() {
    throw new ParseError(NO_CSV_MAP, 0);
  },
};

export interface DetectContext extends Pick<ParseContext, 'roleLabels'> {
  channel?: Channel;
  formatOptions?: FormatOptions;
}

export class FormatRegistry {
  private readonly formats = new Map<string, InputFormat>();

  constructor(formats: Iterable<InputFormat> = builtinFormats) {
    for (const format of formats) this.add(format);
  }

  add(format: InputFormat): void {
    this.formats.set(format.name, format);
  }

  get(name: string): InputFormat | undefined {
    return this.formats.get(name);
  }

  list(): InputFormat[] {
    return [...this.formats.values()];
  }

  /** Every extension some format reads: what directory expansion looks for. */
  extensions(): string[] {
    return [...new Set(this.list().flatMap((f) => f.extensions))];
  }

  /** The best-scoring sniff among `formats` (ties: registration order), or undefined when none claims the text. */
  private best(formats: readonly InputFormat[], text: string, path: string, context: DetectContext): InputFormat | undefined {
    let best: InputFormat | undefined;
    let bestScore = 0;
    for (const format of formats) {
      const score = format.sniff?.(text, path, { formatOptions: context.formatOptions }) ?? 0;
      if (score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Picks the format for a file. `channel: 'macro'` makes text files macros;
   * a text file with no speaker label at all is a macro too, since that is
   * what a file of prose in a support repository is.
   */
  detect(path: string, text: string, context: DetectContext): InputFormat {
    const lower = path.toLowerCase();
    const slash = lower.lastIndexOf('/');
    const dot = lower.lastIndexOf('.');
    const ext = dot > slash ? lower.slice(dot) : '';
    const trimmed = text.trimStart();
    if (ext === '.txt' || ext === '.log' || ext === '.text') {
      return context.channel === 'macro' || !hasSpeakerLabels(text, context) ? macroText : plainText;
    }
    const byExtension = this.list().filter((f) => f.extensions.includes(ext));
    if (JSON_EXTENSIONS.has(ext) || (!byExtension.length && (trimmed.startsWith('{') || trimmed.startsWith('[')))) {
      // Native JSON Lines first (its lines would each look like native JSON), then the best JSON shape.
      if (nativeJsonLines.sniff!(text, path) > 0) return this.get('jsonl') ?? nativeJsonLines;
      const candidates = this.list().filter((f) => f.name !== 'jsonl' && f.sniff && (f.family === 'json' || f === macroLibrary || !f.family));
      const found = this.best(candidates, text, path, context);
      if (found) return found;
      if (ext === '.jsonl' || ext === '.ndjson') return this.get('jsonl') ?? nativeJsonLines;
      return unrecognisedJson(candidates.filter((f) => f.family === 'json' || f === macroLibrary).map((f) => f.name).concat('jsonl'));
    }
    if (byExtension.length === 1 && !byExtension[0].sniff) return byExtension[0];
    if (byExtension.length > 0) {
      const found = this.best(byExtension, text, path, context);
      if (found) return found;
      if (ext === '.csv') return unrecognisedCsv;
      return byExtension.find((f) => !f.sniff) ?? byExtension[0];
    }
    // No known extension (standard input): captions and CSV shapes announce themselves.
    const sniffed = this.best(this.list().filter((f) => f.family === 'captions' || f.family === 'csv'), text, path, context);
    if (sniffed) return sniffed;
    return context.channel === 'macro' || !hasSpeakerLabels(text, context) ? macroText : plainText;
  }
}
