/** Every annual report of the commune, newest first: its state, when it was sent and presented. */
import { REPORT_STATUS_LABELS } from "@mutu/domain";
import { CalendarDate, type Column, DataTable, Link, Loaded, Page } from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { reportsMessages } from "./messages.ts";

const t = reportsMessages.list;
type Row = RouterOutputs["reports"]["list"][number];

const columns: Column<Row>[] = [
  {
    key: "year",
    header: t.year,
    rowHeader: true,
    cell: (r) => <Link to={`/rapports/rapport?annee=${r.year}`}>{String(r.year)}</Link>,
  },
  {
    key: "status",
    header: t.status,
    cell: (r) => (r.status ? REPORT_STATUS_LABELS[r.status] : "—"),
  },
  {
    key: "sent",
    header: t.sentOn,
    cell: (r) => (r.sentAt ? <CalendarDate value={r.sentAt.slice(0, 10)} /> : "—"),
  },
  { key: "presented", header: t.presentedOn, cell: (r) => <CalendarDate value={r.presentedOn} /> },
];

export function ReportsPage() {
  const list = trpc.reports.list.useQuery({});
  return (
    <Page title={t.title} lead={t.lead}>
      <Loaded query={list} loadingLabel={t.loading}>
        {(rows) => (
          <DataTable
            layout="cards"
            caption={t.caption}
            columns={columns}
            rows={rows}
            rowKey={(r) => String(r.year)}
            empty={t.none}
          />
        )}
      </Loaded>
    </Page>
  );
}
