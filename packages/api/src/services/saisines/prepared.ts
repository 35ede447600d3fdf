/**
 * Marks a hot query as a prepared statement. On PostgreSQL every statement is now prepared by mutu's
 * drizzle session (docs/adr/0039: one round trip, pipelined with the statements around it), so
 * this only names the intent there; on PGlite it is a plain execution. A query whose best plan
 * depends on its values (the operator's queue, any search) also calls `planForEachValue`.
 * Queries whose text never varies are `statement`s of @mutu/db (built once, not at every call).
 */
export function prepared<T>(query: { prepare(name: string): { execute(): Promise<T> } }) {
  return query.prepare("saisines").execute();
}
