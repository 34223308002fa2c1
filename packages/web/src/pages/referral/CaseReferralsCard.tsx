// 疏导安置 on the case page: the tenants of this group rental offered a
// referral bed (counts per employer, no names) and what became of them.
import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchCaseReferrals, fetchHousing, recordOutcome, recordReferral, type CaseReferral, type NewCaseReferralBody } from './service.ts';

function OutcomeButton({ r, onDone }: { r: CaseReferral; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ placed: number; declined: number }>();
  const submit = useSubmit({ inline: true });
  return (
    <>
      <a onClick={() => setOpen(true)}>更新结果</a>
      <Modal title={`疏导结果：${r.employer}（推荐 ${r.offered} 人）`} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={submit.saving} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ placed: r.placed, declined: r.declined }} preserve={false}
          onFinish={(v) => submit.run(async () => { await recordOutcome(r.id, v); setOpen(false); onDone(); })}>
          <Form.Item name="placed" label="已入住人数"><InputNumber min={0} max={r.offered} /></Form.Item>
          <Form.Item name="declined" label="谢绝人数"><InputNumber min={0} max={r.offered} /></Form.Item>
          {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
        </Form>
      </Modal>
    </>
  );
}

export function CaseReferralsCard({ caseId, canRecord }: { caseId: string; canRecord: boolean }) {
  const { message } = App.useApp();
  const res = useRequest((signal) => fetchCaseReferrals(caseId, signal), [caseId]);
  const housing = useRequest((signal) => fetchHousing(signal), []);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewCaseReferralBody>();
  const submit = useSubmit({ inline: true });
  const finish = (v: NewCaseReferralBody) => submit.run(async () => {
    await recordReferral(caseId, { ...v, housingId: v.housingId ?? null });
    setOpen(false);
    void message.success('已登记疏导推荐');
    res.reload();
    housing.reload();
  });
  return (
    <Card title="疏导安置（疏堵结合）" style={{ marginBottom: 16 }} data-testid="case-referrals" extra={canRecord && <Button onClick={() => setOpen(true)}>登记疏导推荐</Button>}>
      <PageState loading={res.loading && !res.data} error={res.error} onRetry={res.reload} empty={res.data?.items.length === 0} emptyText="尚无疏导推荐">
        <Table<CaseReferral> size="small" rowKey="id" pagination={false} dataSource={res.data?.items ?? []} scroll={{ x: 420 }}
          columns={[
            { title: '用人单位', dataIndex: 'employer' },
            { title: '房源', dataIndex: 'housingName', render: (v: string | null) => v ?? '—' },
            { title: '推荐', dataIndex: 'offered', align: 'right' },
            { title: '入住', dataIndex: 'placed', align: 'right' },
            { title: '谢绝', dataIndex: 'declined', align: 'right' },
            { title: '待定', dataIndex: 'pending', align: 'right' },
            ...(canRecord ? [{ title: '', key: 'a', render: (_: unknown, r: CaseReferral) => <OutcomeButton r={r} onDone={() => { res.reload(); housing.reload(); }} /> }] : []),
          ]} />
      </PageState>
      <Modal title="登记疏导推荐" open={open} onCancel={() => { submit.clearError(); setOpen(false); }} onOk={() => form.submit()} confirmLoading={submit.saving} destroyOnHidden>
        <Form<NewCaseReferralBody> form={form} layout="vertical" onFinish={finish} preserve={false} initialValues={{ offered: 1, placed: 0, declined: 0 }}>
          <Form.Item name="employer" label="用人单位（只记单位，不记个人）" rules={[{ required: true, whitespace: true, message: '请填写用人单位' }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="housingId" label="推荐房源">
            <Select allowClear placeholder="暂不指定" options={(housing.data?.items ?? []).filter((h) => h.active).map((h) => ({ value: h.id, label: `${h.name}（空床 ${h.bedsAvailable}）` }))} />
          </Form.Item>
          <Form.Item name="offered" label="推荐人数" rules={[{ required: true }]}><InputNumber min={1} max={500} /></Form.Item>
          <Form.Item name="placed" label="已入住人数"><InputNumber min={0} max={500} /></Form.Item>
          <Form.Item name="declined" label="谢绝人数"><InputNumber min={0} max={500} /></Form.Item>
          {submit.error && <div role="alert" style={{ color: '#cf1322' }}>{submit.error}</div>}
        </Form>
      </Modal>
    </Card>
  );
}
