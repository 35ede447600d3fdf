/**
 * The RGPD's periodic work (system work, beside the saisines'): residents' contact data in saisines
 * follow each commune's retention period, set in its RGPD organisation (12 months after closure by
 * default). A saisine closed since the last pass gets its purge date from that period; the
 * saisines' own pass then anonymises what is due.
 */
import { DEFAULT_RESIDENT_RETENTION_MONTHS } from "@mutu/domain";
import { type MutuDb, schema, withSystem } from "@mutu/db";
import { ne } from "drizzle-orm";
import { alignResidentPurge } from "./organisation.ts";

const { rgpdSettings } = schema;

export async function runRgpdMaintenance(db: MutuDb) {
  return withSystem(db, async (tx) => {
    const custom = await tx
      .select()
      .from(rgpdSettings)
      .where(ne(rgpdSettings.residentRetentionMonths, DEFAULT_RESIDENT_RETENTION_MONTHS));
    let aligned = 0;
    for (const s of custom)
      aligned += await alignResidentPurge(
        tx,
        s.orgId,
        s.residentRetentionMonths,
        s.residentAlignedThrough,
      );
    return { aligned };
  });
}
