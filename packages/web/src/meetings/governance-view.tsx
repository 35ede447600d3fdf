/**
 * A governance page's body, in both spaces: the year chosen (?annee=), what is late, the calendar
 * of the bodies, the year's meetings, the open actions and the person's calendar subscription.
 */
import { formatCalendarDate, Info, PageContents, Section } from "@mutu/ui";
import type { ReactNode } from "react";
import { CalendarTable } from "./calendar-table.tsx";
import { FeedSection } from "./feed-section.tsx";
import { ActionsTable, MeetingsTable } from "./meetings-table.tsx";
import { meetingsMessages as t } from "./messages.ts";
import type { BodyCalendar, Overview } from "./types.ts";

export function GovernanceView({
  overview: o,
  calendarAction,
  before,
}: {
  overview: Overview;
  calendarAction?: (body: BodyCalendar) => ReactNode;
  /** What the space puts above the calendar (the Métropole's planning form). */
  before?: ReactNode;
}) {
  const late = t.overdue(o.overdueSlots, o.overdueActions);
  return (
    <>
      <PageContents
        items={[
          { id: "gouvernance-calendrier", label: t.contents.calendar },
          { id: "gouvernance-reunions", label: t.contents.meetings },
          { id: "gouvernance-actions", label: t.contents.actions },
          { id: "gouvernance-abonnement", label: t.contents.feed },
        ]}
      />
      {o.contract ? (
        <p>{t.contractSpan(o.contract.title, formatCalendarDate(o.contract.start))}</p>
      ) : o.bodies.length === 0 ? (
        <Info>{t.noContract}</Info>
      ) : null}
      {late ? <p className="field-error">{late}</p> : null}
      {before}
      <Section id="gouvernance-calendrier" title={t.contents.calendar}>
        <CalendarTable year={o.year} bodies={o.bodies} action={calendarAction} />
      </Section>
      <Section id="gouvernance-reunions" title={t.contents.meetings}>
        <MeetingsTable year={o.year} meetings={o.meetings} />
      </Section>
      <Section id="gouvernance-actions" title={t.contents.actions}>
        <ActionsTable caption={t.actions.caption(o.openActions.length)} actions={o.openActions} />
      </Section>
      <FeedSection />
    </>
  );
}
