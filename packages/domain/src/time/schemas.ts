/**
 * How days and instants cross forms and the API. Calendar dates are 'YYYY-MM-DD' days of
 * Europe/Paris, checked to exist (2023-02-29 does not); instants leave as ISO 8601 strings (no
 * serialisation library): output schemas turn the database's Date into its ISO string, so the type
 * the SPAs see is the value they get.
 */
import { z } from "zod";
import { isIsoDate } from "./paris.ts";

export const isoDateSchema = z
  .string({ error: "Date attendue au format AAAA-MM-JJ." })
  .refine(isIsoDate, { message: "Date invalide : format AAAA-MM-JJ attendu (ex. 2018-07-01)." });

export const instantOutput = z.date().transform((d) => d.toISOString());

/**
 * A day a person must give: left empty, it is asked for in `missing`'s words (« Date requise. »)
 * rather than refused as malformed; any other value is checked as `isoDateSchema`.
 */
export function requiredIsoDate(missing: string) {
  return z.string({ error: missing }).min(1, missing).pipe(isoDateSchema);
}
