/**
 * Changing a password (the current one required) and resetting a forgotten one by email: what
 * people enter, and the rules of the reset link — single use, 30 minutes, a few at most per
 * account at once, the same answer whether the address has an account or not.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { fr } from "date-fns/locale/fr";
import { z } from "zod";
import { emailSchema, passwordSchema } from "../people/schema.ts";
import { PARIS } from "../time/paris.ts";

export const changePasswordInput = z.object({
  currentPassword: z
    .string()
    .min(1, "Saisissez votre mot de passe actuel.")
    .max(256, "Mot de passe trop long."),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const requestPasswordResetInput = z.object({ email: emailSchema });

export const resetPasswordInput = z.object({
  token: z
    .string({
      error: "Lien de réinitialisation incomplet : ouvrez-le à nouveau depuis le courriel.",
    })
    .regex(
      /^[A-Za-z0-9_-]{40,60}$/,
      "Lien de réinitialisation incomplet : ouvrez-le à nouveau depuis le courriel.",
    ),
  newPassword: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
/** Links still valid at once for one account: more requests send nothing (no mail bombing). */
export const PASSWORD_RESET_MAX_PENDING = 3;

export const PASSWORD_RESET_REQUESTED =
  "Si un compte mutu utilise cette adresse, un courriel vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe. Ce lien est valable 30 minutes et ne sert qu'une fois.";
export const PASSWORD_RESET_INVALID =
  "Ce lien de réinitialisation n'est plus valable : il a déjà servi ou a expiré (30 minutes). Demandez-en un nouveau.";
export const WRONG_CURRENT_PASSWORD = "Mot de passe actuel incorrect.";

/** Whether a reset link can still be used. */
export function resetLinkUsable(
  link: { expiresAt: Date; usedAt: Date | null },
  now: Date,
): boolean {
  return link.usedAt === null && now.getTime() < link.expiresAt.getTime();
}

/** The email that carries the link, in French, the times in Paris. */
export function passwordResetEmail(args: {
  displayName: string;
  organisation: string;
  link: string;
  requestedAt: Date;
}) {
  const at = new TZDate(args.requestedAt.getTime(), PARIS);
  const until = new TZDate(args.requestedAt.getTime() + PASSWORD_RESET_TTL_MS, PARIS);
  return {
    subject: "[mutu] Choisir un nouveau mot de passe",
    text:
      `Bonjour ${args.displayName},\n\n` +
      `Un nouveau mot de passe a été demandé pour votre compte mutu (${args.organisation}) le ${format(at, "EEEE d MMMM yyyy 'à' HH'h'mm", { locale: fr })}.\n\n` +
      `Pour le choisir, ouvrez ce lien avant ${format(until, "HH'h'mm", { locale: fr })} (il ne sert qu'une fois) :\n${args.link}\n\n` +
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.\n\n" +
      "— mutu\n",
  };
}
