/** A calendar day ('2018-07-01') in a `<time>` element: « 1er juillet 2018 » on screen. */
import { formatCalendarDate } from "./format.ts";
import { Missing } from "./missing.tsx";

type CalendarDateProps = {
  value: string | null | undefined;
  /** Read by screen readers when the date is missing (« non renseigné » by default). */
  missing?: string;
};

export function CalendarDate({ value, missing }: CalendarDateProps) {
  if (!value) return <Missing label={missing} />;
  return <time dateTime={value}>{formatCalendarDate(value)}</time>;
}
