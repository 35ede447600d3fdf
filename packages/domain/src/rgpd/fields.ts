/** The small field schemas every RGPD form shares, with their French messages. */
import { z } from "zod";
import { versionSchema } from "../records/versions.ts";
import { isoDateSchema, requiredIsoDate } from "../time/schemas.ts";

/** Text a person must give: `missing` when empty, a limit with its own words. */
export function requiredText(missing: string, max = 2000) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `Texte trop long (${max.toLocaleString("fr-FR")} caractères au plus).`);
}

/** Text that may stay empty (""). */
export function optionalText(max = 2000) {
  return z
    .string({ error: "Texte attendu." })
    .trim()
    .max(max, `Texte trop long (${max.toLocaleString("fr-FR")} caractères au plus).`)
    .default("");
}

/** A day that may stay unknown: "" and null both mean « not given ». */
export const optionalIsoDate = z
  .union([z.literal(""), z.null(), isoDateSchema])
  .transform((v) => (v === "" ? null : v))
  .default(null);

export { requiredIsoDate };

/** A whole count (persons, records, months) within bounds, or null when unknown. */
export function countSchema(what: string, max: number) {
  return z
    .number({ error: `${what} : nombre entier attendu.` })
    .int(`${what} : nombre entier attendu.`)
    .min(0, `${what} : le nombre ne peut pas être négatif.`)
    .max(max, `${what} : ${max.toLocaleString("fr-FR")} au plus.`);
}

export const uuidOf = (what: string) => z.uuid({ error: `${what} introuvable.` });

/** An optimistic-lock revision: the change applies to the version the person saw. */
export const revisionSchema = versionSchema("Version attendue.", "Version attendue.");
