/** « Bilan annuel » of the commune's own saisines (the API answers for the caller's commune). */
import { RecapPage } from "@mutu/web/saisines";
import { saisinesMessages } from "./messages.ts";

export function RecapRoute() {
  return <RecapPage back={{ to: "/saisines", label: saisinesMessages.recapBack }} />;
}
