/** A meeting the caller may see, locked when it is about to change; unknown otherwise (no probing). */
import { schema, type Tx } from "@mutu/db";
import { eq } from "drizzle-orm";
import { notFound } from "../../errors.ts";

const { meetings } = schema;

export async function loadMeeting(tx: Tx, meetingId: string, lock = false) {
  const query = tx.select().from(meetings).where(eq(meetings.id, meetingId));
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw notFound("Réunion");
  return row;
}

export const loadMeetingForUpdate = (tx: Tx, meetingId: string) => loadMeeting(tx, meetingId, true);
