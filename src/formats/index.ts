/**
 * The registry of input formats and the detection that picks one for a file.
 * Detection goes by extension first, then by a cheap look at the content.
 */
import type { Channel } from '../model.js';
import { macroLibrary, macroText } from './macros.js';
import { nativeJson, nativeJsonLines } from './native-json.js';
import { hasSpeakerLabels, plainText } from './plain-text.js';
import type { InputFormat, ParseContext } from './types.js';

export * from './types.js';

const builtinFormats: InputFormat[] = [nativeJson, nativeJsonLines, plainText, macroText, macroLibrary];

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

  /**
   * Picks the format for a file. `channel: 'macro'` makes text files macros;
   * a text file with no speaker label at all is a macro too, since that is
   * what a file of prose in a support repository is.
   */
  detect(path: string, text: string, context: Pick<ParseContext, 'roleLabels'> & { channel?: Channel }): InputFormat {
    const lower = path.toLowerCase();
    const ext = lower.slice(lower.lastIndexOf('.'));
    const trimmed = text.trimStart();
    if (ext === '.txt' || ext === '.log' || ext === '.text') {
      return context.channel === 'macro' || !hasSpeakerLabels(text, context) ? macroText : plainText;
    }
    const byExtension = this.list().filter((f) => f.extensions.includes(ext));
    if (byExtension.length === 1 && !byExtension[0].sniff) return byExtension[0];
    if (ext === '.json' || (!byExtension.length && (trimmed.startsWith('{') || trimmed.startsWith('[')))) {
      // JSON Lines without the extension, then the richest JSON shape that claims it.
      if (nativeJsonLines.sniff!(text, path) > 0) return nativeJsonLines;
      const scored = this.list()
        .filter((f) => f.sniff && f !== nativeJsonLines)
        .map((f) => ({ f, score: f.sniff!(text, path) }))
        .sort((a, b) => b.score - a.score);
      if (scored[0] && scored[0].score > 0) return scored[0].f;
      return nativeJson;
    }
    if (byExtension.length > 0) return byExtension[0];
    return context.channel === 'macro' || !hasSpeakerLabels(text, context) ? macroText : plainText;
  }
}
