// 工作通报 and 考核: the bulletin figures of a period (GET /api/bulletins),
// their printed / spreadsheet forms, and the annual assessment (GET
// /api/assessment). Shapes: @sentinel/contract.
import type {
  Assessment, AssessmentUnit, Bulletin, BulletinFigures, BulletinFormat, BulletinQuery, DaysSummary, Deduction, NeighborhoodFigures, Rate,
} from '@sentinel/contract';
import { get, withQuery } from '../../app/request.ts';

export type {
  Assessment, AssessmentUnit, Bulletin as BulletinResponse, BulletinFigures, BulletinFormat, BulletinQuery, DaysSummary, Deduction, NeighborhoodFigures, Rate,
};

export const fetchBulletin = (q: BulletinQuery, signal?: AbortSignal) => get<Bulletin>('/api/bulletins', { ...q }, signal);

export const bulletinFileUrl = (q: BulletinQuery, format: BulletinFormat) => withQuery(`/api/bulletins.${format}`, { ...q });

export const fetchAssessment = (year: number, signal?: AbortSignal) => get<Assessment>('/api/assessment', { year }, signal);
