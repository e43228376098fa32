import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// only what the dashboard draws: the full library is about twice the size
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts canvas; `label` is what a screen reader hears, since a canvas has no text of its own. */
export function Chart({
  option,
  label,
  onPick,
}: {
  option: EChartsCoreOption;
  label: string;
  /** A click on a bar or point, by its index in the data. */
  onPick?: (index: number) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    if (onPick) chart.on('click', (params) => onPick(params.dataIndex));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onPick]);
  return <div ref={element} className="chart" role="img" aria-label={label} />;
}
