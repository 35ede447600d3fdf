/**
 * What the API accepts for saisines: filing, qualification by the call centre, status changes,
 * assignment and comments. Messages are French, field by field.
 */
import { z } from "zod";
import { subDomainLetterSchema } from "../contracts/annex.ts";
import { versionSchema } from "../records/versions.ts";
import { residentContactSchema } from "./resident.ts";
import {
  type ActionWithNote,
  SAISINE_ACTIONS,
  SAISINE_LIFECYCLE,
  type SaisineAction,
} from "./lifecycle.ts";
import {
  COMMENT_VISIBILITIES,
  saisineChannelSchema,
  saisineCriticalitySchema,
  saisineNatureSchema,
  saisineTypeSchema,
} from "./vocabulary.ts";
import { choose } from "../errors/field-errors.ts";

export const saisineIdSchema = z.uuid({ error: "Saisine inconnue." });

export const SAISINE_TITLE_MIN = 3;
export const SAISINE_TITLE_MAX = 200;
export const SAISINE_DESCRIPTION_MAX = 10_000;
export const COMMENT_MAX = 10_000;

/**
 * A client-chosen key that makes a retried filing return the first saisine instead of a
 * duplicate: a UUID, or any other key of the calling tool (telephony ticket…) up to 100 characters.
 */
export const idempotencyKeySchema = z
  .string({ error: "Clé d'idempotence attendue." })
  .trim()
  .min(1, { error: "Clé d'idempotence vide." })
  .max(100, { error: "Clé d'idempotence trop longue (100 caractères au plus)." })
  .regex(/^[\w.:-]+$/, {
    error:
      "Clé d'idempotence invalide : lettres, chiffres, « . », « : », « _ » ou « - » seulement.",
  });

export const createSaisineInput = z
  .object({
    orgId: z.uuid({ error: "Organisation inconnue." }),
    type: saisineTypeSchema,
    subDomain: subDomainLetterSchema,
    nature: saisineNatureSchema,
    criticality: saisineCriticalitySchema,
    title: z
      .string({ error: "Indiquez l'objet de la saisine." })
      .trim()
      // Empty, it is missing (one message); too short, it says how long it must be.
      .min(1, { error: "Indiquez l'objet de la saisine.", abort: true })
      .min(SAISINE_TITLE_MIN, {
        error: `L'objet doit compter ${SAISINE_TITLE_MIN} caractères au moins.`,
      })
      .max(SAISINE_TITLE_MAX, {
        error: `L'objet ne doit pas dépasser ${SAISINE_TITLE_MAX} caractères.`,
      }),
    description: z
      .string({ error: "Description attendue." })
      .trim()
      .max(SAISINE_DESCRIPTION_MAX, {
        error: `La description ne doit pas dépasser ${SAISINE_DESCRIPTION_MAX.toLocaleString("fr-FR")} caractères.`,
      })
      .default(""),
    site: z
      .string({ error: "Site attendu." })
      .trim()
      .min(1, { error: "Indiquez le site ou laissez le champ vide." })
      .max(200, { error: "Nom de site trop long (200 caractères au plus)." })
      .optional(),
    /** Filing for a resident: the commune stays their contact (000 art. 4). */
    onBehalfOf: residentContactSchema.optional(),
    /** The portal unless the call centre registers a call, letter, email or visit. */
    channel: saisineChannelSchema.default("portail"),
    /** The commune person the call centre registers the saisine for, when known. */
    requesterId: z.uuid({ error: "Demandeur inconnu." }).optional(),
    /** An application of the commune's inventory (annex « applications »), checked on filing. */
    application: z
      .string({ error: "Application attendue." })
      .trim()
      .min(1, { error: "Choisissez l'application ou laissez le champ vide." })
      .max(200, { error: "Nom d'application trop long (200 caractères au plus)." })
      .optional(),
    /**
     * The call centre solved it while registering it (« résolue au premier contact »): it is filed
     * resolved, with its answer, and counts in the first-contact resolution rate.
     */
    firstContactResolution: z.boolean({ error: "Vrai ou faux attendu." }).optional(),
    answer: z
      .string({ error: "Texte attendu." })
      .trim()
      .max(COMMENT_MAX, { error: "Texte trop long (10 000 caractères au plus)." })
      .optional(),
    idempotencyKey: idempotencyKeySchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.firstContactResolution && !input.answer)
      ctx.addIssue({
        code: "custom",
        path: ["answer"],
        message: "Décrivez la solution apportée au premier contact.",
      });
  });
export type CreateSaisineInput = z.output<typeof createSaisineInput>;

/**
 * Qualifying: correcting type, sub-domain, nature or criticality — or, with no change, confirming
 * the saisine as filed (it leaves « nouvelle » and is no longer « à vérifier »).
 */
export const qualifySaisineInput = z.object({
  saisineId: saisineIdSchema,
  type: saisineTypeSchema.optional(),
  subDomain: subDomainLetterSchema.optional(),
  nature: saisineNatureSchema.optional(),
  criticality: saisineCriticalitySchema.optional(),
  note: z
    .string()
    .trim()
    .max(1000, { error: "Note trop longue (1 000 caractères au plus)." })
    .optional(),
});
export type QualifySaisineInput = z.output<typeof qualifySaisineInput>;

