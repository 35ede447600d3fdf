/**
 * What an arbitration on a saisine recorded, in both spaces: the disagreement, who raised it and
 * when, then each level held — its seat, date, participants, outcome and decision, the last level's
 * marked final. The Métropole's space also says for which party each participant sat.
 */
import {
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_SEATS,
  type ArbitrationLevel,
  DISAGREEMENT_KIND_LABELS,
} from "@mutu/domain";
import { type Description, DescriptionList, formatCalendarDate, formatDateTime } from "@mutu/ui";
import type { SaisineDetail } from "../saisines/types.ts";
import { arbitrationMessages as t } from "./messages.ts";

const seat = (level: number) =>
  ARBITRATION_SEATS[level as ArbitrationLevel]?.label ?? String(level);

export function ArbitrationRecord({
  arbitration: a,
  showSides,
}: {
  arbitration: NonNullable<SaisineDetail["arbitration"]>;
  showSides: boolean;
}) {
  const items: Description[] = [
    { key: "kind", term: t.kind, description: DISAGREEMENT_KIND_LABELS[a.kind] },
    {
      key: "subject",
      term: t.subject,
      description: <span className="text-block">{a.subject}</span>,
    },
    {
      key: "raised",
      term: t.raised,
      description: t.raisedBy(a.raisedBy, formatDateTime(a.raisedAt)),
    },
    { key: "status", term: t.status, description: t.statuses[a.status] },
  ];
  return (
    <>
      <DescriptionList items={items} />
      {a.levels.map((level) => (
        <section
          key={level.level}
          className="subsection"
          aria-labelledby={`arbitrage-niveau-${level.level}`}
        >
          <h3 id={`arbitrage-niveau-${level.level}`}>{seat(level.level)}</h3>
          <p>
            {t.heldOn(formatCalendarDate(level.heldOn))}
            {level.final ? (
              <>
                {" "}
                <span className="badge badge-info">{t.final}</span>
              </>
            ) : null}
          </p>
          <DescriptionList
            items={[
              {
                key: "participants",
                term: t.participants,
                description: (
                  <ul className="plain-list">
                    {level.participants.map((p) => (
                      <li key={`${p.name}-${p.function}-${p.side}`}>
                        {t.participant(p.name, p.function, showSides ? t.sides[p.side] : null)}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                key: "outcome",
                term: t.outcome,
                description: ARBITRATION_OUTCOME_LABELS[level.outcome],
              },
              {
                key: "decision",
                term: t.decision,
                description: <span className="text-block">{level.decision}</span>,
              },
            ]}
          />
        </section>
      ))}
    </>
  );
}
