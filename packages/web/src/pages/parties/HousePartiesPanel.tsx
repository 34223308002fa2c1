// 一户一档 → 房东与中介: the parties behind this dwelling with their credit,
// and for each its other dwellings in the jurisdiction (该二房东的其他房屋) —
// leads to check. Registering a party here links it to the dwelling.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSession } from '../../app/session.tsx';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { CreditTag } from './CreditTag.tsx';
import { DwellingTable } from './DwellingTable.tsx';
import { PartyFormModal } from './PartyFormModal.tsx';
import { fetchHouseParties } from './service.ts';

export function HousePartiesPanel({ houseId }: { houseId: string }) {
  const { access } = useSession();
  const res = useRequest((signal) => fetchHouseParties(houseId, signal), [houseId]);
  const [adding, setAdding] = useState(false);
  const items = res.data?.items ?? [];
  return (
    <div data-testid="house-rental-parties">
      {access.canManageRentalParties && <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>登记房东、二房东、租赁企业或经纪机构</Button>}
      <PageState loading={res.loading && !res.data} error={res.error} onRetry={res.reload}>
        {items.length === 0 ? <Empty description="尚未登记" /> : items.map(({ party, roleLabel, otherDwellings }) => (
          <Card key={`${party.id}-${roleLabel}`} size="small" style={{ marginBottom: 12 }}
            title={<Space wrap><Link to={`/parties/${encodeURIComponent(party.id)}`}>{party.name}</Link><Tag>{roleLabel}</Tag><CreditTag score={party.credit.score} band={party.credit.band} /></Space>}
            extra={<Typography.Text type="secondary">{party.kindLabel}</Typography.Text>}>
            <Typography.Text strong>该{roleLabel.replace(/（.*）/, '')}的其他房屋（{otherDwellings.length}）</Typography.Text>
            {otherDwellings.length > 0 && <DwellingTable rows={otherDwellings} testId="other-dwellings" />}
          </Card>
        ))}
      </PageState>
      <PartyFormModal houseId={houseId} open={adding} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); res.reload(); }} />
    </div>
  );
}
