// 门禁: the house's door access as the whistle counts it, so a staffer can
// check "门禁近30天出现11个不同凭证（同小区同户型中位数2个）" or "近30天夜间
// 进出28次" before a visit. Compounds outside the door-access pilot say so
// instead of showing an empty chart.
import { useMemo } from 'react';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { Chart } from '../../components/Chart.tsx';
import { fetchHouseAccess, type HouseAccess } from './service.ts';
import { accessOption, nightText } from './access-option.ts';

const one = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

function RecentFigures({ a }: { a: HouseAccess }) {
  const r = a.recent;
  if (!r) return null;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 8 }} title={<Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>近30天（{r.from} 至 {r.to}）</Typography.Text>}>
        <Descriptions.Item label="不同登记凭证">
          <Typography.Text strong>{r.credentials} 个</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {r.peer ? `同小区同户型中位数 ${one(r.peer.median)} 个（${r.peer.houses} 户有门禁数据）` : '无同小区同户型参照'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="进出">{r.events} 次</Descriptions.Item>
        <Descriptions.Item label="夜间进出"><Typography.Text type={r.nightEvents > 0 ? 'danger' : undefined}>{r.nightEvents} 次</Typography.Text></Descriptions.Item>
        <Descriptions.Item label="所用门未登记凭证">{one(r.unregisteredShare)} 个（{r.doors} 个门，按使用户数分摊）</Descriptions.Item>
      </Descriptions>
      {r.credentialList.length > 0 && (
        <Space size={[4, 4]} wrap style={{ marginBottom: 8 }} aria-label="近30天出现的凭证">
          {r.credentialList.map((c) => (
            <Tag key={c.label + c.firstDay} title={`${c.firstDay} 至 ${c.lastDay}`}>{c.label} · {c.events} 次{c.nightEvents > 0 ? `（夜间 ${c.nightEvents}）` : ''}</Tag>
          ))}
        </Space>
      )}
    </>
  );
}

export function AccessCard({ houseId, until }: { houseId: string; until: string | null }) {
  const res = useRequest((signal) => fetchHouseAccess(houseId, until, signal), [houseId, until]);
  const a = res.data;
  const option = useMemo(() => (a?.covered ? accessOption(a) : null), [a]);
  return (
    <Card title="门禁" style={{ marginBottom: 16 }} data-testid="house-access">
      <PageState loading={res.loading} error={res.error} onRetry={res.reload} empty={a !== undefined && !a.covered} emptyText="本小区未接入门禁数据">
        {a && option && (
          <>
            <RecentFigures a={a} />
            <Chart option={option} height={260} label="本户每日门禁进出次数、夜间进出与不同凭证数" />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
              只计登记在本户的凭证（卡、人脸等，编号只显示末四位）。夜间指 {nightText(a.night)}，与数字吹哨的“夜间进出”相同；
              “不同凭证”为当天出现的不同凭证数，近30天的数字为整段时间内的不同凭证数，即吹哨理由中的数字。
              未登记凭证为本户凭证使用过的门上出现的访客或未登记凭证，每个门的数目按使用该门的户数分摊。
            </Typography.Paragraph>
          </>
        )}
      </PageState>
    </Card>
  );
}
