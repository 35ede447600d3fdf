/**
 * Input and output schemas of the saisines and arbitrations procedures. Instants cross the API as
 * ISO strings (instantOutput), calendar dates as 'YYYY-MM-DD'. Every change takes the row version
 * the caller read (`version`): a stale one is refused with CONFLICT and changes nothing.
 */
import {
  ARBITRATION_OUTCOMES,
  ATTACHMENT_MAX_BASE64_CHARS,
  ATTACHMENT_MAX_BYTES,
  arbitrationRecordSchema,
  assignSaisineInput,
  COMMENT_MAX,
  DISAGREEMENT_KINDS,
  exceptionalDecisionInput,
  instantOutput,
  qualifySaisineInput,
  SAISINE_ACTIONS,
  SAISINE_CHANNELS,
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  SAISINE_STATUSES,
  SAISINE_TYPES,
  saisineCriticalitySchema,
  saisineNatureSchema,
  saisineStatusSchema,
  saisineTypeSchema,
  slaTargetSchema,
  SUB_DOMAIN_LETTERS,
  isoDateSchema,
} from "@mutu/domain";
import { z } from "zod";

const uuid = (message: string) => z.uuid({ error: message });
const subDomainLetterSchema = z.enum(SUB_DOMAIN_LETTERS, {
  error: "Sous-domaine inconnu : A, B, C ou D attendu.",
});
const saisineId = uuid("Saisine inconnue.");
const instant = instantOutput;
const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Texte trop long (${max.toLocaleString("fr-FR")} caractères au plus).` });

export const versionInput = z
  .number({ error: "Version de la saisine attendue : rechargez-la." })
  .int({ error: "Version de la saisine invalide : rechargez-la." })
  .positive({ error: "Version de la saisine invalide : rechargez-la." });

export const saisineIdInput = z.object({ saisineId });
export const versionedInput = z.object({ saisineId, version: versionInput });
const optionalNote = z
  .string()
  .trim()
  .max(COMMENT_MAX, { error: "Texte trop long (10 000 caractères au plus)." })
  .optional();
export const optionalNoteInput = versionedInput.extend({ note: optionalNote });
const noteInput = (message: string) => versionedInput.extend({ note: text(COMMENT_MAX, message) });

export const pauseInput = versionedInput.extend({
  waitingFor: z.enum(["commune", "tiers"], {
    error: "Précisez ce qui est attendu : la commune ou un tiers.",
  }),
  note: text(COMMENT_MAX, "Indiquez ce qui est attendu, et de qui."),
});
export const resolveInput = noteInput("Décrivez la solution apportée.");
export const reopenInput = noteInput("Indiquez pourquoi la résolution ne convient pas.");
export const refuseInput = noteInput("Indiquez le motif du refus.");
export const withdrawInput = noteInput("Indiquez pourquoi la saisine est retirée.");
export const addInformationInput = versionedInput.extend({
  body: text(COMMENT_MAX, "Indiquez l'information à ajouter."),
});
export const qualifyInput = qualifySaisineInput.safeExtend({ version: versionInput });
export const assignInput = assignSaisineInput.extend({ version: versionInput });
export const bulkAssignInput = z.object({
  items: z
    .array(z.object({ saisineId, version: versionInput }), { error: "Choisissez des saisines." })
    .min(1, { error: "Choisissez au moins une saisine." })
    .max(100, { error: "100 saisines au plus à la fois." })
    .refine((items) => new Set(items.map((i) => i.saisineId)).size === items.length, {
      error: "Une même saisine apparaît deux fois.",
    }),
  assignee: assignSaisineInput.shape.assignee,
});
export const decideExceptionalInput = exceptionalDecisionInput.safeExtend({
  version: versionInput,
});

export const uploadAttachmentInput = z.object({
  saisineId,
  fileName: z
    .string({ error: "Nom de fichier attendu." })
    .min(1, { error: "Nom de fichier attendu." })
    .max(255, { error: "Nom de fichier trop long." }),
  mediaType: z.string({ error: "Type de fichier attendu." }).max(200),
  contentBase64: z
    .string({ error: "Contenu du fichier attendu (base64)." })
    .min(1, { error: "Le fichier est vide." })
    .max(ATTACHMENT_MAX_BASE64_CHARS, {
      error: `Fichier trop lourd : ${ATTACHMENT_MAX_BYTES / 1024 / 1024} Mo au plus par pièce jointe.`,
    }),
  visibility: z.enum(["public", "interne"]).default("public"),
});
export const attachmentIdInput = z.object({ attachmentId: uuid("Pièce jointe inconnue.") });

const listFilters = {
  statuses: z.array(saisineStatusSchema).max(SAISINE_STATUSES.length).optional(),
  subDomains: z.array(subDomainLetterSchema).max(4).optional(),
  natures: z.array(saisineNatureSchema).max(3).optional(),
  types: z.array(saisineTypeSchema).max(3).optional(),
  criticalities: z.array(saisineCriticalitySchema).max(2).optional(),
  due: z.enum(["soon", "breached"], { error: "Échéance : soon ou breached." }).optional(),
  needsQualification: z.boolean().optional(),
  q: z
    .string()
    .trim()
    .max(200, { error: "Recherche trop longue (200 caractères au plus)." })
    .optional(),
  sort: z.enum(["due", "newest", "oldest"], { error: "Tri inconnu." }).default("due"),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(50),
};
export const listInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  mine: z.boolean().optional(),
  ...listFilters,
});
export const queueInput = z.object({
  orgIds: z.array(uuid("Commune inconnue.")).max(200).optional(),
  proximityCentre: z.string().trim().min(1).max(200).optional(),
  routedToProximityCentre: z.boolean().optional(),
  assignee: z
    .discriminatedUnion(
      "kind",
      [
        z.object({ kind: z.literal("person"), personId: uuid("Personne inconnue.") }),
        z.object({ kind: z.literal("team"), teamId: uuid("Équipe inconnue.") }),
        z.object({ kind: z.literal("unassigned") }),
        z.object({ kind: z.literal("me") }),
      ],
      { error: "Titulaire : person, team, unassigned ou me." },
    )
    .optional(),
  ...listFilters,
});

export const changesInput = z.object({
  /** "xid.seq" of the last change read; "now" to start from the present; absent: from the start. */
  cursor: z.string().max(60).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export const notificationsInput = z.object({
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(50),
});
export const markReadInput = z.object({ ids: z.array(uuid("Notification inconnue.")).max(200) });
export const recapInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  year: z.number({ error: "Année attendue." }).int().min(2000).max(2100),
  format: z.literal("csv").optional(),
});
export const targetsInput = z.object({ orgId: uuid("Organisation inconnue.").optional() });
export const setTargetsInput = z.object({
  orgId: uuid("Organisation inconnue."),
  effectiveFrom: isoDateSchema,
  agreedRef: text(500, "Indiquez où ces objectifs ont été convenus (comité de suivi, avenant…)."),
  targets: z
    .array(slaTargetSchema)
    .min(1, { error: "Indiquez au moins un objectif." })
    .max(20, { error: "20 objectifs au plus." }),
});

export const raiseArbitrationInput = z.object({
  saisineId,
  kind: z.enum(DISAGREEMENT_KINDS, { error: "Objet attendu : programmation ou fond." }),
  subject: z
    .string({ error: "Décrivez le désaccord." })
    .trim()
    .min(10, { error: "Décrivez le désaccord (10 caractères au moins)." })
    .max(5000, { error: "Texte trop long (5 000 caractères au plus)." }),
});
export const recordArbitrationInput = arbitrationRecordSchema.safeExtend({
  arbitrationId: uuid("Arbitrage inconnu."),
});
export const listArbitrationsInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  status: z.enum(["ouvert", "clos"]).optional(),
});

// --- Outputs ------------------------------------------------------------------------------------

const statusOutput = z.enum(SAISINE_STATUSES);
const dueStateOutput = z.enum(["breached", "due-soon", "on-time", "paused", "none"]);

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
  annexVersionId: z.string(),
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
  subDomain: z.enum(["A", "B", "C", "D"]),
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

const levelOutput = z.object({
  level: z.number(),
  heldOn: z.string(),
  participants: z.array(
    z.object({ name: z.string(), function: z.string(), side: z.enum(["commune", "operator"]) }),
  ),
  outcome: z.enum(ARBITRATION_OUTCOMES),
  decision: z.string(),
  final: z.boolean(),
});

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
  subDomain: z.enum(["A", "B", "C", "D"]),
  nature: z.enum(SAISINE_NATURES),
  criticality: z.enum(SAISINE_CRITICALITIES),
  channel: z.enum(SAISINE_CHANNELS),
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
    annexVersionId: z.string(),
    annexVersionLabel: z.string().nullable(),
    annexEffectiveFrom: z.string().nullable(),
    communeFunction: z.string().nullable(),
    sharedServiceFunction: z.string(),
    proximityCentre: z.boolean(),
    proximityCentreName: z.string().nullable(),
    needsQualification: z.boolean(),
    qualificationReason: z.string().nullable(),
    calendarVersion: z.string().nullable(),
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
    periods: z.array(
      z.object({
        state: z.enum(["running", "paused"]),
        from: instant,
        to: instant.nullable(),
        calendarVersion: z.string(),
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
      visibility: z.enum(["public", "interne"]),
      actorLabel: z.string(),
      createdAt: instant,
    }),
  ),
  exceptionalDecision: z
    .object({
      outcome: z.enum(["acceptee", "declinee"]),
      decidedOn: z.string(),
      reasons: z.string(),
      adaptedMeans: z.string().nullable(),
      communeManager: managerOutput,
      sharedServiceManager: managerOutput,
      recordedBy: z.string(),
    })
    .nullable(),
  arbitration: z
    .object({
      id: z.string(),
      kind: z.enum(DISAGREEMENT_KINDS),
      subject: z.string(),
      status: z.enum(["ouvert", "clos"]),
      raisedAt: instant,
      raisedBy: z.string(),
      levels: z.array(levelOutput),
    })
    .nullable(),
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
      visibility: z.enum(["public", "interne"]),
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

export const notificationsOutput = z.object({
  unread: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["sla-warning", "sla-breach"]),
      milestone: z.enum(["handling", "resolution", "ola"]),
      saisineId: z.string(),
      reference: z.string(),
      saisineTitle: z.string(),
      title: z.string(),
      body: z.string(),
      dueAt: instant.nullable(),
      createdAt: instant,
      readAt: instant.nullable(),
    }),
  ),
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
  participants: levelOutput.shape.participants,
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
        outcome: z.enum(["acceptee", "declinee", "en-attente"]),
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
          criticality: z.string().nullable(),
          businessMinutes: z.number(),
          compliancePercent: z.number().nullable(),
        }),
      ),
    }),
  ),
});

export const arbitrationOutput = z.object({
  id: z.string(),
  saisineId: z.string(),
  reference: z.string(),
  saisineTitle: z.string(),
  orgId: z.string(),
  kind: z.enum(DISAGREEMENT_KINDS),
  subject: z.string(),
  status: z.enum(["ouvert", "clos"]),
  raisedAt: instant,
  raisedBy: z.string(),
  raisedBySide: z.string(),
  levels: z.array(levelOutput.extend({ seat: z.string(), recordedBy: z.string() })),
});
