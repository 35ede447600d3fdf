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
  type RequestOutcome,
} from "@mutu/domain";
import { RadioGroup, SelectField, TextAreaField, TextField, fieldError } from "@mutu/ui";
import { useState } from "react";
import { trpc } from "../trpc.ts";
import { ActionPanel, ChoiceOptions } from "./action-panel.tsx";
import { requestMessages as m } from "./request-messages.ts";
import type { RequestDetail } from "./types.ts";

type Props = { r: RequestDetail; onDone(message: string): Promise<void> };
const words = <W extends { toggle: string; submit: string; failed: string; done: string }>(
  w: W,
) => ({ ...w, submitting: m.saving });

export function IdentityForm({ r, onDone }: Props) {
  const [identityCheck, setCheck] = useState<string>(r.identityCheck);
  const [note, setNote] = useState(r.identityNote);
  const f = m.identityForm;
  return (
    <ActionPanel
      id="identite"
      words={words(f)}
      schema={identityCheckInput}
      mutation={trpc.rgpd.requests.checkIdentity.useMutation()}
      fields={[
        { name: "identityCheck", id: "identite-etat", label: m.identity },
        { name: "note", id: "identite-note", label: f.note },
      ]}
      values={() => ({ requestId: r.id, identityCheck, note })}
      onDone={onDone}
    >
      {(e) => (
        <>
          <SelectField
            id="identite-etat"
            label={m.identity}
            value={identityCheck}
            onChange={(x) => setCheck(x.currentTarget.value)}
            error={fieldError(e, "identityCheck")}
          >
            <ChoiceOptions values={IDENTITY_CHECKS} labels={IDENTITY_CHECK_LABELS} empty={null} />
          </SelectField>
          <TextAreaField
            id="identite-note"
            label={f.note}
            rows={2}
            value={note}
            onChange={(x) => setNote(x.currentTarget.value)}
            error={fieldError(e, "note")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function ExtendForm({ r, onDone }: Props) {
  const [reason, setReason] = useState("");
  const [personToldAt, setTold] = useState(() => parisLocalDateTime(new Date()));
  const f = m.extendForm;
  const input = { requestId: r.id, reason, personToldAt };
  return (
    <ActionPanel
      id="prolongation"
      words={words(f)}
      schema={extendRequestInput}
      mutation={trpc.rgpd.requests.extend.useMutation()}
      fields={[
        { name: "reason", id: "prolongation-motif", label: f.reason },
        { name: "personToldAt", id: "prolongation-information", label: f.personToldAt },
      ]}
      values={() => input}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(errors, extensionProblems(new Date(r.receivedAt), input));
      }}
      intro={<p>{f.lead}</p>}
      onDone={onDone}
    >
      {(e) => (
        <>
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
            className="input input-moment"
            value={personToldAt}
            onChange={(x) => setTold(x.currentTarget.value)}
            error={fieldError(e, "personToldAt")}
          />
        </>
      )}
    </ActionPanel>
  );
}

export function AnswerForm({ r, onDone }: Props) {
  const [answeredAt, setAnsweredAt] = useState(() => parisLocalDateTime(new Date()));
  const [outcome, setOutcome] = useState("");
  const [summary, setSummary] = useState("");
  const f = m.answerForm;
  const facts = {
    receivedAt: new Date(r.receivedAt),
    identityCheck: r.identityCheck,
    consultedAt: r.consultations.map((c) => new Date(c.consultedAt)),
  };
  return (
    <ActionPanel
      id="reponse"
      words={words(f)}
      schema={answerRequestInput}
      mutation={trpc.rgpd.requests.answer.useMutation()}
      fields={[
        { name: "answeredAt", id: "reponse-date", label: f.answeredAt },
        { name: "outcome", id: "reponse-suite-0", label: f.outcome },
        { name: "summary", id: "reponse-texte", label: f.summary },
      ]}
      values={() => ({ requestId: r.id, answeredAt, outcome, summary })}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(
            errors,
            answerProblems(facts, { answeredAt, outcome: outcome as RequestOutcome }),
          );
      }}
      intro={<p>{f.lead}</p>}
      onDone={onDone}
    >
      {(e) => (
        <>
          <TextField
            id="reponse-date"
            label={f.answeredAt}
            type="datetime-local"
            required
            className="input input-moment"
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
        </>
      )}
    </ActionPanel>
  );
}
