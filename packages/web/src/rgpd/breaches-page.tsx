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
  Form,
  Link,
  formActions,
  formatDateTime,
  MomentField,
  TextField,
  useFields,
  useRoute,
} from "@mutu/ui";
import { useSchemaForm } from "../schema-form.ts";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { breachMessages } from "./breach-messages.ts";
import { Countdown } from "./evidence.tsx";
import { BreachFactsFields, breachFactsLayout } from "./breach-forms.tsx";
import { formMessages } from "./form-messages.ts";
import { rgpdMessages } from "./messages.ts";
import { RegisterTable } from "./register-table.tsx";
import { registersMessages } from "./registers-messages.ts";
import { RgpdLink, useOrgInput, useRgpdHref, useRgpdSpace, RgpdPage } from "./space.tsx";
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
  const me = useSession();
  const space = useRgpdSpace();
  const href = useRgpdHref();
  const list = trpc.rgpd.breaches.list.useQuery(useOrgInput());
  const columns: Column<BreachSummary>[] = [
    { key: "number", header: t.number, numeric: true, cell: (b) => b.number },
    ...(space.side === "operator" && !space.orgId
      ? [{ key: "commune", header: t.commune, cell: (b: BreachSummary) => b.orgName }]
      : []),
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
    <RgpdPage
      title={t.title}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      {can(me, "rgpd.manage") ? (
        <p className="page-actions">
          <Link to={href("/rgpd/violations/nouvelle")} className="button button-secondary">
            {t.add}
          </Link>
        </p>
      ) : null}
      <RegisterTable query={list} caption={t.caption} columns={columns} empty={t.empty} />
    </RgpdPage>
  );
}

const m = breachMessages;
const newBreachLayout = [
  { name: "awareAt", id: "violation-connaissance", label: m.awareAt },
  ...breachFactsLayout("violation"),
  { name: "saisineReference", id: "violation-saisine", label: m.saisine },
] as const;

export function NewBreachPage() {
  const { search, navigate } = useRoute();
  const href = useRgpdHref();
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const open = trpc.rgpd.breaches.open.useMutation();
  const form = useSchemaForm(openBreachInput, open);
  const initial = {
    awareAt: parisLocalDateTime(new Date()),
    title: "",
    description: "",
    natures: [] as string[],
    saisineReference: search.get("saisine") ?? "",
  };
  const f = useFields(initial, form.error, newBreachLayout);
  return (
    <RgpdPage
      title={m.newTitle}
      lead={m.newLead}
      back={{ to: "/rgpd/violations", label: rgpdMessages.back.breaches }}
    >
      <Form
        error={form.error}
        fields={newBreachLayout}
        failed={m.openFailed}
        headingLevel={2}
        onSubmit={() => {
          const checked = form.check({ ...orgInput, ...f.values });
          if (checked)
            open.mutate(checked, {
              async onSuccess(created) {
                await utils.rgpd.invalidate();
                navigate(href("/rgpd/violations/violation", { id: created.id }), {
                  state: { notice: m.opened(created.number) },
                });
              },
            });
        }}
        actions={formActions({ submit: m.open, submitting: m.opening }, open.isPending, {
          label: formMessages.cancel,
          onCancel: () => navigate(href("/rgpd/violations")),
        })}
      >
        <MomentField {...f.field("awareAt")} hint={m.awareAtHint} required />
        <BreachFactsFields idPrefix="violation" f={f} />
        <TextField {...f.field("saisineReference")} hint={m.saisineHint} />
      </Form>
    </RgpdPage>
  );
}
