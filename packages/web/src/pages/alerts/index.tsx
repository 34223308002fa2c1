// 预警（数字吹哨）: today's whistles inside the jurisdiction — sortable,
// filterable, virtualised — with one click from an alert to a case, a new
// run for the units allowed to start one, and the list as XLSX.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert as Notice, App as AntApp, Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AlertLevel } from '@sentinel/domain';
import { VirtualTable, type SortState, type VirtualColumn } from '../../components/VirtualTable.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useRequest } from '../../app/use-request.ts';
import { fetchPlaces } from '../../app/places.ts';
import { useSession } from '../../app/session.tsx';
import { handleRequestError } from '../../app/error-handler.ts';
import { ALERT_LOAD_LIMIT, exportUrl, fetchAllAlerts, openCaseFromAlert, startDetectionRun, type Alert, type AlertFilter } from './service.ts';
import { nextSort, sortAlerts } from './sort.ts';
import { LevelTag } from './LevelTag.tsx';

const LEVEL_OPTIONS: { value: AlertLevel; label: string }[] = [
  { value: 'red', label: '红色预警' }, { value: 'yellow', label: '黄色预警' }, { value: 'green', label: '绿色（正常）' },
];

export default function AlertsPage() {
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { session, access } = useSession();
  const [filter, setFilter] = useState<AlertFilter>(() => {
    const j = session?.user.jurisdiction;
    return { levels: ['red', 'yellow'], neighborhood: j?.neighborhood ?? undefined, community: j?.communities?.length === 1 ? j.communities[0] : undefined };
  });
  const [sort, setSort] = useState<SortState>({ key: 'rank', order: 'ascend' });
  // Cases opened from this page, shown at once without reloading the list.
  const [opened, setOpened] = useState<Record<string, { id: string; number: string }>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const places = useRequest((signal) => fetchPlaces(signal), []);
  const list = useRequest((signal) => fetchAllAlerts(filter, signal), [filter]);
  const rows = useMemo(() => sortAlerts(list.data?.items ?? [], sort), [list.data, sort]);
  const communities = useMemo(
    () => (places.data ?? []).filter((p) => !filter.neighborhood || p.neighborhood === filter.neighborhood).flatMap((p) => p.communities),
    [places.data, filter.neighborhood],
  );
  const run = list.data?.run ?? null;

  async function openCase(a: Alert): Promise<void> {
    setBusy(a.houseId);
    try {
      const res = await openCaseFromAlert(a, run?.id);
      setOpened((m) => ({ ...m, [a.houseId]: { id: res.caseId, number: res.caseNumber } }));
      void message.success(res.created ? `已立案：${res.caseNumber}` : `该房屋已有在办案件 ${res.caseNumber}，预警已附入案件`);
    } catch (err) {
      handleRequestError(err);
    } finally {
      setBusy(null);
    }
  }

  async function rerun(): Promise<void> {
    setRunning(true);
    try {
      const res = await startDetectionRun();
      void message.success(`检测完成：检测日期 ${res.run.asOfDay}，红色 ${res.run.redCount} 户、黄色 ${res.run.yellowCount} 户`);
      setOpened({});
      list.reload();
    } catch (err) {
      handleRequestError(err);
    } finally {
      setRunning(false);
    }
  }

  const columns: VirtualColumn<Alert>[] = [
    { key: 'rank', title: '排名', width: 72, align: 'right', sortable: true, render: (a) => a.rank },
    { key: 'level', title: '等级', width: 72, sortable: true, render: (a) => <LevelTag level={a.level} /> },
    { key: 'score', title: '群租概率', width: 100, align: 'right', sortable: true, render: (a) => `${(a.score * 100).toFixed(1)}%` },
    { key: 'reasons', title: '预警原因', render: (a) => <span title={a.reasons.join('；')}>{a.reasons.join('；') || '—'}</span> },
    { key: 'occupants', title: '估计人数', width: 96, align: 'right', sortable: true, render: (a) => (a.estimatedOccupants === null ? '—' : a.estimatedOccupants.toFixed(1)) },
    { key: 'onset', title: '异常起始', width: 112, sortable: true, render: (a) => a.onsetDay ?? '—' },
    { key: 'place', title: '居民区 / 小区', width: 190, sortable: true, render: (a) => `${a.neighborhood} / ${a.community}` },
    { key: 'address', title: '地址', width: 220, sortable: true, render: (a) => <Link to={`/houses/${encodeURIComponent(a.houseId)}`} onClick={(e) => e.stopPropagation()}>{a.address}</Link> },
    {
      key: 'action', title: '处置', width: 120, render: (a) => {
        const linked = opened[a.houseId] ?? (a.openCaseId ? { id: a.openCaseId, number: a.openCaseNumber ?? a.openCaseId } : null);
        if (linked) return <Link to={`/cases/${encodeURIComponent(linked.id)}`} onClick={(e) => e.stopPropagation()} data-testid="alert-case-link">{linked.number}</Link>;
        if (!access.canTurnAlertIntoCase) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Button size="small" type="primary" danger={a.level === 'red'} loading={busy === a.houseId} disabled={busy !== null && busy !== a.houseId}
            onClick={(e) => { e.stopPropagation(); void openCase(a); }}>立案</Button>
        );
      },
    },
  ];

  return (
    <Card
      title="预警（数字吹哨）"
      extra={(
        <Space wrap>
          <Typography.Text type="secondary" data-testid="alert-run">
            {run ? `检测日期 ${run.asOfDay}（截至当日 24:00 的数据）· 模型 ${run.modelVersion}` : list.loading ? '加载中…' : '尚未检测'}
          </Typography.Text>
          <Button icon={<DownloadOutlined />} href={exportUrl(filter)} disabled={!run}>导出 Excel</Button>
          {access.canRunDetection && <Button icon={<ReloadOutlined />} loading={running} onClick={() => void rerun()}>重新检测</Button>}
        </Space>
      )}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="预警等级" mode="multiple" placeholder="全部等级" style={{ minWidth: 240 }}
          value={filter.levels} options={LEVEL_OPTIONS}
          onChange={(v: AlertLevel[]) => setFilter((f) => ({ ...f, levels: v }))}
        />
        <Select
          aria-label="居民区" placeholder="全部居民区" allowClear style={{ width: 180 }} loading={places.loading}
          value={filter.neighborhood} options={(places.data ?? []).map((p) => ({ value: p.neighborhood, label: p.neighborhood }))}
          onChange={(v: string | undefined) => setFilter((f) => ({ ...f, neighborhood: v, community: undefined }))}
        />
        <Select
          aria-label="小区" placeholder="全部小区" allowClear showSearch style={{ width: 200 }}
          value={filter.community} options={communities.map((c) => ({ value: c, label: c }))}
          onChange={(v: string | undefined) => setFilter((f) => ({ ...f, community: v }))}
        />
        <InputNumber
          aria-label="最低群租概率" addonBefore="概率 ≥" addonAfter="%" min={0} max={100} step={5} style={{ width: 180 }}
          value={filter.minScore === undefined ? null : Math.round(filter.minScore * 100)}
          onChange={(v) => setFilter((f) => ({ ...f, minScore: v === null ? undefined : v / 100 }))}
        />
        <Typography.Text type="secondary" data-testid="alert-total">{list.data ? `共 ${list.data.total.toLocaleString('zh-CN')} 户` : ''}</Typography.Text>
      </Space>
      {list.data && list.data.total > ALERT_LOAD_LIMIT && (
        <Notice type="warning" showIcon style={{ marginBottom: 16 }} message={`符合条件的预警超过 ${ALERT_LOAD_LIMIT.toLocaleString('zh-CN')} 户，仅显示排名前 ${ALERT_LOAD_LIMIT.toLocaleString('zh-CN')} 户；请缩小筛选范围，或导出 Excel 查看全部。`} />
      )}
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {list.data && !run && <Notice type="info" showIcon message="尚未进行数字吹哨检测。" description={access.canRunDetection ? '点击右上角“重新检测”对全街道每户打分。' : '请联系城运中心启动检测。'} />}
        {run && (
          <VirtualTable
            label="预警列表"
            columns={columns}
            rowCount={rows.length}
            rowAt={(i) => rows[i]}
            rowKey={(a) => a.houseId}
            height={Math.max(360, window.innerHeight - 300)}
            sort={sort}
            onSort={(key) => setSort((s) => nextSort(s, key))}
            onOpen={(a) => navigate(`/houses/${encodeURIComponent(a.houseId)}`)}
          />
        )}
        {run && rows.length === 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>没有符合条件的预警，请调整筛选条件。</Typography.Paragraph>}
      </PageState>
    </Card>
  );
}
