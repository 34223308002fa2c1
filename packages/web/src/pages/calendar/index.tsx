// 工作日历 (系统管理员): the year every case deadline is counted on —
// China's official holidays and 调休 working weekends (国务院办公厅通知, from
// the chinese-days data) with the administrator's changes on top. Clicking a
// day changes it (放假 / 上班, with the reason; audited) or restores the
// official day; the list below names every change of the year.
import { useState } from 'react';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { formatDate } from '../../app/format.ts';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { EditDayModal } from './EditDayModal.tsx';
import { MonthTable } from './MonthTable.tsx';
import { monthGrids, weekdayName, yearCounts } from './months.ts';
import { fetchCalendarYear, type CalendarYear, type CalendarYearDay } from './service.ts';

const thisYear = () => Number(formatDate(Date.now()).slice(0, 4));

export default function CalendarPage() {
  const [year, setYear] = useState(thisYear);
  const [picked, setPicked] = useState<CalendarYearDay | null>(null);
  const [saved, setSaved] = useState<CalendarYear | null>(null);
  const loaded = useRequest((signal) => fetchCalendarYear(year, signal), [year]);
  // A save answers with the whole year: show it at once (the request state keeps the first load).
  const view = saved && saved.year === year ? saved : loaded.data;
  const changes = (view?.days ?? []).filter((d) => d.source === 'override');
  const counts = view ? yearCounts(view.days) : null;

  const switcher = (
    <Space size={4}>
      <Button size="small" icon={<LeftOutlined />} aria-label="上一年" onClick={() => { setSaved(null); setYear((y) => y - 1); }} />
      <Typography.Text strong data-testid="calendar-year">{year} 年</Typography.Text>
      <Button size="small" icon={<RightOutlined />} aria-label="下一年" onClick={() => { setSaved(null); setYear((y) => y + 1); }} />
    </Space>
  );

  return (
    <Card title="工作日历" extra={switcher}>
      <PageState loading={loaded.loading && !view} error={loaded.error} onRetry={loaded.reload}>
        {view && (
          <>
            {!view.official && (
              <Alert
                type="warning" showIcon style={{ marginBottom: 12 }}
                message={`官方日历数据尚未收录 ${year} 年`}
                description={view.covered
                  ? '已录入部分调整；请核对国务院办公厅当年的放假通知，把全部放假日和调休上班日录齐，期限才准确。'
                  : '案件期限不能落在该年。请按国务院办公厅放假通知，逐日点击设置放假日和调休上班日。'}
              />
            )}
            {counts && (
              <Typography.Paragraph type="secondary" data-testid="calendar-summary">
                全年上班 {counts.working} 天、休息 {counts.off} 天，管理员调整 {counts.changed} 天。
                案件期限按此日历计算（送达当日不计；调休上班日计入，放假日不计）。点击日期可调整。
              </Typography.Paragraph>
            )}
            <Space wrap size={[12, 4]} style={{ marginBottom: 12, fontSize: 12 }}>
              <span><Tag color="red">休</Tag>放假（不计入期限）</span>
              <span><Tag color="orange">班</Tag>调休上班</span>
              <span><Tag color="blue">蓝框</Tag>管理员调整</span>
            </Space>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', gap: 12 }}>
              {monthGrids(view.days).map((g) => <MonthTable key={g.month} grid={g} onPick={setPicked} />)}
            </div>
            <Typography.Title level={5} style={{ marginTop: 16 }}>{year} 年的调整（{changes.length}）</Typography.Title>
            <List<CalendarYearDay>
              data-testid="calendar-changes"
              size="small"
              bordered
              dataSource={changes}
              locale={{ emptyText: '本年未作调整，完全按官方日历' }}
              renderItem={(d) => (
                <List.Item actions={[<Button key="edit" size="small" onClick={() => setPicked(d)}>修改</Button>]}>
                  <List.Item.Meta
                    title={<span>{d.date}（{weekdayName(d.date)}） {d.working ? <Tag color="orange">上班</Tag> : <Tag color="red">放假</Tag>}</span>}
                    description={`原因：${d.label}；官方：${d.officialWorking ? '上班' : '休息'}（${d.officialLabel ?? ''}）`}
                  />
                </List.Item>
              )}
            />
          </>
        )}
      </PageState>
      <EditDayModal day={picked} onClose={() => setPicked(null)} onSaved={setSaved} />
    </Card>
  );
}
