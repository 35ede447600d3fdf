/**
 * One processing record (/rgpd/traitements/traitement?id=): where it stands — status, the
 * Métropole's role worked out and why, what limits its responsibility, what blocks implementation —,
 * the DPO's opinions kept as evidence, what may be done next, its sheet, its shared template, its
 * retention operations, documents and history.
 */
import { METROPOLE_ROLE_LABELS, OPINION_OUTCOME_LABELS } from "@mutu/domain";
import {
  CalendarDate,
  type Description,
  DescriptionList,
  formatDateTime,
  Info,
  Link,
  PageContents,
  Section,
} from "@mutu/ui";
import { can, useSession } from "../session.tsx";
import { trpc } from "../trpc.ts";
import { DocumentsSection, EvidenceSection } from "./evidence.tsx";
import { rgpdMessages } from "./messages.ts";
import { ProcessingActions } from "./processing-actions.tsx";
import { SharedSection } from "./processing-shared.tsx";
import { ProcessingSheet } from "./processing-sheet.tsx";
import { StatusBadge } from "./register-page.tsx";
import { RetentionTable } from "./retention-page.tsx";
import { sheetMessages as t } from "./sheet-messages.ts";
import { useRecordId, useRgpdHref } from "./space.tsx";
import { RecordPage } from "./record-page.tsx";
import type { ProcessingDetail } from "./types.ts";

function StateSection({ p }: { p: ProcessingDetail }) {
  const items: Description[] = [
    { key: "status", term: t.status, description: <StatusBadge status={p.status} /> },
    { key: "org", term: t.org, description: p.orgName },
    {
      key: "role",
      term: t.role,
      description: (
        <>
          <strong>{METROPOLE_ROLE_LABELS[p.responsibility.role]}</strong>
          <br />
          {p.responsibility.reason}
        </>
      ),
    },
  ];
  if (p.responsibility.caveat)
    items.push({ key: "caveat", term: t.caveat, description: p.responsibility.caveat });
  items.push({ key: "dpo", term: t.dpoSide, description: t.dpoSides[p.dpoSide] });
  if (p.inForceOn)
    items.push({
      key: "inForce",
      term: t.inForce,
      description: <CalendarDate value={p.inForceOn} />,
    });
  if (p.endedOn)
    items.push({
      key: "ended",
      term: t.ended,
      description: (
        <>
          <CalendarDate value={p.endedOn} /> — {p.endDeclaration}
        </>
      ),
    });
  return (
    <Section id="etat" title={t.state}>
      <DescriptionList items={items} />
      {p.blockers.length ? (
        <Info title={t.blockers}>
          <ul>
            {p.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </Info>
      ) : null}
      {p.changedSinceOpinion ? <Info>{t.changedSinceOpinion}</Info> : null}
    </Section>
  );
}

function OpinionsSection({ p }: { p: ProcessingDetail }) {
  return (
    <Section id="avis" title={t.opinions} lead={t.opinionsLead}>
      {p.opinions.length === 0 ? <p className="muted">{t.noOpinion}</p> : null}
      {p.opinions.map((o) => (
        <div key={o.id} className="subsection">
          <h3>{o.outcome ? OPINION_OUTCOME_LABELS[o.outcome] : t.awaiting}</h3>
          <p>{t.requested(o.requestedBy, formatDateTime(o.requestedAt), o.revision)}</p>
          {o.requestNote ? <p className="text-block quote">{o.requestNote}</p> : null}
          {o.givenAt && o.givenBy ? <p>{t.given(o.givenBy, formatDateTime(o.givenAt))}</p> : null}
          {o.reservations.length ? (
            <>
              <p>{t.reservations} :</p>
              <ul>
                {o.reservations.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          ) : null}
          {o.text ? <p className="text-block">{o.text}</p> : null}
        </div>
      ))}
    </Section>
  );
}

export function ProcessingPage() {
  const id = useRecordId();
  const me = useSession();
  const href = useRgpdHref();
  const utils = trpc.useUtils();
  const query = trpc.rgpd.processing.get.useQuery({ processingId: id }, { enabled: id !== "" });
  return (
    <RecordPage
      id={id}
      query={query}
      title={(p) => t.heading(p.number, p.content.name)}
      back={{ to: "/rgpd/traitements", label: rgpdMessages.back.processings }}
    >
      {(p, refresh) => (
        <>
          <PageContents
            items={[
              { id: "etat", label: t.state },
              { id: "avis", label: t.opinions },
              { id: "fiche", label: t.title },
              ...(p.shared ? [{ id: "partage", label: "Traitement partagé" }] : []),
              { id: "conservation", label: t.retentionTitle },
              { id: "documents", label: rgpdMessages.documents.title },
              { id: "preuves", label: rgpdMessages.evidence.title },
            ]}
          />
          <StateSection p={p} />
          <div className="page-actions">
            {p.actions.includes("edit") ? (
              <Link
                to={href("/rgpd/traitements/modifier", { id: p.id })}
                className="button button-secondary"
              >
                {t.edit}
              </Link>
            ) : null}
          </div>
          <ProcessingActions p={p} onDone={refresh} />
          <OpinionsSection p={p} />
          <ProcessingSheet p={p} />
          <SharedSection p={p} onDone={refresh} />
          <Section id="conservation" title={t.retentionTitle} lead={t.retentionLead}>
            <RetentionTable
              rows={p.retention}
              caption={t.retentionTitle}
              showProcessing={false}
              onDone={refresh}
            />
          </Section>
          <DocumentsSection
            subject="processing"
            subjectId={p.id}
            documents={p.documents}
            canAdd={can(me, "rgpd.manage")}
            onAdded={() => utils.rgpd.processing.get.invalidate()}
          />
          <EvidenceSection events={p.events} />
        </>
      )}
    </RecordPage>
  );
}
