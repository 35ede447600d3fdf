/**
 * The DPO's opinion on a project that processes personal data (004 V-e: no new processing « sans
 * l'avis conforme du DPO »). The DPO gives it — the commune's own, or the Métropole's when the
 * commune shares it, both holding « Rendre l'avis du délégué à la protection des données » — and
 * signs it; the shared service may still record an opinion received on paper. Each opinion is
 * kept dated and signed by whoever recorded it.
 */
import type { Permission } from "../access/permission-codes.ts";
import type { DpoOpinion } from "./documents.ts";
import type { ProjectKind } from "./vocabulary.ts";

/** Who records an opinion: the DPO themself, or the shared service on the DPO's behalf. */
export type DpoOpinionRecorder = "dpo" | "shared-service";

export function dpoOpinionRecorder(caller: {
  side: "commune" | "operator";
  permissions: readonly Permission[];
}): DpoOpinionRecorder | null {
  if (caller.permissions.includes("rgpd.opinion")) return "dpo";
  if (caller.side === "operator" && caller.permissions.includes("projects.manage"))
    return "shared-service";
  return null;
}

/** The opinion as kept on the project: what the DPO said, and who signed it when. */
export type SignedDpoOpinion = DpoOpinion & {
  signedBy: string;
  /** `dpoSignature`: the DPO of an organisation, or the shared service recording it. */
  signedAs: string;
  recordedBy: DpoOpinionRecorder;
  recordedAt: string;
};

/** The capacity an opinion is signed in, after the signer's name. */
export const dpoSignature = (recorder: DpoOpinionRecorder, orgName: string) =>
  recorder === "dpo"
    ? `délégué à la protection des données, ${orgName}`
    : `service commun (${orgName}), pour le délégué à la protection des données`;

export function dpoOpinionRefusal(
  project: { kind: ProjectKind; personalData: boolean | null },
  givenOn: string,
  today: string,
): { field: string; message: string } | null {
  if (project.kind !== "projet" || project.personalData !== true)
    return {
      field: "opinion",
      message:
        "L'avis du DPO se consigne sur un projet dont l'étude relève des données personnelles.",
    };
  if (givenOn > today)
    return {
      field: "givenOn",
      message: "L'avis est consigné une fois rendu : la date ne peut pas être à venir.",
    };
  return null;
}
