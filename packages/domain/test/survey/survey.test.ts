import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPartitioned, surveyCampaignProblems, surveyProgress, surveySuggestsGroupRental, surveyTargetReasons, surveyTargetState,
  surveyVisitProblems, SURVEY_OUTCOMES, type SurveyTargetStatus, type SurveyVisitFacts, type VisitSummary,
} from '../../src/survey/index.ts';
import { isoToDay } from '../../src/time.ts';

const rented: SurveyVisitFacts = { outcome: 'surveyed', use: 'by_room', originalRooms: 2, currentRooms: 4, occupants: 7, noticeServed: true, noticePhotoId: 'att_1' };

describe('surveyTargetReasons', () => {
  it('lists registry and filed rentals, red/yellow whistles and complaints; a green alert is no reason', () => {
    expect(surveyTargetReasons({ isRental: true, rentalFiled: true, alertLevel: 'red', recentComplaints: 2 })).toEqual(['registry_rental', 'filed_rental', 'whistle', 'complaint']);
    expect(surveyTargetReasons({ isRental: null, rentalFiled: false, alertLevel: 'green', recentComplaints: 0 })).toEqual([]);
    expect(surveyTargetReasons({ isRental: false, rentalFiled: null, alertLevel: 'yellow', recentComplaints: 0 })).toEqual(['whistle']);
  });
});

describe('surveyVisitProblems', () => {
  it('accepts a complete rented-dwelling visit', () => {
    expect(surveyVisitProblems(rented)).toEqual([]);
  });
  it('names the field of each problem', () => {
    expect(surveyVisitProblems({ ...rented, use: null, currentRooms: null }).map((p) => p.field)).toEqual(['use', 'currentRooms']);
    expect(surveyVisitProblems({ ...rented, noticePhotoId: null })).toEqual([{ field: 'noticePhotoId', message: '送达《群租法律风险告知书》须附送达照片。' }]);
    expect(surveyVisitProblems({ ...rented, occupants: -1 })[0].field).toBe('occupants');
    expect(surveyVisitProblems({ ...rented, outcome: 'not_rented', use: 'by_bed' })[0].field).toBe('use');
  });
  it('lets a no-access visit through with nothing but the outcome', () => {
    expect(surveyVisitProblems({ outcome: 'no_access', use: null, originalRooms: null, currentRooms: null, occupants: null, noticeServed: false, noticePhotoId: null })).toEqual([]);
  });
});

describe('isPartitioned / surveySuggestsGroupRental', () => {
  it('partitioned = more bedrooms in use than built', () => {
    expect(isPartitioned({ originalRooms: 2, currentRooms: 4 })).toBe(true);
    expect(isPartitioned({ originalRooms: 2, currentRooms: 2 })).toBe(false);
    expect(isPartitioned({ originalRooms: null, currentRooms: 2 })).toBe(null);
  });
  it('flags a partitioned flat or one let by the bed, not a family flat, never an unvisited one', () => {
    expect(surveySuggestsGroupRental(rented, 60)).toBe(true);
    expect(surveySuggestsGroupRental({ ...rented, use: 'by_bed', currentRooms: 2, occupants: 4 }, 60)).toBe(true);
    expect(surveySuggestsGroupRental({ ...rented, use: 'whole_let', currentRooms: 2, occupants: 3 }, 60)).toBe(false);
    expect(surveySuggestsGroupRental({ ...rented, outcome: 'no_access' }, 60)).toBe(false);
  });
});

