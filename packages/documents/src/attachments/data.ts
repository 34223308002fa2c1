// From typed input to template fields: the one place where facts become the
// text a template prints (dates in Chinese, deadlines on the working-day
// calendar, party lists, checklist findings).
import {
  answerOf,
  CHECKLIST_QUESTIONS,
  CRITERION_LABELS,
  CHECKLIST_VERDICT_LABELS,
  DEFAULT_CASE_POLICY,
  GROUP_RENTAL_CRITERIA,
  INTERVIEW_PARTIES,
  INTERVIEW_PARTY_LABELS,
  createWorkingCalendar,
  checklistFigures,
  estimateLivingAreaM2,
  evaluateChecklist,
  triStateLabel,
  type ChecklistAnswers,
  type WorkingCalendar,
} from '@sentinel/domain';
import { formatChineseDate } from '../format/chinese-date.ts';
import type { TemplateData, TemplateRecord } from '../template/types.ts';
import type { DeadlineNoticeInput, DocumentBuildOptions, DocumentCommonInput, DocumentRequest, InspectionChecklistInput } from './inputs.ts';

/**
 * Due day of a notice: the N-th working day after the day it was served (the
 * domain's deadline rule; served 2026-09-30 with 5 → 2026-10-13).
 * @throws CalendarYearNotCoveredError when the calendar lacks a year it needs.
 */
export function noticeDeadlineDay(servedDay: number, workingDays: number = DEFAULT_CASE_POLICY.deadlineDays.rectification, calendar: WorkingCalendar = createWorkingCalendar()): number {
  return calendar.addWorkingDays(servedDay, workingDays);
}

/** `业主张**，二房东李**，租户王**、赵**` — grouped by role in a fixed order; a generic address when nobody is named. */
export function recipientsLine(parties: DocumentCommonInput['parties']): string {
  const groups = INTERVIEW_PARTIES.map((role) => {
    const names = parties.filter((p) => p.role === role).map((p) => p.name.trim()).filter((n) => n.length > 0);
    return names.length > 0 ? `${INTERVIEW_PARTY_LABELS[role]}${names.join('、')}` : null;
  }).filter((g): g is string => g !== null);
  return groups.length > 0 ? groups.join('，') : '房屋业主、转租人及承租人';
}

function commonData(input: DocumentCommonInput): Record<string, TemplateData[string]> {
  return {
    documentNumber: input.documentNumber,
    caseNumber: input.caseNumber,
    subdistrict: input.subdistrict,
    address: input.address,
    recipients: recipientsLine(input.parties),
    parties: input.parties.map((p): TemplateRecord => ({ role: INTERVIEW_PARTY_LABELS[p.role], name: p.name, phone: p.phone ?? '' })),
    issuingUnit: input.issuingUnit,
    servingUnit: input.servingUnit ?? '',
    servers: input.servers ?? '',
    issuedDate: formatChineseDate(input.issuedDay),
    contactPhone: input.contactPhone ?? '',
    criteria: GROUP_RENTAL_CRITERIA.map((c, i): TemplateRecord => ({ index: String(i + 1), label: CRITERION_LABELS[c] })),
  };
}

function deadlineData(input: DeadlineNoticeInput, calendar: WorkingCalendar): Record<string, string> {
  const workingDays = input.workingDays ?? DEFAULT_CASE_POLICY.deadlineDays.rectification;
  return {
    servedDate: formatChineseDate(input.servedDay),
    deadlineDate: formatChineseDate(noticeDeadlineDay(input.servedDay, workingDays, calendar)),
    deadlineWorkingDays: String(workingDays),
  };
}

const m2 = (x: number): string => `${Math.round(x * 10) / 10} 平方米`;

function areaLines(a: ChecklistAnswers): { buildingArea: string; livingArea: string } {
  const buildingArea = a.buildingAreaM2 === null ? '未登记' : m2(a.buildingAreaM2);
  if (a.livingAreaM2 !== null) return { buildingArea, livingArea: `${m2(a.livingAreaM2)}（实测）` };
  if (a.buildingAreaM2 !== null) return { buildingArea, livingArea: `约 ${m2(estimateLivingAreaM2(a.buildingAreaM2))}（按建筑面积估算）` };
  return { buildingArea, livingArea: '未测量' };
}

function checklistData(input: InspectionChecklistInput): Record<string, TemplateData[string]> {
  const a = input.answers;
  const evaluation = evaluateChecklist(a);
  const rows = GROUP_RENTAL_CRITERIA.map((criterion, i): TemplateRecord => {
    const details = evaluation.violations.filter((v) => v.criterion === criterion).map((v) => v.detail);
    const open = evaluation.unanswered.includes(criterion);
    return {
      index: String(i + 1),
      criterion: CRITERION_LABELS[criterion],
      finding: details.length > 0 ? '存在' : open ? '未查' : '不存在',
      detail: details.length > 0 ? details.join('；') : '—',
    };
  });
  const roomsLine = a.rooms && a.rooms.length > 0
    ? `${a.originalRooms ?? '—'}（逐间登记 ${a.rooms.length} 间：${a.rooms.map((r) => `${r.label}${r.occupants}人${r.areaM2 === null ? '' : `/${r.areaM2}平方米`}`).join('，')}）`
    : a.originalRooms === null ? '未查' : String(a.originalRooms);
  const figures = checklistFigures(a);
  return {
    inspectedDate: formatChineseDate(input.inspectedDay),
    inspectors: input.inspectors,
    originalRooms: roomsLine,
    occupants: a.occupants === null ? '未查' : `${a.occupants} 人`,
    ...areaLines(a),
    areaPerPerson: figures.areaPerPersonM2 === null ? '无法计算' : `${m2(figures.areaPerPersonM2)}${figures.areaEstimated ? '（按估算居住面积）' : ''}`,
    peoplePerRoom: figures.peoplePerRoom === null ? '无法计算' : `${Math.round(figures.peoplePerRoom * 10) / 10} 人`,
    // Every question as answered on site: 未查 prints as 未查, never as 否.
    answerRows: CHECKLIST_QUESTIONS.map((q): TemplateRecord => ({ number: q.number, question: q.label, answer: triStateLabel(answerOf(a, q)) })),
    checklistRows: rows,
    verdict: CHECKLIST_VERDICT_LABELS[evaluation.verdict],
    scaleLetting: evaluation.scaleLetting ? '出租房间达 10 间或居住人数达 15 人，属规模化租赁，应按规定办理登记备案。' : '',
    unanswered: evaluation.unanswered.map((c) => CRITERION_LABELS[c]).join('；'),
  };
}

/**
 * The template fields of one document request.
 * @throws CalendarYearNotCoveredError when a deadline reaches a year without calendar data.
 */
export function buildDocumentData(request: DocumentRequest, options: DocumentBuildOptions = {}): TemplateData {
  const calendar = options.calendar ?? createWorkingCalendar();
  const base = commonData(request.input);
  switch (request.kind) {
    case 'legal_risk_notice':
      return base;
    case 'rectification_notice':
      return {
        ...base,
        ...deadlineData(request.input, calendar),
        violations: request.input.violations.map((v): TemplateRecord => ({ criterion: CRITERION_LABELS[v.criterion], detail: v.detail })),
      };
    case 'population_registration_notice':
      return { ...base, ...deadlineData(request.input, calendar), registrationPlace: request.input.registrationPlace };
    case 'rental_filing_notice':
      return { ...base, ...deadlineData(request.input, calendar), filingPlace: request.input.filingPlace };
    case 'inspection_checklist':
      return { ...base, ...checklistData(request.input) };
  }
}
