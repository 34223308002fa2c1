export { loadWorkingCalendar, calendarFor } from './working-calendar.ts';
export {
  clearCalendarDay, getCalendarYear, listCalendarOverrides, setCalendarDay, setCalendarYear, type CalendarOverridesView,
} from './calendar-overrides.ts';
