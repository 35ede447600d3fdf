/** « Arbitrage »: the disagreement on this saisine, each level held, and the next step. */
import {
  ARBITRATION_OUTCOME_LABELS,
  ARBITRATION_SEATS,
  type ArbitrationLevel,
  DISAGREEMENT_KIND_LABELS,
} from "@mutu/domain";
import {
  type Description,
  DescriptionList,
  Section,
  formatCalendarDate,
  formatDateTime,
} from "@mutu/ui";
import { messages } from "../../messages.ts";
import type { SaisineDetail } from "../types.ts";
import { RaiseArbitrationForm, RecordLevelForm } from "./arbitration-forms.tsx";

const t = messages.saisines.detail.arbitration;

const seat = (level: number) =>
  ARBITRATION_SEATS[level as ArbitrationLevel]?.label ?? String(level);

export function ArbitrationSection({
  saisine: s,
  canManage,
  onDone,
}: {
  saisine: SaisineDetail;
  canManage: boolean;
  onDone(message: string): void;
}) {
  const a = s.arbitration;
  const items: Description[] = a
    ? [
        { key: "kind", term: t.kind, description: DISAGREEMENT_KIND_LABELS[a.kind] },
        {
          key: "subject",
          term: t.subject,
          description: <span className="text-block">{a.subject}</span>,
        },
        {
          key: "raised",
          term: t.raisedLabel,
          description: t.raisedBy(a.raisedBy, formatDateTime(a.raisedAt)),
        },
        { key: "status", term: t.status, description: t.statuses[a.status] },
      ]
    : [];
  return (
    <Section id="saisine-arbitrage" title={messages.saisines.detail.contents.arbitration}>
      {a ? (
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
                            {t.participant(p.name, p.function, t.sides[p.side])}
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
          {canManage ? <RecordLevelForm key={a.levels.length} saisine={s} onDone={onDone} /> : null}
        </>
      ) : (
        <>
          <p className="muted">{t.none}</p>
          <RaiseArbitrationForm saisine={s} onDone={onDone} />
        </>
      )}
    </Section>
  );
}
