/** « En bref » and « Qui la traite »: what the saisine is, who filed it, and its routing by the contract. */
import {
  SAISINE_CHANNEL_LABELS,
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
} from "@mutu/domain";
import {
  type Description,
  DescriptionList,
  Info,
  Section,
  formatCalendarDate,
  formatDateTime,
} from "@mutu/ui";
import { DueBadge, StatusBadge, subDomainLabel } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = messages.saisines.detail;

function resident(s: SaisineDetail): Description[] {
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

export function SummarySection({ saisine: s }: { saisine: SaisineDetail }) {
  const items: Description[] = [
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
    {
      key: "filed",
      term: t.filed,
      description: t.filedOn(
        formatDateTime(s.createdAt),
        s.filedByLabel,
        SAISINE_CHANNEL_LABELS[s.channel].toLowerCase(),
      ),
    },
    ...(s.requesterLabel && s.requesterLabel !== s.filedByLabel
      ? [{ key: "requester", term: t.requester, description: s.requesterLabel }]
      : []),
    ...resident(s),
  ];
  return (
    <Section id="saisine-resume" title={t.contents.summary}>
      <DescriptionList items={items} />
      <h3>{t.description}</h3>
      <p className="text-block">{s.description || t.noDescription}</p>
    </Section>
  );
}

export function RoutingSection({ saisine: s }: { saisine: SaisineDetail }) {
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
  ];
  return (
    <Section id="saisine-acheminement" title={t.contents.routing}>
      <DescriptionList items={items} />
      {r.needsQualification ? <Info>{t.needsQualification(r.qualificationReason)}</Info> : null}
    </Section>
  );
}
