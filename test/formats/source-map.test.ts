import { describe, expect, it } from 'vitest';
import { alignMap, LineIndex, SourceMap } from '../../src/formats/source-map.js';

describe('SourceMap', () => {
  it('maps literal runs one to one and merges contiguous ones', () => {
    const map = new SourceMap().literal(10, 5).literal(15, 5);
    expect(map.length).toBe(10);
    expect(map.start(0)).toBe(10);
    expect(map.start(7)).toBe(17);
    expect(map.end(10)).toBe(20);
    expect(map.isVerbatim(0, 10)).toBe(true);
  });

  it('maps a unit (an escape) to its whole source span', () => {
    // text "a\nb" from source `a\\nb` starting at 1
    const map = new SourceMap().literal(1, 1).unit(2, 2).literal(4, 1);
    expect(map.start(1)).toBe(2);
    expect(map.end(2)).toBe(4);
    expect(map.start(2)).toBe(4);
    expect(map.isVerbatim(0, 2)).toBe(false);
    expect(map.isVerbatim(2, 3)).toBe(true);
  });

  it('aligns decoded YAML text with its source', () => {
    const source = 'text: >\n  one two\n  three\n';
    const start = source.indexOf('one');
    const map = alignMap('one two three\n', source, start, source.length);
    expect(source.slice(map.start(8), map.end(13))).toBe('three');
  });
});

describe('LineIndex', () => {
  it('gives 1-based line and column for LF, CRLF and CR endings', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.position(10)).toEqual({ line: 4, column: 1 });
    expect(index.lineCount).toBe(4);
  });
});
