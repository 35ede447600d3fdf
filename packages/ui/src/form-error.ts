/**
 * What a failed call means for a form: one French message and the errors field by field. The API
 * sends its messages in French and, for validation, `data.fieldErrors` keyed by field path
 * (`email`, `functionIds.0`); transport failures get our own wording. Duck-typed on purpose: this
 * package does not depend on the tRPC client.
 */
import { useMemo } from "react";
import { uiMessages } from "./messages.ts";

export type FieldErrors = Record<string, string[]>;

export type FormError = {
  message: string;
  fieldErrors: FieldErrors;
  /** The tRPC error code (`UNAUTHORIZED`, `TOO_MANY_REQUESTS`…), null when the server never answered. */
  code: string | null;
};

type ErrorShape = {
  message?: unknown;
  data?: { code?: unknown; fieldErrors?: unknown } | null;
  cause?: unknown;
};

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((m) => typeof m === "string"))
  );
}

/** A refusal only of identifiers (`saisineId`, `id`…): the address named nothing that exists. */
const onlyIdentifiers = (errors: FieldErrors) =>
  Object.keys(errors).length > 0 && Object.keys(errors).every((k) => /(^id|Id)$/.test(k));

export function toFormError(error: unknown): FormError {
  const shape = (typeof error === "object" && error !== null ? error : {}) as ErrorShape;
  const code = typeof shape.data?.code === "string" ? shape.data.code : null;
  if (
    code === "BAD_REQUEST" &&
    isFieldErrors(shape.data?.fieldErrors) &&
    onlyIdentifiers(shape.data.fieldErrors)
  )
    return { message: uiMessages.errors.notFound, fieldErrors: {}, code: "NOT_FOUND" };
  if (code && typeof shape.message === "string" && shape.message) {
    return {
      message: shape.message,
      fieldErrors: isFieldErrors(shape.data?.fieldErrors) ? shape.data.fieldErrors : {},
      code,
    };
  }
  // No tRPC payload: the request never reached the API (offline, proxy down) or came back as
  // something else than tRPC (a refusal by the HTTP layer).
  const offline =
    shape.cause instanceof TypeError ||
    (typeof shape.message === "string" && /fetch|network/i.test(shape.message));
  return {
    message: offline ? uiMessages.errors.network : uiMessages.errors.unexpected,
    fieldErrors: {},
    code: null,
  };
}

/** The errors of one field; `functionIds` also collects `functionIds.0`, `functionIds.1`… */
export function fieldError(errors: FieldErrors | undefined, field: string): string[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
}

/** `toFormError` kept stable between renders (the error summary takes the focus when it changes). */
export function useFormError(error: unknown): FormError | null {
  return useMemo(() => (error ? toFormError(error) : null), [error]);
}
