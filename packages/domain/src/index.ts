/** @mutu/domain — zod schemas, types and pure rules of mutu. No I/O. */
export * from "./access/permissions.ts";
export * from "./access/tenancy.ts";
export * from "./audit/schema.ts";
export * from "./auth/schema.ts";
export * from "./errors/field-errors.ts";
export * from "./organisations/schema.ts";
export * from "./people/schema.ts";
export * from "./time/index.ts";
export * from "./tokens/schema.ts";
export * from "./contracts/index.ts";
export * from "./memberships/index.ts";
export * from "./sla/index.ts";
export * from "./saisines/index.ts";
export * from "./arbitrations/index.ts";
export * from "./indicators/index.ts";
export * from "./meetings/index.ts";
export * from "./rgpd/index.ts";
