/**
 * Numbers that name a stored record — the version a caller read, an amendment's number: whole,
 * positive, and no larger than the database's integer. Beyond it a number names nothing that
 * exists: refused as invalid here, rather than compared (« modifiée entre-temps ») or, stored,
 * overflowing into an unexpected error.
 */
import { z } from "zod";

/** PostgreSQL's `integer`, the type of every version and record number. */
export const STORED_INTEGER_MAX = 2_147_483_647;

/** A record's version as the caller read it: `missing` when absent, `invalid` otherwise. */
export function versionSchema(missing: string, invalid: string) {
  return z
    .number({ error: missing })
    .int({ error: invalid })
    .positive({ error: invalid })
    .max(STORED_INTEGER_MAX, { error: invalid });
}
