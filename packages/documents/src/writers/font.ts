// Where the CJK fonts for PDFs come from. PDF viewers have no Chinese glyphs
// of their own, so every PDF embeds (a subset of) these fonts. Default:
// Debian's fonts-noto-cjk, Serif Regular for the body and Serif Bold for
// titles (the closest free faces to the 仿宋 body and 小标宋 title GB/T 9704
// asks for); the configuration's SENTINEL_CJK_FONT points to any TTF/OTF/TTC
// instead (e.g. the real 仿宋_GB2312), and is then used for titles too.
import { existsSync } from 'node:fs';
import { CjkFontMissingError } from '../errors.ts';

export const DEFAULT_CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
/** The Simplified Chinese face inside Noto's collection (.ttc holds several). */
export const DEFAULT_CJK_FONT_NAME = 'NotoSerifCJKsc-Regular';
export const DEFAULT_CJK_TITLE_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc';
export const DEFAULT_CJK_TITLE_FONT_NAME = 'NotoSerifCJKsc-Bold';

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

/**
 * The title face (小标宋 stand-in): Noto Serif CJK Bold when installed and no
 * body font was configured; null otherwise (the body font is used, set larger).
 */
export function resolveCjkTitleFont(env: FontSettings = configured): CjkFont | null {
  if (env.SENTINEL_CJK_FONT?.trim()) return null;
  return existsSync(DEFAULT_CJK_TITLE_FONT_PATH) ? { path: DEFAULT_CJK_TITLE_FONT_PATH, name: DEFAULT_CJK_TITLE_FONT_NAME } : null;
}
