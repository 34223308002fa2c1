// The fields each document's template may use, with Chinese labels: the admin
// sees this list when editing, validateTemplate checks placeholders against
// it, and renderDocument names missing fields with these labels.
import type { FieldCatalogue } from '../template/types.ts';
import type { DocumentKind } from './kinds.ts';

const COMMON: FieldCatalogue = {
  documentNumber: { label: '文号' },
  caseNumber: { label: '案件编号' },
  subdistrict: { label: '街道' },
  address: { label: '房屋地址' },
  recipients: { label: '被告知人（称呼）' },
  parties: { label: '当事人', rowFields: { role: '身份', name: '姓名', phone: '联系电话' } },
  issuingUnit: { label: '发文机关' },
  servingUnit: { label: '送达单位' },
  servers: { label: '送达人' },
  issuedDate: { label: '发文日期' },
  contactPhone: { label: '联系电话' },
  criteria: { label: '群租认定标准', rowFields: { index: '序号', label: '标准' } },
};

const DEADLINE: FieldCatalogue = {
  servedDate: { label: '送达日期' },
  deadlineDate: { label: '期限届满日期' },
  deadlineWorkingDays: { label: '期限（工作日数）' },
};

export const DOCUMENT_FIELDS: Record<DocumentKind, FieldCatalogue> = {
  legal_risk_notice: { ...COMMON },
  rectification_notice: {
    ...COMMON,
    ...DEADLINE,
    violations: { label: '群租情形', rowFields: { criterion: '认定标准', detail: '具体情形' } },
  },
  population_registration_notice: { ...COMMON, ...DEADLINE, registrationPlace: { label: '登记地点' } },
  rental_filing_notice: { ...COMMON, ...DEADLINE, filingPlace: { label: '备案地点' } },
  inspection_checklist: {
    ...COMMON,
    inspectedDate: { label: '检查日期' },
    inspectors: { label: '检查人员（姓名、单位）' },
    originalRooms: { label: '原始设计房间数' },
    occupants: { label: '现场居住人数' },
    buildingArea: { label: '建筑面积' },
    livingArea: { label: '居住面积' },
    areaPerPerson: { label: '人均居住面积' },
    peoplePerRoom: { label: '每间居住人数（平均）' },
    answerRows: { label: '现场逐项核查（是 / 否 / 未查）', rowFields: { number: '序号', question: '核查事项', answer: '核查结果' } },
    checklistRows: { label: '认定标准核查', rowFields: { index: '序号', criterion: '认定标准', finding: '检查结果', detail: '具体情况' } },
    verdict: { label: '检查结论' },
    scaleLetting: { label: '规模化租赁提示' },
    unanswered: { label: '尚未核查的标准' },
  },
};
