// The whistle on the house file: the latest alert's level and reasons at the
// top, and the house's score across detection runs.
import { useMemo } from 'react';
import { Alert as Notice, Typography } from 'antd';
import { Chart } from '../../components/Chart.tsx';
import { LevelTag } from '../alerts/LevelTag.tsx';
import type { HouseAlertPoint } from './service.ts';
import { scoreOption } from './score-option.ts';
import { formatProbability } from '../../app/format.ts';

export function WhistleSummary({ latest }: { latest: HouseAlertPoint }) {
  const type = latest.level === 'red' ? 'error' : latest.level === 'yellow' ? 'warning' : 'success';
  return (
    <Notice
      type={type}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="house-whistle"
      message={(
        <span>
          数字吹哨 <LevelTag level={latest.level} /> 群租概率 {formatProbability(latest.score)}，排名 {latest.rank} / {latest.houseCount}
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>检测日期 {latest.asOfDay}{latest.onsetDay ? ` · 异常起始 ${latest.onsetDay}` : ''}</Typography.Text>
        </span>
      )}
      description={latest.reasons.length > 0 ? <ul style={{ margin: 0, paddingLeft: 20 }}>{latest.reasons.map((r) => <li key={r}>{r}</li>)}</ul> : '无异常原因'}
    />
  );
}

export function ScoreHistoryChart({ points }: { points: readonly HouseAlertPoint[] }) {
  const option = useMemo(() => scoreOption(points), [points]);
  return <Chart option={option} height={240} label="本户历次检测的群租概率走势" />;
}
