// 一户一档: the dwelling's facts and labels, water and electricity against
// its peers, door access as the whistle counts it, everything that happened
// to it, its cases, people (masked until revealed for a stated purpose) and
// on-site photos. A property company sees the address, the owner / sublessor
// and the tasks assigned to it only (the server leaves the rest out).
import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Card, Descriptions, Image, Space, Table, Tabs, Tag } from 'antd';
import { PageState } from '../../components/PageState.tsx';
import { useRequest } from '../../app/use-request.ts';
import { attachmentUrl, fetchHouseAlerts, fetchHouseholdFile } from './service.ts';
import { ScoreHistoryChart, WhistleSummary } from './WhistlePanel.tsx';
import { ConsumptionCharts } from './ConsumptionCharts.tsx';
import { AccessCard } from './AccessCard.tsx';
import { PartiesPanel } from './PartiesPanel.tsx';
import { HousePartiesPanel } from '../parties/HousePartiesPanel.tsx';
import { HouseTimeline } from './HouseTimeline.tsx';
import type { CaseSummary } from '../cases/service.ts';
import { DeadlineTag } from '../cases/DeadlineTag.tsx';
import { ReportButton } from './ReportButton.tsx';
import { HouseIntakeButton } from '../alerts/HouseIntakeButton.tsx';
import { useSession } from '../../app/session.tsx';
import { formatDate, formatDateTime } from '../../app/format.ts';

const yesNo = (v: boolean | null) => (v === null ? '未知' : v ? '是' : '否');

export default function HouseFilePage() {
  const { houseId = '' } = useParams();
  const { access } = useSession();
  const res = useRequest((signal) => fetchHouseholdFile(houseId, signal), [houseId]);
  const file = res.data;
  const h = file?.house;
  // The whistle's history is a separate permission; without it the file shows no scores.
  const alerts = useRequest((signal) => (access.canViewAlerts ? fetchHouseAlerts(houseId, signal) : Promise.resolve([])), [houseId, access.canViewAlerts]);
  const latest = alerts.data && alerts.data.length > 0 ? alerts.data[alerts.data.length - 1] : null;
  // A property company's file holds the address, the owner / sublessor and its own tasks (docs/roles.md, 各角色可见的数据).
  const detail = access.canViewHouseholdDetail;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/houses">房屋</Link> }, { title: houseId }]} />
      <PageState loading={res.loading} error={res.error} onRetry={res.reload}>
        {file && h && (
          <>
            {latest && <WhistleSummary latest={latest} />}
            <Card
              title={`一户一档 · ${h.address}`}
              extra={<Space wrap><HouseIntakeButton houseId={houseId} address={h.address} latest={latest} caseStates={file.cases.map((c) => c.state)} />{access.canOpenCase && <ReportButton houseId={houseId} />}{file.labels.filter((l) => !l.removedAt).map((l) => <Tag key={l.label + l.setAt} color="red">{l.labelText}</Tag>)}<Tag>{h.houseId}</Tag></Space>}
              style={{ marginBottom: 16 }}
            >
              <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
                <Descriptions.Item label="街道">{h.subdistrict}</Descriptions.Item>
                <Descriptions.Item label="居民区">{h.neighborhood}</Descriptions.Item>
                <Descriptions.Item label="小区">{h.community}</Descriptions.Item>
                <Descriptions.Item label="楼号 / 室号">{h.building} 号{h.unit ? ` ${h.unit} 单元` : ''} {h.room} 室</Descriptions.Item>
                <Descriptions.Item label="建筑面积">{h.areaM2.toFixed(2)} ㎡</Descriptions.Item>
                <Descriptions.Item label="原始户型">{h.bedrooms} 室{h.livingRooms ? ` ${h.livingRooms} 厅` : ''}</Descriptions.Item>
                {detail && <Descriptions.Item label="登记人口">{h.registeredResidents ?? '未知'}</Descriptions.Item>}
                <Descriptions.Item label="出租 / 备案">{yesNo(h.isRental)} / {yesNo(h.rentalFiled)}</Descriptions.Item>
              </Descriptions>
            </Card>
            {detail && (
              <Card title="用水、用电（与同类住户对比）" style={{ marginBottom: 16 }}>
                <ConsumptionCharts houseId={houseId} onsetDay={latest?.onsetDay ?? null} />
              </Card>
            )}
            {/* Ends on the latest run's as-of day, so its figures are those of the reasons above; waits for the alerts to know it. */}
            {detail && !alerts.loading && <AccessCard houseId={houseId} until={latest?.asOfDay ?? null} />}
            {alerts.data && alerts.data.length > 0 && (
              <Card title="数字吹哨：历次检测的群租概率" style={{ marginBottom: 16 }}>
                <ScoreHistoryChart points={alerts.data} />
              </Card>
            )}
            <Card>
              <Tabs
                items={[
                  ...(detail ? [{ key: 'timeline', label: '动态', children: <HouseTimeline file={file} /> }] : []),
                  {
                    key: 'cases', label: detail ? `案件（${file.cases.length}）` : `本单位任务（${file.cases.length}）`, children: (
                      <Table<CaseSummary>
                        size="small" rowKey="id" pagination={false} dataSource={file.cases} locale={{ emptyText: detail ? '该户没有案件' : '该户没有派给本单位的任务' }}
                        columns={[
                          { title: '案件', dataIndex: 'number', render: (number: string, c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{number}</Link> },
                          { title: '来源', dataIndex: 'sourceLabel' },
                          { title: '状态', dataIndex: 'stateLabel' },
                          { title: '期限', dataIndex: 'deadline', render: (_: unknown, c) => <DeadlineTag deadline={c.deadline} /> },
                          { title: '立案时间', dataIndex: 'openedAt', render: (v: string) => formatDate(v) },
                        ]}
                      />
                    ),
                  },
                  { key: 'parties', label: detail ? '人员' : '业主、二房东', children: <PartiesPanel houseId={houseId} parties={file.parties} /> },
                  ...(access.canViewRentalParties ? [{ key: 'rental-parties', label: '房东与中介', children: <HousePartiesPanel houseId={houseId} /> }] : []),
                  ...(!detail ? [] : [{
                    key: 'photos', label: `照片（${file.attachments.length}）`, children: file.attachments.length === 0 ? '暂无现场照片' : (
                      <Image.PreviewGroup>
                        <Space wrap>
                          {file.attachments.filter((a) => a.mime.startsWith('image/')).map((a) => (
                            <Image key={a.id} width={160} height={120} style={{ objectFit: 'cover' }} src={attachmentUrl(houseId, a.id)} alt={`现场照片 ${formatDateTime(a.uploadedAt)}`} />
                          ))}
                        </Space>
                      </Image.PreviewGroup>
                    ),
                  }]),
                ]}
              />
            </Card>
          </>
        )}
      </PageState>
    </>
  );
}
