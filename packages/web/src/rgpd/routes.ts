/**
 * The RGPD pages' routes both spaces have (the same French paths; ?id= a record, and in the
 * Métropole's space ?commune= the organisation shown). Imported by each SPA's route table: this
 * module stays light, the pages themselves load when first visited.
 */
import { type ComponentType, lazy } from "react";
import type { SpaRoute } from "../routes.ts";

export const RGPD_ROUTE_IDS = [
  "rgpd",
  "rgpdProcessings",
  "rgpdProcessing",
  "rgpdNewProcessing",
  "rgpdEditProcessing",
  "rgpdShared",
  "rgpdBreaches",
  "rgpdBreach",
  "rgpdNewBreach",
  "rgpdRequests",
  "rgpdRequest",
  "rgpdNewRequest",
  "rgpdRetention",
  "rgpdProcessorRegister",
  "rgpdOrganisation",
] as const;
export type RgpdRouteId = (typeof RGPD_ROUTE_IDS)[number];

const PATHS: Record<RgpdRouteId, [path: string, manage: boolean]> = {
  rgpd: ["/rgpd", false],
  rgpdProcessings: ["/rgpd/traitements", false],
  rgpdProcessing: ["/rgpd/traitements/traitement", false],
  rgpdNewProcessing: ["/rgpd/traitements/nouveau", true],
  rgpdEditProcessing: ["/rgpd/traitements/modifier", true],
  rgpdShared: ["/rgpd/traitements-partages", false],
  rgpdBreaches: ["/rgpd/violations", false],
  rgpdBreach: ["/rgpd/violations/violation", false],
  rgpdNewBreach: ["/rgpd/violations/nouvelle", true],
  rgpdRequests: ["/rgpd/demandes", false],
  rgpdRequest: ["/rgpd/demandes/demande", false],
  rgpdNewRequest: ["/rgpd/demandes/nouvelle", true],
  rgpdRetention: ["/rgpd/conservation", false],
  rgpdProcessorRegister: ["/rgpd/sous-traitance", false],
  rgpdOrganisation: ["/rgpd/organisation", false],
};

/** The routes, the first one in the main navigation under `nav`. */
export function rgpdRoutes(nav: string): SpaRoute<RgpdRouteId>[] {
  return RGPD_ROUTE_IDS.map((id) => {
    const [path, manage] = PATHS[id];
    return {
      id,
      path,
      anyOf: [manage ? "rgpd.manage" : "rgpd.read"],
      ...(id === "rgpd" ? { nav } : {}),
    };
  });
}

/**
 * One lazy page per id, all from the same chunk: `load` imports the SPA's module of RGPD pages
 * the first time one of them is shown.
 */
export function lazyPages<K extends string>(
  ids: readonly K[],
  load: () => Promise<Record<K, ComponentType>>,
): Record<K, ComponentType> {
  const pages = {} as Record<K, ComponentType>;
  for (const id of ids) {
    pages[id] = lazy<ComponentType>(() => load().then((m) => ({ default: m[id] })));
  }
  return pages;
}
