/**
 * The facts extracted from the seeds (shared/reference/communes.json, copied to data/communes.json
 * so a clone is self-sufficient). Only what demo organisations need is read here.
 */
import facts from "./data/communes.json" with { type: "json" };

type FactsCommune = {
  name: string;
  slug: string;
  populationApprox: number | null;
  mayorName: string | null;
};
type FactsCentre = { name: string; communes: string[] };

export const bordeauxCommunes = facts.communes as unknown as FactsCommune[];
export const proximityCentres = facts.metropole.centresDeProximite as FactsCentre[];
export const redonMembers = facts.redonDemoMembers.members as {
  name: string;
  populationApprox: number;
}[];
export const seedFacts = facts;

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
