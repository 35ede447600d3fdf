/**
 * One way to validate a form: the domain's schema — the one the procedure parses — is checked in
 * the browser first, so every field's error shows at once, in the same words and in the same place
 * as the server's (the error summary and the fields read `error.fieldErrors` whichever side found
 * them).
 */
import { type FieldErrors, fieldErrorsOf } from "@mutu/domain";
import { type FormError, useFormError } from "@mutu/ui";
import { useState } from "react";
import type { z } from "zod";
import { webMessages } from "./messages.ts";

/** What the hook needs of a tRPC mutation. */
type MutationState = { error: unknown; reset(): void };

/**
 * What a form holds for a schema: its fields by name, each as the form has it (an empty choice is
 * "", a number may still be text) — the schema says what is wrong with it.
 */
export type FormValues<S extends z.ZodType> = {
  [K in keyof z.input<S>]?: unknown;
};

export type SchemaForm<S extends z.ZodType> = {
  /** The browser's refusal if any, else the server's. */
  error: FormError | null;
  /**
   * The input, once the schema accepts it — ready to send as is (the procedure parses it again,
   * with the same schema); or null once the errors are shown. `adjust` may reword or add field
   * errors the schema cannot word (a number typed as text, a file the browser refuses…).
   */
  check(input: FormValues<S>, adjust?: (fieldErrors: FieldErrors) => void): z.input<S> | null;
  /** Forget the errors of both sides (closing a dialog, starting again). */
  clear(): void;
};

export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  mutation: MutationState,
): SchemaForm<S> {
  const [local, setLocal] = useState<FormError | null>(null);
  const server = useFormError(mutation.error);
  return {
    error: local ?? server,
    check(input, adjust) {
      const checked = schema.safeParse(input);
      const fieldErrors = checked.success ? {} : fieldErrorsOf(checked.error);
      adjust?.(fieldErrors);
      if (checked.success && Object.keys(fieldErrors).length === 0) {
        setLocal(null);
        return input as z.input<S>;
      }
      mutation.reset();
      setLocal({ message: webMessages.formInvalid, fieldErrors, code: null });
      return null;
    },
    clear() {
      setLocal(null);
      mutation.reset();
    },
  };
}
