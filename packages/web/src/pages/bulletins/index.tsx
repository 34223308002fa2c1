// 工作通报: the figures of a period (default last month) for the user's
// jurisdiction or one 居民区, the neighbourhood ranking, and the bulletin as
// PDF / Word / Excel; dispatchers also see the annual 考核 in a second tab.
import { useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useRequest } from '../../app/use-request.ts';
import { useSession } from '../../app/session.tsx';
import { PageState } from '../../components/PageState.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { RankingTable } from './RankingTable.tsx';
import { AssessmentPanel } from './AssessmentPanel.tsx';
import { isoDate, lastMonth, periodPresets, type Period } from './period.ts';
import { bulletinFileUrl, fetchBulletin, type BulletinQuery } from './service.ts';

function BulletinPanel() {
  const { session } = useSession();
  const [period, setPeriod] = useState<Period>(() => lastMonth());
  // A committee's jurisdiction is already one 居民区: the filter only narrows wider scopes.
  const [neighborhood, setNeighborhood] = useState<string | undefined>(undefined);
  // The 居民区 options are those of the unfiltered ranking: every role that
  // sees bulletins gets them this way, without a second request.
  const [known, setKnown] = useState<string[]>([]);
  const query: BulletinQuery = { from: isoDate(period[0]), to: isoDate(period[1]), neighborhood };
  const res = useRequest(async (signal) => {
    const r = await fetchBulletin(query, signal);
    if (!query.neighborhood) setKnown(r.bulletin.neighborhoods.map((n) => n.neighborhood));
    return r;
  }, [query.from, query.to, query.neighborhood]);
  const b = res.data;
  const narrowable = session?.user.jurisdiction.neighborhood === null;

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label="统计期"
          allowClear={false}
          value={period}
          presets={periodPresets()}
          onChange={(v) => { if (v?.[0] && v[1]) setPeriod([v[0], v[1]]); }}
        />
        {narrowable && (
          <Select
            aria-label="居民区"
            placeholder="全部居民区"
            allowClear
            style={{ width: 180 }}
            value={neighborhood}
            options={known.map((n) => ({ value: n, label: n }))}
            onChange={(v: string | undefined) => setNeighborhood(v)}
          />
        )}
        <Button icon={<FilePdfOutlined />} href={bulletinFileUrl(query, 'pdf')} download>导出 PDF</Button>
        <Button icon={<FileWordOutlined />} href={bulletinFileUrl(query, 'docx')} download>导出 Word</Button>
        <Button icon={<DownloadOutlined />} href={bulletinFileUrl(query, 'xlsx')} download>导出 Excel</Button>
      </Space>
      <PageState loading={res.loading && !b} error={res.error} onRetry={res.reload}>
        {b && (
          <>
            <Typography.Title level={5} data-testid="bulletin-scope">
              {neighborhood ?? b.jurisdiction}　{b.from} 至 {b.to}
            </Typography.Title>
            <div data-testid="bulletin-figures"><FiguresPanel figures={b.bulletin.overall} /></div>
            <Typography.Title level={5} style={{ marginTop: 24 }}>居民区排名</Typography.Title>
            <div data-testid="bulletin-ranking"><RankingTable rows={b.bulletin.neighborhoods} /></div>
          </>
        )}
      </PageState>
    </>
  );
}

export default function BulletinsPage() {
  const { access } = useSession();
  if (!access.canViewAssessment) return <Card title="工作通报"><BulletinPanel /></Card>;
  return (
    <Card>
      <Tabs
        items={[
          { key: 'bulletin', label: '工作通报', children: <BulletinPanel /> },
          { key: 'assessment', label: '考核', children: <AssessmentPanel /> },
        ]}
      />
    </Card>
  );
}
