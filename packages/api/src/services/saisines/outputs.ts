/**
 * Output schemas of the saisines procedures: what a list item, a saisine's page, its timeline,
 * the change feed, notifications and the yearly recap carry. Instants leave as ISO strings.
 */
import {
  ARBITRATION_OUTCOMES,
  COMMENT_VISIBILITIES,
  DISAGREEMENT_KINDS,
  DUE_STATES,
  EXCEPTIONAL_OUTCOMES,
  instantOutput,
  SAISINE_ACTIONS,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  SAISINE_STATUSES,
  SAISINE_TYPES,
  SUB_DOMAIN_LETTERS,
} from "@mutu/domain";
import { z } from "zod";
import { arbitrationLevelOutput, arbitrationOnSaisineOutput } from "../arbitrations/schemas.ts";

const instant = instantOutput;

const statusOutput = z.enum(SAISINE_STATUSES);
const dueStateOutput = z.enum(DUE_STATES);

export const mutationOutput = z.object({
  id: z.string(),
  reference: z.string(),
  version: z.number(),
  status: statusOutput,
  assigneeLabel: z.string().nullable(),
  handlingDueAt: instant.nullable(),
  resolutionDueAt: instant.nullable(),
  warnAt: instant.nullable(),
  needsQualification: z.boolean(),
  updatedAt: instant,
});

export const createdOutput = mutationOutput.extend({
  orgId: z.string(),
  /** The annex version that routed it; null for a convention saisine. */
  annexVersionId: z.string().nullable(),
  communeFunction: z.string().nullable(),
  sharedServiceFunction: z.string(),
  proximityCentre: z.boolean(),
  proximityCentreName: z.string().nullable(),
  qualificationReason: z.string().nullable(),
  createdAt: instant,
  /** True when an idempotency key returned the saisine a previous call created. */
  replayed: z.boolean(),
});

export const listItemOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  reference: z.string(),
  title: z.string(),
  type: z.enum(SAISINE_TYPES),
  subDomain: z.enum(SUB_DOMAIN_LETTERS),
  nature: z.enum(SAISINE_NATURES),
  criticality: z.enum(SAISINE_CRITICALITIES),
  status: statusOutput,
  channel: z.enum(SAISINE_CHANNELS),
  assigneePersonId: z.string().nullable(),
  assigneeTeamId: z.string().nullable(),
  assigneeLabel: z.string().nullable(),
  communeFunction: z.string().nullable(),
  sharedServiceFunction: z.string(),
  proximityCentre: z.boolean(),
  proximityCentreName: z.string().nullable(),
  needsQualification: z.boolean(),
  handlingDueAt: instant.nullable(),
  resolutionDueAt: instant.nullable(),
  warnAt: instant.nullable(),
  dueState: dueStateOutput,
  isOpen: z.boolean(),
  resolvedAt: instant.nullable(),
  exceptionAccepted: z.boolean(),
  filedByLabel: z.string(),
  requesterLabel: z.string().nullable(),
  onBehalfOfResident: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  version: z.number(),
});

