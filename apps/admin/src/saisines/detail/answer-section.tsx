/** « Réponse donnée »: the answer given to the commune, by whom and when. */
import { formatDateTime, Section } from "@mutu/ui";
import { detailMessages } from "./messages.ts";
import type { SaisineDetail } from "../types.ts";

const t = detailMessages;

export function AnswerSection({ saisine: s }: { saisine: SaisineDetail }) {
  const resolution = s.resolution;
  if (!resolution) return null;
  return (
    <Section id="saisine-reponse" title={t.contents.answer}>
      <p className="muted">{t.answer.by(resolution.by, formatDateTime(resolution.at))}</p>
      {resolution.note ? (
        <blockquote className="quote text-block">{resolution.note}</blockquote>
      ) : (
        <p>{t.answer.none}</p>
      )}
    </Section>
  );
}
