/**
 * « En bref » and the routing section of a saisine, in both spaces: what the saisine is and who
 * filed it (for a resident: the minimal contact kept until its purge date), then its routing by the
 * annex in force and the reason it needs checking; the description, in the main column. Each space words them for its readers (its
 * `messages.saisines.detail` fits `SummaryWording` as is); the Métropole also sees the commune and
 * the calendar the delays run on.
 */
import {
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import {
  type Description,
  DescriptionList,
  formatCalendarDate,
  formatDateTime,
  Info,
  Section,
} from "@mutu/ui";
import { DueBadge, StatusBadge, subDomainLabel } from "./labels.tsx";
import type { SaisineDetail } from "./types.ts";

export type SummaryWording = {
  contents: { summary: string; routing: string };
  status: string;
  type: string;
  nature: string;
  criticality: string;
  subDomain: string;
  site: string;
  application: string;
  firstContact: string;
  firstContactResolved: string;
  filed: string;
  filedOn(date: string, by: string, channel: string): string;
  requester: string;
  resident: string;
  residentAnonymised: string;
  residentContact(name: string, contact: string): string;
  residentNone: string;
  residentPurge(date: string): string;
  description: string;
  noDescription: string;
  communeFunction: string;
  anyone: string;
  sharedFunction: string;
  proximity: string;
  notProximity: string;
  assignee: string;
  notAssigned: string;
  annex: string;
  annexFrom(label: string, date: string): string;
  needsQualification(reason: string | null): string;
  /** The Métropole's space shows the commune. */
  commune?: string;
  calendar?: string;
};

function resident(s: SaisineDetail, t: SummaryWording): Description[] {
  const r = s.onBehalfOf;
  if (!r) return [];
  return [
    {
      key: "resident",
      term: t.resident,
      description: r.anonymised ? (
        t.residentAnonymised
      ) : (
        <>
          {r.contact
            ? t.residentContact(r.name ?? "", r.contact.value)
            : (r.name ?? t.residentNone)}
          {s.residentPurgeAt ? (
            <span className="cell-label">{t.residentPurge(formatDateTime(s.residentPurgeAt))}</span>
          ) : null}
        </>
      ),
    },
  ];
}

export function SummarySection({
  saisine: s,
  wording: t,
}: {
  saisine: SaisineDetail;
  wording: SummaryWording;
}) {
  const items: Description[] = [
    ...(t.commune ? [{ key: "commune", term: t.commune, description: s.orgName }] : []),
    {
      key: "status",
      term: t.status,
      description: (
        <span className="inline-actions">
          <StatusBadge status={s.status} />
          <DueBadge state={s.dueState} />
        </span>
      ),
    },
    { key: "type", term: t.type, description: SAISINE_TYPE_LABELS[s.type] },
    { key: "nature", term: t.nature, description: SAISINE_NATURE_LABELS[s.nature] },
    {
      key: "criticality",
      term: t.criticality,
      description: SAISINE_CRITICALITY_LABELS[s.criticality],
    },
    { key: "subDomain", term: t.subDomain, description: subDomainLabel(s.subDomain) },
    ...(s.site ? [{ key: "site", term: t.site, description: s.site }] : []),
    ...(s.application
      ? [{ key: "application", term: t.application, description: s.application }]
      : []),
    {
      key: "filed",
      term: t.filed,
      description: t.filedOn(
        formatDateTime(s.createdAt),
        s.filedByLabel,
        SAISINE_CHANNEL_LABELS[s.channel].toLowerCase(),
      ),
    },
    // The person it was filed for, when someone else filed it.
    ...(s.requesterLabel && s.requesterLabel !== s.filedByLabel
      ? [{ key: "requester", term: t.requester, description: s.requesterLabel }]
      : []),
    ...resident(s, t),
    ...(s.firstContactResolution
      ? [{ key: "firstContact", term: t.firstContact, description: t.firstContactResolved }]
      : []),
  ];
  return (
    <Section id="saisine-resume" title={t.contents.summary}>
      <DescriptionList items={items} />
    </Section>
  );
}

/** What the filer described, at the head of the main column. */
export function DescriptionSection({
  saisine: s,
  wording: t,
}: {
  saisine: SaisineDetail;
  wording: SummaryWording;
}) {
  return (
    <Section id="saisine-description" title={t.description}>
      <p className="text-block">{s.description || t.noDescription}</p>
    </Section>
  );
}

export function RoutingSection({
  saisine: s,
  wording: t,
}: {
  saisine: SaisineDetail;
  wording: SummaryWording;
}) {
  const r = s.routing;
  const items: Description[] = [
    { key: "commune", term: t.communeFunction, description: r.communeFunction ?? t.anyone },
    { key: "shared", term: t.sharedFunction, description: r.sharedServiceFunction },
    { key: "assignee", term: t.assignee, description: s.assignee?.label ?? t.notAssigned },
    {
      key: "proximity",
      term: t.proximity,
      description: r.proximityCentre ? (r.proximityCentreName ?? t.proximity) : t.notProximity,
    },
    ...(r.annexVersionLabel
      ? [
          {
            key: "annex",
            term: t.annex,
            description: r.annexEffectiveFrom
              ? t.annexFrom(r.annexVersionLabel, formatCalendarDate(r.annexEffectiveFrom))
              : r.annexVersionLabel,
          },
        ]
      : []),
    ...(t.calendar && r.calendarLabel
      ? [{ key: "calendar", term: t.calendar, description: r.calendarLabel }]
      : []),
  ];
  return (
    <Section id="saisine-acheminement" title={t.contents.routing}>
      <DescriptionList items={items} />
      {r.needsQualification ? <Info>{t.needsQualification(r.qualificationReason)}</Info> : null}
    </Section>
  );
}
