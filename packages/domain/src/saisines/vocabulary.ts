/**
 * The words of a saisine (a request to the shared service, seed 000 art. 4): its type, nature,
 * criticality, the channel it came through and its status, with the French labels users read.
 * Values are the domain's own French words, like the natures of the contract's matrix.
 */
import { z } from "zod";
import {
  SAISINE_CRITICALITIES,
  SAISINE_NATURES,
  type SaisineCriticality,
  type SaisineNature,
} from "../contracts/saisine-kinds.ts";
import { choose } from "../errors/field-errors.ts";

export const SAISINE_TYPES = ["incident", "demande", "conseil"] as const;
export type SaisineType = (typeof SAISINE_TYPES)[number];
export const saisineTypeSchema = z.enum(SAISINE_TYPES, {
  error: choose(
    "Choisissez le type de saisine.",
    "Type de saisine inconnu : incident, demande ou conseil attendu.",
  ),
});
export const SAISINE_TYPE_LABELS: Record<SaisineType, string> = {
  incident: "Incident",
  demande: "Demande",
  conseil: "Conseil",
};

export const saisineNatureSchema = z.enum(SAISINE_NATURES, {
  error: choose(
    "Choisissez la nature de la saisine.",
    "Nature de saisine inconnue : ordinaire, urgence ou exceptionnelle attendue.",
  ),
});
export const SAISINE_NATURE_LABELS: Record<SaisineNature, string> = {
  ordinaire: "Ordinaire",
  urgence: "Urgence",
  exceptionnelle: "Exceptionnelle",
};

export { SAISINE_CRITICALITIES, type SaisineCriticality };
export const saisineCriticalitySchema = z.enum(SAISINE_CRITICALITIES, {
  error: choose(
    "Choisissez la criticité.",
    "Criticité inconnue : bloquant ou non-bloquant attendu.",
  ),
});
export const SAISINE_CRITICALITY_LABELS: Record<SaisineCriticality, string> = {
  bloquant: "Bloquant",
  "non-bloquant": "Non bloquant",
};

/** "Courrier, note, courriel, appel téléphonique ou demande orale directe" (000 art. 4), the portal, the API. */
export const SAISINE_CHANNELS = [
  "portail",
  "telephone",
  "courrier",
  "courriel",
  "accueil",
  "api",
] as const;
export type SaisineChannel = (typeof SAISINE_CHANNELS)[number];
export const saisineChannelSchema = z.enum(SAISINE_CHANNELS, {
  error: "Canal inconnu : portail, telephone, courrier, courriel, accueil ou api attendu.",
});
export const SAISINE_CHANNEL_LABELS: Record<SaisineChannel, string> = {
  portail: "Portail",
  telephone: "Téléphone",
  courrier: "Courrier ou note",
  courriel: "Courriel",
  accueil: "Accueil (demande orale)",
  api: "Outil interne (API)",
};

export const SAISINE_STATUSES = [
  "nouvelle",
  "decision-attendue",
  "qualifiee",
  "en-cours",
  "en-attente-commune",
  "en-attente-tiers",
  "resolue",
  "close",
  "refusee",
] as const;
export type SaisineStatus = (typeof SAISINE_STATUSES)[number];
export const saisineStatusSchema = z.enum(SAISINE_STATUSES, {
  error: "Statut de saisine inconnu.",
});
export const SAISINE_STATUS_LABELS: Record<SaisineStatus, string> = {
  nouvelle: "Nouvelle",
  "decision-attendue": "Décision des responsables attendue",
  qualifiee: "Qualifiée",
  "en-cours": "En cours",
  "en-attente-commune": "En attente de la commune",
  "en-attente-tiers": "En attente d'un tiers",
  resolue: "Résolue",
  close: "Close",
  refusee: "Refusée",
};

/** No further change once there: a problem that comes back is a new saisine. */
export const FINAL_SAISINE_STATUSES: readonly SaisineStatus[] = ["close", "refusee"];

export function isFinalSaisineStatus(status: SaisineStatus): boolean {
  return FINAL_SAISINE_STATUSES.includes(status);
}

/** Which side of the contract acts: a commune's agents or the operator's (call centre, teams). */
export const ACTOR_SIDES = ["commune", "operator"] as const;
export type ActorSide = (typeof ACTOR_SIDES)[number];

export const COMMENT_VISIBILITIES = ["public", "interne"] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
export const COMMENT_VISIBILITY_LABELS: Record<CommentVisibility, string> = {
  public: "Visible par la commune",
  interne: "Interne au service commun",
};

/** Internal comments are the operator's working notes: the commune never reads or writes one. */
export function canSeeComment(side: ActorSide, visibility: CommentVisibility): boolean {
  return visibility === "public" || side === "operator";
}
