// 作战图: neighbourhoods → compounds → buildings → dwellings, drawn from the
// GeoJSON the server derives from the houses' coordinates (works offline, no
// tiles needed). Click an area on the map, or a row in the list beside it
// (keyboard), to go one level down; the breadcrumb goes back up.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Breadcrumb, Card, Col, Radio, Row, Space, Table, Tag } from 'antd';
import { useRequest } from '../../app/use-request.ts';
import { PageState } from '../../components/PageState.tsx';
import { Chart } from '../../components/Chart.tsx';
import { fetchAreas, fetchDwellings, levelOf, type AreaProperties, type DrillPath, type Dwelling } from './service.ts';
import { MEASURES, mapOption, type Measure } from './map-option.ts';
import { loadBaseMap, saveBaseMap, type BaseMapConfig } from './basemap.ts';
import { BaseMapButton } from './BaseMapButton.tsx';
import { projectForTiles } from './tiled.ts';
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

function DwellingList({ path }: { path: Required<DrillPath> }) {
  const res = useRequest((signal) => fetchDwellings(path, signal), [path.neighborhood, path.community, path.building]);
  return (
    <PageState loading={res.loading} error={res.error} onRetry={res.reload} empty={res.data?.items.length === 0} emptyText="该楼栋暂无房屋">
      <Table<Dwelling>
        size="small" rowKey="houseId" pagination={false} scroll={{ y: 520 }}
        dataSource={res.data?.items ?? []}
        columns={[
          { title: '房屋', dataIndex: 'houseId', render: (id: string) => <Link to={`/houses/${encodeURIComponent(id)}`}>{id}</Link> },
          { title: '状态', render: (_: unknown, d) => (
            <>{d.groupRental && <Tag color="red">未整改群租</Tag>}{d.openCase && <Tag color="blue">在办案件</Tag>}{!d.groupRental && !d.openCase && <Tag>正常</Tag>}</>
          ) },
        ]}
      />
    </PageState>
  );
}

export default function MapPage() {
  const [path, setPath] = useState<DrillPath>({});
  const [measure, setMeasure] = useState<Measure>('groupRentals');
  const areaPath = path.building ? { neighborhood: path.neighborhood, community: path.community } : path;
  const areas = useRequest((signal) => fetchAreas(areaPath, signal), [areaPath.neighborhood, areaPath.community]);
  const [baseMap, setBaseMap] = useState<BaseMapConfig>(loadBaseMap);
  const [boxRef, width] = useWidth();
  const { access } = useSession();
  const level = levelOf(areaPath);
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
  const mapName = `sentinel:${levelOf(areaPath)}:${areaPath.neighborhood ?? ''}:${areaPath.community ?? ''}:${tiled ? `${baseMap.crs}:${width}` : 'geo'}`;
  const option = useMemo(
    () => (shown ? mapOption(mapName, shown, shownMeasure, tiled ? { width, height: MAP_HEIGHT } : undefined, risk) : null),
    [shown, mapName, shownMeasure, tiled, width, risk],
  );
  const maps = useMemo(() => (shown ? { [mapName]: shown as unknown as Parameters<typeof import('echarts/core').registerMap>[1] } : undefined), [shown, mapName]);
  const byKey = useMemo(() => new Map((areas.data?.features ?? []).map((f) => [f.properties.key, f.properties])), [areas.data]);

  const crumbs = [
    { title: <a onClick={() => setPath({})}>全街道</a> },
    ...(path.neighborhood ? [{ title: <a onClick={() => setPath({ neighborhood: path.neighborhood })}>{path.neighborhood}</a> }] : []),
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
            <div ref={boxRef} style={{ position: 'relative', height: MAP_HEIGHT }}>
            {tiled && <TileLayer viewport={tiled.viewport} template={baseMap.url} />}
            {option && maps && (
              <div style={{ position: 'relative' }}>
              <Chart
                option={option}
                maps={maps}
                height={MAP_HEIGHT}
                label={`作战图：${LEVEL_LABELS[level]}分布，按${MEASURES[shownMeasure].label}着色`}
                onClick={(p) => { const a = p.name ? byKey.get(p.name) : undefined; if (a) setPath(next(path, a)); }}
              />
              </div>
            )}
            </div>
          </Col>
          <Col xs={24} xl={8}>
            {path.building && path.neighborhood && path.community
              ? <DwellingList path={{ neighborhood: path.neighborhood, community: path.community, building: path.building }} />
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
