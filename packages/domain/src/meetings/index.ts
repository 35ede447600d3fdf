/** Governance: the bodies of the contract and when they must meet. */
export { contractMeetingPeriods, type MeetingPeriod } from "./periods.ts";
