/** The drizzle schema of mutu: one file per feature area. */
export * from "./arbitrations.ts";
export * from "./audit.ts";
export * from "./auth.ts";
export * from "./contracts.ts";
export * from "./memberships.ts";
export * from "./notifications.ts";
export * from "./organisations.ts";
export * from "./people.ts";
export * from "./saisine-counts.ts";
export * from "./saisine-feed.ts";
export * from "./saisine-views.ts";
export * from "./saisines.ts";
export * from "./teams.ts";
export * from "./indicators.ts";
