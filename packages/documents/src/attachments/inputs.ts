// Typed inputs of the five documents: what the caller (services) takes from
// the case, the house and the user, before any wording is applied.
import type { ChecklistAnswers, CriterionViolation, InterviewParty, WorkingCalendar } from '@sentinel/domain';
import type { DocumentKind } from './kinds.ts';

/** A person named on a document. Names are printed as given: mask them first (maskPersonName) for notices posted on a door. */
export interface DocumentParty {
  /** 业主, 二房东 or 租户 (the domain's INTERVIEW_PARTIES). */
  readonly role: InterviewParty;
  readonly name: string;
  readonly phone?: string | null;
}

/** What every one of the five documents carries. */
export interface DocumentCommonInput {
  /** 文号, e.g. from nextDocumentNumber: `上钢群整〔2026〕第0012号`. */
  readonly documentNumber: string;
  /** Official number of the case the document belongs to, e.g. `临汾群租〔2026〕0001号`. */
  readonly caseNumber: string;
  /** 街道, e.g. `上钢新村街道`. */
  readonly subdistrict: string;
  readonly address: string;
  readonly parties: readonly DocumentParty[];
  /** 发文机关 (版头 and 落款): the authority that may issue it, e.g. `上钢新村街道办事处` or `上钢新村街道综合执法队` (issuerUnitName); never a 居委会. */
  readonly issuingUnit: string;
  /** 送达单位: who hands the document over, e.g. the case's `汾西居民区居委会`; the line is left out when absent. */
  readonly servingUnit?: string | null;
  /** 送达人, named people with their unit once served, e.g. `王小明（汾西居民区居委会）`; blank (to sign on paper) before. */
  readonly servers?: string | null;
  /** Issue day, Shanghai day number. */
  readonly issuedDay: number;
  /** Phone number printed for questions; the line is left out when absent. */
  readonly contactPhone?: string | null;
}

/** A notice with a deadline counted in working days from the day it is served. */
export interface DeadlineNoticeInput extends DocumentCommonInput {
  /** Day the notice is handed over or posted (Shanghai day number); day 0 of the count. */
  readonly servedDay: number;
  /** Working days given; default DEFAULT_CASE_POLICY.deadlineDays.rectification (5, the plan's 一般五日内). */
  readonly workingDays?: number;
}

export type LegalRiskNoticeInput = DocumentCommonInput;

export interface RectificationNoticeInput extends DeadlineNoticeInput {
  /** The violations found, as evaluateChecklist reports them. */
  readonly violations: readonly CriterionViolation[];
}

export interface PopulationRegistrationNoticeInput extends DeadlineNoticeInput {
  /** Where to register, e.g. `上钢新村派出所` or `XX居民区警务室`. */
  readonly registrationPlace: string;
}

export interface RentalFilingNoticeInput extends DeadlineNoticeInput {
  /** Where to file, e.g. `上钢新村街道社区事务受理服务中心`. */
  readonly filingPlace: string;
}

export interface InspectionChecklistInput extends DocumentCommonInput {
  /** Day of the on-site inspection, Shanghai day number. */
  readonly inspectedDay: number;
  /** Inspectors and their units, as printed, e.g. `王** （上钢一居委会）、李**（物业）`. */
  readonly inspectors: string;
  readonly answers: ChecklistAnswers;
}

/** One document to generate: its kind and its input. */
export type DocumentRequest =
  | { readonly kind: 'legal_risk_notice'; readonly input: LegalRiskNoticeInput }
  | { readonly kind: 'rectification_notice'; readonly input: RectificationNoticeInput }
  | { readonly kind: 'population_registration_notice'; readonly input: PopulationRegistrationNoticeInput }
  | { readonly kind: 'rental_filing_notice'; readonly input: RentalFilingNoticeInput }
  | { readonly kind: 'inspection_checklist'; readonly input: InspectionChecklistInput };

export interface DocumentBuildOptions {
  /** The subdistrict's calendar with the admin's overrides; default createWorkingCalendar(). */
  readonly calendar?: WorkingCalendar;
}

// Compile-time check that the union covers every kind.
type _Covered = DocumentRequest['kind'] extends DocumentKind ? (DocumentKind extends DocumentRequest['kind'] ? true : never) : never;
export const DOCUMENT_REQUEST_COVERS_ALL_KINDS: _Covered = true;
