import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart } from 'chart.js';
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

/** A bar chart; the same numbers are always also shown in a table next to it. */
export function BarChart({ title, labels, series, stacked = false }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const data = JSON.stringify([labels, series, stacked]);
  useEffect(() => {
    let chart: Chart | null = null;
    let unmounted = false;
    void loadChart().then((ChartJs) => {
      if (unmounted || !canvas.current) return;
      chart = new ChartJs(canvas.current, {
        type: 'bar',
        data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
        options: {
          animation: false,
          maintainAspectRatio: false,
          scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { display: series.length > 1 } },
        },
      });
      setDrawn(true);
    });
    return () => {
      unmounted = true;
      chart?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  return (
    <figure class="fw-chart">
      <div class="fw-chart-box">
        {!drawn && <p class="fw-chart-loading" data-fw-chart-loading>{t('chartLoading')}</p>}
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
