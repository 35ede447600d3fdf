/**
 * What an amendment adds to the support hours: urgencies round the clock, the on-call week,
 * closures of the service (first and last day) and on-call for dated events such as council
 * meetings (19:00–23:00 on each meeting's date). The annex's schema checks the result.
 */
import {
  bindFields,
  Button,
  DayField,
  type FieldErrors,
  fieldLayout,
  labelled,
  RadioGroup,
  TextField,
  useRowsFocus,
} from "@mutu/ui";
import { useMemo } from "react";
import { contractsMessages } from "../messages.ts";
import type { Annex, VersionDetail, Weekday } from "../types.ts";
import { datesText, parseDates, readWeek, weekText } from "./hours-text.ts";
import { DraftPartForm } from "./part-form.tsx";
import { bindPart, useDraftSave, useEditable } from "./use-draft.ts";
import { WeekFields, weekFields } from "./week-fields.tsx";

const t = contractsMessages.amendment;
const HOURS = "annex.supportHours";

type ClosureRow = { label: string; from: string; to: string };
type EventRow = { label: string; start: string; end: string; dates: string };
type State = {
  urgent: "astreinte" | "continu";
  onCall: Record<Weekday, string>;
  closures: ClosureRow[];
  events: EventRow[];
};

function toState(annex: Annex): State {
  const hours = annex.supportHours;
  return {
    urgent: hours.urgentAlwaysOpen ? "continu" : "astreinte",
    onCall: weekText(hours.onCall),
    closures: (hours.closures ?? []).map(({ label, from, to }) => ({ label, from, to })),
    events: (hours.eventOnCall ?? []).map(({ label, start, end, dates }) => ({
      label,
      start,
      end,
      dates: datesText(dates),
    })),
  };
}

/** Row `i` of the closures and of the events: each field's place, numbered with its row. */
const closurePlaces = (i: number) =>
  fieldLayout("fermeture", {
    [`${HOURS}.closures.${i}.label`]: [`${i}-libelle`, t.closureLabel(i + 1)],
    [`${HOURS}.closures.${i}.from`]: [`${i}-debut`, t.closureFrom(i + 1)],
    [`${HOURS}.closures.${i}.to`]: [`${i}-fin`, t.closureTo(i + 1)],
  });
const eventPlaces = (i: number) =>
  fieldLayout("evenement", {
    [`${HOURS}.eventOnCall.${i}.label`]: [`${i}-libelle`, t.eventLabel(i + 1)],
    [`${HOURS}.eventOnCall.${i}.start`]: [`${i}-debut`, t.eventStart(i + 1)],
    [`${HOURS}.eventOnCall.${i}.end`]: [`${i}-fin`, t.eventEnd(i + 1)],
    [`${HOURS}.eventOnCall.${i}.dates`]: [`${i}-dates`, t.eventDates(i + 1)],
  });

function summaryFields(closures: number, events: number) {
  return [
    { name: `${HOURS}.urgentAlwaysOpen`, id: "urgences-0", label: t.urgentLegend },
    ...weekFields(`${HOURS}.onCall`, "astreinte", t.onCallDay),
    ...Array.from({ length: closures }, (_, i) => closurePlaces(i)).flat(),
    ...Array.from({ length: events }, (_, i) => eventPlaces(i)).flat(),
  ];
}

