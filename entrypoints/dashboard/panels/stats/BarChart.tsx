import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart, ChartConfiguration } from 'chart.js';
import { t } from '@/utils/i18n';
import { loadChart } from './load-chart';

export interface BarSeries {
  label: string;
  data: number[];
  color: string;
}

interface Props {
  title: string;
  labels: string[];
  series: BarSeries[];
  stacked?: boolean;
}

function barConfig({ labels, series, stacked = false }: Props): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: series.length > 1 } },
    },
  };
}

/** A bar chart; the same numbers are always also shown in a table next to it. */
export function BarChart(props: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const [drawn, setDrawn] = useState(false);
  const data = JSON.stringify([props.labels, props.series, props.stacked]);
  useEffect(() => {
    // New numbers redraw the chart in place: building a chart again costs more than the numbers.
    let stale = false;
    void loadChart().then((ChartJs) => {
      if (stale || !canvas.current) return;
      const config = barConfig(props);
      if (chart.current) {
        chart.current.data = config.data;
        chart.current.options = config.options!;
        chart.current.update('none');
      } else {
        chart.current = new ChartJs(canvas.current, config);
        setDrawn(true);
      }
    });
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  useEffect(() => () => chart.current?.destroy(), []);
  return (
    <figure class="fw-chart">
      <div class="fw-chart-box">
        {!drawn && <p class="fw-chart-loading" data-fw-chart-loading>{t('chartLoading')}</p>}
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
    </figure>
  );
}
