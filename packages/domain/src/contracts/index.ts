/**
 * Contracts: the Bordeaux contrat d'engagement annex as data (import, versions, diff) and the
 * durations of both agreement models (the Redon convention's prices are in memberships/). Pure
 * rules, no I/O.
 */
export {
  type Annex,
  type AnnexApplication,
  type AnnexIndicator,
  type AnnexPriority,
  type AnnexRgpd,
  type AnnexSubDomain,
  annexSchema,
  SAISINE_NATURES,
  type SaisineCell,
  type SaisineNature,
  SUB_DOMAIN_LETTERS,
  type SubDomainLetter,
  subDomainLetterSchema,
} from "./annex.ts";
export {
  type AnnexSupportHours,
  type AnnexWeeklyHours,
  type Closure,
  closureDates,
  closureSchema,
  describeClosure,
  describeEventOnCall,
  type EventOnCall,
  eventOnCallSchema,
  MAX_CLOSURE_DAYS,
} from "./annex-hours.ts";
export { toParisCalendarDate } from "./calendar.ts";
export {
  BORDEAUX_MODEL_ACTIVITIES,
  BORDEAUX_MODEL_ENGAGEMENTS,
  BORDEAUX_SUB_DOMAIN_TITLES,
} from "./bordeaux-model.ts";
export { type AnnexChange, type AnnexChangeKind, diffAnnex } from "./diff.ts";
export {
  type Agreement,
  type AgreementEnd,
  agreementSchema,
  type BordeauxContract,
  endDateAfterNotice,
  nextRenewal,
  type RedonConvention,
  type Renewal,
} from "./durations.ts";
export { FRENCH_MUNICIPAL_ELECTIONS, type MunicipalElection } from "./elections.ts";
export * from "./inputs.ts";
export { type AnnexImportProblem, type AnnexImportResult, parseAnnexImport } from "./import.ts";
export { type Versioned, versionInForce } from "./versions.ts";
export {
  type DelayRule,
  delayRuleSchema,
  describeBusinessMinutes,
  describeDelayRule,
  delayRuleScope,
  describeIndicatorTarget,
  type IndicatorTarget,
  indicatorTargetSchema,
  slaTargetsOfAnnex,
} from "./indicator-targets.ts";
