// The type of an upload, from its first bytes: the name and the browser's
// Content-Type are the uploader's claim, the magic number is the file's.
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'video/mp4', 'video/quicktime'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));

export function sniffType(bytes: Uint8Array): AttachmentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && ascii(bytes, 1, 4) === 'PNG' && bytes[0] === 0x89) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (brand === 'qt  ') return 'video/quicktime';
    return 'video/mp4'; // isom, mp41, mp42, avc1, M4V …: the ISO base media family
  }
  return null;
}

/** Photos up to 20 MB, videos up to 200 MB (a minute of phone video). */
export function maxBytesFor(type: AttachmentType): number {
  return type.startsWith('video/') ? 200 * 1024 * 1024 : 20 * 1024 * 1024;
}
