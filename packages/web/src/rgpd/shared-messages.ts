/** The words of shared processing: the list, adopting one. */
import { frenchNumero } from "@mutu/domain";
export const sharedMessages = {
  lead: "Les traitements que la Métropole définit une fois pour plusieurs communes. La commune qui en adopte un l'inscrit à son registre et en reste responsable ; chaque nouvelle version lui est proposée, qu'elle accepte ou refuse.",
  caption: (n: number) => `Traitements partagés (${n})`,
  name: "Traitement partagé",
  description: "Description",
  version: "Version",
  adopters: "Communes",
  adoptersCount: (n: number, behind: number) =>
    behind ? `${n} (dont ${behind} sur une version antérieure)` : String(n),
  forCommune: "Pour la commune",
  adoptedVersion: (v: number) => `Adopté (version ${v})`,
  notAdopted: "Non adopté",
  adopt: "Adopter",
  adopting: "Adoption…",
  adoptTitle: (name: string) => `Adopter « ${name} »`,
  adoptLead:
    "Le traitement est inscrit au registre de la commune, en brouillon, tel que la Métropole l'a défini : la commune en est responsable et demande l'avis du DPO avant de le mettre en œuvre.",
  service: "Service de la commune qui le met en œuvre",
  serviceHint: "Facultatif.",
  adoptFailed: "Le traitement n'a pas été adopté",
  adopted: (n: number) =>
    `Traitement partagé adopté : ${frenchNumero(n)} au registre de la commune.`,
  empty: "Aucun traitement partagé.",
} as const;