export const pageOutput = z.object({
  items: z.array(listItemOutput),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

const clockFigureOutput = z
  .object({
    targetMinutes: z.number(),
    elapsedMinutes: z.number(),
    ratio: z.number(),
    warning: z.boolean(),
    breached: z.boolean(),
    dueAt: instant.nullable(),
  })
  .nullable();

const managerOutput = z.object({ name: z.string(), function: z.string() });

export const detailOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  site: z.string().nullable(),
  type: z.enum(SAISINE_TYPES),
  subDomain: z.enum(SUB_DOMAIN_LETTERS),
  nature: z.enum(SAISINE_NATURES),
  criticality: z.enum(SAISINE_CRITICALITIES),
  channel: z.enum(SAISINE_CHANNELS),
  application: z.string().nullable(),
  firstContactResolution: z.boolean(),
  status: statusOutput,
  version: z.number(),
  dueState: dueStateOutput,
  filedByLabel: z.string(),
  filedByPersonId: z.string().nullable(),
  requesterId: z.string().nullable(),
  requesterLabel: z.string().nullable(),
  onBehalfOf: z
    .object({
      name: z.string().nullable(),
      contact: z.object({ kind: z.enum(["email", "telephone"]), value: z.string() }).nullable(),
      anonymised: z.boolean(),
    })
    .nullable(),
  residentPurgeAt: instant.nullable(),
  routing: z.object({
    annexVersionId: z.string().nullable(),
    annexVersionLabel: z.string().nullable(),
    annexEffectiveFrom: z.string().nullable(),
    communeFunction: z.string().nullable(),
    sharedServiceFunction: z.string(),
    proximityCentre: z.boolean(),
    proximityCentreName: z.string().nullable(),
    needsQualification: z.boolean(),
    qualificationReason: z.string().nullable(),
    calendarVersion: z.string().nullable(),
    /** What the clock's hours are, in French (« Horaires d'assistance et astreintes du contrat »). */
    calendarLabel: z.string().nullable(),
  }),
  assignee: z
    .object({ kind: z.enum(["person", "team"]), id: z.string(), label: z.string() })
    .nullable(),
  handledAt: instant.nullable(),
  resolvedAt: instant.nullable(),
  closedAt: instant.nullable(),
  /** When the operator may close without the commune's answer (5 working days after resolution). */
  closableFrom: instant.nullable(),
  handlingDueAt: instant.nullable(),
  resolutionDueAt: instant.nullable(),
  warnAt: instant.nullable(),
  clocks: z.object({
    calendarUsable: z.boolean(),
    handling: clockFigureOutput,
    resolution: clockFigureOutput,
    targets: z.object({
      handling: z.enum(["set", "to-define", "none"]),
      resolution: z.enum(["set", "to-define", "none"]),
    }),
    measured: z.object({ handlingMinutes: z.number(), resolutionMinutes: z.number() }).nullable(),
    periods: z.array(
      z.object({
        state: z.enum(["running", "paused"]),
        from: instant,
        to: instant.nullable(),
        calendarVersion: z.string(),
        calendarLabel: z.string().nullable(),
      }),
    ),
  }),
  assignments: z.array(
    z.object({
      id: z.string(),
      assigneeLabel: z.string(),
      assigneeKind: z.enum(["person", "team"]),
      assignedAt: instant,
      endedAt: instant.nullable(),
      assignedByLabel: z.string(),
      current: z.boolean(),
      /** Whether its clock still runs (held now, the saisine neither resolved nor closed). */
      running: z.boolean(),
      stoppedAt: instant.nullable(),
      targetMinutes: z.number().nullable(),
      elapsedMinutes: z.number(),
      dueAt: instant.nullable(),
      breached: z.boolean(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number(),
      sha256: z.string(),
      visibility: z.enum(COMMENT_VISIBILITIES),
      actorLabel: z.string(),
      createdAt: instant,
    }),
  ),
  exceptionalDecision: z
    .object({
      outcome: z.enum(EXCEPTIONAL_OUTCOMES),
      decidedOn: z.string(),
      reasons: z.string(),
      adaptedMeans: z.string().nullable(),
      communeManager: managerOutput,
      sharedServiceManager: managerOutput,
      recordedBy: z.string(),
    })
    .nullable(),
  arbitration: arbitrationOnSaisineOutput.nullable(),
  /** The last resolution's answer, to copy for a resident. */
  resolution: z.object({ note: z.string().nullable(), at: instant, by: z.string() }).nullable(),
  /** What the caller may do now (status machine actions within their permissions). */
  allowedActions: z.array(z.enum(SAISINE_ACTIONS)),
  createdAt: instant,
  updatedAt: instant,
});

export const timelineOutput = z.object({
  saisineId: z.string(),
  reference: z.string(),
  events: z.array(
    z.object({
      id: z.number(),
      at: instant,
      kind: z.string(),
      visibility: z.enum(COMMENT_VISIBILITIES),
      actorLabel: z.string(),
      actorSide: z.string(),
      body: z.string().nullable(),
      statusAfter: z.string().nullable(),
      payload: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});

export const commentOutput = z.object({ ok: z.literal(true), at: instant });

export const attachmentOutput = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  createdAt: instant,
});
export const attachmentFileOutput = z.object({
  id: z.string(),
  saisineId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  contentBase64: z.string(),
});

export const changesOutput = z.object({
  changes: z.array(
    z.object({
      cursor: z.string(),
      saisineId: z.string(),
      orgId: z.string(),
      reference: z.string(),
      kind: z.string(),
      at: instant,
      version: z.number(),
      status: z.string(),
    }),
  ),
  nextCursor: z.string(),
});

export const assigneesOutput = z.object({
  teams: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      managerId: z.string().nullable(),
      managerName: z.string().nullable(),
      olaMinutes: z.number().nullable(),
      members: z.array(z.object({ id: z.string(), displayName: z.string() })),
    }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      email: z.string(),
      teamIds: z.array(z.string()),
    }),
  ),
});

const fileOutput = z.object({ filename: z.string(), mimeType: z.string(), base64: z.string() });
const recapLevel = z.object({
  level: z.number(),
  kind: z.enum(DISAGREEMENT_KINDS),
  heldOn: z.string(),
  participants: arbitrationLevelOutput.shape.participants,
  outcome: z.enum(ARBITRATION_OUTCOMES),
  decision: z.string(),
});
export const recapOutput = z.object({
  recap: z.object({
    year: z.number(),
    exceptional: z.array(
      z.object({
        saisineId: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        title: z.string(),
        filedOn: z.string(),
        outcome: z.enum([...EXCEPTIONAL_OUTCOMES, "en-attente"]),
        decidedOn: z.string().nullable(),
        reasons: z.string().nullable(),
        adaptedMeans: z.string().nullable(),
      }),
    ),
    disputes: z.array(
      z.object({
        saisineId: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        title: z.string(),
        kind: z.enum(DISAGREEMENT_KINDS),
        levels: z.array(recapLevel),
        highestLevel: z.number(),
        settled: z.boolean(),
        solution: z.string().nullable(),
        settledOn: z.string().nullable(),
      }),
    ),
    totals: z.object({
      exceptional: z.number(),
      accepted: z.number(),
      declined: z.number(),
      pending: z.number(),
      disputes: z.number(),
      settled: z.number(),
      unsettled: z.number(),
      byHighestLevel: z.object({ 1: z.number(), 2: z.number(), 3: z.number() }),
    }),
  }),
  /** The CSV export when `format: "csv"` was asked. */
  file: fileOutput.nullable(),
});

export const targetsOutput = z.object({
  orgId: z.string(),
  sets: z.array(
    z.object({
      effectiveFrom: z.string(),
      inForce: z.boolean(),
      agreedRef: z.string(),
      targets: z.array(
        z.object({
          indicator: z.string(),
          nature: z.string().nullable(),
          criticality: z.string().nullable(),
          businessMinutes: z.number(),
          compliancePercent: z.number().nullable(),
          /** « 95 % en 4 heures ouvrées ». */
          description: z.string(),
        }),
      ),
    }),
  ),
});
