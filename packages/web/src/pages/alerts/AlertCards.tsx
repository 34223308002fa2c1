// The alert list on a phone (below 768 px): one card per house instead of a
// wide table — address, level and probability, whole reasons, estimated
// people, and the case or the 立案 button — shown a page at a time.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Space, Typography } from 'antd';
import { formatHeadcount, formatProbability } from '../../app/format.ts';
import type { Alert } from './service.ts';
import { LevelTag } from './LevelTag.tsx';
import { ReasonList } from './ReasonsCell.tsx';

const PAGE = 30;

export interface AlertCardsProps {
  rows: readonly Alert[];
  /** The case link or 立案 button of a row. */
  action: (a: Alert) => ReactNode;
  selectable: (a: Alert) => boolean;
  selected: ReadonlySet<string>;
  onToggle: (a: Alert) => void;
}

export function AlertCards({ rows, action, selectable, selected, onToggle }: AlertCardsProps) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div data-testid="alert-cards">
      {rows.slice(0, shown).map((a) => (
        <Card key={a.houseId} size="small" style={{ marginBottom: 8 }} data-testid="alert-card">
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
              <Link to={`/houses/${encodeURIComponent(a.houseId)}`} style={{ fontWeight: 600 }}>{a.address}</Link>
              {selectable(a) && <Checkbox checked={selected.has(a.houseId)} onChange={() => onToggle(a)} aria-label={`选择 ${a.address}`} />}
            </Space>
            <Space size={4} wrap>
              <LevelTag level={a.level} />
              <span>群租概率 {formatProbability(a.score)}</span>
              <Typography.Text type="secondary">排名 {a.rank} · {formatHeadcount(a.estimatedOccupants)}{a.onsetDay ? ` · 起始 ${a.onsetDay}` : ''}</Typography.Text>
            </Space>
            <Typography.Text type="secondary">{a.neighborhood} / {a.community}</Typography.Text>
            <ReasonList reasons={a.reasons} />
            <div>{action(a)}</div>
          </Space>
        </Card>
      ))}
      {rows.length > shown && <Button block onClick={() => setShown((n) => n + PAGE)}>显示更多（还有 {rows.length - shown} 户）</Button>}
    </div>
  );
}
