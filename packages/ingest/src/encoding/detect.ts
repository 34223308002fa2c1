// Which character set a file (and each of its lines) is in. Exports reach us
// as UTF-8 (with or without BOM) or GB18030/GBK, and sometimes as a
// concatenation of both; the byte-level CSV scanner does not care (every
// structural byte is ASCII in both, and GB18030 trail bytes never are `,` `"`
// CR or LF), so decoding is decided per record, after the record is found.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type FileEncoding = 'utf8' | 'gb18030';

export const UTF8_BOM_LENGTH = 3;

export function hasUtf8Bom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** UTF-16 files (Excel's "Unicode text") are not in the contract; we name them instead of reading garbage. */
export function looksLikeUtf16(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  const n = Math.min(b.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros++;
  return n > 0 && zeros * 4 > n;
}

export function isValidUtf8(b: Uint8Array, s: number, e: number): boolean {
  return isUtf8(b.subarray(s, e));
}

/**
 * Valid UTF-8 whose non-ASCII characters are all 3- or 4-byte sequences (CJK
 * and beyond). Used inside a GB18030 file to spot a UTF-8 line: GBK text is
 * valid UTF-8 by accident only rarely, and then mostly as 2-byte sequences
 * (GBK `楼` = C2 A5 = UTF-8 `¥`), which this refuses.
 */
export function isCjkUtf8(b: Uint8Array, s: number, e: number): boolean {
  if (!isValidUtf8(b, s, e)) return false;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c >= 0xc0 && c < 0xe0) return false;
  }
  return true;
}

/**
 * Decides the file's main encoding from its first bytes: each line holding
 * non-ASCII bytes votes UTF-8 (valid UTF-8) or GB18030 (not); UTF-8 wins ties.
 * Voting per line (rather than "is the chunk valid UTF-8") keeps a
 * mostly-UTF-8 file with one GBK line near the top in UTF-8. null when no line
 * voted (all ASCII so far): the first non-ASCII record decides (EncodingState).
 * The last, possibly cut, line of the chunk is ignored unless it is the whole file.
 */
export function sniffEncoding(head: Uint8Array, isWholeFile: boolean): FileEncoding | null {
  let utf8 = 0;
  let gb = 0;
  let lineStart = 0;
  let nonAscii = false;
  const vote = (end: number): void => {
    if (!nonAscii) return;
    if (isValidUtf8(head, lineStart, end)) utf8++;
    else gb++;
  };
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === 10) {
      vote(i);
      lineStart = i + 1;
      nonAscii = false;
    } else if (c >= 0x80) nonAscii = true;
  }
  if (isWholeFile) vote(head.length);
  if (utf8 === 0 && gb === 0) return null;
  return gb > utf8 ? 'gb18030' : 'utf8';
}

/** How one record's bytes are to be decoded, and whether that deserves a warning. */
// Plain numbers (not an enum) so the hot path compares small integers.
// The *Fallback charsets are not the file's main encoding: decoded in the other one, with a warning.
export const RecordCharset = { Ascii: 0, Utf8: 1, Gb18030: 2, Utf8Fallback: 3, Gb18030Fallback: 4 } as const;
export type RecordCharset = (typeof RecordCharset)[keyof typeof RecordCharset];

/**
 * The file's main encoding as known so far. A file whose first chunk is all
 * ASCII (readings with ASCII meter ids, say) is decided by its first non-ASCII
 * record, so a GBK file is not taken for UTF-8 with a warning on every later line.
 */
export class EncodingState {
  constructor(public file: FileEncoding | null = null) {}
}

export function recordCharset(b: Uint8Array, s: number, e: number, nonAscii: boolean, state: EncodingState): RecordCharset {
  if (!nonAscii) return RecordCharset.Ascii;
  if (state.file === null) state.file = isValidUtf8(b, s, e) ? 'utf8' : 'gb18030';
  const file = state.file;
  if (file === 'utf8') return isValidUtf8(b, s, e) ? RecordCharset.Utf8 : RecordCharset.Gb18030Fallback;
  return isCjkUtf8(b, s, e) ? RecordCharset.Utf8Fallback : RecordCharset.Gb18030;
}

export function usesGb18030(c: RecordCharset): boolean {
  return c === RecordCharset.Gb18030 || c === RecordCharset.Gb18030Fallback;
}

export function fallbackWarning(c: RecordCharset): string | null {
  if (c === RecordCharset.Gb18030Fallback) return '此行不是有效的 UTF-8，已按 GB18030 解码（文件可能由不同编码的导出拼接而成）';
  if (c === RecordCharset.Utf8Fallback) return '此行是 UTF-8 编码，与文件其余部分（GB18030）不同，已按 UTF-8 解码';
  return null;
}

export const UNDECODABLE_REASON = '此行含无法识别的字节：既不是有效的 UTF-8 也不是 GB18030 编码';

/** Decodes bytes [s, e) in the record's charset. */
export function decodeBytes(b: Buffer, s: number, e: number, c: RecordCharset): string {
  if (c === RecordCharset.Ascii) return b.toString('latin1', s, e);
  if (usesGb18030(c)) return iconv.decode(b.subarray(s, e), 'gb18030');
  return b.toString('utf8', s, e);
}

/** A decoded text that still carries replacement characters or NULs was not really in that encoding. */
export function isGarbled(text: string): boolean {
  return text.includes('\uFFFD') || text.includes('\u0000');
}
