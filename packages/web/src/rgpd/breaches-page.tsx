/**
 * The breach register (/rgpd/violations): every breach, notified or not, with its 72-hour deadline
 * and where it stands; opening one (/rgpd/violations/nouvelle), from the time of awareness and the
 * incident it was found through (`?saisine=` fills its reference).
 */
import {
  BREACH_RISK_LABELS,
  BREACH_STATUS_LABELS,
  notificationRequired,
  openBreachInput,
  parisLocalDateTime,
} from "@mutu/domain";
import {
  type Column,
  DateTime,
  fieldLayout,
  formatDateTime,
  MomentField,
  TextField,
  useRoute,
} from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { breachMessages } from "./breach-messages.ts";
import { Countdown } from "./evidence.tsx";
import { BreachFactsFields, breachFactPlaces } from "./breach-forms.tsx";
import { useStep } from "./action-panel.tsx";
import { NewRecordPage } from "./new-record-page.tsx";
import { rgpdMessages } from "./messages.ts";
import { RegisterListPage, useLeadColumns } from "./register-table.tsx";
import { registersMessages } from "./registers-messages.ts";
import { RgpdLink, useOrgInput } from "./space.tsx";
import type { BreachSummary } from "./types.ts";

const t = registersMessages.breaches;

/** Where the CNIL's notification stands: done (late or not), running against its deadline, not required. */
export function NotificationCell({
  b,
}: {
  b: Pick<BreachSummary, "notifiedAt" | "late" | "deadline" | "riskLevel" | "status">;
}) {
  if (b.notifiedAt) return <>{t.notified(formatDateTime(b.notifiedAt), b.late === true)}</>;
  if (b.riskLevel === "none" || (b.status === "closed" && !notificationRequired(b.riskLevel)))
    return <>{t.notRequired}</>;
  return <Countdown deadline={b.deadline} stopped={b.status === "closed"} />;
}

export function BreachesPage() {
  const list = trpc.rgpd.breaches.list.useQuery(useOrgInput());
  const columns: Column<BreachSummary>[] = [
    ...useLeadColumns<BreachSummary>(t),
    {
      key: "title",
      header: t.titleColumn,
      rowHeader: true,
      cell: (b) => (
        <RgpdLink to="/rgpd/violations/violation" params={{ id: b.id }}>
          {b.title}
        </RgpdLink>
      ),
    },
    { key: "aware", header: t.aware, cell: (b) => <DateTime value={b.awareAt} format="compact" /> },
    { key: "deadline", header: t.deadline, cell: (b) => <NotificationCell b={b} /> },
    {
      key: "risk",
      header: t.risk,
      cell: (b) => (b.riskLevel ? BREACH_RISK_LABELS[b.riskLevel] : t.notYetAssessed),
    },
    { key: "status", header: t.status, cell: (b) => BREACH_STATUS_LABELS[b.status] },
  ];
  return (
    <RegisterListPage
      title={t.title}
      lead={t.lead}
      add={{ to: "/rgpd/violations/nouvelle", label: t.add }}
      query={list}
      caption={t.caption}
      columns={columns}
      empty={t.empty}
    />
  );
}

const m = breachMessages;
const newBreachLayout = fieldLayout("violation", {
  awareAt: ["connaissance", m.awareAt],
  ...breachFactPlaces,
  saisineReference: ["saisine", m.saisine],
});

const newBreachWords = {
  title: m.newTitle,
  lead: m.newLead,
  back: rgpdMessages.back.breaches,
  failed: m.openFailed,
  submit: m.open,
  submitting: m.opening,
  created: m.opened,
};

export function NewBreachPage() {
  const { search } = useRoute();
  const orgInput = useOrgInput();
  const step = useStep(
    openBreachInput,
    trpc.rgpd.breaches.open.useMutation(),
    {
      awareAt: parisLocalDateTime(new Date()),
      title: "",
      description: "",
      natures: [] as string[],
      saisineReference: search.get("saisine") ?? "",
    },
    newBreachLayout,
  );
  return (
    <NewRecordPage
      words={newBreachWords}
      list="/rgpd/violations"
      record="/rgpd/violations/violation"
      step={step}
      values={() => ({ ...orgInput, ...step.values })}
    >
      <MomentField {...step.field("awareAt")} hint={m.awareAtHint} required />
      <BreachFactsFields f={step} />
      <TextField {...step.field("saisineReference")} hint={m.saisineHint} />
    </NewRecordPage>
  );
}
