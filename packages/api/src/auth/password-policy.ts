/**
 * The server's side of the password policy: every password chosen is judged here, in French. The
 * strength check and its dictionaries (about a megabyte) are loaded at the first password chosen,
 * not at start.
 */
import { AppError } from "../errors.ts";

let strength: Promise<typeof import("@mutu/domain/password-strength")> | undefined;

/** Throws a field error on `field` unless the password is long enough and not guessable. */
export async function assertStrongPassword(
  password: string,
  context: readonly string[],
  field: string,
) {
  strength ??= import("@mutu/domain/password-strength");
  const verdict = (await strength).passwordVerdict(password, context);
  if (!verdict.acceptable)
    throw new AppError("BAD_REQUEST", verdict.problems[0] ?? "Mot de passe refusé.", {
      [field]: verdict.problems,
    });
}
