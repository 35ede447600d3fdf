/**
 * The Métropole's view of the RGPD pages: the registers of the organisation named in the URL
 * (`?commune=`, a commune or the Métropole itself), chosen with a picker at the top of each page;
 * without one, lists show every commune and pages about one organisation ask to choose it.
 */
import { Info, Loaded, Page, Status, useRoute, withParams } from "@mutu/ui";
import { useSession } from "@mutu/web";
import { RgpdPage, RgpdSpaceProvider, rgpdMessages } from "@mutu/web/rgpd";
import type { ReactNode } from "react";
import { OrganisationPicker } from "../organisations/organisation-picker.tsx";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { rgpdAdminMessages } from "./messages.ts";

const t = rgpdAdminMessages.picker;

function Picker({ orgId }: { orgId: string }) {
  const { path, search, navigate } = useRoute();
  const orgs = useOrganisations();
  return (
    <OrganisationPicker
      id="rgpd-commune"
      words={t}
      organisations={orgs.list}
      current={orgId}
      onApply={(draft) =>
        navigate(
          withParams(path.split("/").slice(0, 3).join("/"), search, { commune: draft, id: null }),
        )
      }
    />
  );
}

/** A page of the registers in the Métropole's space; `needsOrg`: it is about one organisation. */
export function AdminRgpd({
  children,
  needsOrg = false,
  picker = true,
}: {
  children: ReactNode;
  needsOrg?: boolean;
  picker?: boolean;
}) {
  const me = useSession();
  const { search } = useRoute();
  const orgs = useOrganisations();
  const orgId = search.get("commune") ?? "";
  const name = orgs.nameOf(orgId || null) ?? me.org.name;
  const chooser = picker ? <Picker orgId={orgId} /> : undefined;
  return (
    <RgpdSpaceProvider
      space={{ side: "operator", orgId: orgId || undefined, orgName: name, picker: chooser }}
    >
      {needsOrg && !orgId ? (
        <Page title={rgpdMessages.sections.overview}>
          {chooser}
          <Info>{t.needOrg}</Info>
        </Page>
      ) : (
        children
      )}
    </RgpdSpaceProvider>
  );
}

/**
 * A register only the Métropole keeps (the referential, the vendors): no commune to pick, the
 * register once loaded, and what was just done said to screen readers.
 */
export function KeeperPage<T>({
  title,
  lead,
  notice,
  query,
  children,
}: {
  title: string;
  lead: string;
  notice: string;
  query: { data: T | undefined; error: unknown };
  children(rows: T): ReactNode;
}) {
  return (
    <AdminRgpd picker={false}>
      <RgpdPage title={title} lead={lead} back={{ to: "/rgpd", label: rgpdMessages.back.overview }}>
        <Status>{notice}</Status>
        <Loaded query={query} loadingLabel={rgpdMessages.loading}>
          {children}
        </Loaded>
      </RgpdPage>
    </AdminRgpd>
  );
}
