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

export const RgpdHomePage = inCommune(OverviewPage);
export const RgpdProcessingsPage = inCommune(RegisterPage);
export const RgpdProcessingPage = inCommune(ProcessingPage);
export const RgpdProcessingEditPage = inCommune(ProcessingEditPage);
export const RgpdSharedPage = inCommune(() => <SharedListPage />);
export const RgpdBreachesPage = inCommune(BreachesPage);
export const RgpdBreachPage = inCommune(BreachPage);
export const RgpdNewBreachPage = inCommune(NewBreachPage);
export const RgpdRequestsPage = inCommune(RequestsPage);
export const RgpdRequestPage = inCommune(RequestPage);
export const RgpdNewRequestPage = inCommune(NewRequestPage);
export const RgpdRetentionPage = inCommune(RetentionPage);
export const RgpdProcessorRegisterPage = inCommune(ProcessorRegisterPage);
export const RgpdOrganisationPage = inCommune(() => <OrganisationPage />);
