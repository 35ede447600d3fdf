/** One meeting, the commune's side (/gouvernance/reunion?id=…): its plan, record and actions; its .ics. */
import { Info, Link, Loaded, Page, Status, useRoute } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import { DownloadIcsButton, MeetingRecord, meetingsMessages } from "@mutu/web/meetings";
import { useState } from "react";
import { routes } from "../routes.ts";

const t = meetingsMessages.meeting;

export function MeetingPage() {
  const route = useRoute();
  const id = route.search.get("id") ?? "";
  const query = trpc.meetings.get.useQuery({ meetingId: id }, { enabled: id !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const me = useSession();
  const projectLinks = canAny(me, routes.find((r) => r.id === "project")?.anyOf);
  return (
    <Page title={query.data ? query.data.label : t.fallbackTitle}>
      <p>
        <Link to={query.data ? `/gouvernance?annee=${query.data.day.slice(0, 4)}` : "/gouvernance"}>
          {t.back}
        </Link>
      </p>
      <Status>{status}</Status>
      {id === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={query}>
          {(m) => (
            <>
              <DownloadIcsButton meetingId={m.id} onDone={setStatus} />
              <MeetingRecord meeting={m} projectLinks={projectLinks} />
            </>
          )}
        </Loaded>
      )}
    </Page>
  );
}
