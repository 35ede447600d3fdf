/** One meeting, the commune's side (/gouvernance/reunion?id=…): its plan, record and actions; its .ics. */
import { canAny, useSession } from "@mutu/web";
import {
  DownloadIcsButton,
  MeetingPage as SharedMeetingPage,
  MeetingRecord,
} from "@mutu/web/meetings";
import { routes } from "../routes.ts";

export function MeetingPage() {
  const projectLinks = canAny(useSession(), routes.find((r) => r.id === "project")?.anyOf);
  return (
    <SharedMeetingPage
      title={(m) => m.label}
      backTo={(m) => `/gouvernance?annee=${m.day.slice(0, 4)}`}
    >
      {(m, onStatus) => (
        <>
          <DownloadIcsButton meetingId={m.id} onDone={onStatus} />
          <MeetingRecord meeting={m} projectLinks={projectLinks} />
        </>
      )}
    </SharedMeetingPage>
  );
}
