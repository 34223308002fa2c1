// The yes / no questions of the inspection checklist, in the order the form
// asks them and the document prints them. Each is answered 是 / 否 / 未查;
// 未查 (null) is a fact of its own — nobody checked — and must never be shown
// or printed as 否.
import { estimateLivingAreaM2 } from './capacity.ts';
import type { ChecklistAnswers } from './checklist.ts';
import type { GroupRentalCriterion } from './criteria.ts';

export type TriStateAnswer = boolean | null;

/** How a tri-state answer reads everywhere a person sees it. */
export function triStateLabel(answer: TriStateAnswer): '是' | '否' | '未查' {
  return answer === null ? '未查' : answer ? '是' : '否';
}

export interface ChecklistQuestion {
  /** Path of the answer in ChecklistAnswers (the form's field name). */
  readonly path: readonly ['dormitory' | 'partitioned' | 'letByBed' | 'legalDependants'] | readonly ['nonLivingSpacesLet', keyof ChecklistAnswers['nonLivingSpacesLet']];
  /** Number as printed: criterion number, then the question within it (`2-1`). */
  readonly number: string;
  readonly label: string;
  /** The criterion it bears on. */
  readonly criterion: GroupRentalCriterion;
}

export const CHECKLIST_QUESTIONS: readonly ChecklistQuestion[] = [
  { path: ['dormitory'], number: '1', label: '小区内设置单位宿舍', criterion: 'dormitory' },
  { path: ['partitioned'], number: '2-1', label: '原始设计房间隔断后出租', criterion: 'partition_or_bed' },
  { path: ['letByBed'], number: '2-2', label: '按床位出租', criterion: 'partition_or_bed' },
  { path: ['nonLivingSpacesLet', 'kitchen'], number: '3-1', label: '厨房出租供人居住', criterion: 'non_living_space' },
  { path: ['nonLivingSpacesLet', 'bathroom'], number: '3-2', label: '卫生间出租供人居住', criterion: 'non_living_space' },
  { path: ['nonLivingSpacesLet', 'balcony'], number: '3-3', label: '阳台出租供人居住', criterion: 'non_living_space' },
  { path: ['nonLivingSpacesLet', 'storage'], number: '3-4', label: '贮藏室或地下室出租供人居住', criterion: 'non_living_space' },
  { path: ['legalDependants'], number: '5-1', label: '同室居住者均为法定赡养、抚养、扶养关系', criterion: 'room_occupancy' },
];

/** The answer to one question. */
export function answerOf(answers: ChecklistAnswers, question: ChecklistQuestion): TriStateAnswer {
  const [head, sub] = question.path;
  if (head === 'nonLivingSpacesLet') return answers.nonLivingSpacesLet[sub as keyof ChecklistAnswers['nonLivingSpacesLet']];
  return answers[head];
}

export interface ChecklistFigures {
  /** Living area per person, m² (measured, or estimated from the building area); null when unknown. */
  readonly areaPerPersonM2: number | null;
  /** Whether areaPerPersonM2 is estimated from the building area rather than measured. */
  readonly areaEstimated: boolean;
  /** People per original-design room; null when unknown. */
  readonly peoplePerRoom: number | null;
}

/**
 * The two figures criteria 4 and 5 turn on, as the form shows them while the
 * inspector types: area per person and people per room. A studio counts as one room.
 */
export function checklistFigures(a: Pick<ChecklistAnswers, 'occupants' | 'originalRooms' | 'livingAreaM2' | 'buildingAreaM2'>): ChecklistFigures {
  const people = a.occupants;
  const living = a.livingAreaM2 ?? (a.buildingAreaM2 === null ? null : estimateLivingAreaM2(a.buildingAreaM2));
  return {
    areaPerPersonM2: people === null || people === 0 || living === null ? null : living / people,
    areaEstimated: a.livingAreaM2 === null && a.buildingAreaM2 !== null,
    peoplePerRoom: people === null || a.originalRooms === null ? null : people / Math.max(1, a.originalRooms),
  };
}