describe('surveyCampaignProblems', () => {
  it('refuses an end before the start, an overlong period and a repeated 居民区', () => {
    const ok = { name: '2026年宣传摸底', startDay: isoToDay('2026-03-01'), endDay: isoToDay('2026-04-30'), neighborhoods: ['汾西居民区'] };
    expect(surveyCampaignProblems(ok)).toEqual([]);
    expect(surveyCampaignProblems({ ...ok, endDay: ok.startDay - 1 })[0].field).toBe('endDay');
    expect(surveyCampaignProblems({ ...ok, endDay: ok.startDay + 400 })[0].field).toBe('endDay');
    expect(surveyCampaignProblems({ ...ok, neighborhoods: ['a', 'a'] })[0].field).toBe('neighborhoods');
    expect(surveyCampaignProblems({ ...ok, name: ' ' })[0].field).toBe('name');
  });
});

describe('surveyTargetState', () => {
  const v = (outcome: VisitSummary['outcome'], visitedAt: number): VisitSummary => ({ outcome, visitedAt, noticeServed: false });
  it('pending without visits, no access when only refused, the latest conclusive visit otherwise', () => {
    expect(surveyTargetState([])).toBe('pending');
    expect(surveyTargetState([v('no_access', 1), v('no_access', 2)])).toBe('no_access');
    expect(surveyTargetState([v('surveyed', 1), v('no_access', 5)])).toBe('surveyed');
    expect(surveyTargetState([v('surveyed', 1), v('not_rented', 3)])).toBe('not_rented');
  });
  it('is the same whatever order the visits come in', () => {
    fc.assert(fc.property(fc.array(fc.record({ outcome: fc.constantFrom(...SURVEY_OUTCOMES), noticeServed: fc.boolean(), visitedAt: fc.integer({ min: 0, max: 1e6 }) }), { maxLength: 6 }), (visits) => {
      const unique = visits.filter((a, i) => visits.findIndex((b) => b.visitedAt === a.visitedAt) === i);
      expect(surveyTargetState([...unique].reverse())).toBe(surveyTargetState(unique));
    }));
  });
});

const statusArb: fc.Arbitrary<SurveyTargetStatus> = fc.record({
  group: fc.constantFrom('汾西居民区', '阳曲居民区', '场中居民区'),
  state: fc.constantFrom('pending', 'no_access', 'surveyed', 'not_rented'),
  noticeServed: fc.boolean(),
});

describe('surveyProgress', () => {
  it('counts per group and in total', () => {
    const p = surveyProgress([
      { group: '汾西居民区', state: 'surveyed', noticeServed: true },
      { group: '汾西居民区', state: 'pending', noticeServed: false },
      { group: '汾西居民区', state: 'no_access', noticeServed: true },
      { group: '阳曲居民区', state: 'not_rented', noticeServed: false },
    ]);
    expect(p.rows.map((r) => [r.group, r.targets, r.done, r.noAccess, r.pending, r.noticeServed, r.percentDone])).toEqual([
      ['汾西居民区', 3, 1, 1, 1, 2, 33],
      ['阳曲居民区', 1, 1, 0, 0, 0, 100],
    ]);
    expect(p.total).toMatchObject({ targets: 4, done: 2, percentDone: 50, percentServed: 50 });
    expect(surveyProgress([]).total.percentDone).toBe(0);
  });
  it('never exceeds 100 %, never goes negative, and the groups add up to the total', () => {
    fc.assert(fc.property(fc.array(statusArb, { maxLength: 200 }), (items) => {
      const { rows, total } = surveyProgress(items);
      for (const r of [...rows, total]) {
        expect(r.percentDone).toBeGreaterThanOrEqual(0);
        expect(r.percentDone).toBeLessThanOrEqual(100);
        expect(r.percentServed).toBeLessThanOrEqual(100);
        expect(r.pending).toBeGreaterThanOrEqual(0);
        expect(r.done + r.noAccess + r.pending).toBe(r.targets);
        // 100 % only when every listed dwelling is done.
        expect(r.percentDone === 100).toBe(r.targets > 0 && r.done === r.targets);
      }
      expect(rows.reduce((s, r) => s + r.targets, 0)).toBe(total.targets);
      expect(rows.reduce((s, r) => s + r.done, 0)).toBe(total.done);
    }));
  });
});
