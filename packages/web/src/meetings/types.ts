/** The shapes the governance pages work with, as the API returns them. */
import type { RouterOutputs } from "../trpc.ts";

export type Overview = RouterOutputs["meetings"]["overview"];
export type BodyCalendar = Overview["bodies"][number];
export type Slot = BodyCalendar["slots"][number];
export type MeetingSummary = Overview["meetings"][number];
export type MeetingAction = Overview["openActions"][number];
export type MeetingDetail = RouterOutputs["meetings"]["get"];
