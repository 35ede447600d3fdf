/**
 * The RGPD pages of the Métropole's space, each in its view (`AdminRgpd`): the shared pages of
 * `@mutu/web/rgpd` for the organisation chosen, and the Métropole's own (vendors, référentiel,
 * shared processing). Loaded together when a RGPD page is first visited.
 */
import { can, trpc, useSession } from "@mutu/web";
import { OrganisationPage, rgpdPagesIn, SharedListPage } from "@mutu/web/rgpd";
import type { RgpdRouteId } from "@mutu/web/rgpd-routes";
import { Link, useRoute } from "@mutu/ui";
import type { ComponentType } from "react";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

import { RgpdHomePage } from "./home-page.tsx";
import { ReferentialPage } from "./referential-page.tsx";
import { SharedEditorPage } from "./shared-editor-page.tsx";
import { VendorsPage } from "./vendors-page.tsx";

/** How each shared page sits in the Métropole's space: an organisation chosen first, the picker shown. */
const VIEW: Partial<Record<RgpdRouteId, { needsOrg?: boolean; picker?: boolean }>> = {
  rgpdProcessings: { needsOrg: true },
  rgpdProcessing: { picker: false },
  rgpdEditProcessing: { needsOrg: true, picker: false },
  rgpdNewProcessing: { needsOrg: true, picker: false },
  rgpdBreach: { picker: false },
  rgpdNewBreach: { needsOrg: true },
  rgpdRequest: { picker: false },
  rgpdNewRequest: { needsOrg: true },
  rgpdProcessorRegister: { needsOrg: true },
  rgpdOrganisation: { needsOrg: true },
};

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

const SharedPage = () => (
  <SharedListPage
    editHref={(id) => `/rgpd/traitements-partages/traitement?id=${id}`}
    actions={<AddShared />}
  />
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

/** Each RGPD route's page (the app lazy-loads this module with the first one visited). */
export const rgpdPages: Record<
  RgpdRouteId | "rgpdSharedEditor" | "rgpdVendors" | "rgpdReferential",
  ComponentType
> = {
  ...rgpdPagesIn(
    (Page, id) => () =>
      id === "rgpd" ? (
        <Page />
      ) : (
        <AdminRgpd {...VIEW[id]}>
          <Page />
        </AdminRgpd>
      ),
    { rgpd: RgpdHomePage, rgpdShared: SharedPage, rgpdOrganisation: Organisation },
  ),
  rgpdSharedEditor: SharedEditorPage,
  rgpdVendors: VendorsPage,
  rgpdReferential: ReferentialPage,
};
