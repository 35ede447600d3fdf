/**
 * Filters kept in the URL, so a filtered list can be shared and back and forward work: each filter
 * has its URL parameter (French, as the URLs are); blank values are left out both ways.
 */
export type Filters<K extends string> = Partial<Record<K, string>>;

export function urlFilters<K extends string>(params: Record<K, string>) {
  const keys = Object.keys(params) as K[];
  /** The filters with a value, trimmed. */
  function clean(filters: Filters<K>): Filters<K> {
    const out: Filters<K> = {};
    for (const key of keys) {
      const value = filters[key]?.trim();
      if (value) out[key] = value;
    }
    return out;
  }
  return {
    clean,
    /** Every filter as a form holds it: its value, or "" (a form's controls are never blank). */
    filled(filters: Filters<K>): Record<K, string> {
      return Object.fromEntries(keys.map((key) => [key, filters[key] ?? ""])) as Record<K, string>;
    },
    /** The filters a URL's query string holds. */
    from(search: URLSearchParams): Filters<K> {
      const filters: Filters<K> = {};
      for (const key of keys) filters[key] = search.get(params[key]) ?? undefined;
      return clean(filters);
    },
    /** `?organisation=…&du=…`, or "" without any filter. */
    query(filters: Filters<K>): string {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(clean(filters)) as [K, string][])
        search.set(params[key], value);
      const query = search.toString();
      return query ? `?${query}` : "";
    },
  };
}

/**
 * The year a URL names (`?annee=`), when it is one the app handles (`handled`: the domain's
 * `isHandledYear`); else `fallback`.
 */
export function yearParam(
  search: URLSearchParams,
  fallback: number,
  handled: (year: number) => boolean,
): number {
  const asked = Number(search.get("annee"));
  return handled(asked) ? asked : fallback;
}

/**
 * `path` with the query string `search` changed: each of `changes` set, or left out when blank
 * (`withParams("/projets", search, { commune: id, annee: "2026" })` → `/projets?commune=…&annee=2026`).
 */
export function withParams(
  path: string,
  search: URLSearchParams,
  changes: Record<string, string | null | undefined>,
): string {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}
