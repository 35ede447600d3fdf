/**
 * The refusals tRPC raises itself, before any procedure runs — an unknown procedure, the wrong HTTP
 * method, a body that is not JSON, a batch it cannot run — come in English. Integrators read them
 * in French here, like every other refusal (docs/integration.md, « Errors »).
 *
 * Told apart by their code, their path and their cause: mutu never raises a method, media-type or
 * parse error; its « not found » is about a record of a known procedure; its bad requests always
 * carry their cause (an AppError, a ZodError), tRPC's protocol refusals do not.
 */
import type { TRPCError } from "@trpc/server";

export type ProcedureType = "query" | "mutation" | "subscription";

const REFERENCE = "la référence de l'API (docs/api.md)";
const GUIDE = "le guide d'intégration (docs/integration.md)";

export const PROTOCOL_MESSAGES = {
  noProcedure:
    "Aucune procédure demandée : l'adresse est /trpc/ suivie du nom d'une procédure, par exemple /trpc/auth.me.",
  unknownProcedure: `Procédure inconnue : vérifiez son nom dans ${REFERENCE}.`,
  queryByGet: "Cette procédure lit des données : appelez-la en GET.",
  mutationByPost: "Cette procédure modifie des données : appelez-la en POST.",
  methodNotSupported:
    "Méthode HTTP non prise en charge : les lectures se font en GET, les modifications en POST.",
  mediaType:
    "Format de requête non pris en charge : envoyez un corps JSON, avec l'en-tête Content-Type: application/json.",
  unreadable: `Requête illisible : ses paramètres ne sont pas au format attendu, voyez ${GUIDE}.`,
  mixedBatch:
    "Un lot d'appels ne mêle pas lectures et modifications : envoyez les lectures en GET et les modifications en POST, dans deux lots.",
  streamNeedsBatch:
    "Une réponse en flux (application/jsonl) se demande pour un lot : ajoutez batch=1 à l'adresse.",
  malformed: `Requête non conforme au protocole de l'API : voyez ${GUIDE}.`,
} as const;

/**
 * The French message of a protocol error, or null for mutu's own errors (already French).
 * `typeOf` tells a known procedure's type, undefined for a path the router does not have.
 */
export function protocolMessage(
  error: TRPCError,
  path: string | undefined,
  typeOf: (path: string) => ProcedureType | undefined,
): string | null {
  const known = path === undefined ? undefined : typeOf(path);
  switch (error.code) {
    case "NOT_FOUND":
      if (known) return null;
      return path ? PROTOCOL_MESSAGES.unknownProcedure : PROTOCOL_MESSAGES.noProcedure;
    case "METHOD_NOT_SUPPORTED":
      if (known === "query") return PROTOCOL_MESSAGES.queryByGet;
      if (known === "mutation") return PROTOCOL_MESSAGES.mutationByPost;
      return PROTOCOL_MESSAGES.methodNotSupported;
    case "UNSUPPORTED_MEDIA_TYPE":
      return PROTOCOL_MESSAGES.mediaType;
    case "PARSE_ERROR":
      return PROTOCOL_MESSAGES.unreadable;
    case "BAD_REQUEST":
      if (error.cause !== undefined) return null;
      if (error.message.startsWith("Cannot mix procedure types"))
        return PROTOCOL_MESSAGES.mixedBatch;
      if (error.message.startsWith("Streaming requests must be batched"))
        return PROTOCOL_MESSAGES.streamNeedsBatch;
      return PROTOCOL_MESSAGES.malformed;
    default:
      return null;
  }
}
