/**
 * A governance page's body, in both spaces: the year chosen (?annee=), what is late, the calendar
 * of the bodies, the year's meetings, the open actions and the person's calendar subscription.
 */
import {
  formatCalendarDate,
  Info,
  Options,
  PageContents,
  Section,
  SelectField,
  useRoute,
  yearParam,
} from "@mutu/ui";
import { isHandledYear, parisToday, yearOf } from "@mutu/domain";
import type { ReactNode } from "react";
import { CalendarTable } from "./calendar-table.tsx";
import { FeedSection } from "./feed-section.tsx";
import { ActionsTable, MeetingsTable } from "./meetings-table.tsx";
import { meetingsMessages as t } from "./messages.ts";
import type { BodyCalendar, Overview } from "./types.ts";

/** The year in the URL (?annee=), this year by default. */
export function useYear(): [number, (year: number) => void] {
  const route = useRoute();
  const year = yearParam(route.search, yearOf(parisToday()), isHandledYear);
  const setYear = (next: number) => {
    const params = new URLSearchParams(route.search);
    params.set("annee", String(next));
    route.navigate(`${route.path}?${params}`, { keepFocus: true });
  };
  return [year, setYear];
}

export function YearSelect({ year, onChange }: { year: number; onChange(year: number): void }) {
  const thisYear = yearOf(parisToday());
  const years = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);
  return (
    <SelectField
      id="gouvernance-annee"
      label={t.year}
      value={String(year)}
      className="input input-short"
      onChange={(event) => onChange(Number(event.currentTarget.value))}
    >
      <Options options={years.map((y) => ({ value: y, label: y }))} />
    </SelectField>
  );
}

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
