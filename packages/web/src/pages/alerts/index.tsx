// 预警（数字吹哨）: today's whistles inside the jurisdiction — sortable,
// filterable, searchable by address, virtualised (cards on a phone) — with
// 立案 after a confirmation, one row or a selected batch, a new run for the
// units allowed to start one, and the list as XLSX.
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert as Notice, App as AntApp, Button, Card, Checkbox, Grid, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AlertLevel } from '@sentinel/domain';
import { VirtualTable, type SortState, type VirtualColumn } from '../../components/VirtualTable.tsx';
import { PageState } from '../../components/PageState.tsx';
import { useRequest } from '../../app/use-request.ts';
import { fetchPlaces } from '../../app/places.ts';
import { useSession } from '../../app/session.tsx';
import { handleRequestError } from '../../app/error-handler.ts';
import { formatHeadcount, formatProbability, PROBABILITY_NOTE } from '../../app/format.ts';
import { ALERT_LOAD_LIMIT, exportUrl, fetchAllAlerts, startDetectionRun, type Alert, type AlertFilter } from './service.ts';
import { nextSort, sortAlerts } from './sort.ts';
import { searchAlerts } from './search.ts';
import { LevelTag } from './LevelTag.tsx';
import { ReasonsCell } from './ReasonsCell.tsx';
import { BatchDispatchButton } from '../directory/BatchDispatchButton.tsx';
import { AlertCards } from './AlertCards.tsx';
import { BATCH_LIMIT, useAlertIntake, type OpenedCase } from './useIntake.tsx';

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
  const [query, setQuery] = useState('');
  // Cases opened from this page, shown at once without reloading the list.
  const [opened, setOpened] = useState<Record<string, OpenedCase>>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const wide = Grid.useBreakpoint().md ?? true;
  const places = useRequest((signal) => fetchPlaces(signal), []);
  const list = useRequest((signal) => fetchAllAlerts(filter, signal), [filter]);
  const rows = useMemo(() => searchAlerts(sortAlerts(list.data?.items ?? [], sort), query), [list.data, sort, query]);
  const communities = useMemo(
    () => (places.data ?? []).filter((p) => !filter.neighborhood || p.neighborhood === filter.neighborhood).flatMap((p) => p.communities),
    [places.data, filter.neighborhood],
  );
  const run = list.data?.run ?? null;
  const intake = useAlertIntake(run?.id, (houseId, c) => {
    setOpened((m) => ({ ...m, [houseId]: c }));
    setSelected((s) => { const next = new Set(s); next.delete(houseId); return next; });
  });
  // The number comes from the same join as the id: a case always has one, and an internal id is never shown.
  const caseOf = (a: Alert): OpenedCase | null => opened[a.houseId] ?? (a.openCaseId && a.openCaseNumber ? { id: a.openCaseId, number: a.openCaseNumber } : null);
  const selectable = (a: Alert) => access.canTurnAlertIntoCase && caseOf(a) === null;
  const candidates = rows.filter(selectable);
  const chosen = candidates.filter((a) => selected.has(a.houseId));
  const toggle = (a: Alert) => setSelected((s) => {
    const next = new Set(s);
    if (next.has(a.houseId)) next.delete(a.houseId);
    else if (next.size < BATCH_LIMIT) next.add(a.houseId);
    return next;
  });

  async function openCase(a: Alert): Promise<void> {
    setBusy(a.houseId);
    try {
      await intake.confirmOne(a);
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
      setSelected(new Set());
      list.reload();
    } catch (err) {
      handleRequestError(err);
    } finally {
      setRunning(false);
    }
  }

  const action = (a: Alert) => {
    const existing = caseOf(a);
    if (existing) return <Link to={`/cases/${encodeURIComponent(existing.id)}`} onClick={(e) => e.stopPropagation()} data-testid="alert-case-link">{existing.number}</Link>;
    if (!access.canTurnAlertIntoCase) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Button size="small" type="primary" danger={a.level === 'red'} loading={busy === a.houseId} disabled={busy !== null && busy !== a.houseId}
        onClick={(e) => { e.stopPropagation(); void openCase(a); }}>立案</Button>
    );
  };

  const columns: VirtualColumn<Alert>[] = [
    ...(access.canTurnAlertIntoCase ? [{
      key: 'select', title: '选择', width: 56, render: (a: Alert) => (selectable(a)
        ? <Checkbox checked={selected.has(a.houseId)} onClick={(e) => e.stopPropagation()} onChange={() => toggle(a)} aria-label={`选择 ${a.address}`} />
        : null),
    }] : []),
    { key: 'rank', title: '排名', width: 72, align: 'right', sortable: true, render: (a) => a.rank },
    { key: 'level', title: '等级', width: 72, sortable: true, render: (a) => <LevelTag level={a.level} /> },
    { key: 'score', title: '群租概率', width: 100, align: 'right', sortable: true, render: (a) => formatProbability(a.score) },
    { key: 'reasons', title: '预警原因', render: (a) => <ReasonsCell reasons={a.reasons} /> },
    { key: 'occupants', title: '估计人数', width: 96, align: 'right', sortable: true, render: (a) => formatHeadcount(a.estimatedOccupants) },
    { key: 'onset', title: '异常起始', width: 112, sortable: true, render: (a) => a.onsetDay ?? '—' },
    { key: 'place', title: '居民区 / 小区', width: 190, sortable: true, render: (a) => `${a.neighborhood} / ${a.community}` },
    { key: 'address', title: '地址', width: 220, sortable: true, render: (a) => <Link to={`/houses/${encodeURIComponent(a.houseId)}`} onClick={(e) => e.stopPropagation()}>{a.address}</Link> },
    { key: 'action', title: '处置', width: 160, render: action },
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
        <Input.Search
          aria-label="搜索地址" placeholder="搜索地址，如：汾西路 12号" allowClear style={{ width: 260 }}
          value={query} onChange={(e) => setQuery(e.target.value)}
        />
        <Typography.Text type="secondary" data-testid="alert-total">
          {list.data ? `共 ${list.data.total.toLocaleString('zh-CN')} 户${query.trim() ? `，地址匹配 ${rows.length.toLocaleString('zh-CN')} 户` : ''}` : ''}
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="probability-note">{PROBABILITY_NOTE}</Typography.Paragraph>
      {access.canTurnAlertIntoCase && run && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="batch-bar">
          <Checkbox
            checked={chosen.length > 0 && chosen.length === Math.min(candidates.length, BATCH_LIMIT)}
            indeterminate={chosen.length > 0 && chosen.length < Math.min(candidates.length, BATCH_LIMIT)}
            disabled={candidates.length === 0}
            onChange={(e) => setSelected(e.target.checked ? new Set(candidates.slice(0, BATCH_LIMIT).map((a) => a.houseId)) : new Set())}
          >选择前 {Math.min(candidates.length, BATCH_LIMIT)} 户（每批最多 {BATCH_LIMIT} 户）</Checkbox>
          <Button type="primary" disabled={chosen.length === 0} onClick={() => void intake.confirmBatch(chosen)}>批量立案（{chosen.length}）</Button>
          <BatchDispatchButton
            label="批量立案并派单"
            alerts={chosen.map((a) => ({ houseId: a.houseId, score: a.score, level: a.level, reasons: [...a.reasons], runId: run.id }))}
            onDone={(r) => {
              for (const i of r.items) if (i.caseId && i.caseNumber) setOpened((m) => ({ ...m, [i.ref]: { id: i.caseId as string, number: i.caseNumber as string } }));
              setSelected(new Set());
            }}
          />
          {chosen.length > 0 && <Button onClick={() => setSelected(new Set())}>清除选择</Button>}
        </Space>
      )}
      {list.data && list.data.total > ALERT_LOAD_LIMIT && (
        <Notice type="warning" showIcon style={{ marginBottom: 16 }} message={`符合条件的预警超过 ${ALERT_LOAD_LIMIT.toLocaleString('zh-CN')} 户，仅显示排名前 ${ALERT_LOAD_LIMIT.toLocaleString('zh-CN')} 户；请缩小筛选范围，或导出 Excel 查看全部。`} />
      )}
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {list.data && !run && <Notice type="info" showIcon message="尚未进行数字吹哨检测。" description={access.canRunDetection ? '点击右上角“重新检测”对全街道每户打分。' : '请联系城运中心启动检测。'} />}
        {run && !wide && <AlertCards rows={rows} action={action} selectable={selectable} selected={selected} onToggle={toggle} />}
        {run && wide && (
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
