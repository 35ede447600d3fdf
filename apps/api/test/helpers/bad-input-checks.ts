/**
 * What the bad-input walk asks of every refusal — a French sentence for people, leaking nothing of
 * the machinery — and the database snapshot it compares around each procedure's calls.
 */
import { schema, selectRows, withSystem } from "@mutu/db";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import type { Harness } from "../harness.ts";

/** Zod's English defaults and the words of JavaScript's types. */
const ENGLISH =
  /\b(Invalid|invalid|Expected|expected|Required|required|Received|received|Too big|Too small|must|should|String|string|Number|number|Boolean|boolean|Object|object|Array|array|undefined|NaN|null|Infinity|Unrecognized|unrecognized)\b/;
/** Zod's French locale: French words, a developer's sentences (types, operators, quoted codes). */
const ZOD_FRENCH =
  /Entrée invalide|Option invalide|attendue?, .* reçue?|Trop (grand|petit)\s:|[<>]=?\s?\d|Clés? non reconnues?|Clé invalide|Valeur invalide dans|instance de |\|/;
/** A stack, SQL, a constraint, a column, a table or an internal identifier. */
const MACHINERY =
  /\n\s*at |\.[jt]s:\d|node_modules|SQLSTATE|violates|constraint|duplicate key|syntax error|\bcolumn\b|\brelation\b|\bselect\b.*\bfrom\b|\binsert into\b|\bdelete from\b|\bmutu\.\w|\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z]\w*\b|[0-9a-f]{8}-[0-9a-f]{4}-/;

const short = (message: string) => (message.length > 120 ? `${message.slice(0, 120)}…` : message);

/** Why a message users could read is not one, or null. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== "string" || message.trim() === "") return "message vide";
  // A message repeating what was sent: 100,000 characters to read.
  if (message.length > 400)
    return `message de ${message.length} caractères : ${message.slice(0, 80)}…`;
  if (ENGLISH.test(message)) return `anglais : ${short(message)}`;
  if (ZOD_FRENCH.test(message)) return `message technique de zod : ${short(message)}`;
  if (MACHINERY.test(message)) return `détail interne : ${short(message)}`;
  // A French sentence: a capital first, a full stop (or its typographic kin) last.
  if (!/^[A-ZÀ-ÖØ-Þ«\d]/.test(message) || !/[.…?!»)]$/.test(message))
    return `pas une phrase : ${short(message)}`;
  return null;
}

const TABLES = Object.values(schema).filter((t): t is PgTable => is(t, PgTable));

/** The row count of every table of the schema, and the audit chain's last entry. */
export const databaseSnapshot = (h: Harness) =>
  withSystem(h.database.db, async (tx) => {
    const counts = sql.join(
      TABLES.map(
        (t) => sql`(select count(*)::int from ${t}) as ${sql.identifier(getTableName(t))}`,
      ),
      sql`, `,
    );
    const [row] = await selectRows<Record<string, number>>(tx, sql`select ${counts}`);
    const [last] = await tx
      .select({ seq: schema.auditLog.seq, hash: schema.auditLog.hash })
      .from(schema.auditLog)
      .orderBy(sql`${schema.auditLog.seq} desc`)
      .limit(1);
    return { counts: row, audit: last ?? null };
  });
