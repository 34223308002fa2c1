// People of the dwelling (owner, sublessor, tenants), masked. A permitted
// user may reveal them after stating why; the server logs who, when, what and why.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Table, Tag } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useSession } from '../../app/session.tsx';
import { handleRequestError } from '../../app/error-handler.ts';
import { revealParties, type Party } from './service.ts';

export function PartiesPanel({ houseId, parties }: { houseId: string; parties: Party[] }) {
  const { access } = useSession();
  const [shown, setShown] = useState<Party[]>(parties);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const revealed = shown.some((p) => p.revealed);

  const reveal = async ({ purpose }: { purpose: string }) => {
    setBusy(true);
    try {
      setShown((await revealParties(houseId, purpose.trim())).items);
      setAsking(false);
    } catch (err) {
      handleRequestError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {revealed && <Alert type="warning" showIcon message="已显示完整个人信息：本次查看已记录（查看人、时间、目的）。" style={{ marginBottom: 12 }} />}
      <Table<Party>
        size="small" rowKey="id" pagination={false} dataSource={shown}
        locale={{ emptyText: '尚未登记业主、二房东或租户' }}
        columns={[
          { title: '身份', dataIndex: 'kindLabel', width: 100 },
          { title: '姓名', dataIndex: 'name' },
          { title: '电话', dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: '证件末四位', dataIndex: 'idLast4', render: (v: string | null) => v ?? '—' },
          { title: '', dataIndex: 'revealed', width: 90, render: (r: boolean) => (r ? <Tag color="orange">未脱敏</Tag> : <Tag>已脱敏</Tag>) },
        ]}
      />
      {access.canRevealPersonalData && shown.length > 0 && !revealed && (
        <Button icon={<EyeOutlined />} style={{ marginTop: 12 }} onClick={() => setAsking(true)}>查看完整信息</Button>
      )}
      <Modal title="查看完整个人信息" open={asking} onCancel={() => setAsking(false)} footer={null} destroyOnHidden>
        <Form layout="vertical" onFinish={reveal}>
          <Form.Item name="purpose" label="查看目的（将记录在案）" rules={[{ required: true, min: 2, message: '请填写查看目的（至少 2 个字）' }]}>
            <Input.TextArea rows={3} placeholder="例如：联系业主安排上门核查" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>确认查看</Button>
        </Form>
      </Modal>
    </>
  );
}
