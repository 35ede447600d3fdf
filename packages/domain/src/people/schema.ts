/** People and the functions they hold in their organisation. */
import { z } from "zod";
import { choiceError } from "../errors/field-errors.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Adresse électronique invalide."));

export const PASSWORD_MIN_LENGTH = 12;

/**
 * ANSSI-style length over composition rules: 12 characters at least, 256 at most. Whether it is
 * guessable is the strength check's (`@mutu/domain/password-strength`), run by the API on every
 * password chosen and by the browser as it is typed.
 */
export const passwordSchema = z
  .string()
  .min(
    PASSWORD_MIN_LENGTH,
    `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  )
  .max(256, "Le mot de passe ne doit pas dépasser 256 caractères.");

export const createPersonInput = z.object({
  orgId: z.uuid("Organisation inconnue."),
  displayName: z.string().trim().min(2, "Indiquez le nom complet.").max(120, "Nom trop long."),
  email: emailSchema,
  password: passwordSchema,
  functionIds: z.array(z.uuid()).default([]),
});
export type CreatePersonInput = z.infer<typeof createPersonInput>;

export const personFunctionInput = z.object({
  personId: z.uuid("Personne inconnue."),
  functionId: z.uuid("Fonction inconnue."),
});

/** Assigning a function chosen in a list: left unchosen, it is asked for. */
export const assignFunctionInput = personFunctionInput.extend({
  functionId: z.uuid(choiceError("Choisissez la fonction à attribuer.", "Fonction inconnue.")),
});

export const personIdInput = z.object({ personId: z.uuid("Personne inconnue.") });

/**
 * Deactivating someone: the API tokens they created die with their account, or are entrusted to
 * a named colleague who must hold every permission the tokens carry.
 */
export const deactivatePersonInput = personIdInput.extend({
  tokens: z
    .discriminatedUnion("action", [
      z.object({ action: z.literal("revoke") }),
      z.object({
        action: z.literal("transfer"),
        toPersonId: z.uuid(
          choiceError("Choisissez la personne à qui confier les jetons.", "Personne inconnue."),
        ),
      }),
    ])
    .default({ action: "revoke" }),
});
export type DeactivatePersonInput = z.infer<typeof deactivatePersonInput>;
