/** One meeting as an .ics file, for anyone who may read it. */
import { schema } from "@mutu/db";
import { eq } from "drizzle-orm";
import { inTenant, type ServiceContext } from "../tenant.ts";
import { icsFilename, meetingsCalendar } from "./ics.ts";
import { loadMeeting } from "./load.ts";

const { organisations } = schema;

export function meetingIcs(ctx: ServiceContext, input: { meetingId: string }, host: string) {
  return inTenant(ctx, async (tx) => {
    const meeting = await loadMeeting(tx, input.meetingId);
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, meeting.orgId));
    const row = { ...meeting, orgName: org?.name ?? "" };
    return {
      filename: icsFilename(row),
      mimeType: "text/calendar",
      content: meetingsCalendar(row.label, [row], host),
    };
  });
}
