// 工作通报 and 考核: the bulletin figures of a period (GET /api/bulletins),
// their printed / spreadsheet forms, and the annual assessment (GET
// /api/assessment). Shapes: @sentinel/contract.
import type {
  Assessment, AssessmentUnit, Bulletin, BulletinFigures, BulletinFormat, BulletinQuery, DaysSummary, Deduction, NeighborhoodFigures, Rate,
} from '@sentinel/contract';
import { get, post, withQuery } from '../../app/request.ts';

export type {
  Assessment, AssessmentUnit, Bulletin as BulletinResponse, BulletinFigures, BulletinFormat, BulletinQuery, DaysSummary, Deduction, NeighborhoodFigures, Rate,
};

export const fetchBulletin = (q: BulletinQuery, signal?: AbortSignal) => get<Bulletin>('/api/bulletins', { ...q }, signal);

/** 出具通报: takes the subdistrict office's 文号 once for this period and scope. */
export const issueBulletin = (q: BulletinQuery) => post<Bulletin>('/api/bulletins/issue', q);

export const bulletinFileUrl = (q: BulletinQuery, format: BulletinFormat) => withQuery(`/api/bulletins.${format}`, { ...q });

export const fetchAssessment = (year: number, signal?: AbortSignal) => get<Assessment>('/api/assessment', { year }, signal);
