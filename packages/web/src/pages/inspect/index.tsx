// 上门核查 (mobile-first): the verification step of a case on the phone —
// result, the five-criteria checklist, camera photos, a note. It works
// without a connection: the step and its photos are kept on the phone and
// sent, in order, as soon as the connection returns.
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { CASE_ACTION_LABELS, type CaseAction } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { fetchCase, type Evidence } from '../cases/service.ts';
import { ChecklistFields } from '../cases/ChecklistFields.tsx';
import { newStepId, putStep, type QueuedPhoto } from '../../offline/outbox.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import { LocalPhotos } from './LocalPhotos.tsx';
import { formatDateTime } from '../../app/format.ts';

const VERIFY_ACTIONS: CaseAction[] = ['confirm', 'rule_out', 'record_no_access'];

interface Values {
  action: CaseAction;
  checklist?: Evidence['checklist'];
  photos?: QueuedPhoto[];
  note?: string;
}

export default function InspectPage() {
  const { caseId = '' } = useParams();
  const res = useRequest((signal) => fetchCase(caseId, signal), [caseId]);
  const outbox = useOutbox();
  const [form] = Form.useForm<Values>();
  const [saved, setSaved] = useState(false);
  const action = Form.useWatch('action', form);
  const c = res.data;
  const actions = c ? VERIFY_ACTIONS.filter((a) => c.availableActions.includes(a)) : [];
  const queuedHere = outbox.steps.filter((s) => s.caseId === caseId);
  // Keep the panel once something was waiting here, so the inspector sees it go out.
  useEffect(() => { if (queuedHere.length > 0) setSaved(true); }, [queuedHere.length]);
  // Once the last queued step is on the server, show the case as it now is (not the stale 核查中).
  const pending = useRef(0);
  const { reload } = res;
  useEffect(() => {
    if (pending.current > 0 && queuedHere.length === 0) reload();
    pending.current = queuedHere.length;
  }, [queuedHere.length, reload]);

  const submit = async (v: Values) => {
    if (!c) return;
    const evidence: Evidence = {};
    if (v.note?.trim()) evidence.note = v.note.trim();
    if (v.action !== 'record_no_access') evidence.checklist = v.checklist;
    await putStep({
      id: newStepId(), caseId: c.id, houseId: c.houseId, address: c.address, action: v.action, evidence,
      photos: v.photos ?? [], uploadedIds: [], createdAt: Date.now(), error: null,
    });
    setSaved(true);
    form.resetFields();
    await outbox.refresh();
    if (navigator.onLine) await outbox.sync();
  };

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Link to={`/cases/${encodeURIComponent(caseId)}`}>← 返回案件</Link>
        <Tag color={outbox.online ? 'green' : 'orange'} data-testid="network-state">{outbox.online ? '在线' : '离线：记录将保存在本机'}</Tag>
      </Space>
      {(queuedHere.length > 0 || saved) && (
        <Card size="small" title="本机待上传" style={{ marginBottom: 12 }} extra={<Button size="small" loading={outbox.syncing} disabled={!outbox.online} onClick={() => void outbox.sync()}>立即上传</Button>}>
          {queuedHere.length === 0
            ? <Alert type="success" showIcon message="核查记录已全部上传" data-testid="outbox-empty" />
            : (
              <List
                size="small" dataSource={queuedHere} data-testid="outbox-list"
                renderItem={(s) => (
                  <List.Item actions={s.error ? [<Button key="d" size="small" danger onClick={() => void outbox.discard(s.id)}>放弃</Button>] : []}>
                    <Space direction="vertical" size={0}>
                      <span>{CASE_ACTION_LABELS[s.action]} · 照片 {s.photos.length} 张 · {formatDateTime(s.createdAt)}</span>
                      {s.error ? <Typography.Text type="danger">服务器未接受：{s.error}</Typography.Text> : <Typography.Text type="secondary">等待联网上传</Typography.Text>}
                    </Space>
                  </List.Item>
                )}
              />
            )}
        </Card>
      )}
      <PageState loading={res.loading} error={res.error} onRetry={res.reload}>
        {c && (
          <Card title={<span>上门核查 · {c.address}</span>} extra={<Tag color="blue">{c.stateLabel}</Tag>}>
            {actions.length === 0 ? (
              <Alert type="info" showIcon message={`案件当前为“${c.stateLabel}”，您的岗位无需上门核查。`} />
            ) : (
              // No verdict is preselected: submitting without choosing one must not confirm a group rental.
              <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ photos: [] }} size="large">
                <Form.Item name="action" label="核查结论" rules={[{ required: true, message: '请选择核查结论' }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" options={actions.map((a) => ({ value: a, label: CASE_ACTION_LABELS[a] }))} />
                </Form.Item>
                {action !== undefined && action !== 'record_no_access' && <ChecklistFields registry={c.registry} />}
                {action !== undefined && action !== 'record_no_access' && (
                  <Form.Item name="photos" label="现场照片（地址门牌与违规情况）" rules={[{ validator: (_, v: QueuedPhoto[] | undefined) => ((v?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error('请至少拍摄 1 张现场照片'))) }]}>
                    <LocalPhotos />
                  </Form.Item>
                )}
                <Form.Item name="note" label="情况说明" rules={action === 'record_no_access' ? [{ required: true, message: '请说明无法入户的情况' }] : []}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Button type="primary" htmlType="submit" block>{outbox.online ? '提交核查结果' : '保存到本机（联网后自动上传）'}</Button>
              </Form>
            )}
          </Card>
        )}
      </PageState>
    </div>
  );
}
