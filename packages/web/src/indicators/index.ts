/**
 * @mutu/web/indicators — a commune's indicators as both spaces show them (loaded with the
 * indicators pages): the view of a period's indicators, and what its `entryAction` is given.
 */
export type { IndicatorRead, IndicatorsRead, MeasureRead } from "./indicator-card.tsx";
export { IndicatorsView } from "./indicators-view.tsx";
