import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only what bar charts need, so the dashboard bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

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
  const data = JSON.stringify([labels, series, stacked]);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked }, y: { stacked, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  return (
    <figure class="fw-chart">
      <div class="fw-chart-box">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
