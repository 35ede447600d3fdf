/**
 * One indicator of the contract for a period: what the annex says of it (target, periodicity,
 * source, level observed at signature), its status, and what measures it — the delays of the
 * saisines (count, median, 90th percentile, compliance per rule, each count a link to its list) or
 * the measure entered with its evidence, author and dates.
 */
import {
  type Description,
  DescriptionList,
  formatCalendarDate,
  formatDateTime,
  formatFileSize,
  formatMinutes,
  formatNumber,
} from "@mutu/ui";
import type { ReactNode } from "react";
import type { RouterOutputs } from "../trpc.ts";
import { CountLink, formatPercent, shareText } from "../dashboards/figures.tsx";
import type { DrillDown } from "../saisines/drill-down.tsx";
import { delayDrillDown } from "./links.ts";
import { indicatorMessages } from "./messages.ts";
import { IndicatorStatusBadge } from "./status.tsx";

const t = indicatorMessages;

export type IndicatorsRead = RouterOutputs["indicators"]["list"];
export type IndicatorRead = IndicatorsRead["indicators"][number];
export type MeasureRead = IndicatorRead["measures"][number];
export type EntryRead = NonNullable<MeasureRead["entry"]>;

const minutes = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : t.businessTime(formatMinutes(value));

function DelayFigures({
  indicator,
  annexCodes,
  periodKey,
  listHref,
}: {
  indicator: IndicatorRead;
  annexCodes: ReadonlySet<string>;
  periodKey: string;
  listHref: (d: DrillDown) => string;
}) {
  const d = indicator.delay;
  if (!d) return null;
  const href = (outcome?: "met" | "missed") => {
    const drill = delayDrillDown(indicator.code, annexCodes, periodKey, outcome);
    return drill ? listHref(drill) : null;
  };
  const items: Description[] = [
    { key: "count", term: t.count, description: <CountLink count={d.count} to={href()} /> },
    ...(d.statistics
      ? [
          {
            key: "median",
            term: t.median,
            description: d.count ? minutes(d.statistics.median) : "—",
          },
          { key: "p90", term: t.p90, description: d.count ? minutes(d.statistics.p90) : "—" },
        ]
      : []),
    {
      key: "compliance",
      term: t.compliance,
      description:
        d.count === 0 ? (
          "—"
        ) : d.compliance.percent === null ? (
          shareText(d.compliance)
        ) : (
          <>
            {formatPercent(d.compliance.percent)} —{" "}
            <CountLink count={d.compliance.met} to={href("met")} /> {t.met},{" "}
            <CountLink count={d.compliance.total - d.compliance.met} to={href("missed")} />{" "}
            {t.missed}
          </>
        ),
    },
  ];
  return (
    <>
      <DescriptionList items={items} />
      {d.rules.length ? (
        <ul className="rule-list" aria-label={t.rules}>
          {d.rules.map((rule) => (
            <li key={rule.description}>
              {d.count === 0
                ? t.ruleRequired(rule.description, formatPercent(rule.requiredPercent))
                : t.rule(
                    rule.description,
                    shareText(rule),
                    formatPercent(rule.requiredPercent),
                  )}{" "}
              {rule.kept === null ? null : (
                <IndicatorStatusBadge status={rule.kept ? "kept" : "missed"} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function EntryFacts({
  entry,
  onEvidence,
}: {
  entry: EntryRead;
  onEvidence(entry: EntryRead): void;
}) {
  const x = t.entry;
  const evidence =
    entry.evidence.kind === "link" ? (
      <a href={entry.evidence.url} target="_blank" rel="noopener noreferrer">
        {x.link}
      </a>
    ) : (
      <button type="button" className="button button-link" onClick={() => onEvidence(entry)}>
        {x.file(entry.evidence.fileName, formatFileSize(entry.evidence.sizeBytes))}
      </button>
    );
  return (
    <p className="entry-facts">
      {x.by(entry.authorLabel, entry.authorFunctions.join(", "))},{" "}
      {x.measuredOn(formatCalendarDate(entry.measuredOn))},{" "}
      {x.enteredAt(formatDateTime(entry.createdAt))}
      {entry.replaced ? ` — ${x.replaced(entry.replaced)}` : ""}. {x.evidence} : {evidence}
      {entry.note ? (
        <>
          <br />
          {x.note} : {entry.note}
        </>
      ) : null}
    </p>
  );
}

export function IndicatorCard({
  indicator,
  annexCodes,
  periodKey,
  listHref,
  onEvidence,
  entryAction,
}: {
  indicator: IndicatorRead;
  annexCodes: ReadonlySet<string>;
  periodKey: string;
  listHref: (d: DrillDown) => string;
  onEvidence(entry: EntryRead): void;
  /** The Métropole's button to enter a measure for a period. */
  entryAction?: (indicator: IndicatorRead, measure: MeasureRead) => ReactNode;
}) {
  const id = `indicateur-${indicator.code.replace(/\./g, "-")}`;
  const status = indicator.delay?.status ?? indicator.measures[0]?.result.status ?? "not-measured";
  // The badge under the title says the status once: a period repeats it only when the card has
  // several, and a result says « Non mesuré » in no sentence of its own.
  const periodBadges = Boolean(indicator.delay) || indicator.measures.length > 1;
  const about: Description[] = [
    { key: "target", term: t.target, description: indicator.target },
    {
      key: "measure",
      term: t.scope,
      description: indicator.scope
        ? `${t.measures[indicator.measure]} — ${indicator.scope}`
        : t.measures[indicator.measure],
    },
    ...(indicator.periodicity
      ? [{ key: "periodicity", term: t.periodicity, description: indicator.periodicity }]
      : []),
    ...(indicator.source ? [{ key: "source", term: t.source, description: indicator.source }] : []),
    ...(indicator.observedLevel
      ? [{ key: "observed", term: t.observed, description: indicator.observedLevel }]
      : []),
  ];
  return (
    <article className="indicator" aria-labelledby={id}>
      <h3 id={id}>
        {indicator.code} — {indicator.label}
      </h3>
      <p>
        <IndicatorStatusBadge status={status} />
      </p>
      <DescriptionList items={about} />
      <DelayFigures
        indicator={indicator}
        annexCodes={annexCodes}
        periodKey={periodKey}
        listHref={listHref}
      />
      {indicator.measures.map((measure) => (
        <section key={measure.period.key} className="measure" aria-label={measure.period.label}>
          <h4>
            {periodBadges ? (
              <>
                {measure.period.label} : <IndicatorStatusBadge status={measure.result.status} />
              </>
            ) : (
              measure.period.label
            )}
          </h4>
          {measure.result.status === "not-measured" ? null : <p>{measure.result.headline}</p>}
          {measure.result.figures.length > 1 ? (
            <DescriptionList
              items={measure.result.figures.map((f) => ({
                key: f.label,
                term: f.label,
                description: f.value,
              }))}
            />
          ) : null}
          {measure.entry ? <EntryFacts entry={measure.entry} onEvidence={onEvidence} /> : null}
          {measure.period.ended ? (
            entryAction?.(indicator, measure)
          ) : (
            <p className="muted">{t.periodNotEnded}</p>
          )}
        </section>
      ))}
    </article>
  );
}

/** The figures beside the indicators: first-contact resolution and the volume against last year. */
export function ContextFigures({
  read,
  listHref,
}: {
  read: Pick<IndicatorsRead, "firstContact" | "volumes" | "period">;
  listHref: (d: DrillDown) => string;
}) {
  const period = { on: "filed" as const, key: read.period.key };
  return (
    <DescriptionList
      items={[
        {
          key: "fcr",
          term: t.firstContact,
          description:
            read.firstContact.percent === null ? (
              shareText(read.firstContact)
            ) : (
              <>
                {formatPercent(read.firstContact.percent)} —{" "}
                <CountLink
                  count={read.firstContact.met}
                  to={listHref({ status: "toutes", period, type: "incident", firstContact: true })}
                />{" "}
                /{" "}
                <CountLink
                  count={read.firstContact.total}
                  to={listHref({
                    status: "toutes",
                    period,
                    type: "incident",
                    channels: ["telephone", "courrier", "courriel", "accueil"],
                  })}
                />
              </>
            ),
        },
        {
          key: "volumes",
          term: t.volumes,
          description: (
            <>
              <CountLink count={read.volumes.current} to={listHref({ status: "toutes", period })} />{" "}
              ({t.volumesPrevious(formatNumber(read.volumes.previous))}
              {read.volumes.changePercent === null
                ? ""
                : `, ${read.volumes.changePercent > 0 ? "+" : ""}${formatPercent(read.volumes.changePercent)}`}
              )
            </>
          ),
        },
      ]}
    />
  );
}
