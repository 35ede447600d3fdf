/**
 * @mutu/web/contracts — what both spaces show of a contract's changes and how they choose the
 * versions to compare (loaded with the contract pages).
 */
export { ChangeTables } from "./change-tables.tsx";
export { describeValue, groupChanges, whereOf } from "./describe.ts";
export { diffMessages } from "./messages.ts";
export type { AnnexChange } from "./types.ts";
export { versionLabel } from "./version-label.ts";
export { VersionPairForm } from "./version-pair-form.tsx";
