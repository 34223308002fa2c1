// 作战图: neighbourhoods → compounds → buildings → dwellings, drawn from the
// GeoJSON the server derives from the houses' coordinates, over a base map of
// the district's own compounds and roads (works offline, no tiles needed; a
// tile service stays optional). Click an area on the map, or a row in the
// list beside it (keyboard), to go one level down; the selected building is
// outlined and its dwellings are points; the breadcrumb starts at the user's
// own jurisdiction and goes back up.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Breadcrumb, Card, Col, Radio, Row, Space, Table, Tag, Typography } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { Chart } from '../../components/Chart.tsx';
import { fetchAreas, fetchBlocks, fetchDwellings, fetchStreets, levelOf, type AreaProperties, type DrillPath, type Dwelling } from './service.ts';
import { DWELLING_COLOURS, MEASURES, dwellingLabel, mapGeometry, mapOption, type MapLayers, type Measure } from './map-option.ts';
import { spreadPoints } from './spread.ts';
import { loadBaseMap, saveBaseMap, type BaseMapConfig } from './basemap.ts';
import { BaseMapButton } from './BaseMapButton.tsx';
import { projectAreas, projectForTiles } from './tiled.ts';
import { TileLayer } from './TileLayer.tsx';
import { useSession } from '../../app/session.tsx';
import { fetchAllAlerts } from '../alerts/service.ts';
import { redAlertsByArea, riskLevelSupported } from './risk.ts';

const MAP_HEIGHT = 600;

