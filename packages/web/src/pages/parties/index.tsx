// 房东与中介（人员分类、房东信用）: the landlords, sublessors, rental
// companies and brokers behind the dwellings of the jurisdiction, worst
// credit first, each opening its own file. A person is shown masked.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PARTY_LINK_ROLE_LABELS, RENTAL_PARTY_KIND_LABELS, RENTAL_PARTY_KINDS, type RentalPartyKind } from '@sentinel/domain';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { CreditTag } from './CreditTag.tsx';
import { fetchParties, type RentalPartySummary } from './service.ts';

export default function PartiesPage() {
  const [kind, setKind] = useState<RentalPartyKind | undefined>(undefined);
  const [search, setSearch] = useState<string>('');
  const res = useRequest((signal) => fetchParties({ kind, search: search.trim() || undefined }, signal), [kind, search]);
  const items = res.data?.items ?? [];
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<RentalPartyKind> aria-label="类别" placeholder="全部类别" allowClear style={{ width: 200 }} value={kind} onChange={setKind}
          options={RENTAL_PARTY_KINDS.map((k) => ({ value: k, label: RENTAL_PARTY_KIND_LABELS[k] }))} />
        <Input.Search aria-label="按名称查找" placeholder="按名称查找" allowClear style={{ width: 220 }} onSearch={setSearch} />
        <Typography.Text type="secondary">信用分按认定群租、验收未通过、拒不整改、回潮计算，记录到期自动失效；个人信息默认脱敏。</Typography.Text>
      </Space>
      <PageState loading={res.loading && !res.data} error={res.error} onRetry={res.reload} empty={items.length === 0} emptyText="辖区内尚未登记房东、二房东、租赁企业或经纪机构">
        <Table<RentalPartySummary>
          size="small" rowKey="id" dataSource={items} data-testid="rental-parties" scroll={{ x: 720 }}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          columns={[
            { title: '名称', dataIndex: 'name', render: (n: string, p) => <Link to={`/parties/${encodeURIComponent(p.id)}`}>{n}</Link> },
            { title: '类别', dataIndex: 'kindLabel', width: 180 },
            { title: '身份', dataIndex: 'roles', width: 200, render: (roles: RentalPartySummary['roles']) => <Space size={4} wrap>{roles.map((r) => <Tag key={r}>{PARTY_LINK_ROLE_LABELS[r]}</Tag>)}</Space> },
            { title: '辖区内房屋', dataIndex: 'dwellings', width: 100 },
            { title: '信用', dataIndex: 'credit', width: 140, render: (c: RentalPartySummary['credit']) => <CreditTag score={c.score} band={c.band} /> },
            { title: '有效记录', dataIndex: ['credit', 'inForce'], width: 90 },
          ]}
        />
      </PageState>
    </div>
  );
}
