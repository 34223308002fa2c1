import { describe, expect, it } from 'vitest';
import { CjkFontMissingError, DEFAULT_CJK_FONT_NAME, DEFAULT_CJK_FONT_PATH, resolveCjkFont } from '../src/index.ts';

describe('resolveCjkFont', () => {
  it('defaults to Debian fonts-noto-cjk', () => {
    expect(resolveCjkFont({})).toEqual({ path: DEFAULT_CJK_FONT_PATH, name: DEFAULT_CJK_FONT_NAME });
  });

  it('follows SENTINEL_CJK_FONT and says in Chinese what to do when the file is missing', () => {
    expect(() => resolveCjkFont({ SENTINEL_CJK_FONT: '/nonexistent/NotoSansSC-Regular.ttf' })).toThrow(CjkFontMissingError);
    try {
      resolveCjkFont({ SENTINEL_CJK_FONT: '/nonexistent/NotoSansSC-Regular.ttf' });
    } catch (e) {
      expect((e as Error).message).toContain('未找到生成 PDF 所需的中文字体文件：/nonexistent/NotoSansSC-Regular.ttf（来自环境变量 SENTINEL_CJK_FONT）');
      expect((e as Error).message).toContain('fonts-noto-cjk');
    }
  });
});
