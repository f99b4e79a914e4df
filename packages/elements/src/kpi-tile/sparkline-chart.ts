/**
 * The chart.js part of the sparkline, loaded with `import()` only when a sparkline comes on screen.
 * Registers just what a line needs (no tooltips, legend or animations plugin), so the chunk stays small.
 */
import { CategoryScale, Chart, Filler, LineController, LineElement, LinearScale, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Filler);

export interface SparklineData {
  labels: string[];
  values: number[];
  /** Line colour (any CSS colour chart.js can parse, e.g. `rgb(26, 95, 180)`). */
  color: string;
  /** Area fill colour under the line, or undefined for none. */
  fill?: string;
  /** No animation (prefers-reduced-motion). */
  still: boolean;
}

export interface Sparkline {
  chart: Chart<'line'>;
  update(data: SparklineData): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

function datasets(data: SparklineData) {
  return [
    {
      data: data.values,
      borderColor: data.color,
      backgroundColor: data.fill ?? 'transparent',
      fill: data.fill ? 'start' : false,
      borderWidth: 2,
      tension: 0.25,
      pointRadius: data.values.map((_, i) => (i === data.values.length - 1 ? 3 : 0)),
      pointBackgroundColor: data.color,
      pointBorderWidth: 0,
    },
  ];
}

/**
 * Draws a sparkline on a canvas. Not responsive by itself: chart.js' own resize handling does not see
 * size changes inside a shadow root reliably, so the caller observes its container and calls `resize`.
 */
export function createSparkline(canvas: HTMLCanvasElement, data: SparklineData): Sparkline {
  const chart = new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: datasets(data) },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      animation: data.still ? false : { duration: 400 },
      events: [],
      layout: { padding: 4 },
      scales: {
        x: { type: 'category', display: false },
        // Scaled to the series, as sparklines are: it shows the shape of the trend; the numbers are in the text and table.
        y: { type: 'linear', display: false },
      },
    },
  });
  return {
    chart,
    update(next) {
      chart.data.labels = next.labels;
      chart.data.datasets = datasets(next);
      chart.update(next.still ? 'none' : undefined);
    },
    resize(width, height) {
      chart.resize(width, height);
    },
    destroy() {
      chart.destroy();
    },
  };
}
