/**
 * The agenda a planned meeting starts from (000 annex, « Comité de suivi » : « analyse des
 * indicateurs de réalisé ») — the indicators out of target, the open arbitrations and the actions
 * due — which the person planning then edits. One builder, fed by the service: the indicators come
 * from the indicators feature (the API's `indicatorsOutOfTarget`, last quarter ended).
 */
import { frenchDate } from "../time/french-dates.ts";

export type AgendaSources = {
  /** Indicators whose last measure misses its target (read by the indicators feature). */
  indicatorsOutOfTarget: readonly {
    code: string;
    label: string;
    observed: string | null;
    target: string | null;
  }[];
  openArbitrations: readonly { reference: string; subject: string }[];
  actionsDue: readonly { title: string; ownerLabel: string; dueOn: string }[];
};

export function agendaItems(sources: AgendaSources): string[] {
  const items: string[] = [];
  for (const i of sources.indicatorsOutOfTarget) {
    const measured = [
      i.observed ? `constaté : ${i.observed}` : null,
      i.target ? `cible : ${i.target}` : null,
    ].filter(Boolean);
    items.push(
      `Indicateur ${i.code} hors cible — ${i.label}${measured.length ? ` (${measured.join(", ")})` : ""}`,
    );
  }
  for (const a of sources.openArbitrations)
    items.push(`Arbitrage en cours — saisine ${a.reference} : ${a.subject}`);
  for (const a of sources.actionsDue)
    items.push(
      `Suivi de l'action « ${a.title} » (${a.ownerLabel}, échéance ${frenchDate(a.dueOn)})`,
    );
  items.push("Questions diverses");
  return items.map((item) => (item.length > 500 ? `${item.slice(0, 499)}…` : item));
}
