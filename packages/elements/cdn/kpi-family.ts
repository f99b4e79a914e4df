/**
 * The CDN build's chunk for the KPI tiles, tile groups and goal bars, with the KPI maths they share: they
 * stand on the same pages (what a library promised and how far it got), and as one file they are about
 * 1 KB smaller than as four, on the page with a product budget (KPI tiles and goal bars, 25 KB). A page
 * with only one of them loads the other two as well (about 3 KB); their lazy parts (the sparkline and
 * chart.js) stay apart.
 */
import '../src/kpi-tile/define.js';
import '../src/kpi-tile-group/define.js';
import '../src/goal-progress/define.js';
