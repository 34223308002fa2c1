// Invented place names in the style of north Jing'an (roads named after Shanxi
// places). They are fictitious on purpose: the demo must not look like a real
// registry of real people's homes.

export const DISTRICT = '静安区';
export const CITY = '上海市';
export const SUBDISTRICT = '岚汾路街道';

/** Subdistrict centre (WGS-84), an inner-suburb point of north Shanghai. */
export const CENTRE = { lat: 31.3052, lon: 121.4527 } as const;

export const ROADS = [
  '汾西路', '岚山路', '阳曲路', '场中路', '平陆路', '保德路', '灵石路', '闻喜路',
  '三泉路', '洪南路', '沁水路', '介休路', '寿阳路', '交城路',
] as const;

export const PLACE_STEMS = [
  '汾西', '岚山', '阳曲', '临岚', '场中', '平陆', '保德', '灵石', '闻喜', '三泉',
  '洪南', '沁水', '介休', '寿阳', '交城', '晋源', '汾阳', '岚北',
] as const;

export const ORDINALS = ['一', '二', '三', '四', '五', '六'] as const;

/** Suffixes of compound names by era: 新村 for 1970s-80s public housing, 苑/花园 for 1990s-2000s, 名邸/公寓 for towers. */
export const COMPOUND_SUFFIX = {
  old_xincun: ['村', '新村'],
  walkup: ['苑', '花园', '小区'],
  high_rise: ['名邸', '公寓', '大厦', '华庭'],
} as const;
