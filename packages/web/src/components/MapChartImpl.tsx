// ChartImpl with ECharts' map parts registered first (they must be in place
// before the chart instance is created): only the battle map loads this.
import './echarts-map.ts';

export { default } from './ChartImpl.tsx';
