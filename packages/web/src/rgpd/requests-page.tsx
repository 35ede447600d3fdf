/**
 * The register of requests of data subjects (/rgpd/demandes): each with its deadline and where it
 * stands (open ones first by the nearest deadline when asked), and registering one
 * (/rgpd/demandes/nouvelle) with the day and hour it came and the person's identity check.
 */
import {
  IDENTITY_CHECK_LABELS,
  IDENTITY_CHECKS,
  parisLocalDateTime,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  REQUEST_KIND_LABELS,
  REQUEST_KINDS,
  REQUEST_STATE_LABELS,
  registerRequestInput,
} from "@mutu/domain";
import {
  fieldLayout,
  CheckboxGroup,
  type Column,
  DateTime,
  labelled,
  MomentField,
  RadioGroup,
  SelectField,
  SelectFilter,
  TextAreaField,
  TextField,
  useRoute,
} from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { ChoiceOptions, useStep } from "./action-panel.tsx";
import { rgpdMessages } from "./messages.ts";
import { NewRecordPage } from "./new-record-page.tsx";
import { RegisterListPage, useLeadColumns } from "./register-table.tsx";
import { registersMessages } from "./registers-messages.ts";
import { requestMessages as m } from "./request-messages.ts";
import { RgpdLink, useOrgInput, useRgpdHref } from "./space.tsx";
import type { RequestSummary } from "./types.ts";

const t = registersMessages.requests;

export function RequestStateBadge({ state }: { state: RequestSummary["state"] }) {
  const tone = {
    open: "badge-info",
    "due-soon": "badge-warning",
    overdue: "badge-danger",
    answered: "badge-ok",
    "answered-late": "badge-warning",
  }[state];
  return <span className={`badge ${tone}`}>{REQUEST_STATE_LABELS[state]}</span>;
}

export function RequestsPage() {
  const href = useRgpdHref();
  const { search, navigate } = useRoute();
  const openOnly = search.get("etat") === "en-cours";
  const list = trpc.rgpd.requests.list.useQuery({
    ...useOrgInput(),
    ...(openOnly ? { open: true } : {}),
  });
  const columns: Column<RequestSummary>[] = [
    ...useLeadColumns<RequestSummary>(t),
    {
      key: "kind",
      header: t.kind,
      rowHeader: true,
      cell: (r) => (
        <RgpdLink to="/rgpd/demandes/demande" params={{ id: r.id }}>
          {REQUEST_KIND_LABELS[r.kind]}
        </RgpdLink>
      ),
    },
    {
      key: "received",
      header: t.received,
      cell: (r) => <DateTime value={r.receivedAt} format="compact" />,
    },
    { key: "due", header: t.due, cell: (r) => <DateTime value={r.dueAt} format="date" /> },
    { key: "state", header: t.state, cell: (r) => <RequestStateBadge state={r.state} /> },
  ];
  return (
    <RegisterListPage
      title={t.title}
      lead={t.lead}
      add={{ to: "/rgpd/demandes/nouvelle", label: t.add }}
      filters={
        <SelectFilter
          id="demandes-etat"
          words={{ form: t.title, label: t.state, show: t.show }}
          current={openOnly ? "en-cours" : ""}
          onApply={(draft) =>
            navigate(href("/rgpd/demandes", draft ? { etat: draft } : {}), { keepFocus: true })
          }
        >
          <option value="">{t.all}</option>
          <option value="en-cours">{t.openOnly}</option>
        </SelectFilter>
      }
      query={list}
      caption={t.caption}
      columns={columns}
      empty={t.empty}
    />
  );
}

const newRequestLayout = fieldLayout("demande", {
  kind: ["droit", m.kind],
  receivedAt: ["reception", m.receivedAt],
  channel: ["canal", m.channel],
  requesterName: ["nom", m.requesterName],
  requesterContact: ["coordonnees", m.requesterContact],
  details: ["objet", m.details],
  identityCheck: ["identite-0", m.identity],
});

const newRequestWords = {
  title: m.newTitle,
  lead: m.newLead,
  back: rgpdMessages.back.requests,
  failed: m.registerFailed,
  submit: m.register,
  submitting: m.registering,
  created: m.registered,
};

export function NewRequestPage() {
  const orgInput = useOrgInput();
  const processings = trpc.rgpd.processing.list.useQuery(orgInput);
  const step = useStep(
    registerRequestInput,
    trpc.rgpd.requests.register.useMutation(),
    {
      kind: "",
      receivedAt: parisLocalDateTime(new Date()),
      channel: "",
      requesterName: "",
      requesterContact: "",
      details: "",
      processingIds: [] as string[],
      identityCheck: "not-required",
    },
    newRequestLayout,
  );
  return (
    <NewRecordPage
      words={newRequestWords}
      list="/rgpd/demandes"
      record="/rgpd/demandes/demande"
      step={step}
      values={() => ({ ...orgInput, ...step.values })}
    >
      <SelectField {...step.field("kind")} required>
        <ChoiceOptions values={REQUEST_KINDS} labels={REQUEST_KIND_LABELS} />
      </SelectField>
      <MomentField {...step.field("receivedAt")} required />
      <SelectField {...step.field("channel")} required>
        <ChoiceOptions values={REQUEST_CHANNELS} labels={REQUEST_CHANNEL_LABELS} />
      </SelectField>
      <TextField
        {...step.field("requesterName")}
        hint={m.requesterNameHint}
        required
        autoComplete="off"
        className="input input-wide"
      />
      <TextField
        {...step.field("requesterContact")}
        autoComplete="off"
        className="input input-wide"
      />
      <TextAreaField {...step.field("details")} required rows={3} />
      <CheckboxGroup
        id="demande-traitements"
        legend={m.processings}
        options={(processings.data ?? []).map((p) => ({
          value: p.id,
          label: `N° ${p.number} — ${p.name}`,
        }))}
        {...step.choice("processingIds")}
      />
      <RadioGroup
        {...step.group("identityCheck")}
        options={labelled(IDENTITY_CHECKS, IDENTITY_CHECK_LABELS)}
      />
    </NewRecordPage>
  );
}
