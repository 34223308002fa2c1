// 驾驶舱 overview: the district at a glance — houses watched, open and
// overdue cases, rectified, unrectified group rentals, the whistle's
// confirmation rate — where they are per neighbourhood, and the monthly trend
// of on-site verification outcomes.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Card, Col, Row, Statistic } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useRequest } from '../../app/use-request.ts';
import { useSession } from '../../app/session.tsx';
import { PageState } from '../../components/PageState.tsx';
import { FreshnessBanner } from '../../components/FreshnessBanner.tsx';
import { Chart, preloadCharts } from '../../components/Chart.tsx';
import { fetchOverview, type OverviewData, type PrecisionMonth } from './service.ts';

// The overview always charts: fetch ECharts alongside the figures, not after them.
preloadCharts();

function byNeighbourhoodOption(d: OverviewData): EChartsCoreOption {
  const rows = [...d.neighbourhoods.features].map((f) => f.properties).sort((a, b) => b.groupRentals - a.groupRentals || b.openCases - a.openCases);
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '未整改群租', type: 'bar', data: rows.map((r) => r.groupRentals), itemStyle: { color: '#cf1322' } },
      { name: '在办案件', type: 'bar', data: rows.map((r) => r.openCases), itemStyle: { color: '#1677ff' } },
    ],
  };
}

function precisionOption(months: PrecisionMonth[]): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [{ type: 'value', minInterval: 1, name: '户' }, { type: 'value', min: 0, max: 100, name: '%', axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: '认定群租', type: 'bar', stack: 'v', data: months.map((m) => m.confirmed), itemStyle: { color: '#cf1322' } },
      { name: '排除群租', type: 'bar', stack: 'v', data: months.map((m) => m.notConfirmed), itemStyle: { color: '#52c41a' } },
      { name: '无法入户', type: 'bar', stack: 'v', data: months.map((m) => m.noAccess), itemStyle: { color: '#bfbfbf' } },
      { name: '核实准确率', type: 'line', yAxisIndex: 1, data: months.map((m) => (m.confirmedShare === null ? null : Math.round(m.confirmedShare * 1000) / 10)), itemStyle: { color: '#1677ff' } },
    ],
  };
}

function overallShare(months: PrecisionMonth[]): number | null {
  const confirmed = months.reduce((s, m) => s + m.confirmed, 0);
  const decided = confirmed + months.reduce((s, m) => s + m.notConfirmed, 0);
  return decided === 0 ? null : (confirmed / decided) * 100;
}

export default function OverviewPage() {
  const { access } = useSession();
  const res = useRequest((signal) => fetchOverview(access.canViewWhistleMetrics, access.canViewAlerts, signal), [access.canViewWhistleMetrics, access.canViewAlerts]);
  const d = res.data;
  const groupRentals = useMemo(() => (d?.neighbourhoods.features ?? []).reduce((s, f) => s + f.properties.groupRentals, 0), [d]);
  const option = useMemo(() => (d ? byNeighbourhoodOption(d) : null), [d]);
  const trend = useMemo(() => (d?.precision && d.precision.length > 0 ? precisionOption(d.precision) : null), [d]);
  const share = d?.precision ? overallShare(d.precision) : null;

  return (
    <PageState loading={res.loading} error={res.error} onRetry={res.reload}>
      {access.canViewAlerts && <FreshnessBanner />}
      {d && (
        <>
          {d.whistles && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="today-whistles">
              <Col xs={12} lg={8}>
                <Card><Link to="/alerts"><Statistic title="今日红色预警" value={d.whistles.red} valueStyle={{ color: '#cf1322' }} suffix="户" /></Link></Card>
              </Col>
              <Col xs={12} lg={8}>
                <Card><Link to="/alerts"><Statistic title="今日黄色预警" value={d.whistles.yellow} valueStyle={{ color: '#d48806' }} suffix="户" /></Link></Card>
              </Col>
              <Col xs={24} lg={8}>
                <Card><Statistic title="数字吹哨检测日期" value={d.whistles.asOfDay ?? '尚未检测'} valueStyle={{ fontSize: 20 }} /></Card>
              </Col>
            </Row>
          )}
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} lg={4}><Card><Statistic title="辖区房屋" value={d.houses} groupSeparator="," suffix="户" /></Card></Col>
            <Col xs={12} lg={4}><Card><Link to="/cases"><Statistic title="在办案件" value={d.openCases} valueStyle={{ color: '#1677ff' }} suffix="件" /></Link></Card></Col>
            <Col xs={12} lg={4}><Card><Statistic title="超期案件" value={d.overdueCases} valueStyle={{ color: d.overdueCases > 0 ? '#cf1322' : undefined }} suffix="件" /></Card></Col>
            <Col xs={12} lg={4}><Card><Statistic title="已整改（含回头看、销案）" value={d.rectifiedCases} valueStyle={{ color: '#389e0d' }} suffix="件" /></Card></Col>
            <Col xs={12} lg={4}><Card><Statistic title="未整改群租" value={groupRentals} valueStyle={{ color: '#cf1322' }} suffix="户" /></Card></Col>
            <Col xs={12} lg={4}><Card><Statistic title="预警核实准确率" value={share === null ? '—' : share.toFixed(1)} suffix={share === null ? undefined : '%'} /></Card></Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={trend ? 12 : 24}>
              <Card title="各居民区群租与案件">
                {option && <Chart option={option} height={340} label="各居民区未整改群租数与在办案件数柱状图" />}
              </Card>
            </Col>
            {trend && (
              <Col xs={24} xl={12}>
                <Card title="上门核实结果与准确率（按月）">
                  <Chart option={trend} height={340} label="按月的认定、排除、无法入户户数与核实准确率" />
                </Card>
              </Col>
            )}
          </Row>
        </>
      )}
    </PageState>
  );
}
