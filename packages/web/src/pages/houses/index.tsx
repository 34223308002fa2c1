// 房屋列表: the whole register in one virtual list, filtered by
// neighbourhood, compound and free text; a row opens the house file.
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Input, Select, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable.tsx';
import { ErrorState } from '../../components/PageState.tsx';
import { usePagedRows } from '../../app/use-paged-rows.ts';
import { useRequest } from '../../app/use-request.ts';
import { fetchPlaces, placesOfJurisdiction } from '../../app/places.ts';
import { useSession } from '../../app/session.tsx';
import { fetchHouses, housesExportUrl, type House, type HouseFilter } from './service.ts';

const yesNo = (v: boolean | null) => (v === null ? '—' : v ? '是' : '否');

const COLUMNS: VirtualColumn<House>[] = [
  { key: 'id', title: '房屋编号', width: 110, render: (h) => h.houseId },
  { key: 'address', title: '地址', render: (h) => h.address },
  { key: 'place', title: '居民区 / 小区', width: 220, render: (h) => `${h.neighborhood} / ${h.community}` },
  { key: 'area', title: '面积（㎡）', width: 100, align: 'right', render: (h) => h.areaM2.toFixed(1) },
  { key: 'layout', title: '户型', width: 90, render: (h) => `${h.bedrooms} 室${h.livingRooms ? `${h.livingRooms} 厅` : ''}` },
  { key: 'residents', title: '登记人口', width: 90, align: 'right', render: (h) => h.registeredResidents ?? '—' },
  { key: 'rental', title: '出租', width: 110, render: (h) => (h.isRental ? <Tag color={h.rentalFiled ? 'green' : 'orange'}>{h.rentalFiled ? '出租·已备案' : '出租·未备案'}</Tag> : yesNo(h.isRental)) },
];

export default function HousesPage() {
  const navigate = useNavigate();
  const { session, access } = useSession();
  // Start inside the user's jurisdiction (a committee its 居民区, a property company its 小区).
  const [filter, setFilter] = useState<HouseFilter>(() => {
    const j = session?.user.jurisdiction;
    return { neighborhood: j?.neighborhood ?? undefined, community: j?.communities?.length === 1 ? j.communities[0] : undefined };
  });
  // A property company may not read the map (which lists the 小区): its places are its jurisdiction's.
  const places = useRequest((signal) => (access.canViewCockpit || !session ? fetchPlaces(signal) : Promise.resolve(placesOfJurisdiction(session.user.jurisdiction))), [access.canViewCockpit]);
  const fetchPage = useCallback((page: number, size: number) => fetchHouses(filter, page, size), [filter]);
  const rows = usePagedRows(fetchPage, [filter]);
  const communities = useMemo(
    () => (places.data ?? []).filter((p) => !filter.neighborhood || p.neighborhood === filter.neighborhood).flatMap((p) => p.communities),
    [places.data, filter.neighborhood],
  );

  return (
    <Card title="房屋（一户一档）" extra={<Typography.Text type="secondary" data-testid="house-total">{rows.total === null ? '加载中…' : `共 ${rows.total.toLocaleString('zh-CN')} 户`}</Typography.Text>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="居民区"
          placeholder="全部居民区"
          allowClear
          style={{ width: 180 }}
          loading={places.loading}
          value={filter.neighborhood}
          options={(places.data ?? []).map((p) => ({ value: p.neighborhood, label: p.neighborhood }))}
          onChange={(v: string | undefined) => setFilter((f) => ({ ...f, neighborhood: v, community: undefined }))}
        />
        <Select
          aria-label="小区"
          placeholder="全部小区"
          allowClear
          showSearch
          style={{ width: 200 }}
          value={filter.community}
          options={communities.map((c) => ({ value: c, label: c }))}
          onChange={(v: string | undefined) => setFilter((f) => ({ ...f, community: v }))}
        />
        <Input.Search
          aria-label="搜索房屋编号或地址"
          placeholder="房屋编号或地址"
          allowClear
          style={{ width: 280 }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined }))}
        />
        <Button icon={<DownloadOutlined />} href={housesExportUrl(filter)} download>导出 Excel</Button>
      </Space>
      {rows.error ? <ErrorState error={rows.error} onRetry={rows.reload} /> : (
        <VirtualTable
          label="房屋列表"
          columns={access.canViewHouseholdDetail ? COLUMNS : COLUMNS.filter((c) => c.key !== 'residents')}
          rowCount={rows.total ?? 0}
          rowAt={rows.rowAt}
          rowKey={(h) => h.houseId}
          height={Math.max(360, window.innerHeight - 260)}
          onVisibleRange={rows.ensureRange}
          onOpen={(h) => navigate(`/houses/${encodeURIComponent(h.houseId)}`)}
        />
      )}
      {rows.total === 0 && <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>没有符合条件的房屋，请调整筛选条件。</Typography.Paragraph>}
    </Card>
  );
}
