import { useEffect, useRef } from 'react';
import { BarChart as BarSeries } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { amountTickStep, formatAmountIn, formatCountTick } from './chart-amounts';
import type { AmountUnit } from './chart-amounts';

echarts.use([BarSeries, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One series of a bar chart: counts, or amounts in integer fen. */
export type BarSeriesData = { name: string; values: number[] };

/** What the bars measure: case counts (whole-number ticks) or money in fen, labelled in `unit` (the caller names it in the series). */
export type BarValues = { kind: 'count' } | { kind: 'amount'; unit: AmountUnit; unitLabel: string };

type BarChartProps = {
  label: string;
  /** Axis labels (short names); `fullNames` are shown in the tooltip. */
  categories: string[];
  fullNames?: string[];
  series: BarSeriesData[];
  values: BarValues;
  horizontal?: boolean;
  /** A click on a bar or its label: the category's index. */
  onSelect?: (index: number) => void;
};

type AxisPoint = { dataIndex: number; seriesName: string; value: number };

/**
 * A bar chart drawn by ECharts on a canvas. The page CSP allows no inline styles: ECharts sizes its own
 * elements through the CSSOM (element.style), which CSP permits, and the tooltip is drawn as rich text on
 * the canvas rather than as HTML with style attributes (which CSP would block).
 */
export function BarChart({ label, categories, fullNames, series, values, horizontal = false, onSelect }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    // A bar, or the category label beside it (axisLabel.triggerEvent), selects the category.
    chart.on('click', (params) => {
      const index = params.componentType === 'series' ? params.dataIndex
        : categoriesOf(chart).indexOf(String((params as { value?: unknown }).value));
      if (index >= 0) select.current?.(index);
    });
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.getInstanceByDom(element);
    const format = (value: number) => (values.kind === 'count' ? formatCountTick(value) : formatAmountIn(value, values.unit));
    const categoryAxis = {
      type: 'category' as const, data: categories, triggerEvent: true,
      axisLabel: { interval: 0, width: 110, overflow: 'truncate' as const },
    };
    const valueAxis = {
      type: 'value' as const,
      minInterval: values.kind === 'count' ? 1 : amountTickStep(values.unit),
      axisLabel: { formatter: format },
    };
    chart?.setOption({
      animation: false,
      tooltip: {
        trigger: 'axis', renderMode: 'richText',
        formatter: (params: AxisPoint[]) => {
          const index = params[0]?.dataIndex ?? 0;
          return [fullNames?.[index] ?? categories[index], ...params.map((p) => `${p.seriesName}: ${format(p.value)}`)].join('\n');
        },
      },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, cursor: onSelect ? 'pointer' : 'default' })),
    }, true);
  }, [categories, fullNames, series, values, horizontal, onSelect]);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}

/** The category labels the chart currently shows (for a click on an axis label). */
function categoriesOf(chart: echarts.ECharts): string[] {
  const option = chart.getOption() as { xAxis?: { data?: string[] }[]; yAxis?: { data?: string[] }[] };
  return [...(option.xAxis ?? []), ...(option.yAxis ?? [])].find((axis) => Array.isArray(axis.data))?.data ?? [];
}
