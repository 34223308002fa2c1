// Reads generated files back the way a person would see their text: DOCX via
// its word/document.xml, PDF via poppler's pdftotext (Debian poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Text of each paragraph of a .docx, joined with newlines. */
export async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  return xml
    .split(/<\/w:p>/)
    .map((p) => Array.from(p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join(''))
    .filter((line) => line.length > 0)
    .join('\n')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** Text of a PDF as pdftotext extracts it. */
export function pdfText(buffer: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'sentinel-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, buffer);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace removed: PDF lines wrap anywhere in Chinese text, so compare without it. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
