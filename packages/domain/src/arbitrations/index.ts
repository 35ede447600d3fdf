/**
 * Arbitrations: disagreements between a commune and the shared service about a saisine, settled
 * in three levels (000 art. 4). Pure rules, no I/O.
 */
export {
  ARBITRATION_LEVELS,
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_OUTCOMES,
  ARBITRATION_SEATS,
  ARBITRATION_STATUSES,
  type ArbitrationStatus,
  type ArbitrationLevel,
  type ArbitrationOutcome,
  type ArbitrationRecord,
  type ArbitrationSeat,
  appendArbitration,
  arbitrationRecordSchema,
  DISAGREEMENT_KIND_LABELS,
  DISAGREEMENT_KINDS,
  type DisagreementKind,
  isFinalArbitration,
  type NextArbitration,
  nextArbitrationLevel,
  type RaiseArbitrationInput,
  raiseArbitrationInput,
  recordArbitrationInput,
} from "./arbitration.ts";
