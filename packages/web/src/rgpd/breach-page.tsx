/**
 * One breach (/rgpd/violations/violation?id=): its 72-hour clock, who handles it (the commune's
 * option), its assessment, the notification and the information of persons, the consultations of
 * the commune, what is missing before closing, its documents and history.
 */
import {
  BREACH_HANDLER_LABELS,
  BREACH_NATURE_LABELS,
  BREACH_RISK_LABELS,
  BREACH_STATUS_LABELS,
} from "@mutu/domain";
import { type Description, DescriptionList, DateTime, formatNumber, Info, Section } from "@mutu/ui";
import { trpc } from "../trpc.ts";
import { AssessForm, CloseForm, InformForm, NotifyForm } from "./breach-forms.tsx";
import { breachMessages as t } from "./breach-messages.ts";
import { NotificationCell } from "./breaches-page.tsx";
import { CaseTrail } from "./consultations.tsx";
import { rgpdMessages } from "./messages.ts";
import { useRecordId } from "./space.tsx";
import { RecordPage } from "./record-page.tsx";
import type { BreachDetail } from "./types.ts";

const text = (value: string) =>
  value ? (
    <span className="text-block">{value}</span>
  ) : (
    <span className="muted">{rgpdMessages.notGiven}</span>
  );
const items = (values: readonly string[]) =>
  values.length ? values.join(", ") : <span className="muted">{rgpdMessages.notGiven}</span>;

function StateSection({ b }: { b: BreachDetail }) {
  const facts: Description[] = [
    {
      key: "status",
      term: rgpdMessages.register.status,
      description: BREACH_STATUS_LABELS[b.status],
    },
    { key: "commune", term: t.commune, description: b.orgName },
    { key: "handler", term: t.handledBy, description: BREACH_HANDLER_LABELS[b.handledBy] },
    { key: "aware", term: t.aware, description: <DateTime value={b.awareAt} /> },
    {
      key: "deadline",
      term: t.deadline,
      description: (
        <>
          <DateTime value={b.deadline} /> <NotificationCell b={b} />
        </>
      ),
    },
    {
      key: "notified",
      term: t.notified,
      description: b.notifiedAt ? (
        <>
          <DateTime value={b.notifiedAt} /> — {t.cnilReference} {b.cnilReference}
          {b.late ? <> ({t.late})</> : null}
        </>
      ) : (
        t.notNotified
      ),
    },
  ];
  if (b.lateJustification)
    facts.push({ key: "late", term: t.lateJustification, description: text(b.lateJustification) });
  facts.push(
    {
      key: "risk",
      term: t.risk,
      description: b.riskLevel ? BREACH_RISK_LABELS[b.riskLevel] : t.notAssessed,
    },
    {
      key: "informed",
      term: t.informed,
      description: b.personsInformedAt ? (
        <>
          <DateTime value={b.personsInformedAt} /> — {b.personsInformationMeans}
        </>
      ) : (
        t.notInformed
      ),
    },
  );
  if (b.saisine)
    facts.push({
      key: "saisine",
      term: t.origin,
      description: `${b.saisine.reference} — ${b.saisine.title}`,
    });
  return (
    <Section id="etat" title={t.state}>
      <DescriptionList items={facts} />
      {b.status === "open" && b.blockers.length ? (
        <Info title={t.blockers}>
          <ul>
            {b.blockers.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </Info>
      ) : null}
    </Section>
  );
}

function AssessmentSection({ b }: { b: BreachDetail }) {
  const a = t.assess;
  return (
    <Section id="evaluation-detail" title={t.assessment}>
      <DescriptionList
        items={[
          { key: "description", term: t.description, description: text(b.description) },
          {
            key: "natures",
            term: t.natures,
            description: b.natures.map((n) => BREACH_NATURE_LABELS[n]).join(", "),
          },
          {
            key: "processings",
            term: a.processings,
            description: items(b.processings.map((p) => `N° ${p.number} — ${p.name}`)),
          },
          { key: "persons", term: a.persons, description: items(b.personCategories) },
          {
            key: "approxPersons",
            term: a.approxPersons,
            description:
              b.approxPersons === null ? rgpdMessages.notGiven : formatNumber(b.approxPersons),
          },
          { key: "data", term: a.data, description: items(b.dataCategories) },
          {
            key: "approxRecords",
            term: a.approxRecords,
            description:
              b.approxRecords === null ? rgpdMessages.notGiven : formatNumber(b.approxRecords),
          },
          { key: "consequences", term: a.consequences, description: text(b.consequences) },
          { key: "measuresTaken", term: a.measuresTaken, description: text(b.measuresTaken) },
          {
            key: "measuresProposed",
            term: a.measuresProposed,
            description: text(b.measuresProposed),
          },
        ]}
      />
    </Section>
  );
}

export function BreachPage() {
  const id = useRecordId();
  const utils = trpc.useUtils();
  const query = trpc.rgpd.breaches.get.useQuery({ breachId: id }, { enabled: id !== "" });
  const processings = trpc.rgpd.processing.list.useQuery(
    query.data ? { orgId: query.data.orgId } : {},
    { enabled: Boolean(query.data?.mayHandle) },
  );
  return (
    <RecordPage
      id={id}
      query={query}
      title={(b) => t.heading(b.number, b.title)}
      back={{ to: "/rgpd/violations", label: rgpdMessages.back.breaches }}
    >
      {(b, done) => (
        <>
          <StateSection b={b} />
          {b.mayHandle ? (
            <>
              <AssessForm b={b} onDone={done} processings={processings.data ?? []} />
              {b.notifiedAt ? null : <NotifyForm b={b} onDone={done} />}
              {b.personsInformedAt ? null : <InformForm b={b} onDone={done} />}
              <CloseForm b={b} onDone={done} />
            </>
          ) : b.status === "open" ? (
            <Info>
              {b.handledBy === "metropole"
                ? t.readOnly(BREACH_HANDLER_LABELS.metropole)
                : t.readOnlyCommune}
            </Info>
          ) : null}
          <AssessmentSection b={b} />
          <CaseTrail
            subject="breach"
            record={b}
            onDone={done}
            onAdded={() => utils.rgpd.breaches.get.invalidate()}
          />
        </>
      )}
    </RecordPage>
  );
}
