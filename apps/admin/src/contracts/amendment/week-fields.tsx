/** A week of opening intervals typed day by day (support hours, on-call hours). */
import { type FieldErrors, TextField, fieldError } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { WEEKDAYS, type Weekday } from "../types.ts";

const t = contractsMessages.amendment;

/** The error summary's entries of a week: `path` is `annex.supportHours.parsed`, `id` its prefix. */
export function weekFields(path: string, idPrefix: string, label: (day: string) => string) {
  return WEEKDAYS.map((day) => ({
    name: `${path}.${day}`,
    id: `${idPrefix}-${day}`,
    label: label(t.days[day]),
  }));
}

type Props = {
  path: string;
  idPrefix: string;
  label(day: string): string;
  days: Record<Weekday, string>;
  errors: FieldErrors | undefined;
  onChange(days: Record<Weekday, string>): void;
};

export function WeekFields({ path, idPrefix, label, days, errors, onChange }: Props) {
  return (
    <>
      {WEEKDAYS.map((day) => (
        <TextField
          key={day}
          id={`${idPrefix}-${day}`}
          label={label(t.days[day])}
          hint={day === "mon" ? t.dayHint : undefined}
          value={days[day]}
          onChange={(event) => onChange({ ...days, [day]: event.currentTarget.value })}
          error={fieldError(errors, `${path}.${day}`)}
        />
      ))}
    </>
  );
}
