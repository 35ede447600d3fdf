/** The managers' decision on an exceptional saisine: awaited, or recorded with its reasons. */
import { EXCEPTIONAL_OUTCOME_LABELS } from "@mutu/domain";
import { type Description, DescriptionList, Info, Section, formatCalendarDate } from "@mutu/ui";
import { saisinesMessages } from "../messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = saisinesMessages.detail;

export function ExceptionalSection({ saisine: s }: { saisine: SaisineDetail }) {
  const d = s.exceptionalDecision;
  if (s.nature !== "exceptionnelle" && !d) return null;
  const items: Description[] = d
    ? [
        {
          key: "outcome",
          term: t.decision.outcome,
          description: EXCEPTIONAL_OUTCOME_LABELS[d.outcome],
        },
        { key: "on", term: t.decision.decidedOn, description: formatCalendarDate(d.decidedOn) },
        {
          key: "reasons",
          term: t.decision.reasons,
          description: <span className="text-block">{d.reasons}</span>,
        },
        ...(d.adaptedMeans
          ? [
              {
                key: "means",
                term: t.decision.means,
                description: <span className="text-block">{d.adaptedMeans}</span>,
              },
            ]
          : []),
        {
          key: "commune",
          term: t.decision.communeManager,
          description: t.decision.manager(d.communeManager.name, d.communeManager.function),
        },
        {
          key: "shared",
          term: t.decision.sharedManager,
          description: t.decision.manager(
            d.sharedServiceManager.name,
            d.sharedServiceManager.function,
          ),
        },
      ]
    : [];
  return (
    <Section id="saisine-exceptionnelle" title={t.contents.exceptional}>
      {d ? <DescriptionList items={items} /> : <Info>{t.exceptionalPending}</Info>}
    </Section>
  );
}
