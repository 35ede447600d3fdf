/**
 * Instants cross the API as ISO 8601 strings (no serialisation library): output schemas turn the
 * database's Date into its ISO string, so the type the SPAs see is the value they get.
 */
import { z } from "zod";

export const instantOutput = z.date().transform((d) => d.toISOString());
