/**
 * A Chart.js plugin of our own drawing confidence intervals as whiskers: a vertical bar
 * from the lower to the upper limit at each point that has them, capped at both ends, in
 * its line's colour. No plugin package is needed for so little.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartLine } from '../lib/kpi/chart-data.ts';

const CAP = 4; // half the width of a whisker's caps, in CSS pixels

/**
 * Whiskers for the datasets drawn from `lines` (dataset i is lines[i]); hidden lines keep none.
 * Example: new Chart(canvas, { …, plugins: [intervalWhiskers(data.lines)] }).
 */
export function intervalWhiskers(lines: readonly ChartLine[]): Plugin<'line'> {
  return {
    id: 'intervalWhiskers',
    afterDatasetsDraw(chart: Chart<'line'>) {
      const { ctx, scales } = chart;
      ctx.save();
      for (const [index, line] of lines.entries()) {
        if (!line.intervals || !chart.isDatasetVisible(index)) continue;
        const meta = chart.getDatasetMeta(index);
        ctx.strokeStyle = String(chart.data.datasets[index].borderColor);
        ctx.lineWidth = 1.5;
        for (const [at, interval] of line.intervals.entries()) {
          const element = meta.data[at];
          if (!interval || !element) continue;
          const [low, high] = interval.map((limit) => scales.y.getPixelForValue(limit));
          ctx.beginPath();
          ctx.moveTo(element.x, low);
          ctx.lineTo(element.x, high);
          for (const y of [low, high]) {
            ctx.moveTo(element.x - CAP, y);
            ctx.lineTo(element.x + CAP, y);
          }
          ctx.stroke();
        }
      }
      ctx.restore();
    },
  };
}
