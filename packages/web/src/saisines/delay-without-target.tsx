/**
 * What a delay says when it has no due date to show: « Délai cible à définir — mesuré : 3 h 12
 * ouvrées » while the contract's target is still to be agreed (the clock measures anyway), or that
 * the contract does not set this delay for this saisine.
 */
import { formatMinutes } from "@mutu/ui";
import { saisineMessages } from "./messages.ts";
import type { SaisineDetail } from "./types.ts";

const t = saisineMessages.delayWithoutTarget;

export function DelayWithoutTarget({
  saisine,
  delay,
}: {
  saisine: SaisineDetail;
  delay: "handling" | "resolution";
}) {
  const { targets, measured } = saisine.clocks;
  if (targets[delay] !== "to-define")
    return <>{saisine.routing.annexVersionId === null ? t.noneByConvention : t.none}</>;
  const minutes = delay === "handling" ? measured?.handlingMinutes : measured?.resolutionMinutes;
  return <>{t.toDefine(formatMinutes(minutes ?? 0))}</>;
}
