// 工作日历 (GET /api/admin/calendar/:year/days, PUT / DELETE
// /api/admin/calendar/days/:date): every answer is the whole year again, so
// the page redraws from what the server now uses for deadlines.
import type { CalendarDayBody, CalendarYear, CalendarYearDay } from '@sentinel/contract';
import { get, request } from '../../app/request.ts';

export type { CalendarDayBody, CalendarYear, CalendarYearDay };

const dayPath = (date: string) => `/api/admin/calendar/days/${encodeURIComponent(date)}`;

export const fetchCalendarYear = (year: number, signal?: AbortSignal) => get<CalendarYear>(`/api/admin/calendar/${year}/days`, undefined, signal);
export const setCalendarDay = (date: string, body: CalendarDayBody) => request<CalendarYear>(dayPath(date), { method: 'PUT', body });
export const clearCalendarDay = (date: string) => request<CalendarYear>(dayPath(date), { method: 'DELETE' });
