/**
 * One way to validate a form: the domain's schema — the one the procedure parses — is checked in
 * the browser first, so every field's error shows at once, in the same words and in the same place
 * as the server's (the error summary and the fields read `error.fieldErrors` whichever side found
 * them). Checks a schema does not word itself get zod's French, as on the server.
 */
import { FRENCH_ERRORS, type FieldErrors, fieldErrorsOf } from "@mutu/domain";
import { type FormError, useFormError } from "@mutu/ui";
import { useState } from "react";
import type { z } from "zod";
import { webMessages } from "./messages.ts";

/**
 * Where the server's refusal comes from: a tRPC mutation, or the query a form leads to (filters,
 * a date in the URL), which has nothing to reset.
 */
type ServerState = { error: unknown; reset?(): void };

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
   * with the same schema); or null once the errors are shown. `adjust` may reword the schema's
   * field errors or add those it cannot see (a number typed as text, a file not chosen): any
   * error left after it refuses the input.
   */
  check(input: FormValues<S>, adjust?: (fieldErrors: FieldErrors) => void): z.input<S> | null;
  /** Forget the errors of both sides (closing a dialog, starting again). */
  clear(): void;
};

export function useSchemaForm<S extends z.ZodType>(schema: S, server: ServerState): SchemaForm<S> {
  const [local, setLocal] = useState<FormError | null>(null);
  const serverError = useFormError(server.error);
  return {
    error: local ?? serverError,
    check(input, adjust) {
      const checked = schema.safeParse(input, { error: FRENCH_ERRORS });
      const fieldErrors = checked.success ? {} : fieldErrorsOf(checked.error);
      adjust?.(fieldErrors);
      if (checked.success && Object.keys(fieldErrors).length === 0) {
        setLocal(null);
        return input as z.input<S>;
      }
      server.reset?.();
      setLocal({ message: webMessages.formInvalid, fieldErrors, code: null });
      return null;
    },
    clear() {
      setLocal(null);
      server.reset?.();
    },
  };
}
