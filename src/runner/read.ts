/**
 * Bytes to text: BOMs for UTF-8 and UTF-16 (LE and BE) are honoured and removed
 * (their length is remembered so fixes can put them back); invalid UTF-8 is
 * decoded with replacement characters and a warning naming the first bad byte.
 */
export interface DecodedFile {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
  /** Byte offset of the first invalid UTF-8 sequence, when there was one. */
  invalidByteOffset?: number;
}

/** Line and column (1-based, columns in UTF-16 units as everywhere else) of byte `offset` of UTF-8 `bytes`. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** Decodes UTF-8 leniently: invalid sequences become U+FFFD and the first one's byte offset is returned. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidByteOffset?: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), invalidByteOffset: firstInvalidUtf8(bytes) };
  }
}

/** True when the file starts with a UTF-16 byte order mark (such files are read whole, never in chunks). */
export function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function decodeBytes(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    const offset = firstInvalidUtf8(body);
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom, invalidByteOffset: offset + (bom ? 3 : 0) };
  }
}

/** Encodes text back the way it was read: same encoding, BOM kept. */
export function encodeText(text: string, like: Pick<DecodedFile, 'encoding' | 'bom'>): Uint8Array {
  if (like.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return like.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const le = Buffer.from(text, 'utf16le');
  if (like.encoding === 'utf-16be') le.swap16();
  return Buffer.concat([like.encoding === 'utf-16be' ? Buffer.from([0xfe, 0xff]) : Buffer.from([0xff, 0xfe]), le]);
}
