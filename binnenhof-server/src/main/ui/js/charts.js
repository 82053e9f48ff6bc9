// The timeline chart: articles and quotes per bucket, side by side. Chart.js, bundled; only the parts used.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip,
} from 'chart.js';
import { bucket } from './format.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui';
Chart.defaults.color = '#4b5563';

/** Draws the timeline into the canvas; returns the chart (destroy it before drawing another). */
export function timelineChart(canvas, timeline, { colour = '#1d4f91' } = {}) {
  const buckets = timeline.buckets;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: buckets.map((b) => bucket(b.start, timeline.by)),
      datasets: [
        { type: 'bar', label: 'Articles', data: buckets.map((b) => b.articles), backgroundColor: colour,
          borderRadius: 2, maxBarThickness: 28 },
        { type: 'bar', label: 'Quotes', data: buckets.map((b) => b.quotes), backgroundColor: '#e8a33d',
          borderRadius: 2, maxBarThickness: 28 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12 } } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: '#eef0f3' } },
      },
    },
  });
}
