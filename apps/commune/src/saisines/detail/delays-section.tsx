/**
 * « Délais »: the contract's two clocks as the commune reads them — the due date, the business
 * time left (or by how much it was missed), whether it is suspended — with « En retard » written
 * out, never shown by colour alone.
 */
import {
  type Description,
  DescriptionList,
  DateTime,
  Info,
  Section,
  formatMinutes,
} from "@mutu/ui";
import { DelayWithoutTarget, saisineMessages } from "@mutu/web/saisines";
import { saisinesMessages } from "../messages.ts";
import type { ClockFigure, SaisineDetail } from "../types.ts";

const t = saisinesMessages.detail;

type ClockProps = {
  saisine: SaisineDetail;
  delay: "handling" | "resolution";
  figure: ClockFigure | null;
  doneAt: string | null;
};

function Clock({ saisine, delay, figure, doneAt }: ClockProps) {
  if (!figure) return <DelayWithoutTarget saisine={saisine} delay={delay} />;
  const left = figure.targetMinutes - figure.elapsedMinutes;
  const percent = Math.round(figure.ratio * 100);
  return (
    <span className="cell-stack">
      {figure.breached ? (
        <span>
          <span className="badge badge-danger">{saisineMessages.dueStates.breached}</span>{" "}
          {figure.dueAt ? (
            <>
              {t.reachedLabel} <DateTime value={figure.dueAt} />.
            </>
          ) : null}
          {!doneAt && left < 0 ? ` ${t.overdueBy(formatMinutes(-left))}` : null}
        </span>
      ) : doneAt ? (
        <span>
          <span className="badge badge-ok">{t.kept}</span> {t.doneLabel} <DateTime value={doneAt} />
          .
        </span>
      ) : figure.dueAt ? (
        <span>
          {figure.warning ? (
            <>
              <span className="badge badge-warning">
                {saisineMessages.dueStates["due-soon"]}
              </span>{" "}
            </>
          ) : null}
          {t.dueLabel} <DateTime value={figure.dueAt} />. {t.remaining(formatMinutes(left))}
        </span>
      ) : (
        <span>
          <span className="badge badge-off">{saisineMessages.dueStates.paused}</span> {t.suspended}
        </span>
      )}
      <span className="muted">
        {t.objective(
          formatMinutes(figure.targetMinutes),
          formatMinutes(figure.elapsedMinutes),
          percent,
        )}
      </span>
    </span>
  );
}

export function DelaysSection({ saisine: s }: { saisine: SaisineDetail }) {
  const items: Description[] = [
    {
      key: "handling",
      term: t.handling,
      description: (
        <Clock saisine={s} delay="handling" figure={s.clocks.handling} doneAt={s.handledAt} />
      ),
    },
    {
      key: "resolution",
      term: t.resolution,
      description: (
        <Clock saisine={s} delay="resolution" figure={s.clocks.resolution} doneAt={s.resolvedAt} />
      ),
    },
  ];
  return (
    <Section id="saisine-delais" title={t.contents.delays} lead={t.delaysLead}>
      {s.clocks.calendarUsable ? (
        <DescriptionList items={items} />
      ) : (
        <Info>{t.calendarUnusable}</Info>
      )}
    </Section>
  );
}
