/** A year's annual reports of every member commune: state, deadline, and a link to each. */
import { isHandledYear, parisToday, REPORT_STATUS_LABELS, yearOf } from "@mutu/domain";
import { type Column, DataTable, Info, Link, Loaded, Page, useRoute, yearParam } from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { reportHref } from "./href.ts";
import { reportsMessages } from "./messages.ts";

const t = reportsMessages.list;
type Row = RouterOutputs["reports"]["list"][number];

const lastYear = () => yearOf(parisToday()) - 1;

const columns: Column<Row>[] = [
  {
    key: "commune",
    header: t.commune,
    rowHeader: true,
    cell: (r) => <Link to={reportHref(r.orgId, r.year)}>{r.orgName}</Link>,
  },
  {
    key: "status",
    header: t.status,
    cell: (r) => (r.status ? REPORT_STATUS_LABELS[r.status] : t.notGenerated),
  },
  {
    key: "reminder",
    header: t.reminder,
    cell: (r) =>
      r.reminder ? (
        <span
          className={r.reminder.stage === "overdue" ? "badge badge-danger" : "badge badge-warning"}
        >
          {t.stages[r.reminder.stage]}
        </span>
      ) : (
        t.onTime
      ),
  },
];

export function ReportsPage() {
  const { search } = useRoute();
  const year = yearParam(search, lastYear(), isHandledYear);
  const list = trpc.reports.list.useQuery({ year });
  const years = Array.from({ length: 5 }, (_, i) => lastYear() - i);
  return (
    <Page title={t.title} lead={t.lead}>
      <nav aria-label={t.year} className="actions">
        {years.map((y) => (
          <Link key={y} to={`/rapports?annee=${y}`} aria-current={y === year ? "page" : undefined}>
            {y}
          </Link>
        ))}
      </nav>
      <Loaded query={list} loadingLabel={t.loading}>
        {(rows) => (
          <>
            {rows.some((r) => r.reminder) ? (
              <Info
                title={`${t.remindersTitle} : ${rows.filter((r) => r.reminder).length} / ${rows.length}`}
              >
                {rows.find((r) => r.reminder)?.reminder?.text}
              </Info>
            ) : null}
            <DataTable
              layout="cards"
              caption={t.caption(year)}
              columns={columns}
              rows={rows}
              rowKey={(r) => `${r.orgId}-${r.year}`}
              empty={t.none}
            />
          </>
        )}
      </Loaded>
    </Page>
  );
}
