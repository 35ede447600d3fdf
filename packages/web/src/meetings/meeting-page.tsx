/**
 * One meeting's page, in both spaces (/gouvernance/reunion?id=…): the meeting its URL names, its
 * title, the way back to the governance page of its year and the page's news; each space lays out
 * what it shows of the meeting (`children`, given what reports the page's news).
 */
import { LoadedPage, useRoute } from "@mutu/ui";
import { type ReactNode, useState } from "react";
import { trpc } from "../trpc.ts";
import { meetingsMessages } from "./messages.ts";
import type { MeetingDetail } from "./types.ts";

const t = meetingsMessages.meeting;

export function MeetingPage({
  title,
  backTo,
  children,
}: {
  title(meeting: MeetingDetail): string;
  /** The governance page the meeting belongs to (`/gouvernance?annee=…`). */
  backTo(meeting: MeetingDetail): string;
  children(meeting: MeetingDetail, onStatus: (status: string) => void): ReactNode;
}) {
  const route = useRoute();
  const id = route.search.get("id") ?? "";
  const query = trpc.meetings.get.useQuery({ meetingId: id }, { enabled: id !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const m = query.data;
  return (
    <LoadedPage
      title={m ? title(m) : t.fallbackTitle}
      back={{ to: m ? backTo(m) : "/gouvernance", label: t.back }}
      named={id !== ""}
      missing={t.missing}
      query={query}
      status={status}
    >
      {(meeting) => children(meeting, setStatus)}
    </LoadedPage>
  );
}
