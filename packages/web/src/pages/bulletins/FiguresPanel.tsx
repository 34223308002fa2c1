// The bulletin's figures of the period, one line each, in the order the
// printed bulletin (docs/documents.md) states them.
import { Descriptions } from 'antd';
import { formatDays, formatRate } from './format.ts';
import type { BulletinFigures } from './service.ts';

export function FiguresPanel({ figures }: { figures: BulletinFigures }) {
  const f = figures;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
      <Descriptions.Item label="发现疑似群租">{f.discovered} 户</Descriptions.Item>
      <Descriptions.Item label="认定群租">{f.confirmed} 户</Descriptions.Item>
      <Descriptions.Item label="主动发现率">{formatRate(f.proactiveDiscovery)}</Descriptions.Item>
      <Descriptions.Item label="处置率">{formatRate(f.disposal)}</Descriptions.Item>
      <Descriptions.Item label="可视率">{formatRate(f.visibility)}</Descriptions.Item>
      <Descriptions.Item label="回潮率">{formatRate(f.relapse)}</Descriptions.Item>
      <Descriptions.Item label="起租→发现">{formatDays(f.onsetToDiscoveryDays)}</Descriptions.Item>
      <Descriptions.Item label="发现→整改">{formatDays(f.discoveryToRectificationDays)}</Descriptions.Item>
      <Descriptions.Item label="数字吹哨预警">{f.alertsRaised} 条</Descriptions.Item>
      <Descriptions.Item label="预警核实准确率">{formatRate(f.alertConfirmation)}</Descriptions.Item>
      <Descriptions.Item label="12345 群租投诉">{f.complaints12345} 件</Descriptions.Item>
    </Descriptions>
  );
}
