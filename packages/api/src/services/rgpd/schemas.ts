/**
 * Input and output schemas of the RGPD procedures, built from the domain's: every input is the
 * domain schema the form checks; instants leave as ISO strings, days as 'YYYY-MM-DD'.
 */
import {
  DPIA_CRITERIA,
  instantOutput,
  isoDateSchema,
  METROPOLE_ROLES,
  OPINION_OUTCOMES,
  PROCESSING_ACTIONS,
  PROCESSING_PATHS,
  PROCESSING_STATUSES,
  processingContentSchema,
  PROPOSAL_STATUSES,
  SHARED_FIELDS,
  RETENTION_END_ACTIONS,
  RETENTION_OPERATION_STATUSES,
  RETENTION_STEPS,
} from "@mutu/domain";
import { z } from "zod";

export const orgId = z.uuid({ error: "Organisation inconnue." });
export const day = isoDateSchema;
export const maybeInstant = instantOutput.nullable();
export const side = z.enum(["commune", "operator"]);

export const optionalOrgInput = z.object({ orgId: orgId.optional() });
export const idOutput = z.object({ id: z.string() });

export const registerListInput = z.object({
  orgId: orgId.optional(),
  status: z.enum(PROCESSING_STATUSES, { error: "Statut inconnu." }).optional(),
  q: z.string().trim().max(100, "Recherche trop longue.").optional(),
});

export const eventOutput = z.object({
  at: instantOutput,
  kind: z.string(),
  summary: z.string(),
  actor: z.string(),
  side: z.string(),
});
export const documentOutput = z.object({
  id: z.string(),
  subjectId: z.string(),
  title: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  addedBy: z.string(),
  createdAt: instantOutput,
});
export const consultationOutput = z.object({
  id: z.string(),
  consultedAt: instantOutput,
  service: z.string(),
  observations: z.string(),
  recordedBy: z.string(),
});
export const processingRef = z.object({ id: z.string(), number: z.number(), name: z.string() });

export const processingSummaryOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  number: z.number(),
  name: z.string(),
  status: z.enum(PROCESSING_STATUSES),
  path: z.enum(PROCESSING_PATHS),
  service: z.string().nullable(),
  sensitive: z.boolean(),
  dpiaRequired: z.boolean(),
  metropoleRole: z.string(),
  revision: z.number(),
  sharedId: z.string().nullable(),
  inForceOn: day.nullable(),
  endedOn: day.nullable(),
  updatedAt: instantOutput,
  lastOutcome: z.enum(OPINION_OUTCOMES).nullable(),
  pendingOpinion: z.boolean(),
  pendingProposal: z.boolean(),
  changedSinceOpinion: z.boolean(),
  lastFavourableRevision: z.coerce.number().nullable(),
});

export const retentionOperationOutput = z.object({
  id: z.string(),
  processingId: z.string(),
  chainKey: z.string(),
  data: z.string(),
  fromEvent: z.string(),
  months: z.number(),
  action: z.enum(RETENTION_END_ACTIONS),
  dueOn: day,
  cutoffOn: day,
  final: z.boolean(),
  status: z.enum(RETENTION_OPERATION_STATUSES),
  informedAt: maybeInstant,
  informedBy: z.string().nullable(),
  confirmedAt: maybeInstant,
  confirmedBy: z.string().nullable(),
  declinedReason: z.string().nullable(),
  doneAt: maybeInstant,
  doneBy: z.string().nullable(),
  doneNote: z.string().nullable(),
});

export const processingDetailOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  number: z.number(),
  status: z.enum(PROCESSING_STATUSES),
  revision: z.number(),
  content: processingContentSchema,
  recordedOn: day,
  inForceOn: day.nullable(),
  endedOn: day.nullable(),
  endDeclaration: z.string().nullable(),
  updatedAt: instantOutput,
  responsibility: z.object({
    role: z.enum(METROPOLE_ROLES),
    reason: z.string(),
    caveat: z.string().nullable(),
  }),
  dpia: z.object({
    criteria: z.array(z.enum(DPIA_CRITERIA)),
    required: z.boolean(),
    reason: z.string(),
  }),
  dpoSide: side,
  blockers: z.array(z.string()),
  changedSinceOpinion: z.boolean(),
  actions: z.array(z.enum(PROCESSING_ACTIONS)),
  opinions: z.array(
    z.object({
      id: z.string(),
      revision: z.number(),
      dpoSide: side,
      requestedAt: instantOutput,
      requestNote: z.string(),
      requestedBy: z.string(),
      givenAt: maybeInstant,
      outcome: z.enum(OPINION_OUTCOMES).nullable(),
      reservations: z.array(z.string()),
      text: z.string().nullable(),
      givenBy: z.string().nullable(),
    }),
  ),
  processors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      contractReference: z.string(),
      contractExpiresOn: day.nullable(),
    }),
  ),
  inventory: z.array(z.object({ name: z.string(), vendor: z.string().nullable() })),
  shared: z
    .object({
      id: z.string(),
      name: z.string(),
      version: z.number(),
      adoptedVersion: z.number().nullable(),
      divergences: z.array(z.string()),
    })
    .nullable(),
  proposals: z.array(
    z.object({
      id: z.string(),
      fromVersion: z.number(),
      toVersion: z.number(),
      status: z.enum(PROPOSAL_STATUSES),
      createdAt: instantOutput,
      decidedAt: maybeInstant,
      decidedBy: z.string().nullable(),
      reason: z.string().nullable(),
      changeNote: z.string().nullable(),
      changes: z.array(z.string()),
      comparison: z.array(
        z.object({
          field: z.enum(SHARED_FIELDS),
          label: z.string(),
          current: z.array(z.object({ text: z.string(), removed: z.boolean() })),
          proposed: z.array(z.object({ text: z.string(), added: z.boolean() })),
        }),
      ),
    }),
  ),
  retention: z.array(retentionOperationOutput.extend({ steps: z.array(z.enum(RETENTION_STEPS)) })),
  events: z.array(eventOutput),
  documents: z.array(documentOutput),
});

export const createdOutput = z.object({ id: z.string(), number: z.number() });
export const revisionOutput = z.object({ id: z.string(), revision: z.number() });

export const sharedListOutput = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    version: z.number(),
    description: z.string(),
    updatedAt: instantOutput,
    adopters: z.number(),
    behind: z.number(),
    adoptedBy: z.object({ processingId: z.string(), version: z.number().nullable() }).nullable(),
  }),
);
export const sharedIdInput = z.object({
  sharedId: z.uuid({ error: "Traitement partagé introuvable." }),
});
export const sharedDetailOutput = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number(),
  content: processingContentSchema,
  versions: z.array(
    z.object({
      version: z.number(),
      changeNote: z.string(),
      publishedBy: z.string(),
      publishedAt: instantOutput,
    }),
  ),
  adopters: z.array(
    z.object({
      processingId: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      number: z.number(),
      status: z.enum(PROCESSING_STATUSES),
      version: z.number().nullable(),
      divergences: z.array(z.string()),
    }),
  ),
});
export const sharedSavedOutput = z.object({
  id: z.string(),
  version: z.number(),
  proposals: z.number(),
});

export const processorsOutput = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    parentName: z.string().nullable(),
    address: z.string(),
    dpoContact: z.string(),
    contractReference: z.string(),
    contractSignedOn: day.nullable(),
    contractExpiresOn: day.nullable(),
    contractState: z.enum(["unknown", "valid", "expiring", "expired"]),
    commitments: z.string(),
    communeId: z.string().nullable(),
    communeName: z.string().nullable(),
    usedBy: z.number(),
  }),
);
