/** Operators (EPCI) and their member communes. */
import { type AnyPgColumn, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    kind: text({ enum: ["operator", "commune"] }).notNull(),
    operatorId: uuid().references((): AnyPgColumn => organisations.id),
    name: text().notNull(),
    slug: text().notNull().unique(),
    population: integer(),
    proximityCentre: text(),
    // The operator's person heading the commune's centre de proximité (no FK: people references organisations).
    communalReferentId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.operatorId)],
);
