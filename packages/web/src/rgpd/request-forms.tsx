/**
 * The steps of a request of a data subject, each behind its button: the identity check, the
 * two-month extension (told to the person within the first month), the answer once the commune
 * was consulted — the domain's rules checked before sending, and again by the server.
 */
import {
  answerProblems,
  answerRequestInput,
  extendRequestInput,
  extensionProblems,
  IDENTITY_CHECK_LABELS,
  IDENTITY_CHECKS,
  identityCheckInput,
  parisLocalDateTime,
  REQUEST_OUTCOME_LABELS,
  REQUEST_OUTCOMES,
} from "@mutu/domain";
import {
  Form,
  FormPanel,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  fieldError,
  useFormPanel,
} from "@mutu/ui";
import { useState } from "react";
import { useSchemaForm } from "../schema-form.ts";
import { trpc } from "../trpc.ts";
import { formMessages } from "./form-messages.ts";
import { requestMessages as m } from "./request-messages.ts";
import type { RequestDetail } from "./types.ts";

type Props = { r: RequestDetail; onDone(message: string): Promise<void> };

export function IdentityForm({ r, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.requests.checkIdentity.useMutation();
  const form = useSchemaForm(identityCheckInput, mutation);
  const [identityCheck, setCheck] = useState<string>(r.identityCheck);
  const [note, setNote] = useState(r.identityNote);
  const f = m.identityForm;
  return (
    <FormPanel id="identite" toggle={f.toggle} title={f.toggle} headingLevel={3} state={panel}>
      <Form
        error={form.error}
        fields={[
          { name: "identityCheck", id: "identite-etat", label: m.identity },
          { name: "note", id: "identite-note", label: f.note },
        ]}
        failed={f.failed}
        onSubmit={() => {
          const checked = form.check({ requestId: r.id, identityCheck, note });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(f.done);
              },
            });
        }}
        actions={{
          submit: f.submit,
          submitting: m.saving,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <SelectField
          id="identite-etat"
          label={m.identity}
          value={identityCheck}
          onChange={(e) => setCheck(e.currentTarget.value)}
          error={fieldError(form.error?.fieldErrors, "identityCheck")}
        >
          {IDENTITY_CHECKS.map((c) => (
            <option key={c} value={c}>
              {IDENTITY_CHECK_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id="identite-note"
          label={f.note}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(form.error?.fieldErrors, "note")}
        />
      </Form>
    </FormPanel>
  );
}

export function ExtendForm({ r, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.requests.extend.useMutation();
  const form = useSchemaForm(extendRequestInput, mutation);
  const [reason, setReason] = useState("");
  const [personToldAt, setTold] = useState(() => parisLocalDateTime(new Date()));
  const e = form.error?.fieldErrors;
  const f = m.extendForm;
  return (
    <FormPanel id="prolongation" toggle={f.toggle} title={f.toggle} headingLevel={3} state={panel}>
      <Form
        error={form.error}
        fields={[
          { name: "reason", id: "prolongation-motif", label: f.reason },
          { name: "personToldAt", id: "prolongation-information", label: f.personToldAt },
        ]}
        failed={f.failed}
        intro={<p>{f.lead}</p>}
        onSubmit={() => {
          const input = { requestId: r.id, reason, personToldAt };
          const checked = form.check(input, (errors) => {
            if (Object.keys(errors).length === 0)
              Object.assign(errors, extensionProblems(new Date(r.receivedAt), input));
          });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(f.done);
              },
            });
        }}
        actions={{
          submit: f.submit,
          submitting: m.saving,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <TextAreaField
          id="prolongation-motif"
          label={f.reason}
          required
          rows={3}
          value={reason}
          onChange={(x) => setReason(x.currentTarget.value)}
          error={fieldError(e, "reason")}
        />
        <TextField
          id="prolongation-information"
          label={f.personToldAt}
          type="datetime-local"
          required
          className="input input-short"
          value={personToldAt}
          onChange={(x) => setTold(x.currentTarget.value)}
          error={fieldError(e, "personToldAt")}
        />
      </Form>
    </FormPanel>
  );
}

export function AnswerForm({ r, onDone }: Props) {
  const panel = useFormPanel();
  const mutation = trpc.rgpd.requests.answer.useMutation();
  const form = useSchemaForm(answerRequestInput, mutation);
  const [answeredAt, setAnsweredAt] = useState(() => parisLocalDateTime(new Date()));
  const [outcome, setOutcome] = useState("");
  const [summary, setSummary] = useState("");
  const e = form.error?.fieldErrors;
  const f = m.answerForm;
  return (
    <FormPanel id="reponse" toggle={f.toggle} title={f.toggle} headingLevel={3} state={panel}>
      <Form
        error={form.error}
        fields={[
          { name: "answeredAt", id: "reponse-date", label: f.answeredAt },
          { name: "outcome", id: "reponse-suite-0", label: f.outcome },
          { name: "summary", id: "reponse-texte", label: f.summary },
        ]}
        failed={f.failed}
        intro={<p>{f.lead}</p>}
        onSubmit={() => {
          const input = { requestId: r.id, answeredAt, outcome, summary };
          const checked = form.check(input, (errors) => {
            if (Object.keys(errors).length === 0)
              Object.assign(
                errors,
                answerProblems(
                  {
                    receivedAt: new Date(r.receivedAt),
                    identityCheck: r.identityCheck,
                    consultedAt: r.consultations.map((c) => new Date(c.consultedAt)),
                  },
                  { answeredAt, outcome: outcome as (typeof REQUEST_OUTCOMES)[number] },
                ),
              );
          });
          if (checked)
            mutation.mutate(checked, {
              async onSuccess() {
                panel.close();
                await onDone(f.done);
              },
            });
        }}
        actions={{
          submit: f.submit,
          submitting: m.saving,
          pending: mutation.isPending,
          cancel: { label: formMessages.cancel, onCancel: panel.close },
        }}
      >
        <TextField
          id="reponse-date"
          label={f.answeredAt}
          type="datetime-local"
          required
          className="input input-short"
          value={answeredAt}
          onChange={(x) => setAnsweredAt(x.currentTarget.value)}
          error={fieldError(e, "answeredAt")}
        />
        <RadioGroup
          id="reponse-suite"
          legend={f.outcome}
          required
          options={REQUEST_OUTCOMES.map((o) => ({ value: o, label: REQUEST_OUTCOME_LABELS[o] }))}
          value={outcome}
          onChange={setOutcome}
          error={fieldError(e, "outcome")}
        />
        <TextAreaField
          id="reponse-texte"
          label={f.summary}
          required
          rows={4}
          value={summary}
          onChange={(x) => setSummary(x.currentTarget.value)}
          error={fieldError(e, "summary")}
        />
      </Form>
    </FormPanel>
  );
}
