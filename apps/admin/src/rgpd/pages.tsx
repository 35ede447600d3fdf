/**
 * The RGPD pages of the Métropole's space, each in its view (`AdminRgpd`): the shared pages of
 * `@mutu/web/rgpd` for the organisation chosen, and the Métropole's own (vendors, référentiel,
 * shared processing). Loaded together when a RGPD page is first visited.
 */
import { can, trpc, useSession } from "@mutu/web";
import {
  BreachesPage,
  BreachPage,
  NewBreachPage,
  NewRequestPage,
  OrganisationPage,
  ProcessingEditPage,
  ProcessingPage,
  ProcessorRegisterPage,
  RegisterPage,
  RequestPage,
  RequestsPage,
  RetentionPage,
  SharedListPage,
} from "@mutu/web/rgpd";
import type { RgpdRouteId } from "@mutu/web/rgpd-routes";
import { Link, useRoute } from "@mutu/ui";
import type { ComponentType } from "react";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

import { RgpdHomePage } from "./home-page.tsx";
import { ReferentialPage } from "./referential-page.tsx";
import { SharedEditorPage } from "./shared-editor-page.tsx";
import { VendorsPage } from "./vendors-page.tsx";

const RgpdProcessingsPage = () => (
  <AdminRgpd needsOrg>
    <RegisterPage />
  </AdminRgpd>
);
const RgpdProcessingPage = () => (
  <AdminRgpd picker={false}>
    <ProcessingPage />
  </AdminRgpd>
);
const RgpdProcessingEditPage = () => (
  <AdminRgpd needsOrg picker={false}>
    <ProcessingEditPage />
  </AdminRgpd>
);
const RgpdBreachesPage = () => (
  <AdminRgpd>
    <BreachesPage />
  </AdminRgpd>
);
const RgpdBreachPage = () => (
  <AdminRgpd picker={false}>
    <BreachPage />
  </AdminRgpd>
);
const RgpdNewBreachPage = () => (
  <AdminRgpd needsOrg>
    <NewBreachPage />
  </AdminRgpd>
);
const RgpdRequestsPage = () => (
  <AdminRgpd>
    <RequestsPage />
  </AdminRgpd>
);
const RgpdRequestPage = () => (
  <AdminRgpd picker={false}>
    <RequestPage />
  </AdminRgpd>
);
const RgpdNewRequestPage = () => (
  <AdminRgpd needsOrg>
    <NewRequestPage />
  </AdminRgpd>
);
const RgpdRetentionPage = () => (
  <AdminRgpd>
    <RetentionPage />
  </AdminRgpd>
);
const RgpdProcessorRegisterPage = () => (
  <AdminRgpd needsOrg>
    <ProcessorRegisterPage />
  </AdminRgpd>
);

function AddShared() {
  const me = useSession();
  return can(me, "rgpd.manage") ? (
    <p className="page-actions">
      <Link to="/rgpd/traitements-partages/traitement" className="button button-secondary">
        {rgpdAdminMessages.shared.add}
      </Link>
    </p>
  ) : null;
}

const RgpdSharedPage = () => (
  <AdminRgpd>
    <SharedListPage
      editHref={(id) => `/rgpd/traitements-partages/traitement?id=${id}`}
      actions={<AddShared />}
    />
  </AdminRgpd>
);

/** The link to prepare an amendment of the commune's options: its contract's page. */
function useAmendHref() {
  const me = useSession();
  const orgId = useRoute().search.get("commune") ?? "";
  const contract = trpc.contracts.current.useQuery(
    { orgId },
    { enabled: orgId !== "" && can(me, "contracts.read"), retry: false },
  );
  const id = contract.data?.contract.id;
  return () => (id && can(me, "contracts.manage") ? `/contrats/contrat?id=${id}` : null);
}

function Organisation() {
  const amendHref = useAmendHref();
  return <OrganisationPage amendHref={amendHref} />;
}

const RgpdOrganisationPage = () => (
  <AdminRgpd needsOrg>
    <Organisation />
  </AdminRgpd>
);

/** Each RGPD route's page (the app lazy-loads this module with the first one visited). */
export const rgpdPages: Record<
  RgpdRouteId | "rgpdSharedEditor" | "rgpdVendors" | "rgpdReferential",
  ComponentType
> = {
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
  rgpdSharedEditor: SharedEditorPage,
  rgpdVendors: VendorsPage,
  rgpdReferential: ReferentialPage,
};
