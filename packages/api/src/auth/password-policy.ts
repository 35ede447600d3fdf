/** The server's side of the password policy: every password chosen is judged here, in French. */
import { passwordVerdict } from "@mutu/domain/password-strength";
import { AppError } from "../errors.ts";

/** Throws a field error on `field` unless the password is long enough and not guessable. */
export function assertStrongPassword(password: string, context: readonly string[], field: string) {
  const verdict = passwordVerdict(password, context);
  if (!verdict.acceptable)
    throw new AppError("BAD_REQUEST", verdict.problems[0] ?? "Mot de passe refusé.", {
      [field]: verdict.problems,
    });
}
