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
import { Link, useRoute } from "@mutu/ui";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

export { RgpdHomePage } from "./home-page.tsx";
export { ReferentialPage } from "./referential-page.tsx";
export { SharedEditorPage } from "./shared-editor-page.tsx";
export { VendorsPage } from "./vendors-page.tsx";

export const RgpdProcessingsPage = () => (
  <AdminRgpd needsOrg>
    <RegisterPage />
  </AdminRgpd>
);
export const RgpdProcessingPage = () => (
  <AdminRgpd picker={false}>
    <ProcessingPage />
  </AdminRgpd>
);
export const RgpdProcessingEditPage = () => (
  <AdminRgpd needsOrg picker={false}>
    <ProcessingEditPage />
  </AdminRgpd>
);
export const RgpdBreachesPage = () => (
  <AdminRgpd>
    <BreachesPage />
  </AdminRgpd>
);
export const RgpdBreachPage = () => (
  <AdminRgpd picker={false}>
    <BreachPage />
  </AdminRgpd>
);
export const RgpdNewBreachPage = () => (
  <AdminRgpd needsOrg>
    <NewBreachPage />
  </AdminRgpd>
);
export const RgpdRequestsPage = () => (
  <AdminRgpd>
    <RequestsPage />
  </AdminRgpd>
);
export const RgpdRequestPage = () => (
  <AdminRgpd picker={false}>
    <RequestPage />
  </AdminRgpd>
);
export const RgpdNewRequestPage = () => (
  <AdminRgpd needsOrg>
    <NewRequestPage />
  </AdminRgpd>
);
export const RgpdRetentionPage = () => (
  <AdminRgpd>
    <RetentionPage />
  </AdminRgpd>
);
export const RgpdProcessorRegisterPage = () => (
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

export const RgpdSharedPage = () => (
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

export const RgpdOrganisationPage = () => (
  <AdminRgpd needsOrg>
    <Organisation />
  </AdminRgpd>
);
