/** Notifications: their kinds, who hears about what, their words, each person's choices. */
export * from "./happenings.ts";
export * from "./kinds.ts";
export * from "./messages.ts";
