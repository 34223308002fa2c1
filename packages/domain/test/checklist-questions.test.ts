import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerOf, CHECKLIST_QUESTIONS, checklistFigures, emptyChecklist, triStateLabel, type ChecklistAnswers } from '../src/index.ts';

describe('checklist questions (是 / 否 / 未查)', () => {
  it('an empty checklist reads 未查 on every question, never 否', () => {
    for (const q of CHECKLIST_QUESTIONS) expect(triStateLabel(answerOf(emptyChecklist(), q))).toBe('未查');
  });

  it('each question reads back exactly the answer stored at its path', () => {
    const tri = fc.constantFrom(true, false, null);
    fc.assert(fc.property(fc.array(tri, { minLength: 8, maxLength: 8 }), (v) => {
      const a: ChecklistAnswers = {
        ...emptyChecklist(), dormitory: v[0], partitioned: v[1], letByBed: v[2],
        nonLivingSpacesLet: { kitchen: v[3], bathroom: v[4], balcony: v[5], storage: v[6] }, legalDependants: v[7],
      };
      expect(CHECKLIST_QUESTIONS.map((q) => answerOf(a, q))).toEqual(v);
    }));
  });

  it('numbers are distinct (no item printed twice under one number)', () => {
    expect(new Set(CHECKLIST_QUESTIONS.map((q) => q.number)).size).toBe(CHECKLIST_QUESTIONS.length);
  });

  it('labels 是, 否 and 未查', () => {
    expect([true, false, null].map(triStateLabel)).toEqual(['是', '否', '未查']);
  });
});

describe('checklistFigures', () => {
  it('area per person from the measured area, else estimated from the building area; people per room', () => {
    expect(checklistFigures({ occupants: 8, originalRooms: 2, livingAreaM2: 30, buildingAreaM2: 60 })).toEqual({ areaPerPersonM2: 3.75, areaEstimated: false, peoplePerRoom: 4 });
    const est = checklistFigures({ occupants: 3, originalRooms: 0, livingAreaM2: null, buildingAreaM2: 60 });
    expect(est.areaEstimated).toBe(true);
    expect(est.areaPerPersonM2).toBeCloseTo(11, 5);
    expect(est.peoplePerRoom).toBe(3);
  });

  it('unknown when nobody counted', () => {
    expect(checklistFigures({ occupants: null, originalRooms: 2, livingAreaM2: 30, buildingAreaM2: null })).toEqual({ areaPerPersonM2: null, areaEstimated: false, peoplePerRoom: null });
  });
});
