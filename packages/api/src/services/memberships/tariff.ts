/** The operator's tariff: the row naming it (RLS keeps it to the caller's operator) and its data. */
import { type RedonTariff, redonTariff2022 } from "@mutu/domain";
import { schema, type Tx } from "@mutu/db";
import { desc } from "drizzle-orm";
import { notFound } from "../../errors.ts";

const { tariffs } = schema;

const TARIFFS: Record<string, RedonTariff> = { [redonTariff2022.id]: redonTariff2022 };

export async function operatorTariff(tx: Tx) {
  const [row] = await tx.select().from(tariffs).orderBy(desc(tariffs.approvedOn)).limit(1);
  const data = row ? TARIFFS[row.code] : undefined;
  if (!row || !data) throw notFound("Catalogue tarifé de votre service commun");
  return { row, data };
}

export function tariffData(code: string | null) {
  const data = code ? TARIFFS[code] : undefined;
  if (!data) throw notFound(`Tarif « ${code ?? "?"} »`);
  return data;
}
