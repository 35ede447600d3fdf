/** The operator's tariff: the row naming it (RLS keeps it to the caller's operator) and its data. */
import { tariffByCode } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { desc } from "drizzle-orm";
import { notFound } from "../../errors.ts";

const { tariffs } = schema;

export async function operatorTariff(tx: Tx) {
  const [row] = await tx.select().from(tariffs).orderBy(desc(tariffs.approvedOn)).limit(1);
  const data = row ? tariffByCode(row.code) : undefined;
  if (!row || !data) throw notFound("Catalogue tarifé de votre service commun");
  return { row, data };
}

export function tariffData(code: string | null) {
  const data = tariffByCode(code);
  if (!data) throw notFound(`Tarif « ${code ?? "?"} »`);
  return data;
}
