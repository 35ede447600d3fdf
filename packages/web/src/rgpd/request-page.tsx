/**
 * One request of a data subject (/rgpd/demandes/demande?id=): its deadline, who handles it, the
 * identity check, the two-month extension (told to the person within the first month), the
 * consultation of the commune and the answer — each refused by the domain's rules when out of turn.
 */
import {
  IDENTITY_CHECK_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_KIND_LABELS,
  REQUEST_OUTCOME_LABELS,
} from "@mutu/domain";
import { type Description, DescriptionList, DateTime, Info, Section } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { CaseTrail } from "./consultations.tsx";
import { AnswerForm, ExtendForm, IdentityForm } from "./request-forms.tsx";
import { rgpdMessages } from "./messages.ts";
import { requestMessages as m } from "./request-messages.ts";
import { RequestStateBadge } from "./requests-page.tsx";
import { useRecordId } from "./space.tsx";
import { RecordPage } from "./record-page.tsx";
import type { RequestDetail } from "./types.ts";

function StateSection({ r }: { r: RequestDetail }) {
  const items: Description[] = [
    {
      key: "state",
      term: rgpdMessages.register.status,
      description: <RequestStateBadge state={r.state} />,
    },
    { key: "commune", term: m.commune, description: r.orgName },
    { key: "handler", term: m.handledBy, description: m.handlers[r.handledBy] },
    {
      key: "received",
      term: m.receivedAt,
      description: (
        <>
          <DateTime value={r.receivedAt} /> — {REQUEST_CHANNEL_LABELS[r.channel]}
        </>
      ),
    },
    {
      key: "person",
      term: m.requesterName,
      description: (
        <>
          {r.requesterName}
          {r.requesterContact ? (
            <>
              <br />
              {r.requesterContact}
            </>
          ) : null}
        </>
      ),
    },
    {
      key: "details",
      term: m.details,
      description: <span className="text-block">{r.details}</span>,
    },
    {
      key: "processings",
      term: m.processings,
      description: r.processings.length
        ? r.processings.map((p) => `N° ${p.number} — ${p.name}`).join(", ")
        : rgpdMessages.notGiven,
    },
    {
      key: "identity",
      term: m.identity,
      description: (
        <>
          {IDENTITY_CHECK_LABELS[r.identityCheck]}
          {r.identityNote ? ` — ${r.identityNote}` : ""}
        </>
      ),
    },
    {
      key: "firstMonth",
      term: m.firstMonth,
      description: <DateTime value={r.firstMonthEndsAt} format="date" />,
    },
    {
      key: "extended",
      term: m.extended,
      description: r.extendedAt ? (
        <>
          {m.extendedOn(r.extensionReason ?? "")} — {m.personTold}{" "}
          <DateTime value={r.personToldAt} />
        </>
      ) : (
        m.notExtended
      ),
    },
    { key: "due", term: m.due, description: <DateTime value={r.dueAt} format="date" /> },
    {
      key: "answer",
      term: m.answered,
      description: r.answeredAt ? (
        <>
          <DateTime value={r.answeredAt} /> — {r.outcome ? REQUEST_OUTCOME_LABELS[r.outcome] : ""}
          <br />
          <span className="text-block">{r.answerSummary}</span>
        </>
      ) : (
        m.notAnswered
      ),
    },
  ];
  return (
    <Section id="etat" title={m.state}>
      <DescriptionList items={items} />
    </Section>
  );
}

export function RequestPage() {
  const id = useRecordId();
  const utils = trpc.useUtils();
  const query = trpc.rgpd.requests.get.useQuery({ requestId: id }, { enabled: id !== "" });
  return (
    <RecordPage
      id={id}
      query={query}
      title={(r) => m.heading(r.number, REQUEST_KIND_LABELS[r.kind])}
      back={{ to: "/rgpd/demandes", label: rgpdMessages.back.requests }}
    >
      {(r, done) => (
        <>
          <StateSection r={r} />
          {r.mayHandle ? (
            <>
              <IdentityForm r={r} onDone={done} />
              {r.extendedAt ? null : <ExtendForm r={r} onDone={done} />}
              <AnswerForm r={r} onDone={done} />
            </>
          ) : r.answeredAt ? null : (
            <Info>{m.readOnly}</Info>
          )}
          <CaseTrail
            subject="request"
            record={r}
            onDone={done}
            onAdded={() => utils.rgpd.requests.get.invalidate()}
          />
        </>
      )}
    </RecordPage>
  );
}
