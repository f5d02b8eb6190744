/**
 * The Chart.js pieces a KPI line chart needs, imported by name so bundlers keep only these
 * (never chart.js/auto); loaded lazily by <kpi-chart> once a chart is on the page.
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export { Chart };
