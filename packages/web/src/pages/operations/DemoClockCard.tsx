// 演示时钟 (administrator, demo mode only): move the demo's today forward so
// that deadlines pass and the later steps of the loop (验收不合格, 约谈,
// 集中联合整治) can be shown. Hidden outside demo mode, where the server
// refuses the move anyway.
import { useState } from 'react';
import { App, Button, Card, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRequest } from '../../app/use-request.ts';
import { describeError } from '../../app/error-handler.ts';
import { fetchServerClock, setDemoToday } from '../../app/server-clock.ts';

export function DemoClockCard() {
  const { message } = App.useApp();
  const clock = useRequest((signal) => fetchServerClock(signal), []);
  const [target, setTarget] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const view = clock.data;
  if (!view?.demo) return null;
  const today = dayjs(view.today);

  const move = async (day: Dayjs) => {
    setBusy(true);
    try {
      const after = await setDemoToday(day.format('YYYY-MM-DD'));
      void message.success(`演示日期已调整为 ${after.today}`);
      setTarget(null);
      clock.reload();
    } catch (err) {
      void message.error(describeError(err).detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="演示时钟" data-testid="demo-clock">
      <Space direction="vertical">
        <Typography.Text>
          当前演示日期 <Typography.Text strong data-testid="demo-today">{view.today}</Typography.Text>
          {view.offsetDays > 0 ? `（比实际日期提前 ${view.offsetDays} 天）` : '（与实际日期相同）'}
        </Typography.Text>
        <Typography.Text type="secondary">仅演示模式可用：日期只能向后调整，所有期限、超期和办理时间都按演示日期计算。</Typography.Text>
        <Space wrap>
          <Button loading={busy} onClick={() => void move(today.add(1, 'day'))}>前进 1 天</Button>
          <Button loading={busy} onClick={() => void move(today.add(7, 'day'))}>前进 1 周</Button>
          <DatePicker
            aria-label="新的演示日期" value={target} onChange={setTarget} allowClear
            disabledDate={(d) => !d.isAfter(today, 'day')} placeholder="选择新的演示日期"
          />
          <Button type="primary" disabled={!target} loading={busy} onClick={() => target && void move(target)}>调整到所选日期</Button>
        </Space>
      </Space>
    </Card>
  );
}
