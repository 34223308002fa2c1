import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptyChecklist,
  evaluateChecklist,
  isScaleLetting,
  legalCapacity,
  type ChecklistAnswers,
} from '../src/criteria/index.ts';

/** Every criterion answered "no violation", for a dwelling to adjust per example. */
function cleanChecklist(over: Partial<ChecklistAnswers> = {}): ChecklistAnswers {
  return {
    ...emptyChecklist(),
    dormitory: false,
    partitioned: false,
    letByBed: false,
    nonLivingSpacesLet: { kitchen: false, bathroom: false, balcony: false, storage: false },
    originalRooms: 2,
    occupants: 2,
    legalDependants: false,
    livingAreaM2: null,
    buildingAreaM2: 70,
    ...over,
  };
}

describe('evaluateChecklist', () => {
  it('44 m² one-bedroom with 8 people is a group rental (room occupancy and living area)', () => {
    const r = evaluateChecklist(cleanChecklist({ originalRooms: 1, occupants: 8, buildingAreaM2: 44 }));
    expect(r.verdict).toBe('group_rental');
    expect(r.violations.map((v) => v.criterion).sort()).toEqual(['living_area', 'room_occupancy']);
    const area = r.violations.find((v) => v.criterion === 'living_area');
    expect(area?.detail).toContain('人均居住面积约 3 m²');
    expect(area?.detail).toContain('按建筑面积 44 m² × 0.55');
  });
  it('a family of 6 legal dependants in a 2-bedroom is not a group rental', () => {
    const r = evaluateChecklist(cleanChecklist({ originalRooms: 2, occupants: 6, legalDependants: true, buildingAreaM2: 75 }));
    expect(r).toMatchObject({ verdict: 'not_group_rental', violations: [], unanswered: [] });
  });
  it('the same 6 people without a family tie are a group rental', () => {
    const r = evaluateChecklist(cleanChecklist({ originalRooms: 2, occupants: 6, legalDependants: false, buildingAreaM2: 75 }));
    expect(r.verdict).toBe('group_rental');
    expect(r.violations[0].criterion).toBe('room_occupancy');
  });
  it('a family of legal dependants still needs 5 m² each', () => {
    const r = evaluateChecklist(cleanChecklist({ originalRooms: 1, occupants: 6, legalDependants: true, livingAreaM2: 20 }));
    expect(r.violations.map((v) => v.criterion)).toEqual(['living_area']);
  });
  it('a partitioned room is a group rental whatever else is unknown', () => {
    const r = evaluateChecklist({ ...emptyChecklist(), partitioned: true });
    expect(r.verdict).toBe('group_rental');
    expect(r.violations).toEqual([{ criterion: 'partition_or_bed', detail: '原始设计房间被隔断后出租' }]);
  });
  it('a kitchen let for living is a group rental', () => {
    const r = evaluateChecklist(cleanChecklist({ nonLivingSpacesLet: { kitchen: true, bathroom: false, balcony: true, storage: false } }));
    expect(r.verdict).toBe('group_rental');
    expect(r.violations).toEqual([{ criterion: 'non_living_space', detail: '厨房、阳台出租供人居住' }]);
  });
  it('bed letting and a dormitory are violations', () => {
    expect(evaluateChecklist(cleanChecklist({ letByBed: true })).violations[0].criterion).toBe('partition_or_bed');
    expect(evaluateChecklist(cleanChecklist({ dormitory: true })).violations[0].criterion).toBe('dormitory');
  });
  it('is a group rental as soon as any one criterion is violated, whatever the other answers', () => {
    const tri = fc.constantFrom(true, false, null);
    const answers = fc.record({
      dormitory: tri, partitioned: tri, letByBed: tri,
      nonLivingSpacesLet: fc.record({ kitchen: tri, bathroom: tri, balcony: tri, storage: tri }),
      originalRooms: fc.option(fc.integer({ min: 0, max: 5 })), occupants: fc.option(fc.integer({ min: 0, max: 20 })),
      legalDependants: tri, livingAreaM2: fc.option(fc.double({ min: 5, max: 150, noNaN: true })), buildingAreaM2: fc.option(fc.double({ min: 10, max: 200, noNaN: true })),
    });
    fc.assert(
      fc.property(answers, fc.constantFrom<Partial<ChecklistAnswers>>({ dormitory: true }, { partitioned: true }, { letByBed: true }), (a, violation) => {
        const base = evaluateChecklist(a);
        const r = evaluateChecklist({ ...a, ...violation });
        expect(r.verdict).toBe('group_rental');
        expect(r.violations.length).toBeGreaterThan(0);
        if (base.verdict === 'group_rental') expect(r.violations.length).toBeGreaterThanOrEqual(base.violations.length);
      }),
    );
  });
  it('cannot clear a dwelling while a criterion is unanswered', () => {
    const r = evaluateChecklist(cleanChecklist({ partitioned: null }));
    expect(r).toMatchObject({ verdict: 'incomplete', unanswered: ['partition_or_bed'] });
    expect(evaluateChecklist(emptyChecklist()).verdict).toBe('incomplete');
  });
  it('needs the family answer only when the rooms are over-full', () => {
    expect(evaluateChecklist(cleanChecklist({ occupants: 4, legalDependants: null })).verdict).toBe('not_group_rental');
    expect(evaluateChecklist(cleanChecklist({ occupants: 5, legalDependants: null })).unanswered).toEqual(['room_occupancy']);
  });
  it('judges itemised rooms one by one', () => {
    const r = evaluateChecklist(cleanChecklist({
      originalRooms: 2,
      occupants: 4,
      rooms: [
        { label: '主卧', occupants: 3, areaM2: 18, legalDependants: false },
        { label: '次卧', occupants: 1, areaM2: 4, legalDependants: false },
      ],
    }));
    expect(r.violations).toEqual([
      { criterion: 'living_area', detail: '「次卧」4 m² 住 1 人，人均 4 m²' },
      { criterion: 'room_occupancy', detail: '「主卧」居住 3 人，超过每间 2 人' },
    ]);
    const family = evaluateChecklist(cleanChecklist({ rooms: [{ label: '主卧', occupants: 3, areaM2: 18, legalDependants: true }] }));
    expect(family.verdict).toBe('not_group_rental');
  });
  it('flags large-scale letting (10+ rooms or 15+ people)', () => {
    expect(evaluateChecklist(cleanChecklist({ occupants: 15, originalRooms: 8, buildingAreaM2: 300 })).scaleLetting).toBe(true);
    expect(evaluateChecklist(cleanChecklist({ occupants: 3 })).scaleLetting).toBe(false);
    expect(isScaleLetting({ roomsLet: 10, occupants: null })).toBe(true);
    expect(isScaleLetting({ roomsLet: 9, occupants: 14 })).toBe(false);
  });
});

