/**
 * « Suivi des communes » (/tableau-de-bord): every member commune for a period, or one
 * commune's dashboard (?commune=). Loaded with its charts when first visited.
 */
import { useRoute } from "@mutu/ui";
import { CommuneView } from "./commune-view.tsx";
import { ConsolidatedView } from "./consolidated-view.tsx";

export function OperatorDashboardPage() {
  const { search } = useRoute();
  const orgId = search.get("commune");
  return orgId ? <CommuneView key={orgId} orgId={orgId} /> : <ConsolidatedView />;
}
