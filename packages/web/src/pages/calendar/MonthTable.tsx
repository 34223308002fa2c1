// One month of the 工作日历 as a wall calendar (Monday first): 休 on a day
// off that is not an ordinary weekend day, 班 on a worked weekend day, and a
// blue frame on each day the administrator changed. Every day is a button
// that opens the edit dialog.
import type { CSSProperties } from 'react';
import { Tooltip } from 'antd';
import type { CalendarYearDay } from './service.ts';
import { dayMark, WEEKDAY_NAMES, weekdayName, type MonthGrid } from './months.ts';

const CELL: CSSProperties = {
  width: '100%', minHeight: 38, padding: '2px 0', border: '1px solid transparent', borderRadius: 4,
  cursor: 'pointer', lineHeight: 1.2, fontSize: 13, background: 'transparent',
};

function cellStyle(d: CalendarYearDay): CSSProperties {
  const mark = dayMark(d);
  const style: CSSProperties = { ...CELL };
  if (mark === '休') Object.assign(style, { background: '#fff1f0', color: '#cf1322' });
  else if (mark === '班') Object.assign(style, { background: '#fff7e6', color: '#ad4e00' });
  else if (!d.working) style.color = '#8c8c8c';
  if (d.source === 'override') style.border = '2px solid #1677ff';
  return style;
}

export function describeDay(d: CalendarYearDay): string {
  const status = d.working ? '上班' : '休息';
  const changed = d.source === 'override' ? `（已调整，官方：${d.officialLabel ?? ''}）` : '';
  return `${d.date} ${weekdayName(d.date)} ${status} ${d.label}${changed}`;
}

export function MonthTable({ grid, onPick }: { grid: MonthGrid; onPick: (d: CalendarYearDay) => void }) {
  return (
    <section data-testid="calendar-month" aria-label={`${grid.month}月`} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 8, minWidth: 0 }}>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{grid.month}月</div>
      <table style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 2, textAlign: 'center' }}>
        <thead>
          <tr>{WEEKDAY_NAMES.map((w, i) => <th key={w} style={{ fontWeight: 400, fontSize: 12, color: i >= 5 ? '#8c8c8c' : undefined }}>{w}</th>)}</tr>
        </thead>
        <tbody>
          {grid.weeks.map((week, wi) => (
            <tr key={wi}>
              {week.map((d, i) => (
                <td key={d?.date ?? `pad-${i}`} style={{ padding: 0 }}>
                  {d && (
                    <Tooltip title={describeDay(d)} mouseEnterDelay={0.4}>
                      <button type="button" style={cellStyle(d)} aria-label={describeDay(d)} data-testid={`day-${d.date}`} data-working={d.working} onClick={() => onPick(d)}>
                        <div>{Number(d.date.slice(8))}</div>
                        <div style={{ fontSize: 10, minHeight: 12 }}>{dayMark(d) ?? ''}</div>
                      </button>
                    </Tooltip>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
