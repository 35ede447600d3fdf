/**
 * One meeting as both spaces show it: when and where, the agenda, who was invited and who came,
 * the minutes and decisions, the actions it decided and those it followed.
 */
import { PROJECT_DECISION_LABELS } from "@mutu/domain";
import { DescriptionList, formatCalendarDate, formatDateTime, Info, Link, Section } from "@mutu/ui";
import type { ReactNode } from "react";
import { ActionsTable } from "./meetings-table.tsx";
import { meetingsMessages as t } from "./messages.ts";
import type { MeetingAction, MeetingDetail } from "./types.ts";

const projectHref = (id: string) => `/projets/projet?id=${encodeURIComponent(id)}`;

/** Who was invited, and once held who came (the names, French-sorted, in sentences). */
function attendance(m: MeetingDetail) {
  const names = (list: { label: string }[]) =>
    list
      .map((p) => p.label)
      .sort(new Intl.Collator("fr").compare)
      .join(", ");
  if (m.status !== "tenue")
    return m.participants.length
      ? [t.meeting.invitedList(names(m.participants))]
      : [t.meeting.nobody];
  const present = [
    ...m.participants.filter((p) => p.attended),
    ...m.otherAttendees.map((label) => ({ label })),
  ];
  const absent = m.participants.filter((p) => !p.attended);
  return [
    ...(present.length ? [t.meeting.present(names(present))] : []),
    ...(absent.length ? [t.meeting.absent(names(absent))] : []),
  ];
}

export function MeetingRecord({
  meeting: m,
  followColumn,
  projectLinks = false,
}: {
  meeting: MeetingDetail;
  /** Whether the reader may open a project's page: its decisions link there, or only name it. */
  projectLinks?: boolean;
  /** The Métropole's space: a way to follow (close) an earlier action at this meeting. */
  followColumn?: (a: MeetingAction) => ReactNode;
}) {
  const held = m.status === "tenue";
  return (
    <>
      <Section id="reunion-plan" title={t.meeting.fallbackTitle}>
        <DescriptionList
          items={[
            {
              key: "when",
              term: t.meeting.when,
              description: t.meeting.time(formatCalendarDate(m.day), m.startTime, m.endTime),
            },
            ...(m.place ? [{ key: "place", term: t.meeting.place, description: m.place }] : []),
            ...(m.videoUrl
              ? [
                  {
                    key: "video",
                    term: t.meeting.video,
                    description: (
                      <a href={m.videoUrl} rel="noreferrer noopener" target="_blank">
                        {m.videoUrl}
                      </a>
                    ),
                  },
                ]
              : []),
            { key: "status", term: t.meeting.status, description: t.meetingStatuses[m.status] },
            ...(m.changeReason
              ? [
                  {
                    key: "reason",
                    term:
                      m.status === "annulee" ? t.meeting.cancelReason : t.meeting.rescheduleReason,
                    description: m.changeReason,
                  },
                ]
              : []),
            {
              key: "participants",
              term: t.meeting.participants,
              description: (
                <ul className="plain-list">
                  {attendance(m).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
        <h3>{t.meeting.agenda}</h3>
        <ol>
          {m.agenda.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      </Section>
      <Section id="reunion-compte-rendu" title={t.meeting.minutes}>
        {held ? (
          <>
            {m.minutesCorrectedAt ? (
              <Info>
                {t.meeting.corrected(
                  formatDateTime(m.minutesCorrectedAt),
                  m.minutesCorrectionReason ?? "",
                )}
              </Info>
            ) : null}
            <p className="text-block">{m.minutes}</p>
            <h3>{t.meeting.decisions}</h3>
            {m.decisions.length || m.projectDecisions.length ? (
              <ul>
                {m.decisions.map((d) => (
                  <li key={d}>{d}</li>
                ))}
                {m.projectDecisions.map((d) => (
                  <li key={d.projectId}>
                    {t.meeting.projectDecision}{" "}
                    {projectLinks ? (
                      <Link to={projectHref(d.projectId)}>« {d.projectTitle} »</Link>
                    ) : (
                      `« ${d.projectTitle} »`
                    )}
                    {m.shared ? ` (${d.orgName})` : ""} : {PROJECT_DECISION_LABELS[d.decision]}
                    {d.plannedYear ? ` ${t.meeting.plannedFor(d.plannedYear)}` : ""}
                    {d.reasons ? ` — ${d.reasons}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t.meeting.noDecision}</p>
            )}
            <ActionsTable
              caption={t.meeting.actionsDecided}
              actions={m.actions}
              empty={t.actions.noneDecided}
            />
          </>
        ) : (
          <p>{m.status === "annulee" ? t.meeting.cancelled : t.meeting.notHeld}</p>
        )}
      </Section>
      <Section id="reunion-suivi" title={t.meeting.actionsFollowed}>
        <ActionsTable
          caption={t.meeting.actionsToFollow(m.openActions.length)}
          actions={m.openActions}
          extra={followColumn ? [{ key: "follow", header: "", cell: followColumn }] : []}
        />
      </Section>
    </>
  );
}
