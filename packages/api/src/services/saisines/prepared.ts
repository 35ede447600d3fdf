/**
 * Hot queries whose text depends on their input (a change's columns, the queue's filters) run as
 * prepared statements: drizzle sends an unnamed query with parameters in two round trips
 * (describe, then bind) and PostgreSQL parses and plans it each time — and postgres.js sends
 * nothing after it on the transaction's connection until the description is back, so the queries
 * issued together behind it go out one round trip each (docs/adr/0037); prepared, a text is parsed
 * and planned once per connection and executed in one round trip, pipelined with the others. Queries whose text never
 * varies are `statement`s of @mutu/db instead (built once, not at every call). The full-text
 * queue, whose best plan depends on the searched words, is planned each time.
 */
export function prepared<T>(query: { prepare(name: string): { execute(): Promise<T> } }) {
  return query.prepare("saisines").execute();
}
