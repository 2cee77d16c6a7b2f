// The only module that imports Chart.js at run time. It is reached through loadChartJs()'s dynamic
// import, so the bundler puts it and Chart.js in a chunk of their own, fetched when a chart is first
// shown. Named imports (not 'chart.js/auto') keep the controllers, elements and scales no chart here
// uses out of that chunk.
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Filler, Legend, LinearScale, LineElement, PointElement,
  RadarController, RadialLinearScale, ScatterController, Tooltip,
} from 'chart.js';

Chart.register(
  BarController, BarElement, CategoryScale, LinearScale, // histogram, grade shares, contribution
  DoughnutController, ArcElement, // weights sunburst
  RadarController, RadialLinearScale, LineElement, PointElement, Filler, // dimension radar
  ScatterController, // score vs. rank
  Tooltip, Legend,
);

export { Chart };
