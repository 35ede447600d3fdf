/**
 * tRPC context, initialisation and base procedures. Authentication and permission checks live in
 * middleware that narrows the context: inside `protectedProcedure` the caller is a checked, non-null
 * value; `requirePermission(p)` adds the permission check (refusals are audited). Each base procedure
 * also says who may call in the procedure's meta, which the API reference (`docs/api.md`) reads.
 */
import {
  type FieldErrors,
  fieldErrorsOf,
  inputRefusal,
  type Permission,
  UNREADABLE_INPUT,
  useFrenchErrors,
} from "@mutu/domain";
import { appendAudit, type MutuDb, withSystem } from "@mutu/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, type z } from "zod";
import type { Caller } from "./auth/caller.ts";
import { AppError, forbidden, logUnexpected, toTRPCError } from "./errors.ts";
import { type ProcedureType, protocolMessage } from "./protocol-errors.ts";

export type HttpContext = {
  ip: string | null;
  userAgent: string | null;
  /** The raw session secret presented by the cookie, if any (rotated at sign-in). */
  sessionSecret: string | null;
  setSessionCookie(secret: string): void;
  clearSessionCookie(): void;
  /** Where people reach mutu (MUTU_PUBLIC_URL): links in emails are built from it, never from Host. */
  publicUrl: string;
  /** Asks the outbox to send what was just queued, without waiting for the next pass. */
  wakeOutbox(): void;
  /** The single sign-on configured (MUTU_OIDC_*), as the sign-in page names it; null if none. */
  singleSignOn: { label: string } | null;
};

export type Context = {
  db: MutuDb;
  caller: Caller | null;
  http: HttpContext;
  now: () => Date;
  /** A bearer token was presented but is unknown, expired or revoked. */
  rejectedToken: boolean;
};

/** Who may call a procedure, as the base procedure that checks it says (`requirePermission`…). */
export type ProcedureAccess =
  | { kind: "public" }
  | { kind: "signedIn" }
  /** One of these permissions suffices. */
  | { kind: "permission"; anyOf: Permission[] };

/**
 * What the API reference (`docs/api.md`, written by `pnpm api:docs`) says of a procedure. Nothing
 * here changes what a call does: `access` is set by the base procedure whose middleware checks it,
 * so the permission is written once; `tokens` describes what the procedure's service does itself.
 */
export type ProcedureMeta = {
  access?: ProcedureAccess;
  /**
   * A procedure about the person calling (their password, inbox, calendar feed, saved views): an
   * API token is refused by its service, or answered with nothing (an empty inbox).
   */
  tokens?: "refused" | "nothing";
  /** One line for the reference, where the procedure's name does not say it all. */
  description?: string;
};

