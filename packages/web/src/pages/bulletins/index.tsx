// 工作通报: the figures of a period (default last month) for the user's
// jurisdiction or one 居民区, the neighbourhood ranking, and the bulletin as
// PDF / Word / Excel; dispatchers also see the annual 考核 in a second tab.
import { useState } from 'react';
import { App, Button, Card, DatePicker, Popconfirm, Select, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, FilePdfOutlined, FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { handleRequestError } from '../../app/error-handler.ts';
import { useRequest } from '../../app/use-request.ts';
import { useSession } from '../../app/session.tsx';
import { PageState } from '../../components/PageState.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { RankingTable } from './RankingTable.tsx';
import { HistoryBars } from './HistoryBars.tsx';
import { AssessmentPanel } from './AssessmentPanel.tsx';
import { isoDate, lastMonth, periodPresets, type Period } from './period.ts';
import { bulletinFileUrl, fetchBulletin, issueBulletin, type BulletinQuery } from './service.ts';

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
  const { message } = App.useApp();
  const narrowable = session?.user.jurisdiction.neighborhood === null;
  // The subdistrict issues bulletins; a committee reads its own.
  const canIssue = narrowable && session?.user.jurisdiction.communities === null;

  async function issue(): Promise<void> {
    try {
      const r = await issueBulletin(query);
      void message.success(`已出具通报，文号 ${r.issued?.documentNumber ?? ''}`);
      res.reload();
    } catch (err) {
      handleRequestError(err);
    }
  }

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
        {canIssue && b && !b.issued && (
          <Popconfirm title="出具本期通报？" description="以街道办事处名义取文号并保存，之后导出的都是这份通报。" okText="出具" cancelText="取消" onConfirm={issue}>
            <Button type="primary" icon={<SafetyCertificateOutlined />}>出具通报</Button>
          </Popconfirm>
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
            <Typography.Paragraph type="secondary" data-testid="bulletin-issue">
              发文机关：{b.issuingUnit}　{b.issued ? `文号：${b.issued.documentNumber}（${b.issued.issuedByName}出具于${new Date(b.issued.issuedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}）` : '尚未出具（导出为无文号草稿）'}
            </Typography.Paragraph>
            <div data-testid="bulletin-figures"><FiguresPanel figures={b.bulletin.overall} /></div>
            <Typography.Paragraph data-testid="bulletin-referral" style={{ marginTop: 12 }}>
              疏堵结合：推荐疏导房源 {b.bulletin.referral.offered} 人（{b.bulletin.referral.cases} 起案件），已入住 {b.bulletin.referral.placed} 人（{b.bulletin.referral.percentPlaced}%），谢绝 {b.bulletin.referral.declined} 人，待定 {b.bulletin.referral.pending} 人
            </Typography.Paragraph>
            <Typography.Title level={5} style={{ marginTop: 24 }}>居民区排名</Typography.Title>
            <div data-testid="bulletin-ranking"><RankingTable rows={b.bulletin.neighborhoods} /></div>
            <Typography.Title level={5} style={{ marginTop: 24 }}>近六个月</Typography.Title>
            <HistoryBars months={b.history} />
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
