/**
 * Support hours: the contract's wording, and for each day the intervals the SLA clocks use
 * (« 08:30-12:00, 13:00-17:00 »; « fermé »; empty when the contract does not mention the day).
 */
import { TextAreaField, TextField, fieldError } from "@mutu/ui";
import { contractsMessages } from "../messages.ts";
import { type Annex, type VersionDetail, WEEKDAYS, type Weekday } from "../types.ts";
import { DraftPartForm } from "./part-form.tsx";
import { orNull, useDraftSave, useEditable } from "./use-draft.ts";

const t = contractsMessages.amendment;

const fields = [
  { name: "annex.supportHours.asWritten", id: "horaires-texte", label: t.asWritten },
  ...WEEKDAYS.map((day) => ({
    name: `annex.supportHours.parsed.${day}`,
    id: `horaires-${day}`,
    label: t.day(t.days[day]),
  })),
];

type Interval = [string, string];
type State = { asWritten: string; days: Record<Weekday, string> };

function dayText(intervals: Interval[] | null): string {
  if (intervals === null) return "";
  if (intervals.length === 0) return t.closedWord;
  return intervals.map(([from, to]) => `${from}-${to}`).join(", ");
}

const INTERVAL = /^(\d{1,2})[:h](\d{2})\s*[-–à]\s*(\d{1,2})[:h](\d{2})$/;
const clock = (h: string, m: string) => `${h.padStart(2, "0")}:${m}`;

/** « 8h30-12:00, 13:00-17:00 » → intervals; null when the day is not mentioned; undefined when unreadable. */
export function parseDay(text: string): Interval[] | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "") return null;
  if (trimmed === t.closedWord || trimmed === "ferme") return [];
  const intervals: Interval[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = INTERVAL.exec(part.trim());
    if (!match) return undefined;
    const [, h1 = "", m1 = "", h2 = "", m2 = ""] = match;
    intervals.push([clock(h1, m1), clock(h2, m2)]);
  }
  return intervals;
}

function toState(annex: Annex): State {
  const { asWritten, parsed } = annex.supportHours;
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [day, dayText(parsed ? (parsed[day] as Interval[] | null) : null)]),
  ) as Record<Weekday, string>;
  return { asWritten: asWritten ?? "", days };
}

export function HoursForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const draft = useDraftSave(version, fields, t.contents.hours);
  const { error } = draft;

  function submit() {
    const bad: Record<string, string[]> = {};
    const week = Object.fromEntries(
      WEEKDAYS.map((day) => {
        const intervals = parseDay(form.value.days[day]);
        if (intervals === undefined) bad[`annex.supportHours.parsed.${day}`] = [t.badHours];
        return [day, intervals ?? null];
      }),
    ) as Record<Weekday, Interval[] | null>;
    // No day mentioned at all: the contract gives no usable hours.
    const parsed = WEEKDAYS.every((day) => week[day] === null) ? null : week;
    const supportHours = {
      ...annex.supportHours,
      asWritten: orNull(form.value.asWritten),
      parsed,
    };
    draft.save({ annex: { ...annex, supportHours } }, form.saved, (fieldErrors) =>
      Object.assign(fieldErrors, bad),
    );
  }

  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.hours} onSubmit={submit}>
      <TextAreaField
        id="horaires-texte"
        label={t.asWritten}
        className="input input-wide"
        rows={3}
        value={form.value.asWritten}
        onChange={(event) => {
          const asWritten = event.currentTarget.value;
          form.set((v) => ({ ...v, asWritten }));
        }}
        error={fieldError(error?.fieldErrors, "annex.supportHours.asWritten")}
      />
      {WEEKDAYS.map((day) => (
        <TextField
          key={day}
          id={`horaires-${day}`}
          label={t.day(t.days[day])}
          hint={day === "mon" ? t.dayHint : undefined}
          value={form.value.days[day]}
          onChange={(event) => {
            const text = event.currentTarget.value;
            form.set((v) => ({ ...v, days: { ...v.days, [day]: text } }));
          }}
          error={fieldError(error?.fieldErrors, `annex.supportHours.parsed.${day}`)}
        />
      ))}
    </DraftPartForm>
  );
}
