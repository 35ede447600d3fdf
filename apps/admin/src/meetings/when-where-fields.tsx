/**
 * When and where a meeting takes place — day, Paris times, place or video link: the fields the
 * plan form and the reschedule form share, with their layout (ids prefixed per form).
 */
import { type BoundField, DayField, fieldLayout, TextField } from "@mutu/ui";
import { meetingsAdminMessages } from "./messages.ts";

const t = meetingsAdminMessages.plan;

export const whenWhereLayout = (prefix: string) =>
  fieldLayout(prefix, {
    date: ["date", t.date],
    startTime: ["debut", t.startTime],
    endTime: ["fin", t.endTime],
    place: ["lieu", t.place],
    videoUrl: ["visio", t.videoUrl],
  });

type WhenWhere = "date" | "startTime" | "endTime" | "place" | "videoUrl";

export function WhenWhereFields({
  field,
  dateError = [],
}: {
  field(name: WhenWhere): BoundField;
  /** More refusals on the date's line (a body the contract does not set up). */
  dateError?: string[];
}) {
  const date = field("date");
  return (
    <>
      <DayField {...date} error={[...date.error, ...dateError]} required />
      <TextField
        {...field("startTime")}
        hint={t.timeHint}
        type="time"
        required
        className="input input-short"
      />
      <TextField {...field("endTime")} type="time" required className="input input-short" />
      <TextField {...field("place")} hint={t.placeHint} />
      <TextField {...field("videoUrl")} type="url" />
    </>
  );
}
