// The dialog behind a day of the 工作日历: mark it 放假 or 上班 with the
// reason (required; the server audits the change with it), or — for a day
// already changed — 恢复官方日历. Deadlines computed after saving use it.
import { useEffect } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Radio, Space } from 'antd';
import { useSubmit } from '../../app/use-submit.ts';
import { weekdayName } from './months.ts';
import { clearCalendarDay, setCalendarDay, type CalendarDayBody, type CalendarYear, type CalendarYearDay } from './service.ts';

interface Props {
  day: CalendarYearDay | null;
  onClose: () => void;
  onSaved: (year: CalendarYear) => void;
}

export function EditDayModal({ day, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarDayBody>();
  const { saving, error, run, clearError } = useSubmit({ inline: true, detailOnly: true });

  useEffect(() => {
    if (!day) return;
    clearError();
    form.setFieldsValue({ kind: day.working ? 'holiday' : 'workday', note: '' });
  }, [day]);

  if (!day) return null;
  const changed = day.source === 'override';

  const save = (body: CalendarDayBody) => run(async () => {
    onSaved(await setCalendarDay(day.date, { kind: body.kind, note: body.note.trim() }));
    void message.success(`${day.date} 已调整为${body.kind === 'holiday' ? '放假' : '上班'}`);
    onClose();
  });
  const restore = () => run(async () => {
    onSaved(await clearCalendarDay(day.date));
    void message.success(`${day.date} 已恢复官方日历`);
    onClose();
  });

  return (
    <Modal title={`调整 ${day.date}（${weekdayName(day.date)}）`} open onCancel={onClose} footer={null} destroyOnHidden>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }} items={[
        { key: 'now', label: '当前', children: `${day.working ? '上班' : '休息'}（${day.label}）` },
        ...(changed ? [{ key: 'official', label: '官方日历', children: `${day.officialWorking ? '上班' : '休息'}（${day.officialLabel ?? ''}）` }] : []),
      ]} />
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} />}
      <Form<CalendarDayBody> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)}>
        <Form.Item name="kind" label="调整为" rules={[{ required: true, message: '请选择放假或上班' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'holiday', label: '放假' }, { value: 'workday', label: '上班' }]} />
        </Form.Item>
        <Form.Item name="note" label="原因" rules={[{ required: true, whitespace: true, message: '请填写调整原因' }]} extra="如：国办发明电〔2026〕x号；区里统一安排">
          <Input maxLength={200} aria-label="原因" />
        </Form.Item>
        <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }}>
          {changed && <Button onClick={() => void restore()} loading={saving}>恢复官方日历</Button>}
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" loading={saving}>保存</Button>
        </Space>
      </Form>
    </Modal>
  );
}
