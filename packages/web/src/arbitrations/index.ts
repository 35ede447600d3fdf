/** @mutu/web/arbitrations — what both spaces show of an arbitration (loaded with the saisine pages). */
export { ArbitrationRecord } from "./arbitration-record.tsx";
export { arbitrationMessages } from "./messages.ts";
export {
  DisagreementKindField,
  RaiseArbitration,
  useRefreshArbitration,
} from "./raise-arbitration.tsx";
