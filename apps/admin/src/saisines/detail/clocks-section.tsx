/**
 * « Délais et horloges »: the contract's clock (handling and resolution: target, elapsed, due
 * date, state) with its running and paused periods and the calendar each was measured on; then
 * every assignment's internal clock (OLA), so the team that lost the time is the one that shows it.
 */
import { type Column, DataTable, DateTime, Info, Missing, Section, formatMinutes } from "@mutu/ui";
import { detailMessages } from "./messages.ts";
import type { ClockFigure, SaisineDetail } from "../types.ts";
import { DelayWithoutTarget } from "@mutu/web/saisines";

const t = detailMessages.clocks;

type Milestone = {
  key: "handling" | "resolution";
  label: string;
  figure: ClockFigure | null;
  doneAt: string | null;
  saisine: SaisineDetail;
};
type Period = SaisineDetail["clocks"]["periods"][number];
type Assignment = SaisineDetail["assignments"][number];

const minutes = (value: number | null) =>
  value === null ? <Missing label={t.noTarget} /> : t.minutes(formatMinutes(value));

function State({ figure, doneAt }: { figure: ClockFigure; doneAt: string | null }) {
  const s = t.states;
  if (figure.breached) return <span className="badge badge-danger">{s.breached}</span>;
  if (doneAt) return <span className="badge badge-ok">{s.done}</span>;
  if (!figure.dueAt) return <span className="badge badge-off">{s.paused}</span>;
  if (figure.warning) return <span className="badge badge-warning">{s.warning}</span>;
  return <span className="badge badge-ok">{s.running}</span>;
}

const milestoneColumns: Column<Milestone>[] = [
  { key: "milestone", header: t.milestone, rowHeader: true, cell: (m) => m.label },
  {
    key: "target",
    header: t.target,
    cell: (m) =>
      m.figure ? (
        minutes(m.figure.targetMinutes)
      ) : (
        <DelayWithoutTarget saisine={m.saisine} delay={m.key} />
      ),
  },
  {
    key: "elapsed",
    header: t.elapsed,
    cell: (m) =>
      m.figure
        ? t.elapsedOf(formatMinutes(m.figure.elapsedMinutes), Math.round(m.figure.ratio * 100))
        : null,
  },
  {
    key: "due",
    header: t.dueAt,
    cell: (m) => (m.figure ? <DateTime value={m.figure.dueAt} format="compact" /> : null),
  },
  {
    key: "state",
    header: t.state,
    cell: (m) => (m.figure ? <State figure={m.figure} doneAt={m.doneAt} /> : null),
  },
];

const periodColumns: Column<Period>[] = [
  {
    key: "state",
    header: t.period,
    rowHeader: true,
    cell: (p) => (p.state === "running" ? t.running : t.paused),
  },
  { key: "from", header: t.from, cell: (p) => <DateTime value={p.from} format="compact" /> },
  {
    key: "to",
    header: t.to,
    cell: (p) => (p.to ? <DateTime value={p.to} format="compact" /> : t.ongoing),
  },
  { key: "calendar", header: t.calendarVersion, cell: (p) => p.calendarLabel ?? t.unknownCalendar },
];

function olaState(a: Assignment) {
  const s = t.states;
  if (a.breached) return <span className="badge badge-danger">{s.breached}</span>;
  if (a.targetMinutes && a.elapsedMinutes >= a.targetMinutes * 0.75 && !a.endedAt)
    return <span className="badge badge-warning">{s.warning}</span>;
  return a.targetMinutes ? <span className="badge badge-ok">{s.running}</span> : null;
}

const assignmentColumns: Column<Assignment>[] = [
  {
    key: "holder",
    header: t.holder,
    rowHeader: true,
    cell: (a) => (
      <span className="cell-stack">
        <span>{a.assigneeLabel}</span>
        {a.current ? <span className="badge badge-info">{t.current}</span> : null}
      </span>
    ),
  },
  { key: "from", header: t.from, cell: (a) => <DateTime value={a.assignedAt} format="compact" /> },
  {
    key: "to",
    header: t.to,
    cell: (a) => (a.endedAt ? <DateTime value={a.endedAt} format="compact" /> : t.ongoing),
  },
  { key: "by", header: t.assignedBy, cell: (a) => a.assignedByLabel },
  {
    key: "held",
    header: t.held,
    cell: (a) =>
      a.targetMinutes
        ? t.elapsedOf(
            formatMinutes(a.elapsedMinutes),
            Math.round((a.elapsedMinutes / a.targetMinutes) * 100),
          )
        : formatMinutes(a.elapsedMinutes),
  },
  { key: "target", header: t.olaTarget, cell: (a) => minutes(a.targetMinutes) },
  { key: "due", header: t.dueAt, cell: (a) => <DateTime value={a.dueAt} format="compact" /> },
  { key: "state", header: t.state, cell: olaState },
];

export function ClocksSection({ saisine: s }: { saisine: SaisineDetail }) {
  const milestones: Milestone[] = [
    {
      key: "handling",
      label: t.handling,
      figure: s.clocks.handling,
      doneAt: s.handledAt,
      saisine: s,
    },
    {
      key: "resolution",
      label: t.resolution,
      figure: s.clocks.resolution,
      doneAt: s.resolvedAt,
      saisine: s,
    },
  ];
  return (
    <Section id="saisine-horloges" title={detailMessages.contents.clocks} lead={t.lead}>
      {s.clocks.calendarUsable ? (
        <DataTable
          caption={t.contractCaption}
          columns={milestoneColumns}
          rows={milestones}
          rowKey={(m) => m.key}
        />
      ) : (
        <Info>{t.calendarUnusable}</Info>
      )}
      <DataTable
        caption={t.periodsCaption}
        columns={periodColumns}
        rows={s.clocks.periods}
        rowKey={(p) => `${p.state}-${p.from}`}
        empty={t.noPeriods}
      />
      <DataTable
        caption={t.olaCaption}
        columns={assignmentColumns}
        rows={s.assignments}
        rowKey={(a) => a.id}
        empty={t.noAssignments}
      />
    </Section>
  );
}
