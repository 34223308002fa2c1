// 工作通报 and 考核: the bulletin figures of a period (GET /api/bulletins),
// their printed / spreadsheet forms, and the annual assessment (GET
// /api/assessment). Shapes follow packages/server/src/routes/document-schemas.ts.
import { get, withQuery } from '../../app/request.ts';

/** A rate with its parts (the bulletin prints 7/8 and 87.5%). */
export interface Rate {
  numerator: number;
  denominator: number;
  /** 0..1; null when the denominator is 0. */
  rate: number | null;
}

export interface DaysSummary {
  count: number;
  median: number | null;
  mean: number | null;
}

export interface BulletinFigures {
  discovered: number;
  confirmed: number;
  proactiveDiscovery: Rate;
  disposal: Rate;
  visibility: Rate;
  relapse: Rate;
  onsetToDiscoveryDays: DaysSummary;
  discoveryToRectificationDays: DaysSummary;
  alertsRaised: number;
  alertConfirmation: Rate;
  complaints12345: number;
}

export interface NeighborhoodFigures {
  neighborhood: string;
  figures: BulletinFigures;
  /** 0..100 */
  score: number;
  /** 1 = best. */
  rank: number;
}

export interface BulletinResponse {
  jurisdiction: string;
  from: string;
  to: string;
  bulletin: {
    period: { fromDay: number; toDay: number };
    overall: BulletinFigures;
    neighborhoods: NeighborhoodFigures[];
  };
}

export interface BulletinQuery {
  /** YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  neighborhood?: string;
}

export type BulletinFormat = 'pdf' | 'docx' | 'xlsx';

export const fetchBulletin = (q: BulletinQuery, signal?: AbortSignal) => get<BulletinResponse>('/api/bulletins', { ...q }, signal);

export const bulletinFileUrl = (q: BulletinQuery, format: BulletinFormat) => withQuery(`/api/bulletins.${format}`, { ...q });

export interface AssessmentUnit {
  role: string;
  name: string;
}

export interface Deduction {
  ruleId: string;
  ruleLabel: string;
  kind: string;
  unit: AssessmentUnit;
  /** Shanghai day number. */
  day: number;
  points: number;
  /** The rule's yearly cap was reached: this deduction counts less or nothing. */
  capped: boolean;
  evidence: { caseId: string | null; taskId: string | null; refusalId: string | null; description: string };
}

export interface Assessment {
  year: number;
  from: string;
  to: string;
  asOf: string;
  deductions: Deduction[];
  units: { unit: AssessmentUnit; deducted: number; score: number; deductions: number }[];
}

export const fetchAssessment = (year: number, signal?: AbortSignal) => get<Assessment>('/api/assessment', { year }, signal);
