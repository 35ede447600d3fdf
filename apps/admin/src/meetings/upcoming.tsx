/**
 * The Métropole's governance before a commune is chosen: every commune's meetings planned in the
 * next three months (and the intercommunal bodies'), then the actions past their due day.
 */
import { addDays } from "@mutu/domain";
import { type Column, DataTable, formatCalendarDate, Link, Loaded, Section } from "@mutu/ui";
import { type RouterOutputs, trpc } from "@mutu/web";
import { actionColumns, meetingHref, meetingsMessages } from "@mutu/web/meetings";
import { meetingsAdminMessages } from "./messages.ts";

const t = meetingsAdminMessages.upcoming;
const { list } = meetingsMessages;

type Upcoming = RouterOutputs["meetings"]["upcoming"];

const columns: readonly Column<Upcoming["meetings"][number]>[] = [
  {
    key: "when",
    header: list.when,
    rowHeader: true,
    cell: (m) => `${formatCalendarDate(m.day)}, ${m.startTime}`,
  },
  { key: "commune", header: t.commune, cell: (m) => m.orgName },
  { key: "body", header: list.body, cell: (m) => m.label },
  { key: "where", header: list.where, cell: (m) => m.place || list.video },
  {
    key: "open",
    header: "",
    cell: (m) => (
      <Link to={meetingHref(m.id)}>
        {list.open}
        <span className="visually-hidden">
          {list.openLabel(`${m.label}, ${m.orgName}`, formatCalendarDate(m.day))}
        </span>
      </Link>
    ),
  },
];

type LateAction = Upcoming["overdueActions"][number];
const communeColumn: Column<LateAction> = {
  key: "commune",
  header: t.commune,
  cell: (a) => a.orgName,
};
/** The action, then the commune it is about, then its owner, due day, meeting and status. */
const lateColumns: Column<LateAction>[] = actionColumns();
lateColumns.splice(1, 0, communeColumn);

export function UpcomingGovernance() {
  const query = trpc.meetings.upcoming.useQuery();
  return (
    <Loaded query={query} loadingLabel={t.loading}>
      {(u) => (
        <Section id="gouvernance-echeances" title={t.title} lead={t.lead}>
          <DataTable
            layout="cards"
            caption={t.caption(formatCalendarDate(addDays(u.until, -1)), u.meetings.length)}
            columns={columns}
            rows={u.meetings}
            empty={t.empty}
          />
          <DataTable
            layout="cards"
            caption={t.actionsCaption(u.overdueActions.length)}
            columns={lateColumns}
            rows={u.overdueActions}
            empty={t.noLateAction}
          />
        </Section>
      )}
    </Loaded>
  );
}
