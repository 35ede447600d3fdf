/**
 * Who the Métropole is, for one processing of a commune (seed 004, section V): the commune is
 * always the controller (« responsable de traitement ») of what is done for it; the Métropole is
 * controller of its own processing, joint controller where it helped define the purposes and means
 * as contracting authority, and processor (« sous-traitant ») otherwise.
 */
export const METROPOLE_ROLES = ["controller", "joint-controller", "processor"] as const;
export type MetropoleRole = (typeof METROPOLE_ROLES)[number];

export const METROPOLE_ROLE_LABELS: Record<MetropoleRole, string> = {
  controller: "Responsable de traitement",
  "joint-controller": "Responsable conjoint du traitement",
  processor: "Sous-traitant",
};

export type MetropoleRoleFacts = {
  /** A processing of the Métropole's own (its staff, its own services, mutu itself). */
  ownProcessing: boolean;
  /** The Métropole defined the purposes and means with the commune, as contracting authority. */
  definedPurposesAndMeansAsContractingAuthority: boolean;
};

export function metropoleRole(facts: MetropoleRoleFacts): { role: MetropoleRole; reason: string } {
  if (facts.ownProcessing)
    return {
      role: "controller",
      reason:
        "Traitement propre de la Métropole : elle en détermine seule les finalités et les moyens.",
    };
  if (facts.definedPurposesAndMeansAsContractingAuthority)
    return {
      role: "joint-controller",
      reason:
        "La Métropole a contribué, en tant que pouvoir adjudicateur, à définir les finalités et les moyens du traitement avec la commune, qui en reste responsable.",
    };
  return {
    role: "processor",
    reason:
      "La Métropole met en œuvre le traitement pour le compte de la commune, responsable de traitement, sur ses instructions.",
  };
}
