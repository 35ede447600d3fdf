/** @mutu/web/contracts — what both spaces show of a contract's changes (loaded with the contract pages). */
export { ChangeTables } from "./change-tables.tsx";
export { describeValue, groupChanges, whereOf } from "./describe.ts";
export { diffMessages } from "./messages.ts";
export type { AnnexChange } from "./types.ts";
