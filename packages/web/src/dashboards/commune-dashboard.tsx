/**
 * A commune's dashboard, as its home shows it and as the Métropole opens it for one of its members:
 * the saisines in progress (waiting for the commune, near and past their deadline), the contract's
 * indicators against their targets for the period, and the period's charts. Every count opens the
 * list it counts, through `listHref` (the commune's list, or the Métropole's queue).
 */
import type { Period } from "@mutu/domain";
import { Link, Section } from "@mutu/ui";
import { ContextFigures } from "../indicators/indicator-card.tsx";
import { delayDrillDown } from "../indicators/links.ts";
import { indicatorMessages } from "../indicators/messages.ts";
import { IndicatorStatusBadge } from "../indicators/status.tsx";
import type { DrillDown } from "../saisines/drill-down.tsx";
import type { RouterOutputs } from "../trpc.ts";
import { CountLink, shareText, Tile, type TileLabel } from "./figures.tsx";
import { PeriodCharts } from "./period-charts.tsx";

export type CommuneDashboardData = RouterOutputs["dashboards"]["commune"];

export type CommuneDashboardWording = {
  backlogTitle: string;
  backlogLead: string;
  ownOnly: string;
  open: TileLabel;
  waitingForCommune: TileLabel;
  dueSoon: TileLabel;
  breached: TileLabel;
  indicatorsTitle(period: string): string;
  indicatorsLead: string;
  allIndicators: string;
  chartsTitle(period: string): string;
};

export function BacklogTiles({
  backlog,
  listHref,
  wording: t,
}: {
  backlog: CommuneDashboardData["backlog"];
  listHref: (d: DrillDown) => string;
  wording: Pick<CommuneDashboardWording, "open" | "waitingForCommune" | "dueSoon" | "breached">;
}) {
  return (
    <ul className="tiles">
      <Tile label={t.open} count={backlog.open} to={listHref({})} />
      <Tile
        label={t.waitingForCommune}
        count={backlog.waitingForCommune}
        to={listHref({ status: "en-attente-commune" })}
        tone="warning"
      />
      <Tile
        label={t.dueSoon}
        count={backlog.dueSoon}
        to={listHref({ due: "soon" })}
        tone="warning"
      />
      <Tile
        label={t.breached}
        count={backlog.breached}
        to={listHref({ due: "breached" })}
        tone="danger"
      />
    </ul>
  );
}

function IndicatorTiles({
  indicators,
  period,
  listHref,
  indicatorsHref,
  wording: t,
}: {
  indicators: NonNullable<CommuneDashboardData["indicators"]>;
  period: CommuneDashboardData["period"];
  listHref: (d: DrillDown) => string;
  indicatorsHref: string;
  wording: CommuneDashboardWording;
}) {
  const codes = new Set(indicators.indicators.map((i) => i.code));
  const computed = indicators.indicators.filter((i) => i.delay);
  const others = indicators.indicators.filter((i) => !i.delay);
  return (
    <Section
      id="tableau-engagements"
      title={t.indicatorsTitle(period.label)}
      lead={t.indicatorsLead}
    >
      <ul className="cards indicator-tiles">
        {computed.map((i) => {
          const d = i.delay;
          if (!d) return null;
          const drill = delayDrillDown(i.code, codes, period.key);
          return (
            <li key={i.code} className="card">
              <h3>
                {i.code} — {i.label}
              </h3>
              <p>
                <IndicatorStatusBadge status={d.status} />
              </p>
              {/* Nothing measured: the badge says so, the figure would say it again. */}
              {d.status === "not-measured" ? null : (
                <p className="tile-figure">{shareText(d.compliance)}</p>
              )}
              <p>
                {indicatorMessages.target} : {i.target}
              </p>
              <p>
                {indicatorMessages.count} :{" "}
                <CountLink count={d.count} to={drill ? listHref(drill) : null} />
              </p>
            </li>
          );
        })}
      </ul>
      <ContextFigures read={{ ...indicators, period }} listHref={listHref} />
      <ul className="indicator-list">
        {others.map((i) => {
          const measure = i.measures[i.measures.length - 1];
          return (
            <li key={i.code}>
              <IndicatorStatusBadge status={measure?.result.status ?? "not-measured"} />{" "}
              <strong>{i.code}</strong> {i.label}
              {measure && measure.result.status !== "not-measured"
                ? ` — ${measure.result.headline}`
                : ""}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={indicatorsHref}>{t.allIndicators}</Link>
      </p>
    </Section>
  );
}

export function CommuneDashboard({
  data,
  period,
  listHref,
  indicatorsHref,
  wording: t,
}: {
  data: CommuneDashboardData;
  period: Period;
  listHref: (d: DrillDown) => string;
  /** The full indicators page of this commune and period (a path of the app). */
  indicatorsHref: string;
  wording: CommuneDashboardWording;
}) {
  return (
    <>
      <Section
        id="tableau-en-cours"
        title={t.backlogTitle}
        lead={data.ownOnly ? t.ownOnly : t.backlogLead}
      >
        <BacklogTiles backlog={data.backlog} listHref={listHref} wording={t} />
      </Section>
      {data.indicators ? (
        <IndicatorTiles
          indicators={data.indicators}
          period={data.period}
          listHref={listHref}
          indicatorsHref={indicatorsHref}
          wording={t}
        />
      ) : null}
      <PeriodCharts data={data} period={period} listHref={listHref} wording={t} />
    </>
  );
}
