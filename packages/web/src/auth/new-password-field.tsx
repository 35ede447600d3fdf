/**
 * Choosing a new password: the field, a box to show it, and — as the person types — how robust it
 * is and what to change, from the same check the server makes (`@mutu/domain/password-strength`,
 * loaded with this field only: its dictionaries weigh about a megabyte). The verdict is announced
 * politely, after a pause in typing, not at every key.
 */
import type { PasswordVerdict } from "@mutu/domain/password-strength";
import { Field } from "@mutu/ui";
import { useEffect, useState } from "react";
import { authMessages } from "./messages.ts";

const t = authMessages.newPassword;

type Check = (password: string, context: readonly string[]) => PasswordVerdict;
let loading: Promise<Check> | undefined;
const loadCheck = () => {
  loading ??= import("@mutu/domain/password-strength").then((m) => m.passwordVerdict);
  return loading;
};

/** The verdict on what is typed, null while there is nothing (or the check is loading). */
export function usePasswordVerdict(password: string, context: readonly string[]) {
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const key = context.join("\n");
  useEffect(() => {
    if (!password) {
      setVerdict(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void loadCheck().then((check) => {
        if (live) setVerdict(check(password, key.split("\n")));
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [password, key]);
  return verdict;
}

/**
 * For a form's check: the browser already knows the verdict, so a guessable password is refused
 * before it is sent, in the server's words (the details stay under the field).
 */
export function refuseGuessable(verdict: PasswordVerdict | null, field = "newPassword") {
  return (fieldErrors: Record<string, string[]>) => {
    if (!fieldErrors[field] && verdict && !verdict.acceptable)
      fieldErrors[field] = verdict.problems.slice(0, 1);
  };
}

type NewPasswordFieldProps = {
  id: string;
  /** The form's label for it (« Nouveau mot de passe » in the layout of each form). */
  label: string;
  value: string;
  onChange(value: string): void;
  verdict: PasswordVerdict | null;
  error?: readonly string[] | undefined;
};

export function NewPasswordField({
  id,
  label,
  value,
  onChange,
  verdict,
  error,
}: NewPasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const feedbackId = `${id}-robustesse`;
  return (
    <div className="new-password">
      <Field id={id} label={label} hint={t.hint} error={error} required>
        {(control) => (
          <input
            className="input"
            type={shown ? "text" : "password"}
            autoComplete="new-password"
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            {...control}
            aria-describedby={[control["aria-describedby"], feedbackId].filter(Boolean).join(" ")}
          />
        )}
      </Field>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-afficher`}
          checked={shown}
          onChange={(event) => setShown(event.currentTarget.checked)}
        />
        <label htmlFor={`${id}-afficher`}>{t.show}</label>
      </div>
      <div id={feedbackId} className="password-strength" aria-live="polite">
        {verdict ? (
          <>
            <p>
              <span className={`strength-bar strength-${verdict.score}`} aria-hidden="true">
                <span />
              </span>
              {t.strength} : <strong>{t.levels[verdict.score]}</strong>.{" "}
              {verdict.acceptable ? t.acceptable : null}
            </p>
            {verdict.acceptable ? null : (
              <ul className="plain-list">
                {verdict.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
