/**
 * The tenancy walk's probes for contracts, their amendments and the convention's memberships: what
 * an attacker would send against another tenant's data (tenancy-probes.ts gathers every feature's).
 */
import type { Probe } from "./tenancy-probes.ts";

export const contractProbes: Record<string, Probe> = {
  "contracts.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "contracts.current": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "contracts.history": { kind: "query", inputs: (v) => [{ contractId: v.contractId }] },
  "contracts.versionAt": {
    kind: "query",
    inputs: (v) => [{ contractId: v.contractId, date: "2020-01-01" }],
  },
  "contracts.version": {
    kind: "query",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId })),
  },
  "contracts.diff": {
    kind: "query",
    inputs: (v) => [{ fromVersionId: v.versionIds[0], toVersionId: v.versionIds[1] }],
  },
  "contracts.draftAmendment": {
    kind: "mutation",
    inputs: (v) => [{ contractId: v.contractId, subject: "Avenant intrus" }],
  },
  "contracts.updateDraft": {
    kind: "mutation",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId, subject: "Réécrit" })),
  },
  "contracts.signAmendment": {
    kind: "mutation",
    inputs: (v) =>
      v.versionIds.map((versionId) => ({
        versionId,
        signedOn: "2024-01-01",
        effectiveFrom: "2024-01-01",
      })),
  },
  "contracts.discardDraft": {
    kind: "mutation",
    inputs: (v) => v.versionIds.map((versionId) => ({ versionId })),
  },
  "contracts.importAnnex": {
    kind: "mutation",
    inputs: (v) => [{ orgId: v.orgId, content: "{}" }],
  },
  "memberships.catalogue": { kind: "query", inputs: () => [undefined] },
  "memberships.list": { kind: "query", inputs: () => [undefined] },
  "memberships.get": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "memberships.simulate": {
    kind: "query",
    inputs: (v) => [
      { orgId: v.orgId, subscription: "socle-complet" },
      { population: 2000, subscription: "audit" },
    ],
  },
  "memberships.contributions": { kind: "query", inputs: () => [{ year: 2025 }] },
  "memberships.exportContributions": {
    kind: "query",
    inputs: () => [
      { year: 2025, format: "csv" },
      { year: 2025, format: "xlsx" },
    ],
  },
  "memberships.join": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        subscription: "audit",
        effectiveFrom: "2025-01-01",
        decisionRef: "Délibération intruse",
      },
    ],
  },
  "memberships.changeChoice": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        subscription: "socle-complet",
        effectiveFrom: "2025-06-01",
        decisionRef: "Décision intruse",
      },
    ],
  },
  "memberships.terminate": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, noticeGivenOn: "2025-01-01", decisionRef: "Délibération intruse" },
    ],
  },
};
