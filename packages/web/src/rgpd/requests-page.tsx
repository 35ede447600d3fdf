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
  Button,
  CheckboxGroup,
  type Column,
  DateTime,
  Form,
  Link,
  SelectField,
  TextAreaField,
  TextField,
  fieldError,
  useRoute,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { ChoiceOptions } from "./action-panel.tsx";
import { formMessages } from "./form-messages.ts";
import { rgpdMessages } from "./messages.ts";
import { RegisterTable } from "./register-table.tsx";
import { registersMessages } from "./registers-messages.ts";
import { requestMessages as m } from "./request-messages.ts";
import { RgpdLink, useOrgInput, useRgpdHref, useRgpdSpace, RgpdPage } from "./space.tsx";
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
  const me = useSession();
  const space = useRgpdSpace();
  const href = useRgpdHref();
  const { search, navigate } = useRoute();
  const openOnly = search.get("etat") === "en-cours";
  const [draft, setDraft] = useState(openOnly ? "en-cours" : "");
  const list = trpc.rgpd.requests.list.useQuery({
    ...useOrgInput(),
    ...(openOnly ? { open: true } : {}),
  });
  const columns: Column<RequestSummary>[] = [
    { key: "number", header: t.number, numeric: true, cell: (r) => r.number },
    ...(space.side === "operator" && !space.orgId
      ? [{ key: "commune", header: t.commune, cell: (r: RequestSummary) => r.orgName }]
      : []),
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
    <RgpdPage
      title={t.title}
      lead={t.lead}
      back={{ to: "/rgpd", label: rgpdMessages.back.overview }}
    >
      {can(me, "rgpd.manage") ? (
        <p className="page-actions">
          <Link to={href("/rgpd/demandes/nouvelle")} className="button button-secondary">
            {t.add}
          </Link>
        </p>
      ) : null}
      <form
        className="filters"
        aria-label={t.title}
        onSubmit={(event) => {
          event.preventDefault();
          navigate(href("/rgpd/demandes", draft ? { etat: draft } : {}), { keepFocus: true });
        }}
      >
        <SelectField
          id="demandes-etat"
          label={t.state}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
        >
          <option value="">{t.all}</option>
          <option value="en-cours">{t.openOnly}</option>
        </SelectField>
        <div className="actions">
          <Button type="submit">{t.show}</Button>
        </div>
      </form>
      <RegisterTable query={list} caption={t.caption} columns={columns} empty={t.empty} />
    </RgpdPage>
  );
}

export function NewRequestPage() {
  const { navigate } = useRoute();
  const href = useRgpdHref();
  const orgInput = useOrgInput();
  const utils = trpc.useUtils();
  const processings = trpc.rgpd.processing.list.useQuery(orgInput);
  const register = trpc.rgpd.requests.register.useMutation();
  const form = useSchemaForm(registerRequestInput, register);
  const [v, setV] = useState({
    kind: "",
    receivedAt: parisLocalDateTime(new Date()),
    channel: "",
    requesterName: "",
    requesterContact: "",
    details: "",
    processingIds: [] as string[],
    identityCheck: "not-required",
  });
  const set = (change: Partial<typeof v>) => setV((x) => ({ ...x, ...change }));
  const e = form.error?.fieldErrors;
  return (
    <RgpdPage
      title={m.newTitle}
      lead={m.newLead}
      back={{ to: "/rgpd/demandes", label: rgpdMessages.back.requests }}
    >
      <Form
        error={form.error}
        headingLevel={2}
        fields={[
          { name: "kind", id: "demande-droit", label: m.kind },
          { name: "receivedAt", id: "demande-reception", label: m.receivedAt },
          { name: "channel", id: "demande-canal", label: m.channel },
          { name: "requesterName", id: "demande-nom", label: m.requesterName },
          { name: "requesterContact", id: "demande-coordonnees", label: m.requesterContact },
          { name: "details", id: "demande-objet", label: m.details },
          { name: "identityCheck", id: "demande-identite", label: m.identity },
        ]}
        failed={m.registerFailed}
        onSubmit={() => {
          const checked = form.check({ ...orgInput, ...v });
          if (checked)
            register.mutate(checked, {
              async onSuccess(created) {
                await utils.rgpd.invalidate();
                navigate(href("/rgpd/demandes/demande", { id: created.id }), {
                  state: { notice: m.registered(created.number) },
                });
              },
            });
        }}
        actions={{
          submit: m.register,
          submitting: m.registering,
          pending: register.isPending,
          cancel: { label: formMessages.cancel, onCancel: () => navigate(href("/rgpd/demandes")) },
        }}
      >
        <SelectField
          id="demande-droit"
          label={m.kind}
          required
          value={v.kind}
          onChange={(x) => set({ kind: x.currentTarget.value })}
          error={fieldError(e, "kind")}
        >
          <ChoiceOptions values={REQUEST_KINDS} labels={REQUEST_KIND_LABELS} />
        </SelectField>
        <TextField
          id="demande-reception"
          label={m.receivedAt}
          type="datetime-local"
          required
          className="input input-moment"
          value={v.receivedAt}
          onChange={(x) => set({ receivedAt: x.currentTarget.value })}
          error={fieldError(e, "receivedAt")}
        />
        <SelectField
          id="demande-canal"
          label={m.channel}
          required
          value={v.channel}
          onChange={(x) => set({ channel: x.currentTarget.value })}
          error={fieldError(e, "channel")}
        >
          <ChoiceOptions values={REQUEST_CHANNELS} labels={REQUEST_CHANNEL_LABELS} />
        </SelectField>
        <TextField
          id="demande-nom"
          label={m.requesterName}
          hint={m.requesterNameHint}
          required
          autoComplete="off"
          className="input input-wide"
          value={v.requesterName}
          onChange={(x) => set({ requesterName: x.currentTarget.value })}
          error={fieldError(e, "requesterName")}
        />
        <TextField
          id="demande-coordonnees"
          label={m.requesterContact}
          autoComplete="off"
          className="input input-wide"
          value={v.requesterContact}
          onChange={(x) => set({ requesterContact: x.currentTarget.value })}
          error={fieldError(e, "requesterContact")}
        />
        <TextAreaField
          id="demande-objet"
          label={m.details}
          required
          rows={3}
          value={v.details}
          onChange={(x) => set({ details: x.currentTarget.value })}
          error={fieldError(e, "details")}
        />
        <CheckboxGroup
          id="demande-traitements"
          legend={m.processings}
          options={(processings.data ?? []).map((p) => ({
            value: p.id,
            label: `N° ${p.number} — ${p.name}`,
          }))}
          value={v.processingIds}
          onChange={(processingIds) => set({ processingIds })}
          error={fieldError(e, "processingIds")}
        />
        <SelectField
          id="demande-identite"
          label={m.identity}
          value={v.identityCheck}
          onChange={(x) => set({ identityCheck: x.currentTarget.value })}
          error={fieldError(e, "identityCheck")}
        >
          <ChoiceOptions values={IDENTITY_CHECKS} labels={IDENTITY_CHECK_LABELS} empty={null} />
        </SelectField>
      </Form>
    </RgpdPage>
  );
}
