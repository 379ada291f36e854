/**
 * Maps offsets in a turn's decoded text back to offsets in the source file.
 *
 * A map is a sorted list of runs. A *literal* run maps text 1:1 onto source
 * (plain text, the unescaped stretches of a JSON string). A *unit* run maps a
 * short piece of text onto a source span of a different length (a JSON escape
 * such as `\u00e9`, an HTML entity): any offset inside it maps to the unit's start,
 * and a range that ends inside it ends at the unit's end, so findings never split
 * an escape.
 */
export class SourceMap {
  private readonly textStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly sourceLengths: number[] = [];
  /** -1 for literal runs; otherwise the text length of the unit. */
  private readonly unitTextLengths: number[] = [];
  private textLength = 0;

  /** `length` characters of text copied verbatim from `sourceStart`. */
  literal(sourceStart: number, length: number): this {
    if (length <= 0) return this;
    const last = this.textStarts.length - 1;
    // Merge with the previous literal run when contiguous: keeps maps of clean text tiny.
    if (
      last >= 0 &&
      this.unitTextLengths[last] === -1 &&
      this.sourceStarts[last] + this.sourceLengths[last] === sourceStart
    ) {
      this.sourceLengths[last] += length;
    } else {
      this.push(sourceStart, length, -1);
    }
    this.textLength += length;
    return this;
  }

  /** `textLength` characters of text that stand for `sourceLength` characters of source. */
  unit(sourceStart: number, sourceLength: number, textLength = 1): this {
    if (textLength <= 0) return this;
    this.push(sourceStart, sourceLength, textLength);
    this.textLength += textLength;
    return this;
  }

  private push(sourceStart: number, sourceLength: number, unitTextLength: number): void {
    this.textStarts.push(this.textLength);
    this.sourceStarts.push(sourceStart);
    this.sourceLengths.push(sourceLength);
    this.unitTextLengths.push(unitTextLength);
  }

  get length(): number {
    return this.textLength;
  }

  /** The runs, in text order (for composing maps). */
  runs(): SourceRun[] {
    return this.textStarts.map((textStart, i) => {
      const unit = this.unitTextLengths[i] !== -1;
      const next = i + 1 < this.textStarts.length ? this.textStarts[i + 1] : this.textLength;
      return { textStart, textLength: next - textStart, sourceStart: this.sourceStarts[i], sourceLength: this.sourceLengths[i], unit };
    });
  }

  private runAt(textOffset: number): number {
    let lo = 0;
    let hi = this.textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.textStarts[mid] <= textOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of the text character at `textOffset` (clamped into the text). */
  start(textOffset: number): number {
    if (this.textStarts.length === 0) return 0;
    const offset = Math.max(0, Math.min(textOffset, this.textLength - 1));
    const run = this.runAt(offset);
    if (this.unitTextLengths[run] !== -1) return this.sourceStarts[run];
    return this.sourceStarts[run] + (offset - this.textStarts[run]);
  }

  /** Source offset just past the text character before `textOffset` (an exclusive end). */
  end(textOffset: number): number {
    if (this.textStarts.length === 0) return 0;
    if (textOffset <= 0) return this.start(0);
    const offset = Math.min(textOffset, this.textLength) - 1;
    const run = this.runAt(offset);
    if (this.unitTextLengths[run] !== -1) return this.sourceStarts[run] + this.sourceLengths[run];
    return this.sourceStarts[run] + (offset - this.textStarts[run]) + 1;
  }

  /** True when text [start, end) is copied verbatim from one contiguous source span. */
  isVerbatim(start: number, end: number): boolean {
    if (end <= start) return true;
    const first = this.runAt(start);
    const last = this.runAt(end - 1);
    return first === last && this.unitTextLengths[first] === -1;
  }
}

/** 1-based line and column of every offset in one source file. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.lineStarts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // The \n of a \r\n is no column of its line: such an offset means the line's end.
    const inBreak = offset > 0 && this.text.charCodeAt(offset) === 10 && this.text.charCodeAt(offset - 1) === 13;
    return { line: lo + 1, column: offset - this.lineStarts[lo] + (inBreak ? 0 : 1) };
  }

  /** Source offset of a 1-based line's first character. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/**
 * Builds a map by aligning decoded text against the source span it came from,
 * for sources whose decoding we do not replay ourselves (YAML scalars of every
 * style, HTML). Every character that appears verbatim in the source maps exactly;
 * characters the decoder produced (folded line breaks, escapes) map to the source
 * position where alignment resumes, so a finding never points outside the span.
 */
export function alignMap(decoded: string, source: string, sourceStart: number, sourceEnd: number): SourceMap {
  const map = new SourceMap();
  let p = sourceStart;
  const LOOKAHEAD = 16;
  let i = 0;
  while (i < decoded.length) {
    const ch = decoded[i];
    let q = p;
    const limit = Math.min(sourceEnd, p + LOOKAHEAD);
    while (q < limit && source[q] !== ch) q++;
    if (q < limit) {
      // Extend the verbatim stretch as far as it goes.
      let n = 1;
      while (i + n < decoded.length && q + n < sourceEnd && decoded[i + n] === source[q + n]) n++;
      map.literal(q, n);
      i += n;
      p = q + n;
    } else {
      map.unit(Math.min(p, Math.max(sourceStart, sourceEnd - 1)), 0, 1);
      i++;
    }
  }
  return map;
}

/** One run of a map, as `SourceMap.runs()` lists them. */
export interface SourceRun {
  textStart: number;
  textLength: number;
  sourceStart: number;
  sourceLength: number;
  /** false for a literal run (text copied 1:1), true for a unit. */
  unit: boolean;
}

/**
 * Chains two maps: `inner` maps text onto an intermediate text (say, text reduced
 * from HTML onto the HTML), `outer` maps that intermediate text onto the source
 * (the HTML onto the JSON string literal holding it). The result maps the text
 * straight onto the source, literal where both steps are literal.
 */
export function composeMaps(inner: SourceMap, outer: SourceMap): SourceMap {
  const out = new SourceMap();
  const outerRuns = outer.runs();
  // Index of the outer run holding an intermediate offset (runs are sorted).
  const runAt = (offset: number): number => {
    let lo = 0;
    let hi = outerRuns.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outerRuns[mid].textStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const run of inner.runs()) {
    if (outerRuns.length === 0) {
      out.unit(0, 0, run.textLength);
      continue;
    }
    if (run.unit) {
      // A unit stays a unit: it covers whatever source its intermediate span came from.
      const start = outer.start(run.sourceStart);
      const end = run.sourceLength > 0 ? outer.end(run.sourceStart + run.sourceLength) : start;
      out.unit(start, Math.max(0, end - start), run.textLength);
      continue;
    }
    // A literal run: split along the outer runs it crosses.
    let offset = run.sourceStart;
    const stop = run.sourceStart + run.textLength;
    while (offset < stop) {
      const o = outerRuns[runAt(offset)];
      const within = Math.min(stop, o.textStart + o.textLength) - offset;
      if (within <= 0) {
        // Past the end of the outer map: pin what is left to its last character.
        out.unit(outer.end(outer.length), 0, stop - offset);
        break;
      }
      if (o.unit) out.unit(o.sourceStart, o.sourceLength, within);
      else out.literal(o.sourceStart + (offset - o.textStart), within);
      offset += within;
    }
  }
  return out;
}
