// How every page writes dates, probabilities, head counts and meter units,
// so that one quantity reads the same everywhere (issue #12 item 8):
// dates YYYY-MM-DD, times YYYY-MM-DD HH:mm (Asia/Shanghai, whatever the
// phone's own zone), water in 吨, gas in 立方米, electricity in 千瓦时.

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

function shanghaiParts(value: string | number | Date): Record<string, string> | null {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  return Object.fromEntries(SHANGHAI.formatToParts(d).map((p) => [p.type, p.value]));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD in Shanghai; a plain day string passes through; empty or invalid → —. */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && DAY.test(value)) return value;
  const p = shanghaiParts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : '—';
}

/** YYYY-MM-DD HH:mm in Shanghai; empty or invalid → —. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const p = shanghaiParts(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '—';
}

/**
 * A model probability as a whole percentage that never claims certainty:
 * above 99 % it reads ">99%", below 1 % "<1%". A whistle is a reason to
 * visit, not a finding, so "100.0%" would overstate it.
 */
export function formatProbability(score: number): string {
  if (!Number.isFinite(score)) return '—';
  if (score >= 0.99) return '>99%';
  if (score < 0.01) return '<1%';
  return `${Math.min(99, Math.max(1, Math.round(score * 100)))}%`;
}

/** Shown next to every probability: what the figure is and why it stops at 99 %. */
export const PROBABILITY_NOTE = '群租概率为模型估计，取整到 1%；高于 99% 显示为“>99%”，低于 1% 显示为“<1%”。概率再高也只是上门核查的理由，不是认定结论。';

/** An estimated number of people: whole persons, never "10.2". */
export function formatHeadcount(estimate: number | null | undefined): string {
  if (estimate === null || estimate === undefined || !Number.isFinite(estimate)) return '—';
  return `约 ${Math.max(0, Math.round(estimate))} 人`;
}

export type MeterKind = 'water' | 'electricity' | 'gas';

/** The one unit per metered quantity (1 立方米 of water is 1 吨, the unit of the water bill). */
export const METER_UNIT_LABELS: Record<MeterKind, string> = { water: '吨', electricity: '千瓦时', gas: '立方米' };

/** "吨/日" etc.; an unknown kind falls back to the stored unit. */
export function perDayUnit(kind: string, storedUnit = ''): string {
  const label = (METER_UNIT_LABELS as Record<string, string | undefined>)[kind];
  return `${label ?? storedUnit}/日`;
}
