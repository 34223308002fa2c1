export { loadWorkingCalendar, calendarFor } from './working-calendar.ts';
export { listCalendarOverrides, setCalendarYear, type CalendarOverridesView } from './calendar-overrides.ts';
