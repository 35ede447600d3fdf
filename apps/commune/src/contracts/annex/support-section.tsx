/**
 * Support hours: as the contract writes them, then day by day as the SLA clocks read them (a day
 * the contract does not mention is said so, not shown as closed), and what amendments add:
 * urgencies round the clock, closures, on-call for dated events.
 */
import { describeClosure, describeEventOnCall } from "@mutu/domain";
import { type Column, DataTable, Info, Section } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { type Annex, WEEKDAYS } from "../types.ts";

const t = contractsMessages.support;

type Week = NonNullable<Annex["supportHours"]["parsed"]>;
type Day = (typeof WEEKDAYS)[number];

export function dayHours(intervals: Week[Day]): string {
  if (intervals === null) return t.notMentioned;
  if (intervals.length === 0) return t.closed;
  return intervals.map(([from, to]) => t.interval(from, to)).join(", ");
}

function WeekTable({ week, caption }: { week: Week; caption: string }) {
  const columns: Column<Day>[] = [
    { key: "day", header: t.day, rowHeader: true, cell: (day) => t.days[day] },
    { key: "hours", header: t.hours, cell: (day) => dayHours(week[day]) },
  ];
  return <DataTable caption={caption} columns={columns} rows={WEEKDAYS} rowKey={(day) => day} />;
}

function DatedList({ title, lead, items }: { title: string; lead: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <p>{lead}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

export function SupportSection({ id, annex }: { id: string; annex: Annex }) {
  const { asWritten, parsed, onCall, urgentAlwaysOpen, closures, eventOnCall } = annex.supportHours;
  return (
    <Section id={id} title={contractsMessages.contents.support}>
      {asWritten ? (
        <>
          <p className="field-label">{t.asWritten}</p>
          <blockquote className="quote">
            <p>{asWritten}</p>
          </blockquote>
        </>
      ) : null}
      {parsed ? <WeekTable week={parsed} caption={t.caption} /> : <Info>{t.unusable}</Info>}
      {onCall ? <WeekTable week={onCall} caption={t.onCallCaption} /> : null}
      {urgentAlwaysOpen ? <Info>{t.urgentAlwaysOpen}</Info> : null}
      <DatedList
        title={t.closures}
        lead={t.closuresLead}
        items={(closures ?? []).map(describeClosure)}
      />
      <DatedList
        title={t.events}
        lead={t.eventsLead}
        items={(eventOnCall ?? []).map(describeEventOnCall)}
      />
    </Section>
  );
}