/** The width of a box (a callback ref: the box appears only after loading), kept current as the window changes. */
function useWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver((entries) => setWidth(Math.round(entries[0].contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}

const LEVEL_LABELS = { neighborhood: '居民区', community: '小区', building: '楼栋' } as const;

function next(path: DrillPath, a: AreaProperties): DrillPath {
  if (a.level === 'neighborhood') return { neighborhood: a.neighborhood };
  if (a.level === 'community') return { neighborhood: a.neighborhood, community: a.community ?? undefined };
  return { neighborhood: a.neighborhood, community: a.community ?? undefined, building: a.building ?? undefined };
}

function DwellingList({ rows, loading, error, onRetry }: { rows: readonly Dwelling[] | null; loading: boolean; error: Parameters<typeof PageState>[0]['error']; onRetry: () => void }) {
  return (
    <PageState loading={loading} error={error} onRetry={onRetry} empty={rows?.length === 0} emptyText="该楼栋暂无房屋">
      <Table<Dwelling>
        size="small" rowKey="houseId" pagination={false} scroll={{ y: 520 }}
        dataSource={rows ? [...rows] : []}
        columns={[
          { title: '室号', key: 'room', render: (_: unknown, d) => <Link to={`/houses/${encodeURIComponent(d.houseId)}`}>{dwellingLabel(d)}</Link> },
          { title: '状态', render: (_: unknown, d) => (
            <>{d.groupRental && <Tag color="red">未整改群租</Tag>}{d.openCase && <Tag color="blue">在办案件</Tag>}{!d.groupRental && !d.openCase && <Tag>正常</Tag>}</>
          ) },
        ]}
      />
    </PageState>
  );
}

/** The breadcrumb's first step: the user's own jurisdiction (a committee's 居民区), 全街道 for district units. */
function rootLabel(j: { neighborhood?: string | null; communities?: readonly string[] | null } | undefined): string {
  if (j?.communities && j.communities.length > 0) return j.communities.join('、');
  return j?.neighborhood ?? '全街道';
}

export default function MapPage() {
  const [path, setPath] = useState<DrillPath>({});
  const [measure, setMeasure] = useState<Measure>('groupRentals');
  const areaPath = path.building ? { neighborhood: path.neighborhood, community: path.community } : path;
  const areas = useRequest((signal) => fetchAreas(areaPath, signal), [areaPath.neighborhood, areaPath.community]);
  const [baseMap, setBaseMap] = useState<BaseMapConfig>(loadBaseMap);
  const [boxRef, width] = useWidth();
  const { access, session } = useSession();
  const root = rootLabel(session?.user.jurisdiction);
  const level = levelOf(areaPath);
  // The base map (compounds and roads of the whole jurisdiction): loaded once; the map works without it.
  const blocks = useRequest((signal) => fetchBlocks(signal).catch(() => null), []);
  const streets = useRequest((signal) => fetchStreets(signal).then((r) => r.items).catch(() => null), []);
  const building = path.building && path.neighborhood && path.community ? { neighborhood: path.neighborhood, community: path.community, building: path.building } : null;
  const dwellings = useRequest(
    (signal) => (building ? fetchDwellings(building, signal).then((r) => r.items) : Promise.resolve(null)),
    [building?.neighborhood, building?.community, building?.building],
  );
  const points = useMemo(() => (dwellings.data ? spreadPoints(dwellings.data) : null), [dwellings.data]);
  const selectedKey = building ? `${building.neighborhood}/${building.community}/${building.building}` : null;
  const withRisk = access.canViewAlerts && riskLevelSupported(level);
  // Today's red alerts inside the area shown; counted per polygon for the risk colouring.
  const reds = useRequest(
    (signal) => (withRisk ? fetchAllAlerts({ levels: ['red'], neighborhood: areaPath.neighborhood, community: areaPath.community }, signal) : Promise.resolve(null)),
    [withRisk, areaPath.neighborhood, areaPath.community],
  );
  const risk = useMemo(() => (withRisk && reds.data ? redAlertsByArea(reds.data.items, level) : null), [withRisk, reds.data, level]);
  // The risk option exists only where it can be computed; elsewhere the map falls back to group rentals.
  const shownMeasure: Measure = measure === 'redAlerts' && !withRisk ? 'groupRentals' : measure;
  // Over tiles the polygons are re-projected to the tiles' pixels for this box; without tiles they stay lon/lat.
  const tiled = useMemo(
    () => (baseMap.url && areas.data && width > 0 ? projectForTiles(areas.data, baseMap.crs, width, MAP_HEIGHT) : null),
    [baseMap, areas.data, width],
  );
  const shown = tiled?.areas ?? areas.data;
  // The other layers in the same coordinates as the areas (tile pixels over tiles, else lon/lat).
  const layers = useMemo((): MapLayers => {
    const project = tiled?.project;
    if (!project) return { blocks: blocks.data, roads: streets.data, dwellings: points, selectedKey };
    return {
      blocks: blocks.data ? projectAreas(blocks.data, project) : null,
      roads: streets.data?.map((r) => ({ ...r, line: r.line.map(project) })) ?? null,
      dwellings: points?.map((d) => { const [lon, lat] = project([d.lon, d.lat]); return { ...d, lon, lat }; }) ?? null,
      selectedKey,
    };
  }, [tiled, blocks.data, streets.data, points, selectedKey]);
  const mapName = `sentinel:${levelOf(areaPath)}:${areaPath.neighborhood ?? ''}:${areaPath.community ?? ''}:${tiled ? `${baseMap.crs}:${width}` : 'geo'}:${blocks.data ? 'base' : ''}`;
  const option = useMemo(
    () => (shown ? mapOption(mapName, shown, shownMeasure, tiled ? { width, height: MAP_HEIGHT } : undefined, risk, layers) : null),
    [shown, mapName, shownMeasure, tiled, width, risk, layers],
  );
  const maps = useMemo(
    () => (shown ? { [mapName]: mapGeometry(shown, layers.blocks) as unknown as Parameters<typeof import('echarts/core').registerMap>[1] } : undefined),
    [shown, mapName, layers.blocks],
  );
  const highlighted = selectedKey && shown?.features.some((f) => f.properties.key === selectedKey) ? selectedKey : '';
  const byKey = useMemo(() => new Map((areas.data?.features ?? []).map((f) => [f.properties.key, f.properties])), [areas.data]);

  const crumbs = [
    { title: <a onClick={() => setPath({})} data-testid="map-root">{root}</a> },
    ...(path.neighborhood && path.neighborhood !== root ? [{ title: <a onClick={() => setPath({ neighborhood: path.neighborhood })}>{path.neighborhood}</a> }] : []),
    ...(path.community ? [{ title: <a onClick={() => setPath({ neighborhood: path.neighborhood, community: path.community })}>{path.community}</a> }] : []),
    ...(path.building ? [{ title: `${path.building} 号楼` }] : []),
  ];

  return (
    <Card
      title="作战图"
      extra={(
        <Space>
        <BaseMapButton value={baseMap} onChange={(c) => { saveBaseMap(c); setBaseMap(c); }} />
        <Radio.Group value={shownMeasure} onChange={(e) => setMeasure(e.target.value as Measure)} optionType="button" aria-label="着色指标"
          options={(Object.keys(MEASURES) as Measure[]).filter((k) => k !== 'redAlerts' || withRisk).map((k) => ({ value: k, label: MEASURES[k].label }))} />
        </Space>
      )}
    >
      <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
      <PageState loading={areas.loading} error={areas.error} onRetry={areas.reload} empty={areas.data?.features.length === 0} emptyText="没有带坐标的房屋，无法绘制作战图">
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <div ref={boxRef} style={{ position: 'relative', height: MAP_HEIGHT }} data-testid="battle-map" data-highlight={highlighted} data-points={layers.dwellings?.length ?? 0}>
            {tiled && <TileLayer viewport={tiled.viewport} template={baseMap.url} />}
            {option && maps && (
              <div style={{ position: 'relative' }}>
              <Chart
                option={option}
                maps={maps}
                height={MAP_HEIGHT}
                label={`作战图：${LEVEL_LABELS[level]}分布，按${MEASURES[shownMeasure].label}着色${building ? `，已选中 ${building.building} 号楼` : ''}`}
                onClick={(p) => { const a = p.name ? byKey.get(p.name) : undefined; if (a) setPath(next(path, a)); }}
              />
              </div>
            )}
            </div>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }} data-testid="map-caption">
              {building
                ? <>已选中 <b>{building.building} 号楼</b>（橙色轮廓）：{layers.dwellings?.length ?? 0} 户，每户一点——<span style={{ color: DWELLING_COLOURS.groupRental }}>●</span> 未整改群租　<span style={{ color: DWELLING_COLOURS.openCase }}>●</span> 在办案件　<span style={{ color: DWELLING_COLOURS.normal }}>●</span> 正常。</>
                : '点击区域或右侧列表逐级查看。'}
              {' '}底图：本辖区小区轮廓（灰色）与道路示意（由门牌地址和房屋坐标推算），离线可用{baseMap.url ? '；下层叠加所配置的瓦片底图' : ''}。
            </Typography.Paragraph>
          </Col>
          <Col xs={24} xl={8}>
            {building
              ? <DwellingList rows={dwellings.data ?? null} loading={dwellings.loading} error={dwellings.error} onRetry={dwellings.reload} />
              : (
                <Table<AreaProperties>
                  size="small" rowKey="key" pagination={false} scroll={{ y: 520 }}
                  dataSource={(areas.data?.features ?? []).map((f) => f.properties)}
                  onRow={(a) => ({ onClick: () => setPath(next(path, a)), onKeyDown: (e) => { if (e.key === 'Enter') setPath(next(path, a)); }, tabIndex: 0, style: { cursor: 'pointer' } })}
                  columns={[
                    { title: LEVEL_LABELS[level], dataIndex: 'name', render: (n: string) => (level === 'building' ? `${n} 号楼` : n) },
                    { title: '房屋', dataIndex: 'houses', align: 'right', sorter: (a, b) => a.houses - b.houses },
                    { title: '在办', dataIndex: 'openCases', align: 'right', sorter: (a, b) => a.openCases - b.openCases },
                    { title: '群租', dataIndex: 'groupRentals', align: 'right', defaultSortOrder: 'descend', sorter: (a, b) => a.groupRentals - b.groupRentals },
                    ...(risk ? [{ title: '红色预警', key: 'redAlerts', align: 'right' as const, render: (_: unknown, a: AreaProperties) => risk.get(a.key) ?? 0, sorter: (a: AreaProperties, b: AreaProperties) => (risk.get(a.key) ?? 0) - (risk.get(b.key) ?? 0) }] : []),
                  ]}
                />
              )}
          </Col>
        </Row>
      </PageState>
    </Card>
  );
}
