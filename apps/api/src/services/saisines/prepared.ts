/**
 * Hot queries run as prepared statements. drizzle sends an unnamed query with parameters in two
 * round trips (describe, then bind) and PostgreSQL parses and plans it each time; prepared, it is
 * parsed and planned once per connection and executed in one round trip. Kept for queries whose
 * text is stable (the same for every call): the queue, whose text varies with its filters and
 * whose best plan depends on the searched words, is planned each time.
 */
export function prepared<T>(query: { prepare(name: string): { execute(): Promise<T> } }) {
  return query.prepare("saisines").execute();
}
