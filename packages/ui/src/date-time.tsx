/** An instant in a `<time>` element: machine-readable ISO, human-readable Paris time. */
import { formatDate, formatDateTime, formatDateTimeCompact } from "./format.ts";
import { Missing } from "./missing.tsx";

type DateTimeProps = {
  value: string | null | undefined;
  /** `long`: « 3 mars 2026 à 14:05 »; `compact`: « 03/03/2026 14:05 » (tables); `date`: « 3 mars 2026 ». */
  format?: "long" | "compact" | "date";
};

const formats = { long: formatDateTime, compact: formatDateTimeCompact, date: formatDate };

export function DateTime({ value, format = "long" }: DateTimeProps) {
  if (!value) return <Missing />;
  return <time dateTime={value}>{formats[format](value)}</time>;
}
