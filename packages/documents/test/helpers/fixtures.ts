// Facts of one confirmed group rental, shared by the document tests. Built
// fresh by each call so no test can change another's data.
import { emptyChecklist, evaluateChecklist, isoToDay, type ChecklistAnswers } from '@sentinel/domain';
import type { DocumentCommonInput, DocumentRequest } from '../../src/index.ts';

export const SERVED = isoToDay('2026-09-30');
export const ADDRESS = '汾西路261弄12号301室';
export const NUMBER = '上钢群整〔2026〕第0012号';
export const CASE_NUMBER = '上钢群租〔2026〕0007号';

export function common(): DocumentCommonInput {
  return {
    documentNumber: NUMBER,
    caseNumber: CASE_NUMBER,
    subdistrict: '上钢新村街道',
    address: ADDRESS,
    parties: [
      { role: 'owner', name: '张建国' },
      { role: 'sublessor', name: '李二房', phone: '13800001234' },
      { role: 'tenant', name: '王小明' },
      { role: 'tenant', name: '赵小红' },
    ],
    issuingUnit: '上钢新村街道办事处',
    issuedDay: SERVED,
    contactPhone: '021-58800000',
  };
}

export function groupRentalAnswers(): ChecklistAnswers {
  return {
    ...emptyChecklist(),
    dormitory: false,
    partitioned: true,
    letByBed: false,
    nonLivingSpacesLet: { kitchen: false, bathroom: false, balcony: true, storage: false },
    originalRooms: 2,
    occupants: 9,
    legalDependants: false,
    buildingAreaM2: 60,
  };
}

/** One request of each of the five kinds. */
export function allRequests(): DocumentRequest[] {
  const c = common();
  return [
    { kind: 'legal_risk_notice', input: c },
    { kind: 'rectification_notice', input: { ...c, servedDay: SERVED, violations: evaluateChecklist(groupRentalAnswers()).violations } },
    { kind: 'population_registration_notice', input: { ...c, servedDay: SERVED, registrationPlace: '上钢新村派出所' } },
    { kind: 'rental_filing_notice', input: { ...c, servedDay: SERVED, filingPlace: '上钢新村街道社区事务受理服务中心' } },
    { kind: 'inspection_checklist', input: { ...c, inspectedDay: isoToDay('2026-09-29'), inspectors: '王**（上钢一居委会）、陈**（物业）', answers: groupRentalAnswers() } },
  ];
}
