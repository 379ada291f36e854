/**
 * CSV with positions. csv-parse reads the records (quoting, errors, line numbers);
 * each record's fields are then located in the source so a field's text maps back
 * to its exact line and column, `""` escapes accounted for.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { MappedText } from './html.js';
import { alignMap, LineIndex, SourceMap } from './source-map.js';
import { ParseError, type ParseProblem } from './types.js';

export interface CsvField {
  value: string;
  /** Source offset of the field's first character (inside the quotes of a quoted field). */
  start: number;
  /** Source offset just past its content. */
  end: number;
  quoted: boolean;
}

export interface CsvRow {
  fields: CsvField[];
  /** Source offset where the record starts. */
  offset: number;
  /** 1-based number of the data row (the header is row 0). */
  number: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  problems: ParseProblem[];
  /** Replacement text for a fix inside a field: quotes doubled in quoted fields. */
  encodeFixText(text: string, at: number): string;
}

interface ParsedRecord {
  record: string[];
  info: { bytes: number; lines: number };
}

/** Char offset of each byte offset, walking forward only (csv-parse counts UTF-8 bytes). */
class ByteCursor {
  private byte = 0;
  private char = 0;
  constructor(private readonly text: string) {}
  charAt(byteOffset: number): number {
    while (this.byte < byteOffset && this.char < this.text.length) {
      const code = this.text.codePointAt(this.char)!;
      this.byte += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      this.char += code > 0xffff ? 2 : 1;
    }
    return this.char;
  }
}

/** Finds the fields of the record starting at `start` in the source (RFC 4180 quoting). */
function scanRecord(text: string, start: number, delimiter: string): CsvField[] {
  const fields: CsvField[] = [];
  let pos = start;
  for (;;) {
    if (text[pos] === '"') {
      const contentStart = pos + 1;
      let value = '';
      let i = contentStart;
      let runStart = i;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += text.slice(runStart, i + 1);
            i += 2;
            runStart = i;
            continue;
          }
          break;
        }
        i++;
      }
      value += text.slice(runStart, i);
      fields.push({ value, start: contentStart, end: i, quoted: true });
      pos = i + 1;
    } else {
      let i = pos;
      while (i < text.length && !text.startsWith(delimiter, i) && text[i] !== '\n' && text[i] !== '\r') i++;
      fields.push({ value: text.slice(pos, i), start: pos, end: i, quoted: false });
      pos = i;
    }
    if (text.startsWith(delimiter, pos)) {
      pos += delimiter.length;
      continue;
    }
    return fields;
  }
}

/**
 * Reads a CSV file with a header row. A syntax error (an unclosed quote) throws
 * ParseError at its line; a row with more or fewer fields than the header is
 * reported by its row number and skipped.
 */
export function readCsv(text: string, options: { delimiter?: string } = {}): CsvTable {
  const delimiter = options.delimiter ?? ',';
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 1;
      throw new ParseError(`CSV: ${error.message.replace(/\s+at line \d+.*$/s, '')} (line ${line})`, new LineIndex(text).lineStart(line));
    }
    throw error;
  }
  const problems: ParseProblem[] = [];
  const quotedSpans: Array<[number, number]> = [];
  const cursor = new ByteCursor(text);
  let previousEnd = 0;
  let header: string[] = [];
  const rows: CsvRow[] = [];
  records.forEach(({ record, info }, i) => {
    let start = previousEnd;
    while (text[start] === '\n' || text[start] === '\r') start++;
    previousEnd = cursor.charAt(info.bytes);
    let fields = scanRecord(text, start, delimiter);
    if (fields.length !== record.length || fields.some((f, k) => f.value.replace(/""/g, '"') !== record[k])) {
      // Our scan disagrees with csv-parse: keep its values, align them with the record's text.
      let at = start;
      fields = record.map((value) => {
        const map = alignMap(value, text, at, previousEnd);
        const fieldStart = value.length ? map.start(0) : at;
        const fieldEnd = value.length ? map.end(value.length) : at;
        at = fieldEnd;
        return { value, start: fieldStart, end: fieldEnd, quoted: false };
      });
    } else {
      fields = fields.map((f) => ({ ...f, value: f.value.replace(/""/g, '"') }));
    }
    if (i === 0) {
      header = record.map((h) => h.trim());
      return;
    }
    if (record.length !== header.length) {
      problems.push({
        message: `row ${i} skipped: it has ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${header.length}`,
        offset: start,
        severity: 'error',
      });
      return;
    }
    for (const f of fields) if (f.quoted) quotedSpans.push([f.start, f.end]);
    rows.push({ fields, offset: start, number: i });
  });
  return {
    header,
    rows,
    problems,
    encodeFixText: (fix, at) => (quotedSpans.some(([s, e]) => at >= s && at <= e) ? fix.replace(/"/g, '""') : fix),
  };
}

/** A field's text with its map into the source: literal runs, `""` as a unit. */
export function fieldText(source: string, field: CsvField): MappedText {
  const map = new SourceMap();
  if (!field.quoted) return { text: field.value, map: field.value.length ? alignOrLiteral(source, field) : map };
  let i = field.start;
  let runStart = i;
  while (i < field.end) {
    if (source[i] === '"' && source[i + 1] === '"') {
      map.literal(runStart, i - runStart);
      map.unit(i, 2);
      i += 2;
      runStart = i;
    } else i++;
  }
  map.literal(runStart, field.end - runStart);
  return { text: field.value, map };
}

function alignOrLiteral(source: string, field: CsvField): SourceMap {
  return source.slice(field.start, field.end) === field.value
    ? new SourceMap().literal(field.start, field.value.length)
    : alignMap(field.value, source, field.start, field.end);
}

/** Index of a column by name: exact, then case-insensitive; -1 when absent. */
export function columnIndex(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact !== -1) return exact;
  const lower = name.toLowerCase();
  return header.findIndex((h) => h.toLowerCase() === lower);
}
