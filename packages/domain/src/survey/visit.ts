// One survey visit (摸排走访) of a dwelling: "两个明确、一个关注" — how the
// flat is divided and used, who owner, sublessor and tenants are, and whether
// it is a point that keeps relapsing — and whether the 《群租法律风险告知书》
// (Attachment 1) was served, with a photo as proof.
import { emptyChecklist } from '../criteria/checklist.ts';
import { evaluateChecklist } from '../criteria/evaluate.ts';

export const SURVEY_OUTCOMES = ['surveyed', 'not_rented', 'no_access'] as const;
export type SurveyOutcome = (typeof SURVEY_OUTCOMES)[number];
export const SURVEY_OUTCOME_LABELS: Record<SurveyOutcome, string> = {
  surveyed: '已摸排（出租）',
  not_rented: '未出租（自住或空置）',
  no_access: '未能入户',
};

export const DWELLING_USES = ['whole_let', 'shared', 'by_room', 'by_bed', 'owner_occupied', 'vacant'] as const;
export type DwellingUse = (typeof DWELLING_USES)[number];
export const DWELLING_USE_LABELS: Record<DwellingUse, string> = {
  whole_let: '整套出租',
  shared: '合租',
  by_room: '按间出租',
  by_bed: '按床位出租',
  owner_occupied: '自住',
  vacant: '空置',
};
const RENTED_USES: readonly DwellingUse[] = ['whole_let', 'shared', 'by_room', 'by_bed'];

export interface SurveyVisitFacts {
  readonly outcome: SurveyOutcome;
  readonly use: DwellingUse | null;
  /** Rooms of the original design (室). */
  readonly originalRooms: number | null;
  /** Rooms found in use as bedrooms now; more than originalRooms = partitioned. */
  readonly currentRooms: number | null;
  readonly occupants: number | null;
  readonly noticeServed: boolean;
  /** The photo of the served notice (an attachment of the house). */
  readonly noticePhotoId: string | null;
}

export interface SurveyVisitProblem {
  readonly field: keyof SurveyVisitFacts;
  readonly message: string;
}

const MAX_ROOMS = 50;
const MAX_OCCUPANTS = 200;

function countProblem(field: keyof SurveyVisitFacts, label: string, value: number | null, max: number): SurveyVisitProblem[] {
  if (value === null) return [];
  return Number.isInteger(value) && value >= 0 && value <= max ? [] : [{ field, message: `${label}应为 0–${max} 的整数（现为 ${value}）。` }];
}

/** Everything wrong with a visit record, each naming its field; empty = it may be saved. */
export function surveyVisitProblems(v: SurveyVisitFacts): SurveyVisitProblem[] {
  const problems: SurveyVisitProblem[] = [
    ...countProblem('originalRooms', '原始房间数', v.originalRooms, MAX_ROOMS),
    ...countProblem('currentRooms', '现有房间数', v.currentRooms, MAX_ROOMS),
    ...countProblem('occupants', '居住人数', v.occupants, MAX_OCCUPANTS),
  ];
  if (v.outcome === 'surveyed') {
    if (v.use === null || !RENTED_USES.includes(v.use)) problems.push({ field: 'use', message: '已摸排的出租房屋须选择出租方式（整套、合租、按间或按床位）。' });
    if (v.currentRooms === null) problems.push({ field: 'currentRooms', message: '须填写现有房间数（明确房屋分隔使用情况）。' });
    if (v.occupants === null) problems.push({ field: 'occupants', message: '须填写居住人数。' });
  }
  if (v.outcome === 'not_rented' && v.use !== null && RENTED_USES.includes(v.use)) {
    problems.push({ field: 'use', message: '未出租的房屋只能是自住或空置。' });
  }
  if (v.noticeServed && v.noticePhotoId === null) problems.push({ field: 'noticePhotoId', message: '送达《群租法律风险告知书》须附送达照片。' });
  if (!v.noticeServed && v.noticePhotoId !== null) problems.push({ field: 'noticeServed', message: '附了送达照片却未勾选已送达告知书。' });
  return problems;
}

/** The flat is partitioned (分隔) when more rooms are in use as bedrooms than it was built with. */
export function isPartitioned(v: Pick<SurveyVisitFacts, 'originalRooms' | 'currentRooms'>): boolean | null {
  if (v.originalRooms === null || v.currentRooms === null) return null;
  return v.currentRooms > v.originalRooms;
}

/**
 * Whether what the visit saw already meets a group-rental criterion (疑似群租,
 * a lead for phase 2, not a finding): the official checklist rules run on
 * the few answers a survey collects; anything not asked stays "not checked".
 */
export function surveySuggestsGroupRental(v: SurveyVisitFacts, buildingAreaM2: number | null): boolean {
  if (v.outcome !== 'surveyed') return false;
  const evaluation = evaluateChecklist({
    ...emptyChecklist(),
    partitioned: isPartitioned(v),
    letByBed: v.use === null ? null : v.use === 'by_bed',
    originalRooms: v.originalRooms,
    occupants: v.occupants,
    buildingAreaM2,
  });
  return evaluation.verdict === 'group_rental';
}
