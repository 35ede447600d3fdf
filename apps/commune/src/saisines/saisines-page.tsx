/** « Saisines »: a placeholder until requests to the service commun land. */
import { ComingSoon } from "../coming-soon.tsx";
import { messages } from "../messages.ts";

export function SaisinesPage() {
  const t = messages.saisines;
  return <ComingSoon title={t.title} lead={t.lead} contents={t.contents} meanwhile={t.meanwhile} />;
}
