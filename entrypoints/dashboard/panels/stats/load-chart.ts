// chart.js is about 300 KB: the statistics panel loads it when its first chart mounts,
// so the rest of the dashboard opens without it.
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/** chart.js with only what bar charts need registered; loaded once. */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    return Chart;
  });
  return loading;
}