describe('legalCapacity', () => {
  it('is the smaller of 2 per original room and 5 m² of living area each', () => {
    expect(legalCapacity({ bedrooms: 1, areaM2: 44 })).toBe(2); // rooms bind (area allows 4)
    expect(legalCapacity({ bedrooms: 2, areaM2: 60 })).toBe(4);
    expect(legalCapacity({ bedrooms: 3, areaM2: 30 })).toBe(3); // area binds: 16.5 m² living
    expect(legalCapacity({ bedrooms: 0, areaM2: 20 })).toBe(2); // a studio counts as one room
    expect(legalCapacity({ bedrooms: 3, areaM2: 100, livingAreaM2: 10 })).toBe(2); // measured area wins
  });
  it('agrees with the checklist for any dwelling: capacity passes, one more person does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.double({ min: 8, max: 250, noNaN: true }), (bedrooms, areaM2) => {
        const cap = legalCapacity({ bedrooms, areaM2 });
        const at = (occupants: number) => evaluateChecklist(cleanChecklist({ originalRooms: bedrooms, occupants, buildingAreaM2: areaM2 })).verdict;
        expect(at(cap)).toBe('not_group_rental');
        expect(at(cap + 1)).toBe('group_rental');
      }),
    );
  });
  it('agrees with the checklist on the worked examples', () => {
    for (const [bedrooms, areaM2] of [[1, 44], [2, 60], [3, 30], [1, 12]] as const) {
      const cap = legalCapacity({ bedrooms, areaM2 });
      const at = (occupants: number) => evaluateChecklist(cleanChecklist({ originalRooms: bedrooms, occupants, buildingAreaM2: areaM2 })).verdict;
      expect(at(cap)).toBe('not_group_rental');
      expect(at(cap + 1)).toBe('group_rental');
    }
  });
});
