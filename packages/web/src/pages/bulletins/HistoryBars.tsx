// 近六个月: month by month, group rentals confirmed and those of them already
// rectified, as plain bars (the figures are printed beside them).
import { Fragment } from 'react';
import { Typography } from 'antd';
import type { BulletinResponse } from './service.ts';

type Month = BulletinResponse['history'][number];

function Bar({ value, max, color }: { value: number; max: number; color: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
      <div style={{ height: 10, width: `${max > 0 ? (100 * value) / max : 0}%`, minWidth: value > 0 ? 4 : 0, maxWidth: 240, background: color, borderRadius: 2 }} />
      <Typography.Text style={{ fontSize: 12 }}>{value}</Typography.Text>
    </div>
  );
}

export function HistoryBars({ months }: { months: readonly Month[] }) {
  const max = Math.max(1, ...months.flatMap((m) => [m.confirmed, m.disposed]));
  return (
    <div data-testid="bulletin-history" style={{ display: 'grid', gridTemplateColumns: '96px minmax(120px, 260px) minmax(120px, 260px)', gap: '4px 12px', alignItems: 'center' }}>
      <span />
      <Typography.Text type="secondary">认定群租（户）</Typography.Text>
      <Typography.Text type="secondary">其中已整改（户）</Typography.Text>
      {months.map((m) => (
        <Fragment key={m.month}>
          <Typography.Text>{m.label}</Typography.Text>
          <Bar value={m.confirmed} max={max} color="#1677ff" />
          <Bar value={m.disposed} max={max} color="#52c41a" />
        </Fragment>
      ))}
    </div>
  );
}
