/**
 * The page each RGPD route shows, before a space wraps it in its view (the commune's own registers,
 * or the organisation the Métropole chose). A space may put its own page in place of one.
 */
import type { ComponentType } from "react";
import { BreachPage } from "./breach-page.tsx";
import { BreachesPage, NewBreachPage } from "./breaches-page.tsx";
import { OrganisationPage } from "./organisation-page.tsx";
import { OverviewPage } from "./overview-page.tsx";
import { ProcessingEditPage } from "./processing-edit-page.tsx";
import { ProcessingPage } from "./processing-page.tsx";
import { ProcessorRegisterPage } from "./processor-register-page.tsx";
import { RegisterPage } from "./register-page.tsx";
import { RequestPage } from "./request-page.tsx";
import { NewRequestPage, RequestsPage } from "./requests-page.tsx";
import { RetentionPage } from "./retention-page.tsx";
import { RGPD_ROUTE_IDS, type RgpdRouteId } from "./routes.ts";
import { SharedListPage } from "./shared-list-page.tsx";

export const RGPD_PAGES: Record<RgpdRouteId, ComponentType> = {
  rgpd: OverviewPage,
  rgpdProcessings: RegisterPage,
  rgpdProcessing: ProcessingPage,
  rgpdNewProcessing: ProcessingEditPage,
  rgpdEditProcessing: ProcessingEditPage,
  rgpdShared: () => <SharedListPage />,
  rgpdBreaches: BreachesPage,
  rgpdBreach: BreachPage,
  rgpdNewBreach: NewBreachPage,
  rgpdRequests: RequestsPage,
  rgpdRequest: RequestPage,
  rgpdNewRequest: NewRequestPage,
  rgpdRetention: RetentionPage,
  rgpdProcessorRegister: ProcessorRegisterPage,
  rgpdOrganisation: () => <OrganisationPage />,
};

/** Every RGPD route's page wrapped by `wrap` (its view in a space), `own` pages first. */
export function rgpdPagesIn(
  wrap: (Page: ComponentType, id: RgpdRouteId) => ComponentType,
  own: Partial<Record<RgpdRouteId, ComponentType>> = {},
): Record<RgpdRouteId, ComponentType> {
  const pages = {} as Record<RgpdRouteId, ComponentType>;
  for (const id of RGPD_ROUTE_IDS) pages[id] = wrap(own[id] ?? RGPD_PAGES[id], id);
  return pages;
}
