/**
 * @mutu/web/indicators — a commune's indicators as both spaces show them (loaded with the
 * indicators and dashboard pages): each indicator's card, its status badge, the lists its counts
 * open.
 */
export {
  ContextFigures,
  type EntryRead,
  IndicatorCard,
  type IndicatorRead,
  type IndicatorsRead,
  type MeasureRead,
} from "./indicator-card.tsx";
export { IndicatorsView } from "./indicators-view.tsx";
export { delayDrillDown } from "./links.ts";
export { indicatorMessages } from "./messages.ts";
export { IndicatorStatusBadge } from "./status.tsx";
