/**
 * What people enter about contracts d'engagement: which contract, version or date to read, two
 * versions to compare, an amendment's subject, number, annex and signature, an annex to import.
 * Messages are French, field by field; the forms check the same schemas the procedures parse.
 */
import { z } from "zod";
import { choiceError } from "../errors/field-errors.ts";
import { STORED_INTEGER_MAX } from "../records/versions.ts";
import { requiredIsoDate } from "../time/schemas.ts";

const versionIdSchema = z.uuid("Version inconnue.");

export const contractIdInput = z.object({ contractId: z.uuid("Contrat inconnu.") });
export const versionIdInput = z.object({ versionId: versionIdSchema });
export const optionalOrgInput = z.object({ orgId: z.uuid("Organisation inconnue.").optional() });

/** The version in force on a day (a commune's « voir la version en vigueur à une date »). */
export const versionAtInput = contractIdInput.extend({
  date: requiredIsoDate("Indiquez une date."),
});

export const diffInput = z.object({ fromVersionId: versionIdSchema, toVersionId: versionIdSchema });

/** Two versions a person asks to compare: the same one twice is pointless, so refused. */
export const versionsToCompare = diffInput.refine((v) => v.fromVersionId !== v.toVersionId, {
  path: ["toVersionId"],
  message: "Choisissez deux versions différentes.",
});

const subjectSchema = z
  .string({ error: "Objet attendu." })
  .max(500, "L'objet ne doit pas dépasser 500 caractères.")
  .nullable();

const SUBJECT_MISSING = "Indiquez l'objet de l'avenant : ce qu'il change au contrat.";

/** Preparing an amendment starts with what it is for: its subject is required. */
export const draftAmendmentInput = contractIdInput.extend({
  subject: z
    .string({ error: SUBJECT_MISSING })
    .trim()
    .min(1, SUBJECT_MISSING)
    .max(500, "L'objet ne doit pas dépasser 500 caractères."),
});

export const updateDraftInput = versionIdInput.extend({
  subject: subjectSchema.optional(),
  amendmentNumber: z
    .number({ error: "Numéro d'avenant attendu." })
    .int("Le numéro d'avenant est un nombre entier.")
    .positive("Le numéro d'avenant est positif.")
    .max(STORED_INTEGER_MAX, "Numéro d'avenant trop grand.")
    .nullable()
    .optional(),
  /** The whole annex as edited; validated like an import (annexSchema), problems by field path. */
  annex: z.unknown().optional(),
});

export const signAmendmentInput = versionIdInput.extend({
  signedOn: requiredIsoDate("Date requise."),
  effectiveFrom: requiredIsoDate("Date requise."),
});

/** The largest annex file imported, in characters. */
export const ANNEX_FILE_MAX_CHARS = 5_000_000;

export const importAnnexInput = z.object({
  orgId: z.uuid(choiceError("Choisissez la commune concernée.", "Organisation inconnue.")),
  /** The JSON file's text, as read by the browser (or another tool). */
  content: z
    .string({ error: "Contenu du fichier attendu." })
    .min(1, "Le fichier est vide.")
    .max(ANNEX_FILE_MAX_CHARS, `Le fichier dépasse ${ANNEX_FILE_MAX_CHARS / 1_000_000} Mo.`),
});
