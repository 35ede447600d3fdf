/**
 * A register's page (processings, breaches, requests): its heading, the button to add a record for
 * those who manage the registers, its filters, and its list once loaded — a table captioned with
 * the count of its rows, numbered, with the commune of each row when the Métropole sees them all.
 */
import { type Column, Link, Status, LoadedTable } from "@mutu/ui";
import type { ReactNode } from "react";
import { can, useSession } from "../session.tsx";
import { rgpdMessages } from "./messages.ts";
import { RgpdPage, useRgpdHref, useRgpdSpace } from "./space.tsx";

type TableProps<T> = {
  query: { data: readonly T[] | undefined; error: unknown };
  caption(count: number): string;
  columns: readonly Column<T>[];
  empty?: ReactNode;
};

export function RegisterTable<T extends { id: string }>({
  query,
  caption,
  columns,
  empty,
}: TableProps<T>) {
  return (
    <LoadedTable<T>
      layout="cards"
      query={query}
      loadingLabel={rgpdMessages.loading}
      caption={caption}
      columns={columns}
      rowKey={(row) => row.id}
      empty={empty}
    />
  );
}

export function RegisterListPage<T extends { id: string }>({
  title,
  lead,
  notice,
  add,
  filters,
  ...table
}: TableProps<T> & {
  title: string;
  lead: string;
  /** What was just done, said to screen readers (a page a record's change leads back to). */
  notice?: string;
  /** The page that adds a record, and its button's words. */
  add: { to: string; label: string };
  filters?: ReactNode;
}) {
  const me = useSession();
  const href = useRgpdHref();
  return (
    <RgpdPage title={title} lead={lead} back={{ to: "/rgpd", label: rgpdMessages.back.overview }}>
      {notice === undefined ? null : <Status>{notice}</Status>}
      {can(me, "rgpd.manage") ? (
        <p className="page-actions">
          <Link to={href(add.to)} className="button button-secondary">
            {add.label}
          </Link>
        </p>
      ) : null}
      {filters}
      <RegisterTable {...table} />
    </RgpdPage>
  );
}

/** The record's number, then its commune's name when the Métropole sees every commune's rows. */
export function useLeadColumns<T extends { number: number; orgName: string }>(headers: {
  number: string;
  commune: string;
}): Column<T>[] {
  const space = useRgpdSpace();
  const number: Column<T> = {
    key: "number",
    header: headers.number,
    numeric: true,
    cell: (row) => row.number,
  };
  if (space.side !== "operator" || space.orgId) return [number];
  return [number, { key: "commune", header: headers.commune, cell: (row) => row.orgName }];
}
