/**
 * When a meeting is planned or moved to: a day and times in Paris, refused in French (on the
 * field at fault) when the start is past or does not exist that day, or the end is not after it.
 */
import { parisDateTime, planningRefusal } from "@mutu/domain";
import { AppError } from "../../errors.ts";

/** A refusal of the meeting's form, on one field. */
export const refuse = (field: string, message: string) =>
  new AppError("BAD_REQUEST", message, { [field]: [message] });

export function meetingSlot(
  input: { date: string; startTime: string; endTime: string },
  now: Date,
) {
  const startsAt = parisDateTime(input.date, input.startTime);
  const refusal = planningRefusal(startsAt, now);
  if (refusal || !startsAt) throw refuse(refusal?.field ?? "startTime", refusal?.message ?? "");
  const endsAt = parisDateTime(input.date, input.endTime);
  if (!endsAt || endsAt <= startsAt)
    throw refuse(
      "endTime",
      "Cette heure de fin n'existe pas ce jour-là à Paris : choisissez-en une autre.",
    );
  return { startsAt, endsAt };
}
