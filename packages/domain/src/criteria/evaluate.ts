// Turns the checklist into a verdict. Each criterion answers one of three
// ways: violated (with a Chinese detail for the record), clear, or unknown.
// Any violation makes the dwelling a group rental; clearing it needs all five
// criteria answered.
import type { ChecklistAnswers, RoomAnswer } from './checklist.ts';
import { estimateLivingAreaM2, isScaleLetting, LIVING_AREA_SHARE_OF_BUILDING_AREA } from './capacity.ts';
import { GROUP_RENTAL_CRITERIA, MAX_OCCUPANTS_PER_ROOM, MIN_LIVING_AREA_PER_PERSON_M2, type GroupRentalCriterion } from './criteria.ts';

export const CHECKLIST_VERDICTS = ['group_rental', 'not_group_rental', 'incomplete'] as const;
export type ChecklistVerdict = (typeof CHECKLIST_VERDICTS)[number];

export const CHECKLIST_VERDICT_LABELS: Record<ChecklistVerdict, string> = {
  group_rental: '认定为群租',
  not_group_rental: '不属于群租',
  incomplete: '检查表未填完整，无法认定',
};

export interface CriterionViolation {
  readonly criterion: GroupRentalCriterion;
  /** Chinese, for the inspection record, e.g. `「北间」居住 4 人`. */
  readonly detail: string;
}

export interface ChecklistEvaluation {
  readonly verdict: ChecklistVerdict;
  readonly violations: readonly CriterionViolation[];
  /** Criteria the answers leave open (no violation found, but not cleared either). */
  readonly unanswered: readonly GroupRentalCriterion[];
  /** 10+ rooms or 15+ people: large-scale letting duties apply (independent of the verdict). */
  readonly scaleLetting: boolean;
}

type Finding = { readonly violated: string[] } | 'clear' | 'unknown';

const fmt = (x: number): string => (Math.round(x * 10) / 10).toString();

function dormitory(a: ChecklistAnswers): Finding {
  if (a.dormitory === null) return 'unknown';
  return a.dormitory ? { violated: ['在住宅小区内设置单位宿舍'] } : 'clear';
}

function partitionOrBed(a: ChecklistAnswers): Finding {
  const found: string[] = [];
  if (a.partitioned === true) found.push('原始设计房间被隔断后出租');
  if (a.letByBed === true) found.push('按床位出租');
  if (found.length > 0) return { violated: found };
  return a.partitioned === false && a.letByBed === false ? 'clear' : 'unknown';
}

const SPACE_LABELS: Record<keyof ChecklistAnswers['nonLivingSpacesLet'], string> = {
  kitchen: '厨房',
  bathroom: '卫生间',
  balcony: '阳台',
  storage: '贮藏室或地下室',
};

function nonLivingSpace(a: ChecklistAnswers): Finding {
  const entries = Object.entries(a.nonLivingSpacesLet) as [keyof typeof SPACE_LABELS, boolean | null][];
  const let_ = entries.filter(([, v]) => v === true).map(([k]) => SPACE_LABELS[k]);
  if (let_.length > 0) return { violated: [`${let_.join('、')}出租供人居住`] };
  return entries.every(([, v]) => v === false) ? 'clear' : 'unknown';
}

const itemised = (a: ChecklistAnswers): readonly RoomAnswer[] | null => (a.rooms && a.rooms.length > 0 ? a.rooms : null);

function roomOccupancy(a: ChecklistAnswers): Finding {
  const rooms = itemised(a);
  if (rooms) {
    const over = rooms.filter((r) => r.occupants > MAX_OCCUPANTS_PER_ROOM && !r.legalDependants);
    return over.length > 0 ? { violated: over.map((r) => `「${r.label}」居住 ${r.occupants} 人，超过每间 2 人`) } : 'clear';
  }
  if (a.occupants === null || a.originalRooms === null) return 'unknown';
  const roomCount = Math.max(1, a.originalRooms);
  // Pigeonhole: more than 2 per room on average means some room holds more
  // than 2. At or below the average we assume people spread over the rooms;
  // inspectors itemise rooms when they do not.
  if (a.occupants <= roomCount * MAX_OCCUPANTS_PER_ROOM) return 'clear';
  if (a.legalDependants === true) return 'clear';
  if (a.legalDependants === null) return 'unknown';
  return { violated: [`${roomCount} 间原始房间居住 ${a.occupants} 人，超过每间 2 人，且非法定赡养、抚养、扶养关系`] };
}

function livingArea(a: ChecklistAnswers): Finding {
  const rooms = itemised(a);
  if (rooms) {
    const measured = rooms.filter((r) => r.areaM2 !== null && r.occupants > 0);
    const tight = measured.filter((r) => (r.areaM2 as number) / r.occupants < MIN_LIVING_AREA_PER_PERSON_M2);
    if (tight.length > 0) {
      return { violated: tight.map((r) => `「${r.label}」${fmt(r.areaM2 as number)} m² 住 ${r.occupants} 人，人均 ${fmt((r.areaM2 as number) / r.occupants)} m²`) };
    }
    if (measured.length === rooms.filter((r) => r.occupants > 0).length) return 'clear';
    // Some rooms unmeasured: fall through to the dwelling-level figure.
  }
  if (a.occupants === null) return 'unknown';
  if (a.occupants === 0) return 'clear';
  let living: number;
  let basis: string;
  if (a.livingAreaM2 !== null) {
    living = a.livingAreaM2;
    basis = `实测居住面积 ${fmt(living)} m²`;
  } else if (a.buildingAreaM2 !== null) {
    living = estimateLivingAreaM2(a.buildingAreaM2);
    basis = `按建筑面积 ${fmt(a.buildingAreaM2)} m² × ${LIVING_AREA_SHARE_OF_BUILDING_AREA} 估算居住面积 ${fmt(living)} m²`;
  } else {
    return 'unknown';
  }
  const perPerson = living / a.occupants;
  // Pigeonhole again: an average below 5 m² means some room is below 5 m².
  if (perPerson < MIN_LIVING_AREA_PER_PERSON_M2) {
    return { violated: [`居住 ${a.occupants} 人，人均居住面积约 ${fmt(perPerson)} m²（${basis}）`] };
  }
  // An average above the limit proves nothing room by room; only itemised rooms can.
  return rooms ? 'unknown' : 'clear';
}

const CHECKS: Record<GroupRentalCriterion, (a: ChecklistAnswers) => Finding> = {
  dormitory,
  partition_or_bed: partitionOrBed,
  non_living_space: nonLivingSpace,
  living_area: livingArea,
  room_occupancy: roomOccupancy,
};

/** The verdict of an inspection checklist under the five official criteria. */
export function evaluateChecklist(answers: ChecklistAnswers): ChecklistEvaluation {
  const violations: CriterionViolation[] = [];
  const unanswered: GroupRentalCriterion[] = [];
  for (const criterion of GROUP_RENTAL_CRITERIA) {
    const finding = CHECKS[criterion](answers);
    if (finding === 'unknown') unanswered.push(criterion);
    else if (finding !== 'clear') for (const detail of finding.violated) violations.push({ criterion, detail });
  }
  const verdict: ChecklistVerdict = violations.length > 0 ? 'group_rental' : unanswered.length > 0 ? 'incomplete' : 'not_group_rental';
  const roomsLet = answers.rooms && answers.rooms.length > 0 ? answers.rooms.length : answers.originalRooms;
  return { verdict, violations, unanswered, scaleLetting: isScaleLetting({ roomsLet, occupants: answers.occupants }) };
}
