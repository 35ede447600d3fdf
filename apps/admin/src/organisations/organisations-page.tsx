/** « Organisations »: the member communes, and who is each one's communal referent. */
import {
  Button,
  type Column,
  DataTable,
  Loaded,
  Missing,
  Page,
  Status,
  formatNumber,
} from "@mutu/ui";
import { useState } from "react";
import { can, useSession } from "@mutu/web";
import { organisationsMessages } from "./messages.ts";
import { ReferentDialog } from "./referent-dialog.tsx";
import { type Organisation, useOrganisations } from "./use-organisations.ts";

const t = organisationsMessages;

export function OrganisationsPage() {
  const me = useSession();
  const { query, communes } = useOrganisations();
  const canManage = can(me, "org.manage");
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const columns: Column<Organisation>[] = [
    { key: "name", header: t.name, rowHeader: true, cell: (org) => org.name },
    {
      key: "population",
      header: t.population,
      numeric: true,
      cell: (org) =>
        org.population === null ? (
          <Missing />
        ) : (
          <>
            {formatNumber(org.population)}
            <span className="visually-hidden"> {t.inhabitants}</span>
          </>
        ),
    },
    {
      key: "centre",
      header: t.proximityCentre,
      cell: (org) => org.proximityCentre ?? <Missing />,
    },
    {
      key: "referent",
      header: t.referent,
      cell: (org) => org.communalReferent?.displayName ?? t.noReferent,
    },
  ];
  if (canManage)
    columns.push({
      key: "actions",
      header: t.actions,
      cell: (org) => (
        <Button
          variant="secondary"
          className="button-small"
          onClick={() => {
            setStatus(null);
            setEditing(org);
          }}
        >
          {org.communalReferent ? t.change : t.designate}
          <span className="visually-hidden">
            {org.communalReferent ? t.changeFor(org.name) : t.designateFor(org.name)}
          </span>
        </Button>
      ),
    });

  return (
    <Page title={t.title} lead={t.lead(me.org.name)}>
      <Status>{status}</Status>
      <Loaded query={query}>
        {() => (
          <DataTable
            caption={t.caption(formatNumber(communes.length))}
            columns={columns}
            rows={communes}
            layout="cards"
          />
        )}
      </Loaded>
      {canManage ? (
        <ReferentDialog
          organisation={editing}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setStatus(message);
          }}
        />
      ) : null}
    </Page>
  );
}
