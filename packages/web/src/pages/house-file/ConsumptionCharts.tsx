// Water, electricity (and gas) of the house against its peers' P25–P75 band.
import { useMemo } from 'react';
import { Col, Row, Typography } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { Chart } from '../../components/Chart.tsx';
import { fetchConsumption } from './service.ts';
import { consumptionOption, KIND_LABELS, PEER_LEVEL_LABELS } from './consumption-option.ts';

export function ConsumptionCharts({ houseId, onsetDay }: { houseId: string; onsetDay: string | null }) {
  const res = useRequest((signal) => fetchConsumption(houseId, signal), [houseId]);
  const charts = useMemo(() => (res.data?.series ?? []).map((s) => ({ s, option: consumptionOption(s, onsetDay) })), [res.data, onsetDay]);
  return (
    <PageState loading={res.loading} error={res.error} onRetry={res.reload} empty={charts.length === 0} emptyText="该户暂无计量数据">
      <Row gutter={[16, 16]}>
        {charts.map(({ s, option }) => (
          <Col key={s.kind} xs={24} xl={12}>
            <Typography.Title level={5}>
              {KIND_LABELS[s.kind]}
              {s.peer && <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>参照：{PEER_LEVEL_LABELS[s.peer.level]} {s.peer.peers} 户</Typography.Text>}
            </Typography.Title>
            <Chart option={option} height={300} label={`${KIND_LABELS[s.kind]}每日用量与同类住户区间`} />
          </Col>
        ))}
      </Row>
    </PageState>
  );
}
