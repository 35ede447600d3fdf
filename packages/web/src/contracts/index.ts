/**
 * @mutu/web/contracts — what both spaces show of a contract: its annex section by section, its
 * changes and how they choose the versions to compare (loaded with the contract pages).
 */
export { AnnexView, SECTIONS as ANNEX_SECTIONS } from "./annex/annex-view.tsx";
export { annexMessages } from "./annex-messages.ts";
export { ChangeTables } from "./change-tables.tsx";
export { describeValue, groupChanges, whereOf } from "./describe.ts";
export { diffMessages } from "./messages.ts";
export {
  type Annex,
  type AnnexChange,
  type ContractSummary,
  LETTERS,
  NATURES,
  type VersionDetail,
  WEEKDAYS,
} from "./types.ts";
export { versionLabel } from "./version-label.ts";
export { VersionPairForm } from "./version-pair-form.tsx";
