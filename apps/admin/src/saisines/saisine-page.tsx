/**
 * One saisine (/saisines/saisine?id=…) as the service commun works it: what it is and its
 * routing, the actions its status allows (qualify, assign, hold, resume, resolve, close, refuse,
 * comment), the exceptional decision, the contract clock and each assignment's internal clock,
 * the answer, attachments, arbitration, and the full timeline with the internal events.
 */
import {
  type ContentsItem,
  Info,
  Link,
  Loaded,
  Page,
  PageContents,
  Status,
  focusSection,
  useRoute,
} from "@mutu/ui";
import { useState } from "react";
import { can, trpc, useSession } from "@mutu/web";
import {
  AttachmentsSection,
  RoutingSection,
  SummarySection,
  TimelineSection,
} from "@mutu/web/saisines";
import { detailMessages } from "./detail/messages.ts";
import { ArbitrationSection } from "../arbitrations/arbitration-section.tsx";
import { ClocksSection } from "./detail/clocks-section.tsx";
import { ExceptionalSection } from "./detail/exceptional-section.tsx";
import { AnswerSection } from "./detail/answer-section.tsx";
import { WorkSection } from "./detail/work-section.tsx";
import type { SaisineDetail } from "./types.ts";
import { BreachFromIncident } from "../rgpd/breach-link.tsx";
import { isFinalSaisineStatus } from "@mutu/domain";

const t = detailMessages;

function contents(s: SaisineDetail, canWork: boolean): ContentsItem[] {
  const c = t.contents;
  return [
    { id: "saisine-resume", label: c.summary },
    { id: "saisine-acheminement", label: c.routing },
    ...(canWork ? [{ id: "saisine-traiter", label: c.work }] : []),
    ...(s.nature === "exceptionnelle" || s.exceptionalDecision
      ? [{ id: "saisine-exceptionnelle", label: c.exceptional }]
      : []),
    { id: "saisine-horloges", label: c.clocks },
    ...(s.resolution ? [{ id: "saisine-reponse", label: c.answer }] : []),
    { id: "saisine-pieces-jointes", label: c.attachments },
    { id: "saisine-arbitrage", label: c.arbitration },
    { id: "saisine-historique", label: c.timeline },
  ];
}

export function SaisinePage() {
  const me = useSession();
  const { search } = useRoute();
  const id = search.get("id") ?? "";
  const saisine = trpc.saisines.get.useQuery({ saisineId: id }, { enabled: id !== "" });
  const timeline = trpc.saisines.timeline.useQuery({ saisineId: id }, { enabled: id !== "" });
  const [status, setStatus] = useState<string | null>(null);
  const canManage = can(me, "saisines.manage");
  const title = saisine.data ? t.title(saisine.data.reference) : t.fallbackTitle;

  function done(message: string) {
    setStatus(message);
    // The button that opened the change may be gone with it: start again from the summary.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        focusSection("saisine-resume");
    });
  }

  return (
    <Page title={title} lead={saisine.data?.title}>
      <p>
        <Link to="/saisines">{t.back}</Link>
      </p>
      <Status>{status}</Status>
      {id === "" ? (
        <Info>{t.missing}</Info>
      ) : (
        <Loaded query={saisine} loadingLabel={t.loading}>
          {(s) => {
            const canWork = canManage && !isFinalSaisineStatus(s.status);
            return (
              <>
                <PageContents items={contents(s, canWork)} />
                <SummarySection saisine={s} wording={t} />
                <RoutingSection saisine={s} wording={t} />
                <BreachFromIncident saisine={s} />
                <WorkSection saisine={s} canManage={canManage} onDone={done} />
                <ExceptionalSection saisine={s} onDone={done} />
                <ClocksSection saisine={s} />
                <AnswerSection saisine={s} />
                <AttachmentsSection saisine={s} showVisibility />
                <ArbitrationSection saisine={s} canManage={canManage} onDone={done} />
                <TimelineSection query={timeline} wording={t} titles={detailMessages.events} />
              </>
            );
          }}
        </Loaded>
      )}
    </Page>
  );
}
