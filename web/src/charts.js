// ECharts, loaded beside the page's first requests rather than before them (ui.js imports
// this module when asked for a chart): the bar and line charts, their components and the
// canvas renderer (the map and the SVG renderer come with the map view and the SVG download).
import * as echarts from 'echarts/core';
// Each part from its own file, not through 'echarts/charts' or 'echarts/components': esbuild
// would place everything those indexes name (the map, the geo component) in this chunk.
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/install.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';
import { install as TitleComponent } from 'echarts/lib/component/title/install.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';
import { $, charts } from './ui.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent,
  MarkLineComponent, TitleComponent, AriaComponent, CanvasRenderer]);

export { echarts };

export function init(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}
