import { BarChart, LineChart } from 'echarts/charts';
import { GridSimpleComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// The dashboards' charts: ECharts with only the pieces they draw (bars,
// lines, axes, tooltip, legend, canvas), so the bundle carries no more. A
// chart is a picture for those who would rather look than read; the table
// beside it says the same to everyone, screen readers included, so the
// canvas itself is hidden from them.

echarts.use([BarChart, LineChart, GridSimpleComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer]);

export type ChartSeries = { name: string; values: (number | null)[] };

type Props = {
  kind: 'bar' | 'line';
  categories: string[];
  series: ChartSeries[];
  /** Percentages: the axis runs 0–100 and values read with a %. */
  percent?: boolean;
  /** Stack the bars (parts of one whole: the tier mix). */
  stacked?: boolean;
  /** A click on a category (drilling down to a place). */
  onPick?: (index: number) => void;
  testId?: string;
};

const COLOURS = ['#0b5d8c', '#d97706', '#1f6b3a', '#7c3aed', '#a12622', '#5a6675'];

export function Chart({ kind, categories, series, percent = false, stacked = false, onPick, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (typeof p.dataIndex === 'number') pick.current?.(p.dataIndex);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: COLOURS,
        animation: false,
        grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
        legend: series.length > 1 ? { top: 0, data: series.map((s) => s.name) } : { show: false },
        tooltip: {
          trigger: 'axis',
          valueFormatter: (v: unknown) => (v === null || v === undefined || v === '-' ? '—' : percent ? `${String(v)}%` : String(v)),
        },
        xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', minInterval: 1, ...(percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}) },
        series: series.map((s) => ({
          type: kind,
          name: s.name,
          data: s.values,
          connectNulls: false,
          cursor: onPick ? 'pointer' : 'default',
          ...(stacked ? { stack: 'all' } : {}),
        })),
      },
      { notMerge: true },
    );
  }, [kind, categories, series, percent, stacked, onPick]);

  return <div ref={box} className="ind-chart" aria-hidden="true" data-testid={testId} />;
}
