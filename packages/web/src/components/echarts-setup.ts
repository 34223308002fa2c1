// The parts of ECharts every chart uses, registered once. Imported only via
// the lazy Chart component, so ECharts is its own chunk and pages without
// charts never download it. Map drawing lives in echarts-map.ts, loaded
// only by the battle map.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
