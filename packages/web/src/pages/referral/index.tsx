// 疏导房源 (疏堵结合): where the workers of a cleared group rental can go —
// public rental beds, dormitory-style rental housing — with rent, who may
// apply and how (in Jing'an the employer applies). Kept by the ops centre.
import { useState } from 'react';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { REFERRAL_APPLICANT_LABELS, REFERRAL_HOUSING_KIND_LABELS } from '@sentinel/domain';
import { useSession } from '../../app/session.tsx';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { HousingModal } from './HousingModal.tsx';
import { fetchHousing, type ReferralHousing } from './service.ts';

export default function ReferralHousingPage() {
  const { access } = useSession();
  const res = useRequest((signal) => fetchHousing(signal), []);
  const [editing, setEditing] = useState<ReferralHousing | null>(null);
  const [open, setOpen] = useState(false);
  const items = res.data?.items ?? [];
  const free = items.filter((h) => h.active).reduce((s, h) => s + h.bedsAvailable, 0);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>可用床位合计 <b data-testid="beds-free">{free}</b> 张</Typography.Text>
        {access.canManageReferral && <Button type="primary" icon={<PlusOutlined />} onClick={() => { setEditing(null); setOpen(true); }}>新增房源</Button>}
      </Space>
      <PageState loading={res.loading} error={res.error} onRetry={res.reload} empty={items.length === 0} emptyText="尚未登记疏导房源">
        <List<ReferralHousing>
          grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 3 }} dataSource={items} data-testid="referral-housing"
          renderItem={(h) => (
            <List.Item>
              <Card size="small" title={h.name} extra={<Space size={4}><Tag>{REFERRAL_HOUSING_KIND_LABELS[h.kind]}</Tag>{!h.active && <Tag color="default">停用</Tag>}</Space>}
                actions={access.canManageReferral ? [<a key="e" onClick={() => { setEditing(h); setOpen(true); }}>修改</a>] : undefined}>
                <Space direction="vertical" size={2}>
                  <span>床位：可用 {h.bedsAvailable} / 共 {h.bedsTotal}</span>
                  <span>租金：{h.monthlyRentPerBed === null ? '待定' : `${h.monthlyRentPerBed} 元/床·月`}</span>
                  <span>申请条件：{h.eligibility}</span>
                  <span>{REFERRAL_APPLICANT_LABELS[h.applicant]}：{h.applicationRoute}</span>
                  <Typography.Text type="secondary">{h.address}</Typography.Text>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      </PageState>
      <HousingModal editing={editing} open={open} onClose={() => setOpen(false)} onSaved={() => { setOpen(false); res.reload(); }} />
    </div>
  );
}
