/**
 * @mutu/web/dashboards — dashboards as both spaces show them (loaded with the dashboard pages, and
 * Chart.js only with their charts): the period in the URL, figures whose counts open their lists,
 * charts with their tables, a commune's dashboard, exports.
 */
export { ChartFigure, type ChartFigureProps } from "./chart-figure.tsx";
export {
  BacklogTiles,
  CommuneDashboard,
  type CommuneDashboardData,
  type CommuneDashboardWording,
} from "./commune-dashboard.tsx";
export { CommuneDashboardView } from "./commune-dashboard-view.tsx";
export { ExportButtons } from "./export-buttons.tsx";
export {
  changeText,
  CountLink,
  formatPercent,
  shareText,
  Tile,
  type TileLabel,
} from "./figures.tsx";
export { dashboardMessages } from "./messages.ts";
export { PeriodCharts } from "./period-charts.tsx";
export { PeriodForm, usePeriod } from "./period.tsx";
export { TrendCharts, TrendSection } from "./trend-charts.tsx";
