/**
 * « Délais et horloges », in the side panel: the contract's clock (handling and resolution:
 * target, time counted, due date, state), its running and paused periods with the calendar each
 * was measured on (by its name), then every assignment's internal clock (OLA) — stopped once the
 * saisine is resolved — so the team that lost the time is the one that shows it. The figures are
 * the API's; this only lays them out.
 */
import { DateTime, Info, Missing, Section, formatMinutes } from "@mutu/ui";
import type { ClockFigure, SaisineDetail } from "../types.ts";
import { DelayWithoutTarget } from "@mutu/web/saisines";
import { detailMessages } from "./messages.ts";

const t = detailMessages.clocks;
const s_ = t.states;

type Period = SaisineDetail["clocks"]["periods"][number];
type Assignment = SaisineDetail["assignments"][number];

const minutes = (value: number | null) =>
  value === null ? <Missing label={t.noTarget} /> : t.minutes(formatMinutes(value));

/** « du 03/06/2026 14:05 au 04/06/2026 09:00 », or « … à maintenant ». */
function FromTo({ from, to }: { from: string; to: string | null }) {
  return (
    <>
      {t.from} <DateTime value={from} format="compact" />{" "}
      {to ? (
        <>
          {t.to} <DateTime value={to} format="compact" />
        </>
      ) : (
        t.untilNow
      )}
    </>
  );
}

function State({ figure, doneAt }: { figure: ClockFigure; doneAt: string | null }) {
  if (figure.breached) return <span className="badge badge-danger">{s_.breached}</span>;
  if (doneAt) return <span className="badge badge-ok">{s_.done}</span>;
  if (!figure.dueAt) return <span className="badge badge-off">{s_.paused}</span>;
  if (figure.warning) return <span className="badge badge-warning">{s_.warning}</span>;
  return <span className="badge badge-ok">{s_.running}</span>;
}

/** The contract's two delays, in the order they fall. */
const DELAYS = ["handling", "resolution"] as const;

function Milestone({ delay, saisine }: { delay: (typeof DELAYS)[number]; saisine: SaisineDetail }) {
  const label = t[delay];
  const figure = saisine.clocks[delay];
  const doneAt = delay === "handling" ? saisine.handledAt : saisine.resolvedAt;
  return (
    <li className="clock">
      <p className="clock-head">
        <strong>{label}</strong> {figure ? <State figure={figure} doneAt={doneAt} /> : null}
      </p>
      {figure ? (
        <dl className="clock-figures">
          <dt>{t.target}</dt>
          <dd>{minutes(figure.targetMinutes)}</dd>
          <dt>{t.elapsed}</dt>
          <dd>
            {t.elapsedOf(formatMinutes(figure.elapsedMinutes), Math.round(figure.ratio * 100))}
          </dd>
          <dt>{t.dueAt}</dt>
          <dd>
            <DateTime value={figure.dueAt} />
          </dd>
        </dl>
      ) : (
        <p className="muted">
          <DelayWithoutTarget saisine={saisine} delay={delay} />
        </p>
      )}
    </li>
  );
}

function olaState(a: Assignment) {
  if (a.breached) return <span className="badge badge-danger">{s_.breached}</span>;
  if (!a.running)
    return <span className="badge badge-off">{a.endedAt ? s_.ended : s_.stopped}</span>;
  if (a.targetMinutes && a.elapsedMinutes >= a.targetMinutes * 0.75)
    return <span className="badge badge-warning">{s_.warning}</span>;
  return <span className="badge badge-ok">{s_.running}</span>;
}

function Holding({ a }: { a: Assignment }) {
  return (
    <li className="clock">
      <p className="clock-head">
        <strong>{a.assigneeLabel}</strong>{" "}
        {a.current ? <span className="badge badge-info">{t.current}</span> : null} {olaState(a)}
      </p>
      <p className="clock-line">
        <FromTo from={a.assignedAt} to={a.stoppedAt} />
        {" · "}
        {t.by(a.assignedByLabel)}
      </p>
      <p className="clock-line">
        {t.held}{" "}
        {a.targetMinutes
          ? t.elapsedOf(
              formatMinutes(a.elapsedMinutes),
              Math.round((a.elapsedMinutes / a.targetMinutes) * 100),
            )
          : formatMinutes(a.elapsedMinutes)}
        {" · "}
        {t.olaTarget} {minutes(a.targetMinutes)}
        {a.dueAt && a.running ? (
          <>
            {" · "}
            {t.dueAt} <DateTime value={a.dueAt} />
          </>
        ) : null}
      </p>
    </li>
  );
}

function PeriodItem({ p }: { p: Period }) {
  return (
    <li className="clock-period">
      <strong>{p.state === "running" ? t.running : t.paused}</strong>{" "}
      <FromTo from={p.from} to={p.to} />
      <span className="cell-label">{p.calendarLabel ?? t.unknownCalendar}</span>
    </li>
  );
}

export function ClocksSection({ saisine: s }: { saisine: SaisineDetail }) {
  return (
    <Section id="saisine-horloges" title={detailMessages.contents.clocks}>
      {s.clocks.calendarUsable ? (
        <>
          <h3 className="side-heading">{t.contractCaption}</h3>
          <ul className="plain-list clocks">
            {DELAYS.map((delay) => (
              <Milestone key={delay} delay={delay} saisine={s} />
            ))}
          </ul>
        </>
      ) : (
        <Info>{t.calendarUnusable}</Info>
      )}
      <details className="side-details">
        <summary>{t.periodsCaption(s.clocks.periods.length)}</summary>
        {s.clocks.periods.length ? (
          <ul className="plain-list clock-periods">
            {s.clocks.periods.map((p) => (
              <PeriodItem key={`${p.state}-${p.from}`} p={p} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t.noPeriods}</p>
        )}
      </details>
      <h3 className="side-heading">{t.olaCaption}</h3>
      {s.assignments.length ? (
        <ul className="plain-list clocks">
          {s.assignments.map((a) => (
            <Holding key={a.id} a={a} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noAssignments}</p>
      )}
    </Section>
  );
}
