// The admin-editable override table. The State Council publishes next year's
// holidays late each year, and the chinese-days package needs a release to
// catch up (1.5.7 stops at 2026), so staff enter the notice themselves.
// An override always wins over the package.
import { isoToDay } from '../time.ts';
import { InvalidCalendarOverridesError, type CalendarOverrideIssue } from './errors.ts';

export const CALENDAR_OVERRIDE_KINDS = ['holiday', 'workday'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];

export const CALENDAR_OVERRIDE_KIND_LABELS: Record<CalendarOverrideKind, string> = {
  holiday: '放假',
  workday: '调休上班',
};

export interface CalendarOverride {
  /** `YYYY-MM-DD`, a day in Asia/Shanghai. */
  readonly date: string;
  readonly kind: CalendarOverrideKind;
  /** Free text for staff, e.g. `2027 春节` or the notice number 国办发明电〔2026〕x号. */
  readonly note: string;
}

/** The admin's note, else what the override does (放假 / 调休上班). */
export function overrideLabel(o: CalendarOverride): string {
  return o.note || CALENDAR_OVERRIDE_KIND_LABELS[o.kind];
}

/** Overrides keyed by Shanghai day number, plus the years they cover. */
export interface CompiledOverrides {
  readonly byDay: ReadonlyMap<number, CalendarOverride>;
  readonly years: ReadonlySet<number>;
}

/** Every problem of an override list, for the admin form; empty when valid. */
export function validateCalendarOverrides(list: readonly CalendarOverride[]): CalendarOverrideIssue[] {
  const issues: CalendarOverrideIssue[] = [];
  const seen = new Map<number, number>();
  list.forEach((entry, index) => {
    const day = isoToDay(entry.date);
    if (Number.isNaN(day)) {
      issues.push({ index, field: 'date', message: `日期 "${entry.date}" 不是有效的 YYYY-MM-DD` });
    } else {
      const first = seen.get(day);
      if (first !== undefined) {
        issues.push({ index, field: 'date', message: `日期 ${entry.date} 与第 ${first + 1} 条重复` });
      } else {
        seen.set(day, index);
      }
    }
    if (!(CALENDAR_OVERRIDE_KINDS as readonly string[]).includes(entry.kind)) {
      issues.push({ index, field: 'kind', message: `类型 "${String(entry.kind)}" 应为 holiday（放假）或 workday（调休上班）` });
    }
    if (typeof entry.note !== 'string') {
      issues.push({ index, field: 'note', message: '备注必须是文本' });
    }
  });
  return issues;
}

/**
 * Checks and indexes an override list. Any entry in a year marks that whole
 * year as entered by the admin: the calendar then trusts ordinary weekends for
 * the days not listed, exactly as it does for package years.
 * @throws InvalidCalendarOverridesError when the list has an invalid entry.
 */
export function compileOverrides(list: readonly CalendarOverride[]): CompiledOverrides {
  const issues = validateCalendarOverrides(list);
  if (issues.length > 0) throw new InvalidCalendarOverridesError(issues);
  const byDay = new Map<number, CalendarOverride>();
  const years = new Set<number>();
  for (const entry of list) {
    byDay.set(isoToDay(entry.date), entry);
    years.add(Number(entry.date.slice(0, 4)));
  }
  return { byDay, years };
}
