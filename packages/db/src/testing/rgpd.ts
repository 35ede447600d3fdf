/**
 * An RGPD breach written straight into the table (the tests' own rows, not the API's opening):
 * confidentiality, handled by the Métropole, nothing assessed yet (the domain's unassessedBreach);
 * `fields` give its keys, number, title, awareness, status and author, and may override the rest.
 */
import { unassessedBreach } from "@mutu/domain";
import type { rgpdBreaches } from "../schema/index.ts";

type BreachRow = typeof rgpdBreaches.$inferInsert;

export const breachRow = (
  fields: Pick<
    BreachRow,
    "orgId" | "operatorId" | "number" | "title" | "description" | "awareAt" | "status"
  > &
    Pick<BreachRow, "actorLabel" | "actorSide"> &
    Partial<BreachRow>,
): BreachRow => ({
  natures: ["confidentiality"],
  handledBy: "metropole",
  ...unassessedBreach(),
  revision: 1,
  ...fields,
});
