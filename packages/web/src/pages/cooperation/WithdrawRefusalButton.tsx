// 撤销: a recorded refusal is never deleted; withdrawing it needs a reason,
// and the record stays listed with who withdrew it and why.
import { useState } from 'react';
import { App, Button, Input, Modal, Typography } from 'antd';
import { useSubmit } from '../../app/use-submit.ts';
import { withdrawRefusal, type CooperationRefusal } from './service.ts';

export function WithdrawRefusalButton({ refusal, onDone }: { refusal: CooperationRefusal; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { saving, run } = useSubmit();

  const submit = (): Promise<void> => run(async () => {
    await withdrawRefusal(refusal.id, reason.trim());
    setOpen(false);
    setReason('');
    void message.success('已撤销，该记录不再扣分');
    onDone();
  });

  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)}>撤销</Button>
      <Modal
        title="撤销拒不配合记录"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => void submit()}
        okText="撤销"
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText="取消"
        confirmLoading={saving}
      >
        <Typography.Paragraph>
          {refusal.unit.name} {refusal.day}：{refusal.note}
        </Typography.Paragraph>
        <Input.TextArea aria-label="撤销理由" rows={3} maxLength={200} showCount placeholder="撤销理由（必填），如：经复核系误记" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
