/**
 * Drizzle wraps driver errors ("Failed query: …"); the PostgreSQL error (SQLSTATE code, message) is
 * in the cause chain. Both drivers expose `code` and `message` the same way.
 */
export type DatabaseError = { code: string | undefined; message: string };

export function databaseErrorOf(error: unknown): DatabaseError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, message: String(e.message ?? "") };
    }
    current = e.cause;
  }
  return null;
}

/** Connection refused, server gone, too many clients: the database is unavailable, not the input wrong. */
export function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; cause?: unknown };
    if (
      typeof e.code === "string" &&
      /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|CONNECT_TIMEOUT|CONNECTION_(CLOSED|ENDED|DESTROYED)|57P0[1-3]|08\d{3}|53300)$/.test(
        e.code,
      )
    )
      return true;
    current = e.cause;
  }
  return false;
}
