/**
 * Routing a saisine through the annex in force: its saisine matrix (nature × sub-domain) names
 * the commune function that may file it and the shared-service function that answers (000,
 * 001, per-commune variants in 004). Runs on creation and on every requalification.
 */
import {
  type Annex,
  SAISINE_NATURES,
  type SaisineNature,
  SUB_DOMAIN_LETTERS,
  type SubDomainLetter,
} from "../contracts/annex.ts";
import { functionMatchesCell } from "./function-labels.ts";
import type { SaisineType } from "./vocabulary.ts";

export type SaisineRoute = {
  /** As the matrix words it; null when the cell names nobody on the commune side. */
  communeFunction: string | null;
  sharedServiceFunction: string;
  /** C (workstations, support) and D (hosting, operations) incidents also reach the commune's centre de proximité. */
  proximityCentre: boolean;
  /** Accepted, but the call centre must check the saisine: the filer is not the one the matrix names. */
  needsQualification: boolean;
  reason?: string;
};

export const SAISINE_ROUTING_ERRORS = [
  "nature-inconnue",
  "sous-domaine-inconnu",
  "sous-domaine-non-mutualise",
  "cellule-vide",
  "aucune-annexe",
] as const;
export type SaisineRoutingErrorCode = (typeof SAISINE_ROUTING_ERRORS)[number];

/** The saisine cannot be routed: the API refuses it with this message. */
export class SaisineRoutingError extends Error {
  readonly code: SaisineRoutingErrorCode;
  constructor(code: SaisineRoutingErrorCode, message: string) {
    super(message);
    this.name = "SaisineRoutingError";
    this.code = code;
  }
}

const NATURE_WORDS: Record<SaisineNature, string> = {
  ordinaire: "une saisine ordinaire",
  urgence: "une saisine en urgence",
  exceptionnelle: "une saisine exceptionnelle",
};

export type SaisineToRoute = {
  nature: SaisineNature;
  subDomain: SubDomainLetter;
  type: SaisineType;
};
export type Filer = { functionLabels: readonly string[] };

/**
 * Who files and who answers, by the annex's matrix. Throws SaisineRoutingError (French) when
 * the annex cannot route it:
 * - unknown nature or sub-domain;
 * - a sub-domain the commune did not mutualise, for an ordinary or urgent saisine (000 art. 3:
 *   "les services communs ne pourront être saisis que pour les fonctions que la commune a
 *   décidé de mutualiser"); an exceptional saisine, out of the contract by definition, is
 *   routed by its row;
 * - a cell naming nobody on the shared-service side (Blanquefort and Le Haillan leave
 *   "exceptionnelle × B" empty): guessing who answers would send it nowhere visible.
 * A filer whose functions do not match the cell is accepted but flagged (see function-labels.ts).
 */
export function routeSaisine(annex: Annex, saisine: SaisineToRoute, filer: Filer): SaisineRoute {
  const { nature, subDomain, type } = saisine;
  const commune = annex.commune.name;
  if (!SAISINE_NATURES.includes(nature)) {
    throw new SaisineRoutingError(
      "nature-inconnue",
      `Nature de saisine inconnue (« ${String(nature)} ») : ordinaire, urgence ou exceptionnelle attendue.`,
    );
  }
  if (!SUB_DOMAIN_LETTERS.includes(subDomain)) {
    throw new SaisineRoutingError(
      "sous-domaine-inconnu",
      `Sous-domaine inconnu (« ${String(subDomain)} ») : A, B, C ou D attendu.`,
    );
  }
  const perimeter = annex.subDomains[subDomain];
  if (!perimeter.mutualised && nature !== "exceptionnelle") {
    throw new SaisineRoutingError(
      "sous-domaine-non-mutualise",
      `${commune} n'a pas mutualisé le sous-domaine ${subDomain} (${perimeter.title}) : le service commun ne peut pas être saisi pour ce sous-domaine, sauf par une saisine exceptionnelle.`,
    );
  }
  const cell = annex.saisineMatrix[nature][subDomain];
  if (!cell.sharedServiceFunction) {
    throw new SaisineRoutingError(
      "cellule-vide",
      `L'annexe de ${commune} ne désigne aucun interlocuteur du service commun pour ${NATURE_WORDS[nature]} du sous-domaine ${subDomain} (${perimeter.title}) : la saisine ne peut pas être acheminée tant que la matrice de saisine n'est pas complétée.`,
    );
  }
  const route: SaisineRoute = {
    communeFunction: cell.communeFunction,
    sharedServiceFunction: cell.sharedServiceFunction,
    proximityCentre: type === "incident" && (subDomain === "C" || subDomain === "D"),
    needsQualification: false,
  };
  if (!cell.communeFunction) {
    return {
      ...route,
      needsQualification: true,
      reason: `L'annexe de ${commune} ne dit pas qui, à la commune, dépose ${NATURE_WORDS[nature]} du sous-domaine ${subDomain} : à qualifier.`,
    };
  }
  if (functionMatchesCell(filer.functionLabels, cell.communeFunction)) return route;
  const held =
    filer.functionLabels.length === 0
      ? "aucune fonction connue"
      : `« ${filer.functionLabels.join(" », « ")} »`;
  return {
    ...route,
    needsQualification: true,
    reason: `Pour ${NATURE_WORDS[nature]} du sous-domaine ${subDomain}, l'annexe de ${commune} désigne « ${cell.communeFunction} » ; le déposant a ${held}. Saisine acceptée, à qualifier par le centre d'appel.`,
  };
}
