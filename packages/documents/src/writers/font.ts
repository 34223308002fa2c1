// Where the CJK font for PDFs comes from. PDF viewers have no Chinese glyphs
// of their own, so every PDF embeds (a subset of) this font. Default: Debian's
// fonts-noto-cjk; the configuration's SENTINEL_CJK_FONT points to any TTF/OTF/TTC instead.
import { existsSync } from 'node:fs';
import { CjkFontMissingError } from '../errors.ts';

export const DEFAULT_CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The Simplified Chinese face inside Noto's collection (.ttc holds several). */
export const DEFAULT_CJK_FONT_NAME = 'NotoSansCJKsc-Regular';

export interface CjkFont {
  readonly path: string;
  /** PostScript name of the face inside a .ttc collection; null for single-face TTF/OTF files. */
  readonly name: string | null;
}

/**
 * The font to use: SENTINEL_CJK_FONT (and SENTINEL_CJK_FONT_NAME for a .ttc)
 * when set, the Debian Noto CJK file otherwise.
 * @throws CjkFontMissingError when the file does not exist.
 */
type FontSettings = Readonly<Record<string, string | undefined>>;
let configured: FontSettings = {};

/** Set once at boot from the configuration (SENTINEL_CJK_FONT, SENTINEL_CJK_FONT_NAME). */
export function configureCjkFont(settings: { path: string | null; name: string | null }): void {
  configured = { SENTINEL_CJK_FONT: settings.path ?? undefined, SENTINEL_CJK_FONT_NAME: settings.name ?? undefined };
}

export function resolveCjkFont(env: FontSettings = configured): CjkFont {
  const fromEnv = typeof env.SENTINEL_CJK_FONT === 'string' && env.SENTINEL_CJK_FONT.trim().length > 0;
  const path = fromEnv ? (env.SENTINEL_CJK_FONT as string).trim() : DEFAULT_CJK_FONT_PATH;
  if (!existsSync(path)) throw new CjkFontMissingError(path, fromEnv);
  const isCollection = path.toLowerCase().endsWith('.ttc');
  const name = isCollection ? env.SENTINEL_CJK_FONT_NAME?.trim() || DEFAULT_CJK_FONT_NAME : null;
  return { path, name };
}
