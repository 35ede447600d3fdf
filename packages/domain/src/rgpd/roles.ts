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
        "Traitement propre de la Métropole : elle en détermine seule les finalités et les moyens.",
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

/** What the Métropole answers for, beyond its role: the clauses of V-j and V-k that limit it. */
export type ResponsibilityFacts = MetropoleRoleFacts & {
  path: "project" | "procurement" | "direct" | "legacy" | "outside-process";
  /** The first day a version of the « référentiel documentaire » was notified to the commune. */
  standardNotifiedOn: string | null;
  /** The day the processing was recorded. */
  recordedOn: string;
};

export function metropoleResponsibility(facts: ResponsibilityFacts): {
  role: MetropoleRole;
  reason: string;
  caveat: string | null;
} {
  const { role, reason } = metropoleRole(facts);
  if (facts.ownProcessing) return { role, reason, caveat: null };
  if (facts.path === "legacy")
    return {
      role,
      reason,
      caveat:
        "Traitement antérieur à l'avenant : la responsabilité de la Métropole ne peut être recherchée quant à sa conformité tant qu'il n'a pas évolué par un processus standard (V-k).",
    };
  if (facts.path === "outside-process")
    return {
      role,
      reason,
      caveat:
        facts.standardNotifiedOn !== null && facts.standardNotifiedOn <= facts.recordedOn
          ? "Mis en œuvre hors des processus standard notifiés à la commune : la Métropole dégage expressément toute responsabilité (V-j)."
          : "Mis en œuvre hors des processus standard, mais aucun référentiel n'avait été notifié à la commune : la limitation de responsabilité (V-j) ne peut pas lui être opposée.",
    };
  return { role, reason, caveat: null };
}
