/**
 * On an incident's page: the way to open a breach of personal data from it, the incident's
 * reference carried over, for whoever keeps the RGPD registers (the RSSI, the DPO).
 */
import { Link } from "@mutu/ui";
import { can, useSession } from "@mutu/web";
import type { SaisineDetail } from "@mutu/web/saisines";
import { rgpdAdminMessages } from "./messages.ts";

export function BreachFromIncident({
  saisine,
}: {
  saisine: Pick<SaisineDetail, "type" | "orgId" | "reference">;
}) {
  const me = useSession();
  if (saisine.type !== "incident" || !can(me, "rgpd.manage")) return null;
  const query = new URLSearchParams({ commune: saisine.orgId, saisine: saisine.reference });
  return (
    <p>
      <Link to={`/rgpd/violations/nouvelle?${query}`}>{rgpdAdminMessages.breachFromIncident}</Link>
    </p>
  );
}
