/**
 * « RGPD » in the Métropole's space (/rgpd): with a commune chosen, that commune's RGPD home; without,
 * what waits for the service commun in every commune — breaches whose clock runs, requests by their
 * deadline, retention operations due — and the pages the Métropole keeps for all of them.
 */
import {
  BREACH_RISK_LABELS,
  REQUEST_KIND_LABELS,
  RETENTION_END_ACTION_LABELS,
  RETENTION_OPERATION_STATUS_LABELS,
  addDays,
  parisToday,
} from "@mutu/domain";
import {
  CalendarDate,
  type Column,
  DateTime,
  Link,
  Section,
  useRoute,
  LoadedTable,
} from "@mutu/ui";
import { useSession } from "@mutu/web";
import {
  type BreachSummary,
  OverviewPage,
  type RequestSummary,
  type RetentionOperation,
  RgpdLink,
  RgpdPage,
  rgpdMessages,
} from "@mutu/web/rgpd";
import { trpc } from "@mutu/web";
import { rgpdAdminMessages } from "./messages.ts";
import { AdminRgpd } from "./space.tsx";

const t = rgpdAdminMessages.home;
const c = t.columns;

function Dashboard() {
  const me = useSession();
  const breaches = trpc.rgpd.breaches.list.useQuery({ status: "open" });
  const requests = trpc.rgpd.requests.list.useQuery({ open: true });
  const retention = trpc.rgpd.retention.schedule.useQuery({ until: addDays(parisToday(), 30) });
  const breachColumns: Column<BreachSummary>[] = [
    { key: "commune", header: c.commune, cell: (b) => b.orgName },
    {
      key: "title",
      header: c.breach,
      rowHeader: true,
      cell: (b) => (
        <RgpdLink to="/rgpd/violations/violation" params={{ id: b.id }}>
          {b.title}
        </RgpdLink>
      ),
    },
    {
      key: "aware",
      header: c.aware,
      cell: (b) => <DateTime value={b.awareAt} format="compact" />,
    },
    {
      key: "deadline",
      header: c.notifyBefore,
      cell: (b) => (b.notifiedAt ? c.notified : <DateTime value={b.deadline} format="compact" />),
    },
    {
      key: "risk",
      header: c.risk,
      cell: (b) => (b.riskLevel ? BREACH_RISK_LABELS[b.riskLevel] : c.notAssessed),
    },
  ];
  const requestColumns: Column<RequestSummary>[] = [
    { key: "commune", header: c.commune, cell: (r) => r.orgName },
    {
      key: "kind",
      header: c.kind,
      rowHeader: true,
      cell: (r) => (
        <RgpdLink to="/rgpd/demandes/demande" params={{ id: r.id }}>
          {REQUEST_KIND_LABELS[r.kind]}
        </RgpdLink>
      ),
    },
    { key: "due", header: c.due, cell: (r) => <DateTime value={r.dueAt} format="date" /> },
  ];
  const retentionColumns: Column<RetentionOperation>[] = [
    { key: "due", header: c.due, cell: (o) => <CalendarDate value={o.dueOn} /> },
    { key: "commune", header: c.commune, cell: (o) => o.orgName },
    {
      key: "data",
      header: c.data,
      rowHeader: true,
      cell: (o) => (
        <RgpdLink
          to="/rgpd/traitements/traitement"
          params={{ id: o.processingId }}
        >{`${o.processingName} — ${o.data}`}</RgpdLink>
      ),
    },
    { key: "action", header: c.action, cell: (o) => RETENTION_END_ACTION_LABELS[o.action] },
    { key: "status", header: c.status, cell: (o) => RETENTION_OPERATION_STATUS_LABELS[o.status] },
  ];
  return (
    <RgpdPage title={t.title} lead={t.lead}>
      <Section id="metropole" title={t.metropole}>
        <ul>
          <li>
            <Link to={`/rgpd/traitements?commune=${me.org.id}`}>{t.links.own}</Link>
          </li>
          <li>
            <Link to="/rgpd/traitements-partages">{t.links.shared}</Link>
          </li>
          <li>
            <Link to="/rgpd/prestataires">{t.links.vendors}</Link>
          </li>
          <li>
            <Link to="/rgpd/referentiel">{t.links.referential}</Link>
          </li>
        </ul>
      </Section>
      <Section id="a-traiter" title={t.todo}>
        <LoadedTable
          layout="cards"
          query={breaches}
          loadingLabel={rgpdMessages.loading}
          caption={(n) => `${t.breaches} (${n})`}
          columns={breachColumns}
        />
        <LoadedTable
          layout="cards"
          query={requests}
          loadingLabel={rgpdMessages.loading}
          caption={(n) => `${t.requests} (${n})`}
          columns={requestColumns}
        />
        <LoadedTable
          layout="cards"
          query={retention}
          loadingLabel={rgpdMessages.loading}
          caption={(n) => `${t.retention} (${n})`}
          columns={retentionColumns}
        />
      </Section>
    </RgpdPage>
  );
}

export function RgpdHomePage() {
  const { search } = useRoute();
  return <AdminRgpd>{search.get("commune") ? <OverviewPage /> : <Dashboard />}</AdminRgpd>;
}
