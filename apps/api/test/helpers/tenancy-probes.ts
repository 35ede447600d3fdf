/**
 * The tenancy walk's probes: for each procedure of the router, what an attacker would send against
 * another tenant's data. A procedure without a probe here fails the walk
 * (`tenancy-walk.test.ts`), so coverage cannot silently lag behind the API.
 */
import { saisineInput } from "./saisines.ts";
import type { RgpdVictim } from "./tenancy-rgpd.ts";
import { rgpdProbes } from "./tenancy-rgpd-probes.ts";
import { contractProbes } from "./tenancy-contracts.ts";
import { workProbes } from "./tenancy-work.ts";

export type Victim = {
  orgId: string;
  personIds: string[];
  functionId: string;
  tokenId: string;
  /** The victim's contract — for an operator, one of its members' (not an attacker's). */
  contractId: string;
  /** A signed version and a draft of that contract (someUuid where it has none). */
  versionIds: string[];
  /** The victim's saisine — for an operator, one of its members' — with its own pieces. */
  saisineId: string;
  saisineOrgId: string;
  saisineReference: string;
  attachmentId: string;
  arbitrationId: string;
  notificationId: string;
  /** A project of the saisine's commune, retained and in its framing phase. */
  projectId: string;
  /** The RGPD records of the victim (or of the member holding its saisine). */
  rgpd: RgpdVictim;
  /** A meeting of the saisine's commune, and an action it decided. */
  meetingId: string;
  meetingActionId: string;
  /** A measure entered for the victim's commune, with an evidence file. */
  entryId: string;
  entryEvidence: string;
  /** A shared view of the victim's queue (someUuid for a commune). */
  viewId: string;
};
export type Probe = { kind: "query" | "mutation"; inputs: (v: Victim) => unknown[] };

export const someUuid = "00000000-0000-4000-8000-000000000000";

