// Renders one ECharts option into a div and keeps it sized to its box.
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echarts-setup.ts';

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number | string;
  /** Accessible description: charts are images to a screen reader. */
  label: string;
  /** Map names registered before the option is set (battle map). */
  maps?: Record<string, Parameters<typeof echarts.registerMap>[1]>;
  onClick?: (params: { name?: string; data?: unknown; seriesType?: string; componentType?: string }) => void;
  notMerge?: boolean;
}

export default function ChartImpl({ option, height = 320, label, maps, onClick, notMerge = true }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => clickRef.current?.(p as Parameters<NonNullable<ChartProps['onClick']>>[0]));
    // data-painted: the chart has drawn its current option, animations done (tests and screenshots wait on it).
    const box = ref.current;
    instance.on('finished', () => box.setAttribute('data-painted', 'true'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => { observer.disconnect(); instance.dispose(); chart.current = null; };
  }, []);

  useEffect(() => {
    // Map charts come through MapChartImpl, which registers the map parts before any instance exists.
    if (maps) for (const [name, geo] of Object.entries(maps)) echarts.registerMap(name, geo);
    ref.current?.setAttribute('data-painted', 'false');
    chart.current?.setOption(option, { notMerge });
  }, [option, maps, notMerge]);

  return <div ref={ref} role="img" aria-label={label} data-chart="" data-painted="false" style={{ width: '100%', height }} />;
}
