import { useEffect, useRef } from 'react';
import { BarChart as BarSeries } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarSeries, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One series of a bar chart. */
export type BarSeriesData = { name: string; values: number[] };

type BarChartProps = { label: string; categories: string[]; series: BarSeriesData[]; horizontal?: boolean };

/**
 * A bar chart drawn by ECharts on a canvas. The page CSP allows no inline styles: ECharts sizes its own
 * elements through the CSSOM (element.style), which CSP permits, and the tooltip is drawn as rich text on
 * the canvas rather than as HTML with style attributes (which CSP would block).
 */
export function BarChart({ label, categories, series, horizontal = false }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.getInstanceByDom(element);
    const categoryAxis = { type: 'category' as const, data: categories, axisLabel: { interval: 0, width: 110, overflow: 'truncate' as const } };
    const valueAxis = { type: 'value' as const };
    chart?.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
    }, true);
  }, [categories, series, horizontal]);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}
