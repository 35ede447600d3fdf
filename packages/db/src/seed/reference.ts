/**
 * The reference facts extracted from the seeds (../shared/reference/communes.json, copied here so a
 * clone is self-sufficient). Only what demo organisations need is read here.
 */
import reference from "./data/reference-communes.json" with { type: "json" };

type RefCommune = {
  name: string;
  slug: string;
  populationApprox: number | null;
  mayorName: string | null;
};
type RefCentre = { name: string; communes: string[] };

export const bordeauxCommunes = reference.communes as unknown as RefCommune[];
export const proximityCentres = reference.metropole.centresDeProximite as RefCentre[];
export const redonMembers = reference.redonDemoMembers.members as {
  name: string;
  populationApprox: number;
}[];
export const referenceData = reference;

export function proximityCentreOf(communeName: string) {
  return proximityCentres.find((c) => c.communes.includes(communeName))?.name ?? null;
}

export function slugify(name: string) {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
