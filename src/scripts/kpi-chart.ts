/**
 * <kpi-chart data-chart='{…}'>: draws a KPI chart over the table and summary already in
 * the element. Without JavaScript, or if Chart.js fails to load, the table and summary are
 * the chart; with it, they stay in the light DOM for screen readers and copying.
 */
import type { Chart, ChartDataset } from 'chart.js';
import type { ChartData } from '../lib/kpi/chart-data.ts';
import { formatValue } from '../lib/kpi/summary.ts';
import { intervalWhiskers } from './kpi-chart-intervals.ts';

type LineStyle = Partial<
  Pick<ChartDataset<'line'>, 'borderColor' | 'backgroundColor' | 'borderWidth' | 'borderDash' | 'pointStyle'>
>;

/** Colours with at least 4.5:1 contrast on white; dashes and point shapes tell lines apart without colour. */
const LOCALITY_STYLE: LineStyle = {
  borderColor: '#1d70b8',
  backgroundColor: '#1d70b8',
  borderWidth: 3,
  pointStyle: 'circle',
};
const BENCHMARK_STYLES: LineStyle[] = [
  { borderColor: '#505a5f', backgroundColor: '#505a5f', borderDash: [6, 4], pointStyle: 'rect' },
  { borderColor: '#6f3c8d', backgroundColor: '#6f3c8d', borderDash: [2, 3], pointStyle: 'triangle' },
  { borderColor: '#8a4b00', backgroundColor: '#8a4b00', borderDash: [10, 3, 2, 3], pointStyle: 'rectRot' },
];
/** A place's later segments (another method or kind of period): star points and a long dash, so they never read as one line. */
const LATER_SEGMENT_STYLE: LineStyle = { borderDash: [12, 4], pointStyle: 'star' };
const TARGET_STYLE: LineStyle = {
  borderColor: '#00703c',
  backgroundColor: '#00703c',
  borderDash: [1, 4],
  pointStyle: false,
};

/**
 * Charts are drawn as they come near the screen: a measure's page has one for each place,
 * and drawing them all at once would block a phone for seconds before anyone could scroll.
 */
const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearScreen.unobserve(entry.target);
      void (entry.target as KpiChart).draw();
    }
  },
  { rootMargin: '300px 0px' },
);

/** Tick and title text no smaller than 12px; on a phone, fewer ticks so they stay apart. */
const FONT = { size: 12 };
const NARROW = '(max-width: 40em)';

class KpiChart extends HTMLElement {
  /** The drawn chart, once drawn: its scales say what the axis shows. */
  chart?: Chart<'line', (number | null)[], string>;

  connectedCallback() {
    if (!this.querySelector('canvas')) nearScreen.observe(this);
  }

  disconnectedCallback() {
    nearScreen.unobserve(this);
  }

  async draw() {
    if (this.querySelector('canvas')) return;
    let data: ChartData;
    try {
      data = JSON.parse(this.dataset.chart ?? '') as ChartData;
    } catch {
      return; // The table and summary already say everything.
    }
    const { Chart: LineChart } = await import('./kpi-chart-draw.ts');

    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${data.title}. ${data.summary}`);
    canvas.textContent = data.summary;
    const frame = document.createElement('div');
    frame.className = 'kpi-chart-frame';
    frame.append(canvas);
    this.prepend(frame);
    // The table is open for readers without JavaScript; with the chart drawn it can fold away.
    this.querySelector('details')?.removeAttribute('open');

    const format = (value: number) => formatValue(value, data);
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const benchmarkStyles = new Map<string, LineStyle>();
    const styleOf = (line: ChartData['lines'][number]): LineStyle => {
      if (line.role === 'locality') return LOCALITY_STYLE;
      // Each benchmark place keeps one style across its segments.
      if (!benchmarkStyles.has(line.place))
        benchmarkStyles.set(line.place, BENCHMARK_STYLES[benchmarkStyles.size % BENCHMARK_STYLES.length]);
      return benchmarkStyles.get(line.place)!;
    };
    // spanGaps joins a line over periods it has no figure for; separate segments are separate lines, so never joined.
    const datasets: ChartDataset<'line', (number | null)[]>[] = data.lines.map((line) => ({
      label: line.label,
      data: line.values,
      spanGaps: true,
      borderWidth: 2,
      ...styleOf(line),
      ...(line.segment > 0 && LATER_SEGMENT_STYLE),
    }));
    const { target } = data;
    if (target) {
      datasets.push({
        label: `${target.label}: ${format(target.value)}`,
        data: data.periods.map(() => target.value),
        spanGaps: true,
        borderWidth: 2,
        ...TARGET_STYLE,
      });
    }
    const narrow = window.matchMedia(NARROW).matches;
    const { axis } = data;
    this.chart = new LineChart<'line', (number | null)[], string>(canvas, {
      type: 'line',
      data: { labels: data.periods, datasets },
      plugins: [intervalWhiskers(data.lines)],
      options: {
        // Fill the frame, whose height the stylesheet sets, at any width down to 320px.
        maintainAspectRatio: false,
        animation: reducedMotion ? false : undefined,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const limits = data.lines[item.datasetIndex]?.intervals?.[item.dataIndex];
                const interval = limits
                  ? ` (95% confidence interval ${format(limits[0])} to ${format(limits[1])})`
                  : '';
                return `${item.dataset.label}: ${format(item.parsed.y ?? 0)}${interval}`;
              },
            },
          },
        },
        scales: {
          x: { ticks: { font: FONT, maxTicksLimit: narrow ? 4 : 12, maxRotation: 0 } },
          y: {
            beginAtZero: axis.fromZero,
            suggestedMin: axis.low,
            suggestedMax: axis.high,
            title: { display: true, text: axis.title, font: FONT },
            ticks: { font: FONT, maxTicksLimit: narrow ? 5 : 8, callback: (value) => format(Number(value)) },
          },
        },
      },
    });
  }
}

if (!customElements.get('kpi-chart')) customElements.define('kpi-chart', KpiChart);