const optionalNote = z
  .string()
  .trim()
  .max(COMMENT_MAX, { error: "Texte trop long (10 000 caractères au plus)." })
  .optional();

/** A note the other side must be able to read: `message` says what to write when it is empty. */
const requiredNote = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(COMMENT_MAX, { error: "Texte trop long (10 000 caractères au plus)." });

type ActionNote<A extends SaisineAction> = A extends ActionWithNote
  ? ReturnType<typeof requiredNote>
  : typeof optionalNote;

/** The note of `action`: required, with its prompt, where the lifecycle says the other side reads it. */
export function actionNoteSchema<A extends SaisineAction>(action: A): ActionNote<A> {
  const message: string | null = SAISINE_LIFECYCLE[action].note;
  return (message ? requiredNote(message) : optionalNote) as ActionNote<A>;
}

/** One status change of a saisine, with its note (the procedures add the version read). */
export const saisineActionInput = <A extends SaisineAction>(action: A) =>
  z.object({ saisineId: saisineIdSchema, note: actionNoteSchema(action) });

/** Putting on hold: what is awaited — the commune or a third party — and from whom. */
export const PAUSE_WAITING_FOR = ["commune", "tiers"] as const;
export type PauseWaitingFor = (typeof PAUSE_WAITING_FOR)[number];
export const PAUSE_ACTION: Record<PauseWaitingFor, SaisineAction> = {
  commune: "attendre-commune",
  tiers: "attendre-tiers",
};
export const pauseSaisineInput = z.object({
  saisineId: saisineIdSchema,
  waitingFor: z.enum(PAUSE_WAITING_FOR, {
    error: "Précisez ce qui est attendu : la commune ou un tiers.",
  }),
  // Chosen before knowing which wait: one prompt for both.
  note: requiredNote("Indiquez ce qui est attendu, et de qui."),
});
export type PauseSaisineInput = z.output<typeof pauseSaisineInput>;

/** The commune adds information (when waiting for it, this answers and restarts the clock). */
export const addInformationInput = z.object({
  saisineId: saisineIdSchema,
  body: requiredNote("Indiquez l'information à ajouter."),
});

export const transitionInput = z
  .object({
    saisineId: saisineIdSchema,
    action: z.enum(SAISINE_ACTIONS, { error: "Action inconnue sur une saisine." }),
    note: optionalNote,
  })
  .superRefine((input, ctx) => {
    const message: string | null = SAISINE_LIFECYCLE[input.action].note;
    if (message && !input.note) ctx.addIssue({ code: "custom", path: ["note"], message });
  });
export type TransitionInput = z.output<typeof transitionInput>;

export const commentInput = z.object({
  saisineId: saisineIdSchema,
  body: z
    .string({ error: "Commentaire attendu." })
    .trim()
    .min(1, { error: "Le commentaire est vide." })
    .max(COMMENT_MAX, { error: "Commentaire trop long (10 000 caractères au plus)." }),
  // No default: an internal note published by mistake would reach the commune.
  visibility: z.enum(COMMENT_VISIBILITIES, {
    error: "Précisez si le commentaire est public (visible par la commune) ou interne.",
  }),
});
export type CommentInput = z.output<typeof commentInput>;

/** The row version the caller read: a change on an older one is refused (« modifiée entre-temps »). */
export const saisineVersionSchema = versionSchema(
  "Version de la saisine attendue : rechargez-la.",
  "Version de la saisine invalide : rechargez-la.",
);

export const assignSaisineInput = z.object({
  saisineId: saisineIdSchema,
  assignee: z.discriminatedUnion(
    "kind",
    [
      z.object({ kind: z.literal("person"), personId: z.uuid({ error: "Personne inconnue." }) }),
      z.object({ kind: z.literal("team"), teamId: z.uuid({ error: "Équipe inconnue." }) }),
    ],
    {
      error: choose(
        "Choisissez à qui attribuer la saisine.",
        "Attribuez la saisine à une personne ou à une équipe.",
      ),
    },
  ),
});
export type AssignSaisineInput = z.output<typeof assignSaisineInput>;

const ITEMS_MISSING = "Cochez au moins une saisine dans la file.";

/** The saisines ticked in the queue, each on the version the queue read. */
export const bulkItemsSchema = z
  .array(z.object({ saisineId: saisineIdSchema, version: saisineVersionSchema }), {
    error: ITEMS_MISSING,
  })
  .min(1, { error: ITEMS_MISSING })
  .max(100, { error: "100 saisines au plus à la fois." })
  .refine((items) => new Set(items.map((i) => i.saisineId)).size === items.length, {
    error: "Une même saisine apparaît deux fois.",
  });

/** Assigning several saisines of the queue at once, each on the version read. */
export const bulkAssignSaisinesInput = z.object({
  items: bulkItemsSchema,
  assignee: assignSaisineInput.shape.assignee,
});
export type BulkAssignSaisinesInput = z.output<typeof bulkAssignSaisinesInput>;
