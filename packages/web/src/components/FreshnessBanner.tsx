// Freshness warning (#12 item 4, #14 item 5): when a feed's newest data or the
// last detection run is older than the configured number of days, say so
// above the figures that rest on them, with the dates.
import { Alert } from 'antd';
import type { FreshnessBody } from '@sentinel/contract';
import { get } from '../app/request.ts';
import { useRequest } from '../app/use-request.ts';

export const fetchFreshness = (signal?: AbortSignal) => get<FreshnessBody>('/api/freshness', undefined, signal);

export function describeFreshness(f: FreshnessBody): string[] {
  const lines = f.feeds.filter((x) => x.stale).map((x) => `${x.label}最新数据为 ${x.newestDataDay}（${x.ageDays} 天前，超过 ${f.thresholds.feedDays} 天）`);
  if (f.lastRun === null) lines.push('尚未成功运行数字吹哨检测');
  else if (f.lastRun.stale) lines.push(`最近一次检测完成于 ${f.lastRun.finishedAt.slice(0, 10)}（${f.lastRun.ageDays} 天前，超过 ${f.thresholds.runDays} 天）`);
  return lines;
}

export function FreshnessBanner() {
  const res = useRequest((signal) => fetchFreshness(signal), []);
  const f = res.data;
  if (!f || !f.stale) return null;
  return (
    <Alert
      type="warning" showIcon style={{ marginBottom: 16 }} data-testid="freshness-warning"
      message="数据已过期：以下数字所依据的数据不是最新的"
      description={<ul style={{ margin: 0, paddingLeft: 20 }}>{describeFreshness(f).map((l) => <li key={l}>{l}</li>)}</ul>}
    />
  );
}
