/**
 * A saisine's « Historique »: its events in order — who did what and when, with the notes and what
 * a qualification changed. The Métropole's view also lists the internal events, marked « Interne »
 * in words (and a dashed rule) so nobody mistakes a working note for what the commune reads, and
 * says from which side each actor acted. (The server never sends a commune the internal events.)
 */
import {
  SAISINE_CRITICALITY_LABELS,
  SAISINE_NATURE_LABELS,
  SAISINE_TYPE_LABELS,
  type SaisineCriticality,
  type SaisineNature,
  type SaisineType,
} from "@mutu/domain";
import { DateTime, Loaded, Section } from "@mutu/ui";
import { type EventTitles, eventTitle } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";
import type { TimelineEvent } from "./types.ts";

const m = saisineMessages.timeline;

/** Each space's `messages.saisines.detail` fits as is; `timeline.internal` marks the Métropole's view. */
export type TimelineWording = {
  contents: { timeline: string };
  timeline: {
    lead: string;
    /** The Métropole's view: internal events marked, each actor's side given. */
    internal?: string;
    side?: Record<"commune" | "operator" | "system", string>;
  };
} & Record<
  "type" | "subDomain" | "nature" | "criticality" | "communeFunction" | "sharedFunction",
  string
>;

type Routing = Partial<{
  type: SaisineType;
  subDomain: string;
  nature: SaisineNature;
  criticality: SaisineCriticality;
  communeFunction: string | null;
  sharedServiceFunction: string;
}>;

/** « Nature : Ordinaire → Urgence », for what a qualification changed (routing included). */
function qualifiedChanges(event: TimelineEvent, f: TimelineWording): string[] {
  const before = (event.payload?.before ?? {}) as Routing;
  const after = (event.payload?.after ?? {}) as Routing;
  const lines: string[] = [];
  const add = (label: string, from: string | undefined, to: string | undefined) => {
    if (from !== undefined && to !== undefined && from !== to)
      lines.push(m.changed(label, from, to));
  };
  const label = <K extends string>(labels: Record<K, string>, value: K | undefined) =>
    value === undefined ? undefined : labels[value];
  add(f.type, label(SAISINE_TYPE_LABELS, before.type), label(SAISINE_TYPE_LABELS, after.type));
  add(f.subDomain, before.subDomain, after.subDomain);
  add(
    f.nature,
    label(SAISINE_NATURE_LABELS, before.nature),
    label(SAISINE_NATURE_LABELS, after.nature),
  );
  add(
    f.criticality,
    label(SAISINE_CRITICALITY_LABELS, before.criticality),
    label(SAISINE_CRITICALITY_LABELS, after.criticality),
  );
  add(f.communeFunction, before.communeFunction ?? undefined, after.communeFunction ?? undefined);
  add(f.sharedFunction, before.sharedServiceFunction, after.sharedServiceFunction);
  return lines;
}

function Event({
  event,
  wording,
  titles,
}: {
  event: TimelineEvent;
  wording: TimelineWording;
  titles: EventTitles;
}) {
  const { internal: internalLabel, side: sides } = wording.timeline;
  const internal = internalLabel !== undefined && event.visibility === "interne";
  const side = event.actorSide;
  const changes = event.kind === "qualified" ? qualifiedChanges(event, wording) : [];
  return (
    <li className={internal ? "timeline-item timeline-internal" : "timeline-item"}>
      <p className="timeline-title">
        {internal ? (
          <>
            <span className="badge badge-warning">{internalLabel}</span>{" "}
          </>
        ) : null}
        {eventTitle(event, titles)}
      </p>
      <p className="timeline-meta">
        <DateTime value={event.at} /> — {event.actorLabel}
        {sides
          ? ` (${side === "commune" || side === "operator" || side === "system" ? sides[side] : side})`
          : null}
      </p>
      {changes.length ? (
        <ul>
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {event.body ? <p className="text-block">{event.body}</p> : null}
    </li>
  );
}

export function TimelineSection({
  query,
  wording,
  titles,
}: {
  query: { data: { events: TimelineEvent[] } | undefined; error: unknown };
  wording: TimelineWording;
  /** Each event's title (`messages.saisines.events`). */
  titles: EventTitles;
}) {
  return (
    <Section id="saisine-historique" title={wording.contents.timeline} lead={wording.timeline.lead}>
      <Loaded query={query}>
        {({ events }) =>
          events.length ? (
            <ol className="timeline">
              {events.map((event) => (
                <Event key={event.id} event={event} wording={wording} titles={titles} />
              ))}
            </ol>
          ) : (
            <p className="muted">{m.empty}</p>
          )
        }
      </Loaded>
    </Section>
  );
}
