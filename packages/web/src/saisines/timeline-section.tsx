/**
 * A saisine's « Historique »: its events in order — who did what and when, with the notes and what
 * a qualification changed. The Métropole's view also lists the internal events, marked « Interne »
 * in words (and a dashed rule) so nobody mistakes a working note for what the commune reads, and
 * says from which side each actor acted. (The server never sends a commune the internal events.)
 */
import { DateTime, Loaded, Section } from "@mutu/ui";
import { type EventTitles, eventTitle, kindLabel, type SaisineKind } from "./labels.tsx";
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

type Routing = Partial<
  SaisineKind & {
    subDomain: string;
    communeFunction: string | null;
    sharedServiceFunction: string;
  }
>;

/** « Nature : Ordinaire → Urgence », for what a qualification changed (routing included). */
function qualifiedChanges(event: TimelineEvent, f: TimelineWording): string[] {
  const before = (event.payload?.before ?? {}) as Routing;
  const after = (event.payload?.after ?? {}) as Routing;
  const lines: string[] = [];
  const add = (label: string, from: string | undefined, to: string | undefined) => {
    if (from !== undefined && to !== undefined && from !== to)
      lines.push(m.changed(label, from, to));
  };
  const kind = (part: keyof SaisineKind) => {
    const [from, to] = [before[part], after[part]];
    add(f[part], from && kindLabel(part, from), to && kindLabel(part, to));
  };
  kind("type");
  add(f.subDomain, before.subDomain, after.subDomain);
  kind("nature");
  kind("criticality");
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
