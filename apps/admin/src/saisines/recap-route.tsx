/** « Bilan annuel » in the admin: any member commune, or all of them. */
import { RecapPage } from "@mutu/web/saisines";
import { useOrganisations } from "../organisations/use-organisations.ts";
import { saisinesMessages } from "./messages.ts";

export function RecapRoute() {
  const orgs = useOrganisations();
  return (
    <RecapPage
      communes={orgs.communes}
      back={{ to: "/saisines", label: saisinesMessages.recapPage.back }}
    />
  );
}
