/** SLA clocks: opening calendars, business-time arithmetic, paused clocks and targets. */
export {
  alwaysOpenCalendar,
  type Calendar,
  calendarSchema,
  type OpeningInterval,
  WEEKDAY_KEYS,
  type WeekdayKey,
  type WeeklyHours,
} from "./calendar.ts";
export { addBusinessMinutes, businessMinutesBetween } from "./business-time.ts";
export {
  type CalendarSource,
  type ClockSegment,
  type ClockState,
  type ClockStatus,
  clockSegmentSchema,
  clockStatus,
  dueAt,
  elapsedBusinessMinutes,
} from "./clock.ts";
export { frenchPublicHolidays, isFrenchWorkingDay } from "./holidays.ts";
export {
  calendarFromSupportHours,
  type SupportHours,
  supportHoursSchema,
} from "./support-hours.ts";
export {
  type ComplianceRate,
  complianceRate,
  meetsComplianceTarget,
  SLA_INDICATORS,
  type SlaIndicator,
  type SlaTarget,
  slaTargetSchema,
} from "./targets.ts";
