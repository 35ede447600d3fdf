/**
 * Input and output schemas of the saisines procedures, built from the domain's: the lifecycle
 * gives each status change its note (required, with its prompt, where the other side reads it).
 * Instants cross the API as ISO strings (instantOutput), calendar dates as 'YYYY-MM-DD'. Every change
 * takes the row version the caller read (`version`): a stale one is refused with CONFLICT and
 * changes nothing.
 */
import { FIRST_YEAR, LAST_YEAR } from "@mutu/domain";
import {
  AGE_BUCKETS,
  DELAY_BUCKET_LABELS,
  DELAY_MEASURES,
  DELAY_OUTCOMES,
  DELAY_SCOPES,
  PERIOD_EVENTS,
  periodKeySchema,
  SAISINE_CHANNELS,
  saisineChannelSchema,
  addInformationInput as addInformationFields,
  ATTACHMENT_MAX_BASE64_CHARS,
  ATTACHMENT_MAX_BYTES,
  assignSaisineInput,
  bulkSaisinesInput,
  bulkAssignSaisinesInput,
  COMMENT_VISIBILITIES,
  exceptionalDecisionInput,
  pauseSaisineInput,
  queueSortSchema,
  qualifySaisineInput,
  SAISINE_STATUSES,
  type SaisineAction,
  saisineActionInput,
  saisineCriticalitySchema,
  saisineIdSchema as saisineId,
  saisineVersionSchema,
  saveQueueViewInput,
  saisineNatureSchema,
  saisineStatusSchema,
  saisineTypeSchema,
  subDomainLetterSchema,
  EXPORT_FORMATS,
} from "@mutu/domain";
import { z } from "zod";
import { inboxInput } from "../notifications/schemas.ts";

const uuid = (message: string) => z.uuid({ error: message });

export const versionInput = saisineVersionSchema;
const versioned = { version: versionInput };

export const saisineIdInput = z.object({ saisineId });
/** A status change of the lifecycle, on the version read. */
export const actionInput = <A extends SaisineAction>(action: A) =>
  saisineActionInput(action).extend(versioned);
export const pauseInput = pauseSaisineInput.extend(versioned);
export const addInformationInput = addInformationFields.extend(versioned);
export const qualifyInput = qualifySaisineInput.safeExtend(versioned);
export const assignInput = assignSaisineInput.extend(versioned);
export const bulkAssignInput = bulkAssignSaisinesInput;
export const decideExceptionalInput = exceptionalDecisionInput.safeExtend(versioned);

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
      error: `Fichier trop lourd : ${ATTACHMENT_MAX_BYTES / 1024 / 1024} Mo au plus par pièce jointe.`,
    }),
  visibility: z.enum(COMMENT_VISIBILITIES).default("public"),
});
export const attachmentIdInput = z.object({ attachmentId: uuid("Pièce jointe inconnue.") });

/** The filters a dashboard's count opens a list with (drill-down.ts). */
const drillDownFilters = {
  period: z
    .object({
      on: z.enum(PERIOD_EVENTS, { error: "Période : filed, handled, resolved ou closed." }),
      key: periodKeySchema,
    })
    .optional(),
  application: z
    .string()
    .trim()
    .min(1, { error: "Application vide." })
    .max(200, { error: "Nom d'application trop long (200 caractères au plus)." })
    .optional(),
  channels: z.array(saisineChannelSchema).max(SAISINE_CHANNELS.length).optional(),
  firstContactResolution: z.boolean().optional(),
  delay: z
    .object({
      measure: z.enum(DELAY_MEASURES, { error: "Délai : handling ou resolution." }),
      scope: z.enum(DELAY_SCOPES, { error: "Périmètre : general ou infrastructure." }).optional(),
      outcome: z.enum(DELAY_OUTCOMES, { error: "Issue : met, missed ou untargeted." }).optional(),
      delayClass: z
        .number()
        .int()
        .min(0)
        .max(DELAY_BUCKET_LABELS.length - 1, { error: "Classe de délai inconnue." })
        .optional(),
    })
    .optional(),
  age: z
    .enum(AGE_BUCKETS.map((b) => b.key) as [AgeKey, ...AgeKey[]], { error: "Ancienneté inconnue." })
    .optional(),
};
type AgeKey = (typeof AGE_BUCKETS)[number]["key"];

const listFilters = {
  ...drillDownFilters,
  statuses: z.array(saisineStatusSchema).max(SAISINE_STATUSES.length).optional(),
  subDomains: z.array(subDomainLetterSchema).max(4).optional(),
  natures: z.array(saisineNatureSchema).max(3).optional(),
  types: z.array(saisineTypeSchema).max(3).optional(),
  criticalities: z.array(saisineCriticalitySchema).max(2).optional(),
  due: z.enum(["soon", "breached"], { error: "Échéance : soon ou breached." }).optional(),
  needsQualification: z.boolean().optional(),
  q: z
    .string()
    .trim()
    .max(200, { error: "Recherche trop longue (200 caractères au plus)." })
    .optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(50),
};
export const listInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  mine: z.boolean().optional(),
  ...listFilters,
  sort: z.enum(["due", "newest", "oldest"], { error: "Tri inconnu." }).default("due"),
});
/** The same filters, counted: the number a list shows above its rows and a dashboard beside its figure. */
export const countInput = listInput.omit({ cursor: true, limit: true, sort: true });

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
      { error: "Titulaire : person, team, unassigned ou me." },
    )
    .optional(),
  ...listFilters,
  /** A column, « -column » descending (the domain's QUEUE_SORTS). */
  sort: queueSortSchema.default("due"),
});
/** The counts of the queue: its filters without a status, a sort or a page. */
export const queueCountsInput = queueInput
  .omit({ statuses: true, sort: true, cursor: true, limit: true })
  .extend({
    /** « Toutes » : every status counted, the closed and refused too. */
    history: z.boolean().default(false),
  });

export const queueCountInput = queueInput.omit({ cursor: true, limit: true, sort: true });
export const countOutput = z.object({ count: z.number().int().nonnegative() });

export const changesInput = z.object({
  /** "xid.seq" of the last change read; "now" to start from the present; absent: from the start. */
  cursor: z.string().max(60).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export const notificationsInput = inboxInput;
export const markReadInput = z.object({ ids: z.array(uuid("Notification inconnue.")).max(200) });
export const recapInput = z.object({
  orgId: uuid("Organisation inconnue.").optional(),
  year: z.number({ error: "Année attendue." }).int().min(FIRST_YEAR).max(LAST_YEAR),
  format: z.literal("csv").optional(),
});
export const targetsInput = z.object({ orgId: uuid("Organisation inconnue.").optional() });
export const exportInput = queueInput
  .omit({ cursor: true, limit: true })
  .extend({ format: z.enum(EXPORT_FORMATS, { error: "Format : csv, xlsx ou ods." }) });
export const viewIdInput = z.object({ viewId: uuid("Vue inconnue.") });
export const saveViewInput = saveQueueViewInput;
export const bulkInput = bulkSaisinesInput;