/** For each procedure, the inputs an attacker would try against the victim. */
export const probes: Record<string, Probe> = {
  "auth.signIn": { kind: "mutation", inputs: () => [] }, // public: it authenticates, reads no tenant data
  "auth.signOut": { kind: "mutation", inputs: () => [undefined] },
  "auth.me": { kind: "query", inputs: () => [undefined] },
  "auth.signInOptions": { kind: "query", inputs: () => [undefined] },
  // The caller's own password only, no other's to name (a wrong current one would count as a
  // failed sign-in and slow the attacker's next one down: the new one here is refused first).
  "auth.changePassword": {
    kind: "mutation",
    inputs: () => [{ currentPassword: "pas le mien", newPassword: "court" }],
  },
  // Public, one answer for every address; a victim's would only mail the victim a link.
  "auth.requestPasswordReset": {
    kind: "mutation",
    inputs: () => [{ email: "inconnu@exemple.fr" }],
  },
  "auth.resetPassword": {
    kind: "mutation",
    inputs: () => [{ token: "A".repeat(43), newPassword: "girafe parapluie tonnerre" }],
  },
  "organisations.list": { kind: "query", inputs: () => [undefined] },
  "organisations.get": { kind: "query", inputs: (v) => [{ orgId: v.orgId }] },
  "organisations.setCommunalReferent": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, personId: null },
      { orgId: v.orgId, personId: v.personIds[0] },
    ],
  },
  "people.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "people.functions": { kind: "query", inputs: () => [undefined] },
  "people.create": {
    kind: "mutation",
    inputs: (v) => [
      {
        orgId: v.orgId,
        displayName: "Intrus Malveillant",
        email: `intrus-${v.orgId.slice(0, 8)}@exemple.fr`,
        password: "girafe parapluie tonnerre violon",
        functionIds: [],
      },
    ],
  },
  "people.assignFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.removeFunction": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId, functionId: v.functionId })),
  },
  "people.deactivate": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId })),
  },
  "people.reactivate": {
    kind: "mutation",
    inputs: (v) => v.personIds.map((personId) => ({ personId })),
  },
  "tokens.list": { kind: "query", inputs: () => [undefined] },
  "tokens.create": {
    kind: "mutation",
    inputs: (v) => [
      { orgId: v.orgId, name: "Jeton intrus", permissions: ["org.read"], expiresInDays: 30 },
    ],
  },
  "tokens.revoke": { kind: "mutation", inputs: (v) => [{ tokenId: v.tokenId }] },
  "audit.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  "audit.verify": { kind: "query", inputs: () => [undefined] },
  "saisines.create": {
    kind: "mutation",
    inputs: (v) =>
      [v.orgId, v.saisineOrgId].map((orgId) =>
        saisineInput(orgId, {
          criticality: "bloquant",
          title: "Saisine intruse",
          channel: "telephone",
          idempotencyKey: "cle-victime",
        }),
      ),
  },
  "saisines.list": {
    kind: "query",
    inputs: (v) => [{}, { orgId: v.orgId }, { orgId: v.saisineOrgId, statuses: ["nouvelle"] }],
  },
  "saisines.queue": {
    kind: "query",
    inputs: (v) => [{}, { orgIds: [v.saisineOrgId] }, { q: "victime" }, { q: v.saisineReference }],
  },
  "saisines.count": {
    kind: "query",
    inputs: (v) => [{ orgId: v.saisineOrgId }, { orgId: v.saisineOrgId, statuses: ["nouvelle"] }],
  },
  "saisines.queueCount": {
    kind: "query",
    inputs: (v) => [{ orgIds: [v.saisineOrgId] }, { orgIds: [v.saisineOrgId], age: "0-2" }],
  },
  "saisines.get": { kind: "query", inputs: (v) => [{ saisineId: v.saisineId }] },
  "saisines.timeline": { kind: "query", inputs: (v) => [{ saisineId: v.saisineId }] },
  "saisines.addInformation": {
    kind: "mutation",
    inputs: (v) => [{ saisineId: v.saisineId, version: 1, body: "Information intruse" }],
  },
  "saisines.comment": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, body: "Commentaire intrus", visibility: "public" },
      { saisineId: v.saisineId, body: "Note intruse", visibility: "interne" },
    ],
  },
  "saisines.qualify": {
    kind: "mutation",
    inputs: (v) => [{ saisineId: v.saisineId, version: 1, criticality: "bloquant" }],
  },
  "saisines.assign": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        version: 1,
        assignee: { kind: "person", personId: v.personIds[0] },
      },
    ],
  },
  "saisines.bulkAssign": {
    kind: "mutation",
    inputs: (v) => [
      {
        items: [{ saisineId: v.saisineId, version: 1 }],
        assignee: { kind: "person", personId: v.personIds[0] },
      },
    ],
  },
  "saisines.assignees": { kind: "query", inputs: () => [undefined] },
  ...Object.fromEntries(
    ["start", "resume", "close", "confirm"].map((name) => [
      `saisines.${name}`,
      { kind: "mutation", inputs: (v: Victim) => [{ saisineId: v.saisineId, version: 1 }] },
    ]),
  ),
  ...Object.fromEntries(
    ["resolve", "refuse", "reopen", "withdraw"].map((name) => [
      `saisines.${name}`,
      {
        kind: "mutation",
        inputs: (v: Victim) => [{ saisineId: v.saisineId, version: 1, note: "Note intruse" }],
      },
    ]),
  ),
  "saisines.pause": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, version: 1, waitingFor: "tiers", note: "Attente intruse" },
    ],
  },
  "saisines.decideExceptional": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        version: 1,
        outcome: "declinee",
        decidedOn: "2026-01-15",
        reasons: "Décision intruse sans fondement",
        communeManager: { name: "Intrus", function: "DGS" },
        sharedServiceManager: { name: "Intrus", function: "DG" },
      },
    ],
  },
  "saisines.uploadAttachment": {
    kind: "mutation",
    inputs: (v) => [
      {
        saisineId: v.saisineId,
        fileName: "intrus.pdf",
        mediaType: "application/pdf",
        contentBase64: Buffer.from("%PDF-1.4 intrus").toString("base64"),
      },
    ],
  },
  "saisines.attachment": { kind: "query", inputs: (v) => [{ attachmentId: v.attachmentId }] },
  "saisines.changes": { kind: "query", inputs: () => [{}, { cursor: "0.0" }, { cursor: "now" }] },
  "saisines.notifications": { kind: "query", inputs: () => [{}] },
  "saisines.markNotificationsRead": {
    kind: "mutation",
    inputs: (v) => [{ ids: [v.notificationId] }],
  },
  "saisines.yearlyRecap": {
    kind: "query",
    inputs: (v) => [
      { year: 2026 },
      { year: 2026, orgId: v.orgId },
      { year: 2026, orgId: v.saisineOrgId, format: "csv" },
    ],
  },
  "saisines.targets": {
    kind: "query",
    inputs: (v) => [{}, { orgId: v.orgId }, { orgId: v.saisineOrgId }],
  },
  "saisines.bulk": {
    kind: "mutation",
    inputs: (v) => [
      { action: "close", items: [{ saisineId: v.saisineId, version: 1 }] },
      {
        action: "comment",
        items: [{ saisineId: v.saisineId, version: 1 }],
        body: "Commentaire intrus",
        visibility: "public",
      },
      { action: "qualify", items: [{ saisineId: v.saisineId, version: 1 }] },
    ],
  },
  "saisines.queueCounts": {
    kind: "query",
    inputs: (v) => [{}, { orgIds: [v.saisineOrgId], history: true }, { history: true }],
  },
  "saisines.export": {
    kind: "query",
    inputs: (v) => [
      { format: "csv", statuses: ["nouvelle"] },
      { format: "ods", orgIds: [v.saisineOrgId] },
    ],
  },
  "saisines.views": { kind: "query", inputs: () => [undefined] },
  "saisines.saveView": {
    kind: "mutation",
    inputs: (v) => [
      {
        name: `Vue intruse ${v.orgId.slice(0, 8)}`,
        filters: { orgId: v.saisineOrgId },
        shared: true,
      },
    ],
  },
  "saisines.deleteView": { kind: "mutation", inputs: (v) => [{ viewId: v.viewId }] },
  "notifications.list": { kind: "query", inputs: () => [{}, { unreadOnly: true }] },
  "notifications.unreadCount": { kind: "query", inputs: () => [undefined] },
  "notifications.markRead": {
    kind: "mutation",
    inputs: (v) => [{ ids: [v.notificationId] }, { all: true }],
  },
  "notifications.preferences": { kind: "query", inputs: () => [undefined] },
  "notifications.setPreferences": {
    kind: "mutation",
    inputs: () => [{ deliveries: { "public-comment": "email" } }],
  },
  "arbitrations.raise": {
    kind: "mutation",
    inputs: (v) => [
      { saisineId: v.saisineId, kind: "fond", subject: "Désaccord intrus sur le fond" },
    ],
  },
  "arbitrations.recordDecision": {
    kind: "mutation",
    inputs: (v) => [
      {
        arbitrationId: v.arbitrationId,
        level: 1,
        kind: "fond",
        heldOn: "2026-02-01",
        participants: [
          { name: "Intrus", function: "DGS", side: "commune" },
          { name: "Intrus", function: "DGA", side: "operator" },
        ],
        outcome: "accord",
        decision: "Décision intruse imposée",
      },
    ],
  },
  "arbitrations.list": { kind: "query", inputs: (v) => [{}, { orgId: v.orgId }] },
  ...rgpdProbes,
  ...contractProbes,
  ...workProbes,
};
