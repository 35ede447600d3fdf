/**
 * Column, reference and check helpers shared by the tables. Each renders the SQL it replaces word for
 * word, so using one never changes a migration. This module imports no table: tables import it.
 */
import { type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, date, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().primaryKey().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** An instant: `timestamp with time zone`, nullable unless said otherwise. */
export const instant = () => timestamp({ withTimezone: true });

/** A calendar day (`date`, read and written as `YYYY-MM-DD`), nullable unless said otherwise. */
export const calendarDate = () => date({ mode: "string" });

/** A required reference to another table's key: `uuid NOT NULL` with its foreign key. */
export const refersTo = (target: () => AnyPgColumn) => uuid().notNull().references(target);

/** Known values as an SQL list, `('a', 'b')`: our own constants, never what someone typed. */
export const sqlList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(", ")})`;

/** The check that a column holds one of the known values. */
export const oneOf = (column: AnyPgColumn, values: readonly string[]): SQL =>
  sql`${column} in ${sql.raw(sqlList(values))}`;

/** When a row was created, then last changed (`updated_at`, set again by each change). */
export const timestamps = () => ({
  createdAt: createdAt(),
  updatedAt: instant().notNull().defaultNow(),
});
