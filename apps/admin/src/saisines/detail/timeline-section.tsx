/**
 * « Historique complet »: every event, the internal ones included and marked « Interne » in words
 * (and a dashed rule), so nobody mistakes a working note for what the commune reads.
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
import { eventTitle } from "@mutu/web/saisines";
import { messages } from "../../messages.ts";
import type { TimelineEvent } from "../types.ts";

const t = messages.saisines.detail.timeline;
const d = messages.saisines.detail;

type Routing = Partial<{
  type: SaisineType;
  subDomain: string;
  nature: SaisineNature;
  criticality: SaisineCriticality;
  communeFunction: string | null;
  sharedServiceFunction: string;
}>;

/** « Nature : Ordinaire → Urgence », for what a qualification changed (routing included). */
function qualifiedChanges(event: TimelineEvent): string[] {
  const before = (event.payload?.before ?? {}) as Routing;
  const after = (event.payload?.after ?? {}) as Routing;
  const lines: string[] = [];
  const add = (label: string, from: string | undefined, to: string | undefined) => {
    if (from !== undefined && to !== undefined && from !== to)
      lines.push(t.changed(label, from, to));
  };
  const label = <K extends string>(labels: Record<K, string>, value: K | undefined) =>
    value === undefined ? undefined : labels[value];
  add(d.type, label(SAISINE_TYPE_LABELS, before.type), label(SAISINE_TYPE_LABELS, after.type));
  add(d.subDomain, before.subDomain, after.subDomain);
  add(
    d.nature,
    label(SAISINE_NATURE_LABELS, before.nature),
    label(SAISINE_NATURE_LABELS, after.nature),
  );
  add(
    d.criticality,
    label(SAISINE_CRITICALITY_LABELS, before.criticality),
    label(SAISINE_CRITICALITY_LABELS, after.criticality),
  );
  add(d.communeFunction, before.communeFunction ?? undefined, after.communeFunction ?? undefined);
  add(d.sharedFunction, before.sharedServiceFunction, after.sharedServiceFunction);
  return lines;
}

const sideLabel = (side: string) =>
  side === "commune" || side === "operator" || side === "system" ? t.side[side] : side;

function Event({ event }: { event: TimelineEvent }) {
  const internal = event.visibility === "interne";
  const changes = event.kind === "qualified" ? qualifiedChanges(event) : [];
  return (
    <li className={internal ? "timeline-item timeline-internal" : "timeline-item"}>
      <p className="timeline-title">
        {internal ? (
          <>
            <span className="badge badge-warning">{t.internal}</span>{" "}
          </>
        ) : null}
        {eventTitle(event, messages.saisines.events)}
      </p>
      <p className="timeline-meta">
        <DateTime value={event.at} /> — {event.actorLabel} ({sideLabel(event.actorSide)})
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
}: {
  query: { data: { events: TimelineEvent[] } | undefined; error: unknown };
}) {
  return (
    <Section id="saisine-historique" title={d.contents.timeline} lead={t.lead}>
      <Loaded query={query}>
        {({ events }) =>
          events.length ? (
            <ol className="timeline">
              {events.map((event) => (
                <Event key={event.id} event={event} />
              ))}
            </ol>
          ) : (
            <p className="muted">{t.empty}</p>
          )
        }
      </Loaded>
    </Section>
  );
}
