/** The year's meetings and the actions still open, as both spaces list them. */
import { type Column, DataTable, formatCalendarDate, Link } from "@mutu/ui";
import { meetingsMessages as t } from "./messages.ts";
import type { MeetingAction, MeetingSummary } from "./types.ts";

export const meetingHref = (id: string) => `/gouvernance/reunion?id=${encodeURIComponent(id)}`;

export function MeetingsTable({
  year,
  meetings,
}: {
  year: number;
  meetings: readonly MeetingSummary[];
}) {
  const columns: Column<MeetingSummary>[] = [
    {
      key: "when",
      header: t.list.when,
      rowHeader: true,
      cell: (m) => `${formatCalendarDate(m.day)}, ${m.startTime}`,
    },
    { key: "body", header: t.list.body, cell: (m) => m.label },
    { key: "where", header: t.list.where, cell: (m) => m.place || t.list.video },
    {
      key: "status",
      header: t.list.status,
      cell: (m) => (
        <span className={m.status === "tenue" ? "badge badge-ok" : "badge badge-info"}>
          {t.meetingStatuses[m.status]}
        </span>
      ),
    },
    {
      key: "open",
      header: "",
      cell: (m) => (
        <Link to={meetingHref(m.id)}>
          {t.list.open}
          <span className="visually-hidden">
            {t.list.openLabel(m.label, formatCalendarDate(m.day))}
          </span>
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      layout="cards"
      caption={t.list.caption(year, meetings.length)}
      columns={columns}
      rows={meetings}
      empty={t.list.empty}
    />
  );
}

export function ActionStatus({ action }: { action: MeetingAction }) {
  return (
    <>
      {t.actionStatuses[action.status]}
      {action.overdue ? (
        <>
          {" "}
          <span className="badge badge-danger">{t.actions.overdue}</span>
        </>
      ) : null}
    </>
  );
}

export function actionColumns(extra: Column<MeetingAction>[] = []): Column<MeetingAction>[] {
  return [
    { key: "title", header: t.actions.title, rowHeader: true, cell: (a) => a.title },
    { key: "owner", header: t.actions.owner, cell: (a) => a.ownerLabel },
    { key: "due", header: t.actions.due, cell: (a) => formatCalendarDate(a.dueOn) },
    {
      key: "meeting",
      header: t.actions.decidedAt,
      cell: (a) => (
        <Link to={meetingHref(a.meetingId)}>
          {a.meetingLabel}, {formatCalendarDate(a.meetingDay)}
        </Link>
      ),
    },
    { key: "status", header: t.actions.status, cell: (a) => <ActionStatus action={a} /> },
    ...extra,
  ];
}

export function ActionsTable({
  caption,
  actions,
  extra,
  empty = t.actions.empty,
}: {
  caption: string;
  actions: readonly MeetingAction[];
  extra?: Column<MeetingAction>[];
  empty?: string;
}) {
  return (
    <DataTable
      layout="cards"
      caption={caption}
      columns={actionColumns(extra)}
      rows={actions}
      empty={empty}
    />
  );
}
