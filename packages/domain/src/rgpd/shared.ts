/**
 * Shared processing: one the Métropole defines once and offers to several communes (a common HR
 * tool, the citizen portal). A commune adopts it into its own register — it stays the controller —
 * and later versions reach each adopter as a proposal it accepts or declines with its reasons: no
 * silent overwrite of what a commune recorded, no silent divergence from what was offered.
 *
 * The fields the Métropole defines are the template's; the commune keeps its own words for who runs
 * it locally, how many people it concerns and, for an old processing, its remediation plan.
 */
import { z } from "zod";
import { optionalText, revisionSchema, uuidOf } from "./fields.ts";
import { type ProcessingContent, processingContentSchema } from "./processing.ts";

export const SHARED_FIELDS = [
  "name",
  "description",
  "path",
  "purposes",
  "personCategories",
  "dataCategories",
  "recipients",
  "transfers",
  "retention",
  "securityMeasures",
  "securityNotes",
  "applications",
  "processors",
  "metropoleDefinedPurposesAndMeans",
  "dpia",
  "securityDiagnosis",
] as const satisfies readonly (keyof ProcessingContent)[];
export type SharedField = (typeof SHARED_FIELDS)[number];

export const SHARED_FIELD_LABELS: Record<SharedField, string> = {
  name: "Nom",
  description: "Description",
  path: "Origine",
  purposes: "Finalités et bases légales",
  personCategories: "Personnes concernées",
  dataCategories: "Catégories de données",
  recipients: "Destinataires",
  transfers: "Transferts hors de l'Union européenne",
  retention: "Durées de conservation",
  securityMeasures: "Mesures de sécurité",
  securityNotes: "Précisions sur la sécurité",
  applications: "Applications",
  processors: "Sous-traitants",
  metropoleDefinedPurposesAndMeans: "Rôle de la Métropole",
  dpia: "Analyse d'impact",
  securityDiagnosis: "Diagnostic d'architecture et de sécurité",
};

/** What a commune keeps of its own when it adopts a shared processing or takes a new version. */
export type LocalPart = Pick<ProcessingContent, "service" | "estimatedPersons" | "remediation">;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The commune's record of a shared processing: the template, with its own local part. */
export function adoptShared(template: ProcessingContent, local: LocalPart): ProcessingContent {
  return { ...template, ...local };
}

/** The commune's record after accepting a new version: every shared field from it, its own part kept. */
export function applySharedVersion(
  current: ProcessingContent,
  template: ProcessingContent,
): ProcessingContent {
  return adoptShared(template, {
    service: current.service,
    estimatedPersons: current.estimatedPersons,
    remediation: current.remediation,
  });
}

/** The shared fields in which two contents differ, in the template's order. */
export function sharedDifferences(a: ProcessingContent, b: ProcessingContent): SharedField[] {
  return SHARED_FIELDS.filter((field) => !same(a[field], b[field]));
}

/**
 * A template's new version is proposed to every adopter that is behind it; a proposal still open
 * for an older version is superseded by the newer one (the commune decides on the latest).
 */
export function proposalsFor(
  adopters: readonly { processingId: string; adoptedVersion: number }[],
  newVersion: number,
) {
  return adopters
    .filter((a) => a.adoptedVersion < newVersion)
    .map((a) => ({
      processingId: a.processingId,
      fromVersion: a.adoptedVersion,
      toVersion: newVersion,
    }));
}

/** Defining or changing the Métropole's template (each change is a new version). */
export const saveSharedProcessingInput = z.object({
  sharedId: uuidOf("Traitement partagé").optional(),
  /** The version the person changed; absent when creating. */
  version: revisionSchema.optional(),
  content: processingContentSchema,
  /** What changed, told to every adopter with the proposal. */
  changeNote: optionalText(2000),
});

/** A commune adopts a shared processing into its register. */
export const adoptSharedInput = z.object({
  sharedId: uuidOf("Traitement partagé"),
  orgId: uuidOf("Organisation").optional(),
  service: optionalText(200),
});

/** Accepting or declining a new version: a refusal says why, it is the commune's divergence. */
export const decideProposalInput = z
  .object({
    proposalId: uuidOf("Proposition"),
    accept: z.boolean({ error: "Indiquez si la commune accepte la nouvelle version." }),
    reason: optionalText(2000),
  })
  .superRefine((decision, ctx) => {
    if (!decision.accept && decision.reason.length < 5)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message:
          "Indiquez pourquoi la commune garde sa version : l'écart sera affiché au registre.",
      });
  });

export const PROPOSAL_STATUSES = ["pending", "accepted", "declined", "superseded"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  pending: "À examiner par la commune",
  accepted: "Acceptée",
  declined: "Refusée par la commune",
  superseded: "Remplacée par une version plus récente",
};
