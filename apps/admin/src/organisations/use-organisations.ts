/** The organisations the person may see (the communes apart), and their names by id (other pages label rows with them). */
import { can, type RouterOutputs, trpc, useSession } from "@mutu/web";

export type Organisation = RouterOutputs["organisations"]["list"][number];

export function useOrganisations() {
  const me = useSession();
  const query = trpc.organisations.list.useQuery(undefined, {
    enabled: can(me, "org.read"),
    staleTime: 5 * 60_000,
  });
  const list = query.data ?? [];
  const byId = new Map(list.map((org) => [org.id, org]));
  // The service commun first, then its communes by name: the order of every organisation picker.
  const ordered = [...list].sort(
    (a, b) =>
      Number(b.kind === "operator") - Number(a.kind === "operator") ||
      a.name.localeCompare(b.name, "fr"),
  );
  return {
    query,
    list: ordered,
    /** The member communes, by name (every commune picker). */
    communes: ordered.filter((org) => org.kind === "commune"),
    byId,
    nameOf: (id: string | null) =>
      id === null ? null : (byId.get(id)?.name ?? (id === me.org.id ? me.org.name : id)),
  };
}
