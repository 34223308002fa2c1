// 批量派单: one button for a selection of alerts (opened as cases first) and
// cases. A confirmation names how many, to whom (a directory unit, or each
// house's own 居委会) and the deadline; the answer lists what was not sent
// and why, item by item. Mounted by the alerts list (and any list with a
// selection): give it the selected rows.
import { useState } from 'react';
import { Alert, App, Button, Form, InputNumber, List, Modal, Typography } from 'antd';
import { describeError } from '../../app/error-handler.ts';
import { refreshTodo } from '../todo/todo-store.ts';
import { AssigneePicker, type AssigneeValue } from './AssigneePicker.tsx';
import { batchDispatch, type AlertIntakeBody, type BatchDispatchResult } from './service.ts';

interface Values { assignee?: AssigneeValue; dueInWorkingDays?: number }

export function BatchDispatchButton({ alerts = [], caseIds = [], onDone, label = '批量派单' }: {
  alerts?: readonly AlertIntakeBody[];
  caseIds?: readonly string[];
  onDone?: (result: BatchDispatchResult) => void;
  label?: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<BatchDispatchResult | null>(null);
  const count = alerts.length + caseIds.length;

  const close = () => { setOpen(false); setResult(null); setError(null); form.resetFields(); };
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await batchDispatch({ alerts: [...alerts], caseIds: [...caseIds], ...(v.assignee ? { assignee: v.assignee } : {}), ...(v.dueInWorkingDays ? { dueInWorkingDays: v.dueInWorkingDays } : {}) });
      void refreshTodo();
      onDone?.(r);
      if (r.failed === 0) {
        void message.success(`已派单 ${r.dispatched} 件`);
        close();
      } else {
        setResult(r);
      }
    } catch (err) {
      setError(describeError(err).detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="primary" disabled={count === 0} onClick={() => setOpen(true)} data-testid="batch-dispatch">{label}{count > 0 ? `（${count}）` : ''}</Button>
      <Modal
        title={`批量派单：共 ${count} 条`}
        open={open}
        onCancel={close}
        okText={result ? '完成' : '确认派单'}
        cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
        confirmLoading={busy}
        onOk={() => (result ? close() : form.submit())}
        destroyOnHidden
      >
        {result ? (
          <>
            <Alert type={result.dispatched > 0 ? 'warning' : 'error'} showIcon message={`已派单 ${result.dispatched} 件，未派出 ${result.failed} 件`} style={{ marginBottom: 12 }} />
            <List
              size="small"
              dataSource={result.items.filter((i) => !i.ok)}
              renderItem={(i) => <List.Item><Typography.Text>{i.caseNumber ?? i.ref}：{i.message}</Typography.Text></List.Item>}
            />
          </>
        ) : (
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <Typography.Paragraph>
              {alerts.length > 0 && `${alerts.length} 条预警将先立案，`}{caseIds.length > 0 && `${caseIds.length} 个案件，`}全部派单给所选单位；不选则各派给房屋所在居委会。
            </Typography.Paragraph>
            <Form.Item name="assignee" label="承办单位 / 承办人"><AssigneePicker /></Form.Item>
            <Form.Item name="dueInWorkingDays" label="核查期限（工作日，缺省按制度）"><InputNumber min={1} max={30} /></Form.Item>
            {error && <Alert type="error" showIcon role="alert" message={error} />}
          </Form>
        )}
      </Modal>
    </>
  );
}
