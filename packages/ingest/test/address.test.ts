import { describe, expect, it } from 'vitest';
import { buildAddressIndex, matchAddress, normaliseAddress } from '../src/index.ts';

const HOUSES = [
  { address: '汾西路261弄12号301室', community: '临汾小区', building: '12', room: '301' },
  { address: '汾西路261弄12号302室', community: '临汾小区', building: '12号', room: '302室' },
  { address: '临汾路1000弄5号1单元201室', community: '临汾新村', building: '5', unit: '1', room: '201' },
  { address: '临汾路1000弄5号2单元201室', community: '临汾新村', building: '5', unit: '2', room: '201' },
  { address: '闻喜路251弄7号楼101室', community: '阳曲小区', building: '7号楼', room: '101' },
  { address: '岭南路100弄7号101室', community: '岭南花园', building: '7', room: '101' },
  { address: '闻喜路215弄7号101室', community: '闻喜苑', building: '7', room: '101' },
];
const index = buildAddressIndex(HOUSES);
const match = (t: string) => matchAddress(index, t);

describe('normaliseAddress', () => {
  it('drops city/district/subdistrict, full-width forms, punctuation, 号楼/栋/幢 and 室', () => {
    expect(normaliseAddress('上海市静安区临汾路街道 汾西路２６１弄１２栋 ３０１室')).toBe('汾西路261弄12号301');
    expect(normaliseAddress('汾西路261弄12幢301')).toBe('汾西路261弄12号301');
    expect(normaliseAddress('汾西路261弄12#301室')).toBe('汾西路261弄12号301');
    expect(normaliseAddress('汾西路261弄12-301')).toBe('汾西路261弄12号301');
  });
});

describe('matchAddress', () => {
  it('matches the registry form and its common variants exactly', () => {
    for (const t of ['汾西路261弄12号301室', '汾西路261弄12号楼301', '上海市静安区汾西路２６１弄１２号３０１室', '临汾小区12号301', '临汾路街道汾西路261弄12号301室（群租）']) {
      expect(match(t), t).toEqual({ houseIdx: 0, match: 'exact', confidence: 1 });
    }
    expect(match('闻喜路251弄7栋101')).toEqual({ houseIdx: 4, match: 'exact', confidence: 1 });
    expect(match('临汾路1000弄5号2单元201室')).toMatchObject({ houseIdx: 3, match: 'exact' });
  });

  it('matches a typo in the road or lane fuzzily, with a confidence below 1', () => {
    const typo = match('汾溪路261弄12号301室');
    expect(typo).toMatchObject({ houseIdx: 0, match: 'fuzzy' });
    expect(typo.confidence).toBeGreaterThan(0.5);
    expect(typo.confidence).toBeLessThan(1);
    expect(match('汾西路216弄12号301')).toMatchObject({ houseIdx: 0, match: 'fuzzy' });
  });

  it('never guesses between equally good candidates', () => {
    // Two units both have a 201 in building 5: the caller did not say which.
    expect(match('临汾路1000弄5号201室')).toEqual({ houseIdx: -1, match: 'none', confidence: 0 });
    // 闻喜路 has building 7 room 101 in lanes 251 and 215: the lane left out, both are as close.
    expect(match('闻喜路7号101')).toEqual({ houseIdx: -1, match: 'none', confidence: 0 });
    // The same compound core (闻喜 of 闻喜苑 vs the road) must not tip it either.
    expect(match('闻喜路251弄7号101')).toMatchObject({ houseIdx: 4, match: 'exact' });
  });

  it('says none for addresses without a building and room, or for a room that does not exist', () => {
    expect(match('汾西路261弄')).toMatchObject({ match: 'none' });
    expect(match('汾西路261弄12号999室')).toMatchObject({ match: 'none' });
    expect(match('')).toMatchObject({ match: 'none' });
    expect(match('某某路7号101')).toMatchObject({ match: 'none' }); // no road near any building 7 room 101
  });
});
