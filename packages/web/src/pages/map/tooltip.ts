// The battle map's tooltip. ECharts renders a tooltip formatter's string as
// HTML, and area names come from imported files (居民区/小区/楼栋), so every
// value from data is escaped here: a name such as `<img src=x onerror=…>`
// must show as text, never run (issue #13, stored XSS).
import type { AreaProperties } from '@sentinel/contract';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe to place inside HTML element content or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The tooltip of one area; `redAlerts` is given when the user may see alerts. */
export function areaTooltip(a: AreaProperties, redAlerts?: number): string {
  const red = redAlerts === undefined ? '' : `<br/>红色预警 ${escapeHtml(redAlerts)}`;
  return `<b>${escapeHtml(a.name)}</b><br/>房屋 ${escapeHtml(a.houses)} 户<br/>在办案件 ${escapeHtml(a.openCases)}<br/>未整改群租 ${escapeHtml(a.groupRentals)}${red}`;
}
