// GeoJSON map drawing for the battle map (作战图): registered on demand.
import * as echarts from 'echarts/core';
import { LinesChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';

// Scatter: area labels and dwellings as points; lines: the offline base map's roads.
echarts.use([MapChart, ScatterChart, LinesChart, GeoComponent, VisualMapComponent]);
