/**
 * <kpi-chart data-chart='{…}'>: draws a KPI chart over the table and summary already in
 * the element. Given a fieldset of checkboxes, one a place, it draws the places ticked, redrawn
 * and its summary rewritten as they change. Without JavaScript, or if Chart.js fails to load, the table and summary are
 * the chart; with it, they stay in the light DOM for screen readers and copying.
 */
import type { Chart, ChartDataset } from 'chart.js';
import type { ChartData } from '../lib/kpi/chart-data.ts';
import { formatValue, shownSummary } from '../lib/kpi/summary.ts';
import { intervalWhiskers } from './kpi-chart-intervals.ts';

type LineStyle = Partial<
  Pick<ChartDataset<'line'>, 'borderColor' | 'backgroundColor' | 'borderWidth' | 'borderDash' | 'pointStyle'>
>;

/**
 * A style for each place on a chart, in the order places take them: colours with at least
 * 4.5:1 contrast on white, and dashes and point shapes that tell lines apart without colour.
 * A place's own chart gives the place the first and its comparators the next.
 */
const PLACE_STYLES: LineStyle[] = [
  { borderColor: '#1d70b8', backgroundColor: '#1d70b8', pointStyle: 'circle' },
  { borderColor: '#505a5f', backgroundColor: '#505a5f', borderDash: [6, 4], pointStyle: 'rect' },
  { borderColor: '#6f3c8d', backgroundColor: '#6f3c8d', borderDash: [2, 3], pointStyle: 'triangle' },
  { borderColor: '#8a4b00', backgroundColor: '#8a4b00', borderDash: [10, 3, 2, 3], pointStyle: 'rectRot' },
  { borderColor: '#b10e1e', backgroundColor: '#b10e1e', borderDash: [4, 2], pointStyle: 'crossRot' },
  { borderColor: '#005a30', backgroundColor: '#005a30', borderDash: [8, 2, 2, 2, 2, 2], pointStyle: 'rectRounded' },
  { borderColor: '#0b0c0c', backgroundColor: '#0b0c0c', borderDash: [1, 2], pointStyle: 'cross' },
  { borderColor: '#00625e', backgroundColor: '#00625e', borderDash: [14, 4], pointStyle: 'circle' },
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
  /** The style each place took, kept while it is drawn so a line keeps its look as others come and go. */
  private styles = new Map<string, number>();

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
    const frame = document.createElement('div');
    frame.className = 'kpi-chart-frame';
    frame.append(canvas);
    // A chart of places to choose from draws below its checkboxes, and again as they change.
    const choices = this.querySelector('fieldset');
    if (choices) {
      choices.hidden = false;
      choices.after(frame);
      choices.addEventListener('change', () => this.render(LineChart, canvas, data));
    } else this.prepend(frame);
    // The table is open for readers without JavaScript; with the chart drawn it can fold away.
    this.querySelector('details')?.removeAttribute('open');
    this.render(LineChart, canvas, data);
  }

  /** The places ticked, or none when the chart offers no choice (it draws every line). */
  private chosen(): string[] | undefined {
    const boxes = this.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]');
    return boxes.length > 0 ? [...boxes].filter((box) => box.checked).map((box) => box.value) : undefined;
  }

  /** Each drawn place's style: the one it had, unless another drawn place has it, else the first free. */
  private styleOf(places: readonly string[]): Map<string, LineStyle> {
    const taken = new Set<number>();
    for (const place of places) {
      const kept = this.styles.get(place);
      if (kept === undefined || taken.has(kept)) this.styles.delete(place);
      else taken.add(kept);
    }
    for (const place of places) {
      if (this.styles.has(place)) continue;
      const free = PLACE_STYLES.findIndex((_, at) => !taken.has(at));
      const style = free < 0 ? taken.size % PLACE_STYLES.length : free;
      taken.add(style);
      this.styles.set(place, style);
    }
    return new Map(places.map((place) => [place, PLACE_STYLES[this.styles.get(place)!]]));
  }

  private render(LineChart: typeof Chart, canvas: HTMLCanvasElement, data: ChartData) {
    const chosen = this.chosen();
    const lines = chosen ? data.lines.filter((line) => chosen.includes(line.place)) : data.lines;
    const summary = chosen ? shownSummary(data, chosen) : data.summary;
    canvas.setAttribute('aria-label', `${data.title}. ${summary}`);
    canvas.textContent = summary;
    const said = this.querySelector('.kpi__summary');
    if (chosen && said) said.textContent = summary;

    const format = (value: number) => formatValue(value, data);
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const styles = this.styleOf([...new Set(lines.map((line) => line.place))]);
    // spanGaps joins a line over periods it has no figure for; separate segments are separate lines, so never joined.
    const datasets: ChartDataset<'line', (number | null)[]>[] = lines.map((line) => ({
      label: line.label,
      data: line.values,
      spanGaps: true,
      ...styles.get(line.place),
      borderWidth: line.role === 'locality' ? 3 : 2,
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
    this.chart?.destroy();
    this.chart = new LineChart<'line', (number | null)[], string>(canvas, {
      type: 'line',
      data: { labels: data.periods, datasets },
      plugins: [intervalWhiskers(lines)],
      options: {
        // Fill the frame, whose height the stylesheet sets, at any width down to 320px.
        maintainAspectRatio: false,
        animation: reducedMotion ? false : undefined,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const limits = lines[item.datasetIndex]?.intervals?.[item.dataIndex];
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
