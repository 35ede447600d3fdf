/**
 * Errors users see, in French, and their mapping to tRPC codes — in one place. Services throw
 * AppError; database faults become 503 (unavailable) or a refusal; anything else is a 500 whose
 * details stay in the server log.
 */
import { type FieldErrors, SaisineRoutingError } from "@mutu/domain";
import { databaseErrorOf, isUnavailable } from "@mutu/db";
import { TRPCError } from "@trpc/server";

export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} introuvable.`);
/** Bad input on one field: the message for the form's summary and beside the field. */
export const fieldRefusal = (field: string, message: string) =>
  new AppError("BAD_REQUEST", message, { [field]: [message] });
/**
 * Bad input on several fields, as a domain rule lists them (`notificationProblems`…): refused with
 * every message, each beside its field; nothing to refuse when the list is empty.
 */
export function refuseProblems(problems: Record<string, string[]>) {
  if (Object.keys(problems).length)
    throw new AppError("BAD_REQUEST", Object.values(problems).flat().join(" "), problems);
}
export const forbidden = () =>
  new AppError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");

export const UNAVAILABLE_MESSAGE =
  "La base de données est momentanément indisponible. Réessayez dans quelques instants ; si le problème persiste, prévenez le support du service commun.";

/** The fields a saisine routing refusal is about (the contract cannot route this combination). */
const ROUTING_FIELDS: Record<SaisineRoutingError["code"], string[]> = {
  "nature-inconnue": ["nature"],
  "sous-domaine-inconnu": ["subDomain"],
  "sous-domaine-non-mutualise": ["subDomain"],
  "cellule-vide": ["nature", "subDomain"],
  "aucune-annexe": ["orgId"],
};

export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof AppError)
    return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (error instanceof SaisineRoutingError) {
    const fields = Object.fromEntries(ROUTING_FIELDS[error.code].map((f) => [f, [error.message]]));
    const cause = new AppError("BAD_REQUEST", error.message, fields);
    return new TRPCError({ code: "BAD_REQUEST", message: error.message, cause });
  }
  if (isUnavailable(error))
    return new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: UNAVAILABLE_MESSAGE,
      cause: error as Error,
    });
  const db = databaseErrorOf(error);
  if (db?.code === "23505")
    return new TRPCError({
      code: "CONFLICT",
      message: "Cet élément existe déjà.",
      cause: error as Error,
    });
  // Text PostgreSQL cannot store (a NUL character, an untranslatable one) is the input's fault.
  if (db?.code === "22021" || db?.code === "22P05")
    return new TRPCError({
      code: "BAD_REQUEST",
      message: "Certaines informations contiennent un caractère non autorisé.",
      cause: error as Error,
    });
  if (db?.code === "40001" || db?.code === "40P01")
    return new TRPCError({
      code: "CONFLICT",
      message: "Conflit d'écriture : réessayez.",
      cause: error as Error,
    });
  if (db?.code === "42501")
    return new TRPCError({
      code: "FORBIDDEN",
      message: "Accès refusé par la base de données.",
      cause: error as Error,
    });
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message:
      "Une erreur inattendue est survenue. Elle a été enregistrée ; réessayez ou prévenez le support.",
    cause: error instanceof Error ? error : undefined,
  });
}

/**
 * What the server's log keeps of an unexpected error: its kind, the SQLSTATE code, the query's
 * text without its parameters, and the stack — never the values submitted (a query's parameters,
 * and PostgreSQL's messages that quote them, carry personal data).
 */
export function loggableError(error: unknown): string {
  const db = databaseErrorOf(error);
  const e = error instanceof Error ? error : null;
  const query = (e as { query?: unknown } | null)?.query;
  // Past a query wrapper, the driver's own error: a JavaScript fault's message is kept, a
  // database's is not (PostgreSQL quotes the values it refused).
  const cause = typeof query === "string" ? (e?.cause as Error | undefined) : e;
  const lines = [
    `${e?.name ?? typeof error}${db?.code ? ` (SQLSTATE ${db.code})` : ""}`,
    ...(typeof query === "string" ? [`requête : ${query.slice(0, 500)}`] : []),
    ...(db || !cause ? [] : [`${cause.name}: ${cause.message}`]),
    ...(e?.stack?.split("\n").filter((l) => l.trimStart().startsWith("at ")) ?? []),
  ];
  return lines.join("\n");
}

export function logUnexpected(what: string, error: unknown) {
  console.error(`${what} : ${loggableError(error)}`);
}
