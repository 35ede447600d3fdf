/**
 * The RGPD pages of the commune's space: its own registers (`@mutu/web/rgpd`), in the commune's
 * view. Loaded together when a RGPD page is first visited.
 */
import { useSession } from "@mutu/web";
import {
  BreachesPage,
  BreachPage,
  NewBreachPage,
  NewRequestPage,
  OrganisationPage,
  OverviewPage,
  ProcessingEditPage,
  ProcessingPage,
  ProcessorRegisterPage,
  RegisterPage,
  RequestPage,
  RequestsPage,
  RetentionPage,
  RgpdSpaceProvider,
  SharedListPage,
} from "@mutu/web/rgpd";
import type { RgpdRouteId } from "@mutu/web/rgpd-routes";
import type { ComponentType, ReactNode } from "react";

function CommuneRgpd({ children }: { children: ReactNode }) {
  const me = useSession();
  return (
    <RgpdSpaceProvider space={{ side: "commune", orgId: undefined, orgName: me.org.name }}>
      {children}
    </RgpdSpaceProvider>
  );
}

const inCommune = (Page: ComponentType) => () => (
  <CommuneRgpd>
    <Page />
  </CommuneRgpd>
);

const RgpdHomePage = inCommune(OverviewPage);
const RgpdProcessingsPage = inCommune(RegisterPage);
const RgpdProcessingPage = inCommune(ProcessingPage);
const RgpdProcessingEditPage = inCommune(ProcessingEditPage);
const RgpdSharedPage = inCommune(() => <SharedListPage />);
const RgpdBreachesPage = inCommune(BreachesPage);
const RgpdBreachPage = inCommune(BreachPage);
const RgpdNewBreachPage = inCommune(NewBreachPage);
const RgpdRequestsPage = inCommune(RequestsPage);
const RgpdRequestPage = inCommune(RequestPage);
const RgpdNewRequestPage = inCommune(NewRequestPage);
const RgpdRetentionPage = inCommune(RetentionPage);
const RgpdProcessorRegisterPage = inCommune(ProcessorRegisterPage);
const RgpdOrganisationPage = inCommune(() => <OrganisationPage />);

/** Each RGPD route's page (the app lazy-loads this module with the first one visited). */
export const rgpdPages: Record<RgpdRouteId, ComponentType> = {
  rgpd: RgpdHomePage,
  rgpdProcessings: RgpdProcessingsPage,
  rgpdProcessing: RgpdProcessingPage,
  rgpdNewProcessing: RgpdProcessingEditPage,
  rgpdEditProcessing: RgpdProcessingEditPage,
  rgpdShared: RgpdSharedPage,
  rgpdBreaches: RgpdBreachesPage,
  rgpdBreach: RgpdBreachPage,
  rgpdNewBreach: RgpdNewBreachPage,
  rgpdRequests: RgpdRequestsPage,
  rgpdRequest: RgpdRequestPage,
  rgpdNewRequest: RgpdNewRequestPage,
  rgpdRetention: RgpdRetentionPage,
  rgpdProcessorRegister: RgpdProcessorRegisterPage,
  rgpdOrganisation: RgpdOrganisationPage,
};
