// GeoJSON map drawing for the battle map (作战图): registered on demand.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapComponent } from 'echarts/components';

echarts.use([MapChart, GeoComponent, VisualMapComponent]);
