/** The drizzle schema of mutu: one file per feature area. */
export * from "./audit.ts";
export * from "./auth.ts";
export * from "./organisations.ts";
export * from "./people.ts";
