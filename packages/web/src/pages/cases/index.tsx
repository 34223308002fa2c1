// 案件看板: open cases in columns by what comes next (待派单, 核查中, 待整改,
// 回头看), overdue ones in red and first; a card opens the case.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Col, Empty, Row, Segmented, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { casesExportUrl, fetchCases, type CaseQuery, type CaseSummary } from './service.ts';
import { BOARD_COLUMNS, OPEN_STATES } from './board.ts';
import { DeadlineTag } from './DeadlineTag.tsx';
import { formatProbability } from '../../app/format.ts';

const overdue = (c: CaseSummary) => c.deadline?.status === 'overdue';

function CaseCard({ c }: { c: CaseSummary }) {
  return (
    <Link to={`/cases/${encodeURIComponent(c.id)}`} aria-label={`案件 ${c.number}，${c.address}，${c.stateLabel}${overdue(c) ? '，已超期' : ''}`}>
      <Card size="small" hoverable style={{ marginBottom: 8, borderColor: overdue(c) ? '#ff4d4f' : undefined, background: overdue(c) ? '#fff1f0' : undefined }} data-testid="case-card">
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text strong ellipsis>{c.address}</Typography.Text>
          <Space size={4} wrap>
            <Tag color="blue">{c.stateLabel}</Tag>
            {c.alert && <Tag color={c.alert.level === 'red' ? 'red' : c.alert.level === 'yellow' ? 'gold' : 'green'}>吹哨 {formatProbability(c.alert.score)}</Tag>}
            <DeadlineTag deadline={c.deadline} />
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.number} · {c.sourceLabel} · {c.assignee?.unitName ?? '未派单'}</Typography.Text>
        </Space>
      </Card>
    </Link>
  );
}

export default function CasesPage() {
  const [scope, setScope] = useState<'all' | 'mine' | 'overdue'>('all');
  const query: CaseQuery = { state: OPEN_STATES, mine: scope === 'mine', overdue: scope === 'overdue' };
  const res = useRequest((signal) => fetchCases(query, 1, 500, signal), [scope]);
  const columns = useMemo(() => BOARD_COLUMNS.map((col) => ({
    ...col,
    cases: (res.data?.items ?? []).filter((c) => col.states.includes(c.state))
      .sort((a, b) => Number(overdue(b)) - Number(overdue(a)) || a.openedAt.localeCompare(b.openedAt)),
  })), [res.data]);

  return (
    <Card
      title="案件看板"
      extra={(
        <Space wrap>
          <Segmented value={scope} onChange={(v) => setScope(v as typeof scope)} options={[{ value: 'all', label: '辖区全部' }, { value: 'mine', label: '本单位承办' }, { value: 'overdue', label: '已超期' }]} />
          {/* The whole filtered list, not only the cards the board shows. */}
          <Button icon={<DownloadOutlined />} href={casesExportUrl(query)} download>导出 Excel</Button>
        </Space>
      )}
    >
      <PageState loading={res.loading} error={res.error} onRetry={res.reload}>
        {res.data && res.data.total > res.data.items.length && (
          <Typography.Paragraph type="warning">在办案件共 {res.data.total} 件，看板显示最早的 {res.data.items.length} 件。</Typography.Paragraph>
        )}
        <Row gutter={12}>
          {columns.map((col) => (
            <Col key={col.key} xs={24} md={12} xl={6}>
              <Card size="small" title={<Space>{col.title}<Badge count={col.cases.length} showZero color="#1677ff" /></Space>} styles={{ body: { background: '#fafafa', minHeight: 240, maxHeight: '70vh', overflowY: 'auto' } }}>
                {col.cases.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" /> : col.cases.map((c) => <CaseCard key={c.id} c={c} />)}
              </Card>
            </Col>
          ))}
        </Row>
      </PageState>
    </Card>
  );
}
