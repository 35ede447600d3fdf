/** @mutu/web/meetings — what both spaces show of governance (loaded with its pages). */
export { CalendarTable, SlotBadge, slotPeriod } from "./calendar-table.tsx";
export { DownloadIcsButton, textLines } from "./download-ics.tsx";
export { FeedSection } from "./feed-section.tsx";
export { MeetingPage } from "./meeting-page.tsx";
export { MeetingRecord } from "./meeting-record.tsx";
export { ActionsTable, actionColumns, MeetingsTable, meetingHref } from "./meetings-table.tsx";
export { meetingsMessages } from "./messages.ts";
export type {
  BodyCalendar,
  MeetingAction,
  MeetingDetail,
  MeetingSummary,
  Overview,
  Slot,
} from "./types.ts";
export { GovernanceFilter } from "./governance-filter.tsx";
export { GovernanceView } from "./governance-view.tsx";