// Every check a schema does not word itself speaks French too.
useFrenchErrors();

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, path }) {
      const zod = error.cause instanceof ZodError ? error.cause : null;
      const fieldErrors = zod
        ? fieldErrorsOf(zod)
        : (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
      return {
        ...shape,
        message: zod
          ? "Certaines informations sont invalides : corrigez les champs signalés."
          : (protocolMessage(error, path, (p) => procedureTypes.get(p)) ?? shape.message),
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: fieldErrors ?? null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every error leaves through one mapping. */
const mapErrors = t.middleware(async ({ path, next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR" || !result.error.cause)
    return result;
  const mapped = toTRPCError(result.error.cause);
  if (mapped.code === "INTERNAL_SERVER_ERROR") logUnexpected(path, result.error.cause);
  throw mapped;
});

/** Each procedure's input schemas and type by path, registered once the router is built (root.ts). */
const inputSchemas = new Map<string, z.ZodType[]>();
const procedureTypes = new Map<string, ProcedureType>();

export function registerInputSchemas(procedures: Record<string, unknown>) {
  for (const [path, procedure] of Object.entries(procedures)) {
    const def = (procedure as { _def?: { inputs?: unknown[]; type?: ProcedureType } })._def;
    inputSchemas.set(path, (def?.inputs ?? []) as z.ZodType[]);
    if (def?.type) procedureTypes.set(path, def.type);
  }
}

/**
 * Before any schema parses it, every call's raw input is checked once, here: a NUL character is
 * refused (PostgreSQL cannot store it; it would fail later with the values in the error), and so is
 * a field the procedure's schema does not know, named in French — rather than dropped silently.
 * A procedure without input refuses a value rather than run as if none was sent, and an input
 * that cannot be read (no body, not JSON) is refused in French.
 */
const checkInput = t.middleware(async ({ path, type, getRawInput, next }) => {
  const schemas = inputSchemas.get(path) ?? null;
  let read: unknown;
  try {
    read = await getRawInput();
  } catch {
    // No body at all is how a procedure without input may be called; any other is refused here,
    // in French, before the parser would answer in JSON's English (« Unexpected end of JSON input »).
    if (!schemas?.length) return next();
    throw badRequest({ message: UNREADABLE_INPUT, fieldErrors: { _: [UNREADABLE_INPUT] } });
  }
  const raw = withoutPagingDirection(type, read);
  // A router built elsewhere (not registered) gets the NUL check only.
  const refusal = inputRefusal(schemas, raw);
  if (refusal) throw badRequest(refusal);
  return next();
});

const badRequest = ({ message, fieldErrors }: { message: string; fieldErrors: FieldErrors }) =>
  new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new AppError("BAD_REQUEST", message, fieldErrors),
  });

/** tRPC's infinite queries add the direction they page in: the client's, not the procedure's. */
function withoutPagingDirection(type: string, raw: unknown) {
  if (type !== "query" || typeof raw !== "object" || raw === null || !("direction" in raw))
    return raw;
  const { direction, ...rest } = raw as Record<string, unknown>;
  return direction === "forward" || direction === "backward" ? rest : raw;
}

export const publicProcedure = t.procedure
  .meta({ access: { kind: "public" } })
  .use(mapErrors)
  .use(checkInput);

export const protectedProcedure = publicProcedure
  .meta({ access: { kind: "signedIn" } })
  .use(({ ctx, next }) => {
    if (!ctx.caller)
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: ctx.rejectedToken
          ? "Jeton d'API invalide, expiré ou révoqué."
          : "Votre session a expiré : reconnectez-vous.",
      });
    return next({ ctx: { ...ctx, caller: ctx.caller } });
  });

/**
 * About the person calling (their calendar feed, their notification choices): the service refuses
 * an API token, which has no person. The meta only says so to the reference.
 */
export const personalProcedure = protectedProcedure.meta({ tokens: "refused" });

/** The person's own inbox: a token has none and is answered with an empty one. */
export const inboxProcedure = protectedProcedure.meta({ tokens: "nothing" });

export function requirePermission(permission: Permission) {
  const access: ProcedureAccess = { kind: "permission", anyOf: [permission] };
  return protectedProcedure.meta({ access }).use(async ({ ctx, path, next }) => {
    if (!ctx.caller.permissions.includes(permission)) {
      await recordRefusal(ctx.db, ctx.caller, path, permission);
      throw forbidden();
    }
    return next();
  });
}

/** One of several permissions suffices (e.g. a filer reads their own saisines, a reader all). */
export function requireAnyPermission(...permissions: Permission[]) {
  const access: ProcedureAccess = { kind: "permission", anyOf: permissions };
  return protectedProcedure.meta({ access }).use(async ({ ctx, path, next }) => {
    if (!permissions.some((p) => ctx.caller.permissions.includes(p))) {
      await recordRefusal(ctx.db, ctx.caller, path, permissions.join(" | "));
      throw forbidden();
    }
    return next();
  });
}

/** Refused authorisations are part of the audit trail. */
export async function recordRefusal(db: MutuDb, caller: Caller, path: string, detail: string) {
  await withSystem(db, (tx) =>
    appendAudit(tx, {
      orgId: caller.org.id,
      actor: { personId: caller.personId, tokenId: caller.tokenId, label: caller.label },
      action: "access.denied",
      entity: "procedure",
      entityId: path,
      after: { required: detail },
    }),
  ).catch((e) => logUnexpected("audit of a refusal failed", e));
}
