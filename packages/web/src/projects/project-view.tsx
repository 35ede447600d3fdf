/**
 * One project's record as both spaces show it: the fiche projet under the annex's headings, the
 * study, the DPO's opinion, the committee's decisions, the phases followed and the effort logged
 * (or, for a level-1 mission, its lettre de mission).
 */
import {
  DPO_OPINION_LABELS,
  type DpoOpinionKind,
  FICHE_SECTIONS,
  PROJECT_ACTIVITY_LABELS,
  PROJECT_DECISION_LABELS,
  PROJECT_SCOPE_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_TYPE_LABELS,
  type ProjectScope,
  type ProjectType,
} from "@mutu/domain";
import {
  type Column,
  DataTable,
  type Description,
  DescriptionList,
  formatCalendarDate,
  Info,
  Link,
  Section,
} from "@mutu/ui";
import { meetingHref } from "../meetings/meetings-table.tsx";
import { projectsMessages } from "./messages.ts";
import type { ProjectDetail } from "./types.ts";

const t = projectsMessages.view;
const { days } = projectsMessages;

/** A free-text entry as written, or « Non renseigné ». */
export const text = (value: unknown) => (typeof value === "string" && value ? value : t.notGiven);
const yesNo = (value: unknown) => (value === true ? t.yes : value === false ? t.no : t.notGiven);

export function FicheSection({ project }: { project: ProjectDetail }) {
  const fiche = project.fiche;
  if (!fiche) return null;
  return (
    <Section id="projet-fiche" title={t.fiche}>
      <DescriptionList
        items={[
          { term: t.leadDepartment, description: text(fiche.leadDepartment) },
          {
            term: t.projectType,
            description: PROJECT_TYPE_LABELS[fiche.projectType as ProjectType] ?? t.notGiven,
          },
        ]}
      />
      {FICHE_SECTIONS.map((section) => (
        <div key={section.title}>
          <h3>{section.title}</h3>
          <DescriptionList
            items={section.headings.map((h) => ({
              key: h.key,
              term: h.label,
              description: <span className="text-block">{text(fiche[h.key])}</span>,
            }))}
          />
        </div>
      ))}
    </Section>
  );
}

export function StudySection({ project }: { project: ProjectDetail }) {
  if (project.kind !== "projet") return null;
  const s = project.study;
  const items: Description[] = s
    ? [
        {
          term: t.coveredByExisting,
          description:
            s.coveredByExisting === true ? text(s.existingSolution) : yesNo(s.coveredByExisting),
        },
        {
          term: t.sharedNeed,
          description:
            s.sharedNeed === true && s.sharedWith ? text(s.sharedWith) : yesNo(s.sharedNeed),
        },
        {
          term: projectsMessages.list.scope,
          description: PROJECT_SCOPE_LABELS[s.scope as ProjectScope],
        },
        { term: t.personalData, description: yesNo(s.personalData) },
        {
          term: t.estimatedDays,
          description: typeof s.estimatedDays === "number" ? days(s.estimatedDays) : t.notGiven,
        },
        { term: t.proposedYear, description: String(s.proposedYear ?? t.notGiven) },
        { term: t.conclusion, description: text(s.conclusion) },
      ]
    : [];
  const dpo = project.dpoOpinion;
  return (
    <Section id="projet-etude" title={t.study}>
      {s ? <DescriptionList items={items} /> : <p>{t.noStudy}</p>}
      {dpo ? (
        <>
          <h3>{t.dpo}</h3>
          <DescriptionList
            items={[
              {
                term: DPO_OPINION_LABELS[dpo.opinion as DpoOpinionKind] ?? t.notGiven,
                description: <span className="text-block">{text(dpo.text)}</span>,
              },
            ]}
          />
          <p>
            {typeof dpo.signedBy === "string"
              ? t.dpoSigned(
                  formatCalendarDate(String(dpo.givenOn)),
                  dpo.signedBy,
                  String(dpo.signedAs),
                )
              : formatCalendarDate(String(dpo.givenOn))}
          </p>
        </>
      ) : project.personalData && project.decisions.length === 0 ? (
        <Info>{t.dpoAwaited}</Info>
      ) : null}
    </Section>
  );
}

