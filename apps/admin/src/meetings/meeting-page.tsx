/**
 * One meeting, the Métropole's side (/gouvernance/reunion?id=…): its plan and record, its .ics;
 * once begun, the form recording it; the earlier meetings' open actions, followed (closed) here.
 */
import { parisToday } from "@mutu/domain";
import { Alert, Button, Loaded, Section, toFormError } from "@mutu/ui";
import { canAny, trpc, useSession } from "@mutu/web";
import {
  DownloadIcsButton,
  type MeetingAction,
  type MeetingDetail,
  MeetingPage as SharedMeetingPage,
  MeetingRecord,
} from "@mutu/web/meetings";
import { useState } from "react";
import { meetingsAdminMessages } from "./messages.ts";
import { ChangeForms } from "./change-forms.tsx";
import { CorrectMinutesForm } from "./correct-form.tsx";
import { RecordForm } from "./record-form.tsx";
import { routes } from "../routes.ts";

export function MeetingPage() {
  return (
    <SharedMeetingPage
      title={(m) => `${m.label} — ${m.orgName}`}
      backTo={(m) => `/gouvernance?commune=${m.orgId}&annee=${m.day.slice(0, 4)}`}
    >
      {(meeting, onStatus) => <MeetingBody meeting={meeting} onStatus={onStatus} />}
    </SharedMeetingPage>
  );
}

function MeetingBody({
  meeting: m,
  onStatus,
}: {
  meeting: MeetingDetail;
  onStatus(s: string): void;
}) {
  const utils = trpc.useUtils();
  const [error, setError] = useState<string | null>(null);
  const update = trpc.meetings.updateAction.useMutation();
  const canRecord = m.canManage && m.status === "planifiee" && m.day <= parisToday();
  const people = trpc.meetings.overview.useQuery(
    { orgId: m.orgId, year: Number(m.day.slice(0, 4)) },
    { enabled: canRecord },
  );
  const a = meetingsAdminMessages.follow;
  const projectLinks = canAny(useSession(), routes.find((r) => r.id === "project")?.anyOf);

  function follow(action: MeetingAction, status: "close" | "en-cours") {
    setError(null);
    update.mutate(
      { actionId: action.id, status, meetingId: m.id },
      {
        async onSuccess() {
          await utils.meetings.invalidate();
          onStatus(status === "close" ? a.closed(action.title) : a.started(action.title));
        },
        onError: (e) => setError(toFormError(e).message),
      },
    );
  }

  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      <DownloadIcsButton meetingId={m.id} onDone={onStatus} />
      <MeetingRecord
        meeting={m}
        projectLinks={projectLinks}
        followColumn={
          m.canManage && m.status !== "annulee"
            ? (action) =>
                action.status === "close" ? null : (
                  <span className="inline-actions">
                    {action.status === "ouverte" ? (
                      <Button
                        variant="link"
                        busy={update.isPending}
                        onClick={() => follow(action, "en-cours")}
                      >
                        {a.start}
                        <span className="visually-hidden">{a.startLabel(action.title)}</span>
                      </Button>
                    ) : null}
                    <Button
                      variant="secondary"
                      busy={update.isPending}
                      onClick={() => follow(action, "close")}
                    >
                      {a.close}
                      <span className="visually-hidden">{a.closeLabel(action.title)}</span>
                    </Button>
                  </span>
                )
            : undefined
        }
      />
      {canRecord ? (
        <Section id="reunion-consigner" title={meetingsAdminMessages.record.title}>
          <Loaded query={people}>
            {(o) => <RecordForm meeting={m} people={o.people} onDone={onStatus} />}
          </Loaded>
        </Section>
      ) : null}
      {m.canManage && m.status === "planifiee" ? (
        <ChangeForms meeting={m} onDone={onStatus} />
      ) : null}
      {m.canManage && m.status === "tenue" ? (
        <CorrectMinutesForm meeting={m} onDone={onStatus} />
      ) : null}
    </>
  );
}
