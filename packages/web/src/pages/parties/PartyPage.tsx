// 当事人档案: who the party is (a person masked until revealed for a stated
// purpose), its credit record with each entry's evidence and expiry, its
// dwellings in the jurisdiction as a lead list, and the history of the
// cases on them. The credit record downloads as Excel.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import type { CreditEntryT } from '@sentinel/contract';
import { PARTY_LINK_ROLE_LABELS } from '@sentinel/domain';
import { fetchFile, saveFile } from '../../app/file.ts';
import { useSession } from '../../app/session.tsx';
import { useRequest } from '../../app/use-request.ts';
import { useSubmit } from '../../app/use-submit.ts';
import { PageState } from '../../components/PageState.tsx';
import { CreditTag } from './CreditTag.tsx';
import { DwellingTable } from './DwellingTable.tsx';
import { creditRecordUrl, fetchPartyFile, revealParty, type RentalPartyFile } from './service.ts';

type History = RentalPartyFile['history'][number];

export default function PartyPage() {
  const { partyId = '' } = useParams();
  const { access } = useSession();
  const res = useRequest((signal) => fetchPartyFile(partyId, signal), [partyId]);
  const [revealed, setRevealed] = useState<{ name: string; phone: string | null; idLast4: string | null } | null>(null);
  const [asking, setAsking] = useState(false);
  const action = useSubmit();
  const reveal = ({ purpose }: { purpose: string }) => action.run(async () => { setRevealed(await revealParty(partyId, purpose.trim())); setAsking(false); });
  const download = () => action.run(async () => saveFile(await fetchFile(creditRecordUrl(partyId))));
  const f = res.data;
  const p = f?.party;
  return (
    <PageState loading={res.loading && !f} error={res.error} onRetry={res.reload}>
      {f && p && (
        <>
          <Card title={<Space wrap><span data-testid="party-name">{revealed?.name ?? p.name}</span><Tag>{p.kindLabel}</Tag><CreditTag score={f.credit.score} band={f.credit.band} /></Space>}
            extra={<Space wrap>
              {access.canRevealPersonalData && !p.revealed && !revealed && <Button icon={<EyeOutlined />} onClick={() => setAsking(true)}>查看完整信息</Button>}
              <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={action.saving}>导出信用记录（Excel）</Button>
            </Space>} style={{ marginBottom: 16 }}>
            {revealed && <Alert type="warning" showIcon message="已显示完整个人信息：本次查看已记录（查看人、时间、目的）。" style={{ marginBottom: 12 }} />}
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
              <Descriptions.Item label="电话">{revealed ? revealed.phone ?? '—' : p.phone ?? '—'}</Descriptions.Item>
              {p.kind === 'person'
                ? <Descriptions.Item label="证件末四位">{revealed ? revealed.idLast4 ?? '—' : p.idLast4 ?? '—'}</Descriptions.Item>
                : <Descriptions.Item label="统一社会信用代码">{p.creditCode ?? '—'}</Descriptions.Item>}
              <Descriptions.Item label="辖区内房屋">{p.dwellings} 处{p.dwellingsOutside > 0 ? `（辖区外另有 ${p.dwellingsOutside} 处）` : ''}</Descriptions.Item>
              <Descriptions.Item label="身份">{p.roles.map((r) => PARTY_LINK_ROLE_LABELS[r]).join('、')}</Descriptions.Item>
              {p.note && <Descriptions.Item label="备注">{p.note}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={`信用记录：${f.credit.score} / ${f.credit.baseScore} 分（${f.credit.band}，统计日 ${f.credit.asOf}）`} style={{ marginBottom: 16 }}>
            <Typography.Paragraph type="secondary">每条记录注明证据（案件编号、房屋）和失效日期；失效后不再扣分。</Typography.Paragraph>
            <Table<CreditEntryT>
              size="small" rowKey={(e) => `${e.caseNumber}-${e.offence}-${e.day}`} pagination={false} dataSource={f.credit.entries} data-testid="credit-entries" scroll={{ x: 720 }}
              locale={{ emptyText: '没有失信记录' }}
              columns={[
                { title: '失信行为', dataIndex: 'label' },
                { title: '扣分', dataIndex: 'points', width: 70 },
                { title: '发生日期', dataIndex: 'day', width: 110 },
                { title: '失效日期', dataIndex: 'expiresDay', width: 110 },
                { title: '状态', dataIndex: 'inForce', width: 80, render: (v: boolean) => (v ? <Tag color="red">有效</Tag> : <Tag>已失效</Tag>) },
                { title: '身份', dataIndex: 'roleLabel', width: 120 },
                { title: '证据', dataIndex: 'caseNumber', render: (n: string, e) => (e.caseId ? <Link to={`/cases/${encodeURIComponent(e.caseId)}`}>{n}</Link> : n) },
                { title: '房屋', dataIndex: 'address', render: (a: string | null) => a ?? '（辖区外）' },
              ]}
            />
          </Card>
          <Card title="名下房屋（线索清单）" style={{ marginBottom: 16 }}>
            <DwellingTable rows={f.dwellings} testId="party-dwellings" />
          </Card>
          <Card title="历史（辖区内房屋的案件）">
            <Table<History>
              size="small" rowKey={(h) => `${h.caseId}-${h.state}-${h.day}`} pagination={f.history.length > 20 ? { pageSize: 20 } : false} dataSource={f.history}
              locale={{ emptyText: '名下房屋没有案件' }}
              columns={[
                { title: '日期', dataIndex: 'day', width: 110 },
                { title: '事项', dataIndex: 'stateLabel', width: 140 },
                { title: '案件', dataIndex: 'caseNumber', render: (n: string, h) => <Link to={`/cases/${encodeURIComponent(h.caseId)}`}>{n}</Link> },
                { title: '房屋', dataIndex: 'address', render: (a: string, h) => <Link to={`/houses/${encodeURIComponent(h.houseId)}`}>{a}</Link> },
              ]}
            />
          </Card>
          <Modal title="查看完整个人信息" open={asking} onCancel={() => setAsking(false)} footer={null} destroyOnHidden>
            <Form layout="vertical" onFinish={reveal}>
              <Form.Item name="purpose" label="查看目的（将记录在案）" rules={[{ required: true, min: 2, message: '请填写查看目的（至少 2 个字）' }]}>
                <Input.TextArea rows={3} placeholder="例如：约谈二房东" autoFocus />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={action.saving} block>确认查看</Button>
            </Form>
          </Modal>
        </>
      )}
    </PageState>
  );
}
