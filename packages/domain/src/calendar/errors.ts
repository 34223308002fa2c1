import { DomainError } from '../errors.ts';

/**
 * A working-day computation reached a year for which neither the chinese-days
 * package nor the admin's override table holds the State Council calendar.
 * We refuse rather than guess from weekends alone: a guessed deadline could
 * fall on a holiday or skip a 调休 working Saturday.
 */
export class CalendarYearNotCoveredError extends DomainError {
  readonly code = 'calendar.year_not_covered';
  constructor(readonly year: number) {
    super(
      `${year} 年的法定节假日安排尚未录入：请管理员按国务院办公厅通知在"节假日调整表"中录入该年的放假和调休上班日期。`,
    );
  }
}

export class InvalidWorkingDayCountError extends DomainError {
  readonly code = 'calendar.invalid_count';
  constructor(readonly count: number) {
    super(`工作日数必须是非负整数，收到 ${count}。`);
  }
}

export interface CalendarOverrideIssue {
  /** Index of the entry in the list the admin submitted (0-based). */
  readonly index: number;
  readonly field: 'date' | 'kind' | 'note';
  readonly message: string;
}

export class InvalidCalendarOverridesError extends DomainError {
  readonly code = 'calendar.invalid_overrides';
  constructor(readonly issues: readonly CalendarOverrideIssue[]) {
    super(
      `节假日调整表有 ${issues.length} 处错误：` +
        issues.map((i) => `第 ${i.index + 1} 条 ${i.field}：${i.message}`).join('；'),
    );
  }
}
