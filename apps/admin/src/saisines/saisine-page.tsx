/**
 * One saisine (/saisines/saisine?id=…) as the service commun works it: what it is and its
 * routing, the actions its status allows (qualify, assign, hold, resume, resolve, close, refuse,
 * comment), the exceptional decision, the contract clock and each assignment's internal clock,
 * the answer, attachments, arbitration, and the full timeline with the internal events.
 */
import { type ContentsItem, PageContents } from "@mutu/ui";
import { can, useSession } from "@mutu/web";
import {
  AttachmentsSection,
  RoutingSection,
  SaisinePageFrame,
  SummarySection,
  TimelineSection,
  useSaisinePage,
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
  const page = useSaisinePage();
  const canManage = can(me, "saisines.manage");
  const { done } = page;
  return (
    <SaisinePageFrame page={page} wording={t}>
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
            <TimelineSection query={page.timeline} wording={t} titles={detailMessages.events} />
          </>
        );
      }}
    </SaisinePageFrame>
  );
}
