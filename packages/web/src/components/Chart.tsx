// Lazy entry to ChartImpl: the ECharts chunk loads on the first chart shown.
import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { ChartProps } from './ChartImpl.tsx';

const loadChartImpl = () => import('./ChartImpl.tsx');
const ChartImpl = lazy(loadChartImpl);
const MapChartImpl = lazy(() => import('./MapChartImpl.tsx'));

/** Starts downloading ECharts now (a page that will surely chart calls it while its data loads). */
export function preloadCharts(): void {
  void loadChartImpl();
}

export type { ChartProps };

export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 320 }}><span>图表加载中…</span></Skeleton.Node>}>
      {props.maps ? <MapChartImpl {...props} /> : <ChartImpl {...props} />}
    </Suspense>
  );
}
