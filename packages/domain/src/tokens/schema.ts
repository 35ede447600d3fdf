/** API tokens for other internal tools: shown once, stored hashed, scoped, expiring, revocable. */
import { z } from "zod";
import { permissionSchema } from "../access/permissions.ts";

export const TOKEN_PREFIX = "mutu_";

export const createTokenInput = z.object({
  orgId: z.uuid("Organisation inconnue."),
  name: z.string().trim().min(2, "Donnez un nom au jeton.").max(80, "Nom trop long."),
  permissions: z.array(permissionSchema).min(1, "Choisissez au moins une permission."),
  expiresInDays: z
    .number()
    .int("Nombre de jours entier attendu.")
    .min(1, "Au moins un jour.")
    .max(366, "Un jeton expire au plus tard dans un an."),
});
export type CreateTokenInput = z.infer<typeof createTokenInput>;

export const tokenIdInput = z.object({ tokenId: z.uuid("Jeton inconnu.") });
