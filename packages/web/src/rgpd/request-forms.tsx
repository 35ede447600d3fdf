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
import { fieldLayout, labelled, MomentField, RadioGroup, TextAreaField } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { ActionPanel, useStep } from "./action-panel.tsx";
import { requestMessages as m } from "./request-messages.ts";
import type { RequestDetail } from "./types.ts";

type Props = { r: RequestDetail; onDone(message: string): Promise<void> };
const words = <W extends { toggle: string; submit: string; failed: string; done: string }>(
  w: W,
) => ({ ...w, submitting: m.saving });
const now = () => parisLocalDateTime(new Date());

const identityLayout = fieldLayout("identite", {
  identityCheck: ["etat-0", m.identity],
  note: ["note", m.identityForm.note],
});

export function IdentityForm({ r, onDone }: Props) {
  const step = useStep(
    identityCheckInput,
    trpc.rgpd.requests.checkIdentity.useMutation(),
    { identityCheck: r.identityCheck as string, note: r.identityNote },
    identityLayout,
  );
  return (
    <ActionPanel
      id="identite"
      words={words(m.identityForm)}
      step={step}
      values={() => ({ requestId: r.id, ...step.values })}
      onDone={onDone}
    >
      <RadioGroup
        {...step.group("identityCheck")}
        options={labelled(IDENTITY_CHECKS, IDENTITY_CHECK_LABELS)}
      />
      <TextAreaField {...step.field("note")} rows={2} />
    </ActionPanel>
  );
}

const x = m.extendForm;
const extendLayout = fieldLayout("prolongation", {
  reason: ["motif", x.reason],
  personToldAt: ["information", x.personToldAt],
});

export function ExtendForm({ r, onDone }: Props) {
  const step = useStep(
    extendRequestInput,
    trpc.rgpd.requests.extend.useMutation(),
    { reason: "", personToldAt: now() },
    extendLayout,
  );
  const input = { requestId: r.id, ...step.values };
  return (
    <ActionPanel
      id="prolongation"
      words={words(x)}
      step={step}
      values={() => input}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(errors, extensionProblems(new Date(r.receivedAt), input));
      }}
      intro={<p>{x.lead}</p>}
      onDone={onDone}
    >
      <TextAreaField {...step.field("reason")} required rows={3} />
      <MomentField {...step.field("personToldAt")} required />
    </ActionPanel>
  );
}

const a = m.answerForm;
const answerLayout = fieldLayout("reponse", {
  answeredAt: ["date", a.answeredAt],
  outcome: ["suite-0", a.outcome],
  summary: ["texte", a.summary],
});

export function AnswerForm({ r, onDone }: Props) {
  const step = useStep(
    answerRequestInput,
    trpc.rgpd.requests.answer.useMutation(),
    { answeredAt: now(), outcome: "", summary: "" },
    answerLayout,
  );
  const { answeredAt, outcome } = step.values;
  const facts = {
    receivedAt: new Date(r.receivedAt),
    identityCheck: r.identityCheck,
    consultedAt: r.consultations.map((c) => new Date(c.consultedAt)),
  };
  return (
    <ActionPanel
      id="reponse"
      words={words(a)}
      step={step}
      values={() => ({ requestId: r.id, ...step.values })}
      adjust={(errors) => {
        if (Object.keys(errors).length === 0)
          Object.assign(
            errors,
            answerProblems(facts, { answeredAt, outcome: outcome as RequestOutcome }),
          );
      }}
      intro={<p>{a.lead}</p>}
      onDone={onDone}
    >
      <MomentField {...step.field("answeredAt")} required />
      <RadioGroup
        required
        options={labelled(REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS)}
        {...step.group("outcome")}
      />
      <TextAreaField {...step.field("summary")} required rows={4} />
    </ActionPanel>
  );
}