export function LetterSection({ project }: { project: ProjectDetail }) {
  const l = project.missionLetter;
  if (!l) return null;
  const m = projectsMessages.mission;
  return (
    <Section id="projet-lettre" title={t.letter}>
      <DescriptionList
        items={[
          { term: m.object, description: text(l.object) },
          { term: m.dsiContacts, description: text(l.dsiContacts) },
          { term: m.memberContacts, description: text(l.memberContacts) },
          { term: m.startOn, description: formatCalendarDate(String(l.startOn)) },
          { term: m.duration, description: text(l.duration) },
          {
            term: m.plannedDays,
            description: typeof l.plannedDays === "number" ? days(l.plannedDays) : t.notGiven,
          },
          { term: m.deliverables, description: text(l.deliverables) },
        ]}
      />
    </Section>
  );
}

type Effort = ProjectDetail["effort"][number];
const effortColumns: readonly Column<Effort>[] = [
  { key: "day", header: t.workedOn, rowHeader: true, cell: (e) => formatCalendarDate(e.workedOn) },
  { key: "days", header: t.daysColumn, numeric: true, cell: (e) => days(e.days) },
  { key: "activity", header: t.activity, cell: (e) => PROJECT_ACTIVITY_LABELS[e.activity] },
  { key: "by", header: t.by, cell: (e) => e.by },
  { key: "note", header: t.note, cell: (e) => e.note ?? "" },
];

export function FollowUpSection({ project }: { project: ProjectDetail }) {
  const abandoned =
    project.status === "abandonne"
      ? project.phases.filter((p) => p.to === "abandonne").at(-1)
      : undefined;
  return (
    <Section id="projet-suivi" title={t.followUp}>
      {abandoned ? (
        <Info>
          {projectsMessages.abandoned(
            formatCalendarDate(abandoned.changedOn),
            abandoned.note ?? "",
          )}
        </Info>
      ) : null}
      {project.kind === "projet" ? (
        <>
          <h3>{t.decisions}</h3>
          {project.decisions.length === 0 ? (
            <p>{t.noDecision}</p>
          ) : (
            <ul className="plain-list">
              {project.decisions.map((d) => (
                <li key={`${d.decidedOn}-${d.body}-${d.decision}`}>
                  <strong>{PROJECT_DECISION_LABELS[d.decision]}</strong>
                  {d.plannedYear ? ` (${t.plannedFor(d.plannedYear)})` : ""} —{" "}
                  {d.meetingId ? (
                    <Link to={meetingHref(d.meetingId)}>
                      {t.decisionLine(d.body, formatCalendarDate(d.decidedOn))}
                    </Link>
                  ) : (
                    t.decisionLine(d.body, formatCalendarDate(d.decidedOn))
                  )}
                  {d.meetingRef ? ` (${t.minutesRef(d.meetingRef)})` : ""}
                  {d.reasons ? ` : ${d.reasons}` : ""}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {project.phases.length > 0 ? (
        <>
          <h3>{t.phases}</h3>
          <ol className="plain-list">
            {project.phases.map((p) => (
              <li key={`${p.changedOn}-${p.to}`}>
                {formatCalendarDate(p.changedOn)} : {PROJECT_STATUS_LABELS[p.from]} →{" "}
                {PROJECT_STATUS_LABELS[p.to]}
                {p.note ? ` (${p.note})` : ""}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <DataTable
        caption={t.effortCaption(days(project.loggedDays))}
        columns={effortColumns}
        rows={project.effort}
        rowKey={(e) => `${e.workedOn}-${e.days}-${e.by}-${e.note ?? ""}`}
        empty={t.noEffort}
      />
    </Section>
  );
}
