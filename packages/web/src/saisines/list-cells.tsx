/**
 * The cells both spaces' saisine lists share: a stack of lines, who handles it, the due dates with
 * their state, and what kind of saisine it is. Each space words the routing and the due dates its
 * own way.
 */
import { formatDateTimeCompact } from "@mutu/ui";
import type { ReactNode } from "react";
import type { DueState } from "./types.ts";
import { DueBadge, kindLabel, type SaisineKind } from "./labels.tsx";
import { saisineMessages } from "./messages.ts";

export function CellStack({ children }: { children: ReactNode }) {
  return <span className="cell-stack">{children}</span>;
}

export type RoutingWording = {
  proximity(name: string): string;
  proximityUnnamed: string;
};

/** Who handles it: the service commun's function, then the proximity centre when one takes part. */
export function RoutingLines({
  saisine: s,
  wording: t,
}: {
  saisine: {
    sharedServiceFunction: string;
    proximityCentre: boolean;
    proximityCentreName: string | null;
  };
  wording: RoutingWording;
}) {
  return (
    <>
      <span>{s.sharedServiceFunction}</span>
      {s.proximityCentre ? (
        <span>
          {s.proximityCentreName ? t.proximity(s.proximityCentreName) : t.proximityUnnamed}
        </span>
      ) : null}
    </>
  );
}

export type DueCellWording = {
  handlingDue(date: string): string;
  resolutionDue(date: string): string;
  noDue: string;
};

type DueFacts = {
  handlingDueAt: string | null;
  resolutionDueAt: string | null;
  isOpen: boolean;
  dueState: DueState;
};

export function DueCell({
  saisine: s,
  wording: t,
}: {
  saisine: DueFacts;
  wording: DueCellWording;
}) {
  const lines = [
    s.handlingDueAt ? t.handlingDue(formatDateTimeCompact(s.handlingDueAt)) : null,
    s.resolutionDueAt ? t.resolutionDue(formatDateTimeCompact(s.resolutionDueAt)) : null,
  ].filter((line): line is string => line !== null);
  return (
    <CellStack>
      {lines.length ? (
        lines.map((line) => <span key={line}>{line}</span>)
      ) : s.isOpen ? (
        <span className="muted">{t.noDue}</span>
      ) : null}
      <span>
        <DueBadge state={s.dueState} />
      </span>
    </CellStack>
  );
}

/** Type, nature and criticality; `first` and `last` add the sub-domain where each space shows it. */
export function KindCell({ saisine: s }: { saisine: SaisineKind & { subDomain: string } }) {
  return (
    <CellStack>
      <span>{kindLabel("type", s.type)}</span>
      {/* Two labels side by side, not a phrase: « Exceptionnelle · Non bloquant » agrees with nothing. */}
      <span>
        {kindLabel("nature", s.nature)}
        <span aria-hidden="true">{"\u00a0· "}</span>
        <span className="visually-hidden">, </span>
        {kindLabel("criticality", s.criticality)}
      </span>
      <span className="muted keep-whole">{saisineMessages.facts.subDomainLetter(s.subDomain)}</span>
    </CellStack>
  );
}