export function OnCallForm({ version }: { version: VersionDetail }) {
  const { annex } = version;
  const form = useEditable(toState(annex));
  const { closures, events } = form.value;
  const fields = useMemo(
    () => summaryFields(closures.length, events.length),
    [closures.length, events.length],
  );
  const draft = useDraftSave(version, fields, t.contents.onCall);
  const errors = draft.error?.fieldErrors;
  const f = bindPart(form, draft, fields);
  /** Row `i` of a list bound to its values, its errors and places under `${HOURS}.<list>.i.` */
  const row = <R extends object>(
    list: string,
    i: number,
    values: R,
    set: (patch: Partial<R>) => void,
  ) => bindFields(values, set, errors, fields, `${HOURS}.${list}.${i}.`);

  function submit() {
    const bad: FieldErrors = {};
    const { week, bad: badDays } = readWeek(form.value.onCall);
    for (const day of badDays) bad[`${HOURS}.onCall.${day}`] = [t.badHours];
    // Rows keep their positions (a blank one is refused, not dropped): errors come back by index.
    const eventOnCall = events.map((row, i) => {
      const dates = parseDates(row.dates);
      if (dates === undefined) bad[`${HOURS}.eventOnCall.${i}.dates`] = [t.badDates];
      return { label: row.label, start: row.start, end: row.end, dates: dates ?? [] };
    });
    const supportHours = {
      ...annex.supportHours,
      onCall: week,
      urgentAlwaysOpen: form.value.urgent === "continu",
      closures,
      eventOnCall,
    };
    draft.save({ annex: { ...annex, supportHours } }, form.saved, (fieldErrors) =>
      Object.assign(fieldErrors, bad),
    );
  }

  const setClosure = (index: number, patch: Partial<ClosureRow>) =>
    form.set((v) => ({
      ...v,
      closures: v.closures.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const setEvent = (index: number, patch: Partial<EventRow>) =>
    form.set((v) => ({
      ...v,
      events: v.events.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));

  const closuresFocus = useRowsFocus();
  const eventsFocus = useRowsFocus();
  return (
    <DraftPartForm draft={draft} fields={fields} part={t.contents.onCall} onSubmit={submit}>
      <RadioGroup
        options={labelled(["astreinte", "continu"] as const, t.urgentOptions)}
        {...f.group("urgent", `${HOURS}.urgentAlwaysOpen`)}
      />
      <fieldset className="fieldset-box">
        <legend>{t.onCallWeek}</legend>
        <WeekFields
          path={`${HOURS}.onCall`}
          idPrefix="astreinte"
          label={t.onCallDay}
          days={form.value.onCall}
          errors={errors}
          onChange={(onCall) => form.set((v) => ({ ...v, onCall }))}
        />
      </fieldset>
      <fieldset className="fieldset-box" ref={closuresFocus.list}>
        <legend>{t.closuresLegend}</legend>
        {closures.length === 0 ? <p className="field-hint">{t.noClosure}</p> : null}
        {closures.map((closure, i) => {
          const c = row("closures", i, closure, (patch) => setClosure(i, patch));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position, as the API's error paths are
            <div key={i} className="rules" data-row>
              <TextField {...c.field("label")} />
              <div className="field-row">
                <DayField {...c.field("from")} />
                <DayField {...c.field("to")} />
              </div>
              <Button
                variant="link"
                onClick={() => {
                  form.set((v) => ({ ...v, closures: v.closures.filter((_, j) => j !== i) }));
                  closuresFocus.removed();
                }}
              >
                {t.removeClosure(i + 1)}
              </Button>
            </div>
          );
        })}
        <Button
          variant="secondary"
          ref={closuresFocus.add}
          onClick={() => {
            form.set((v) => ({ ...v, closures: [...v.closures, { label: "", from: "", to: "" }] }));
            closuresFocus.added();
          }}
        >
          {t.addClosure}
        </Button>
      </fieldset>
      <fieldset className="fieldset-box" ref={eventsFocus.list}>
        <legend>{t.eventsLegend}</legend>
        {events.length === 0 ? <p className="field-hint">{t.noEvent}</p> : null}
        {events.map((event, i) => {
          const e = row("eventOnCall", i, event, (patch) => setEvent(i, patch));
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position, as the API's error paths are
            <div key={i} className="rules" data-row>
              <TextField {...e.field("label")} />
              <div className="field-row">
                <TextField {...e.field("start")} type="time" />
                <TextField {...e.field("end")} type="time" />
              </div>
              <TextField
                {...e.field("dates")}
                hint={t.eventDatesHint}
                className="input input-wide"
              />
              <Button
                variant="link"
                onClick={() => {
                  form.set((v) => ({ ...v, events: v.events.filter((_, j) => j !== i) }));
                  eventsFocus.removed();
                }}
              >
                {t.removeEvent(i + 1)}
              </Button>
            </div>
          );
        })}
        <Button
          variant="secondary"
          ref={eventsFocus.add}
          onClick={() => {
            form.set((v) => ({
              ...v,
              events: [...v.events, { label: "", start: "19:00", end: "23:00", dates: "" }],
            }));
            eventsFocus.added();
          }}
        >
          {t.addEvent}
        </Button>
      </fieldset>
    </DraftPartForm>
  );
}
