// Everything that happened to the dwelling, newest first: complaints,
// alerts, cases opened, inspections, notices served.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Empty, Tag, Timeline } from 'antd';
import type { HouseholdFile } from './service.ts';
import { formatDateTime, formatProbability } from '../../app/format.ts';

interface Entry { at: string; color: string; tag: string; text: ReactNode }

const RESULT_LABELS: Record<string, string> = { confirmed: '认定群租', not_confirmed: '排除群租', no_access: '无法入户' };
const fmt = formatDateTime;

export function HouseTimeline({ file }: { file: HouseholdFile }) {
  const entries: Entry[] = [
    ...file.complaints.map((c) => ({ at: c.receivedAt, color: 'orange', tag: `投诉·${c.channel}`, text: `${c.category ?? '其他'}：${c.content ?? '（无内容）'}（工单 ${c.ticketId}）` })),
    ...file.alerts.map((a) => ({ at: a.openedAt, color: a.level === 'red' ? 'red' : 'gold', tag: '数字吹哨', text: `群租概率 ${formatProbability(a.score)}：${a.reasons.join('；')}` })),
    ...file.cases.map((c) => ({ at: c.openedAt, color: 'blue', tag: '立案', text: <span><Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.number}</Link>（{c.sourceLabel}）现状：{c.stateLabel}</span> })),
    ...file.inspections.map((i) => ({ at: i.at, color: i.result === 'confirmed' ? 'red' : 'green', tag: '上门核查', text: `${RESULT_LABELS[i.result] ?? i.result}${i.occupants !== null ? `，现场 ${i.occupants} 人` : ''}${i.notes ? `：${i.notes}` : ''}` })),
    ...file.notices.map((n) => ({ at: n.servedAt, color: 'purple', tag: '送达告知', text: `${n.kindLabel}（案件 ${n.caseNumber}，照片 ${n.photoIds.length} 张）` })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  if (entries.length === 0) return <Empty description="暂无投诉、预警、案件或核查记录" />;
  return (
    <Timeline
      items={entries.map((e) => ({ color: e.color, children: <div><Tag>{e.tag}</Tag><span style={{ color: '#8c8c8c', marginRight: 8 }}>{fmt(e.at)}</span>{e.text}</div> }))}
    />
  );
}
