/**
 * tRPC context, initialisation and base procedures. Authentication and permission checks live in
 * middleware that narrows the context: inside `protectedProcedure` the caller is a checked, non-null
 * value; `requirePermission(p)` adds the permission check (refusals are audited).
 */
import { fieldErrorsOf, type Permission, useFrenchErrors } from "@mutu/domain";
import { appendAudit, type MutuDb, withSystem } from "@mutu/db";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Caller } from "./auth/caller.ts";
import { forbidden, toTRPCError } from "./errors.ts";

export type HttpContext = {
  ip: string | null;
  userAgent: string | null;
  /** The raw session secret presented by the cookie, if any (rotated at sign-in). */
  sessionSecret: string | null;
  setSessionCookie(secret: string): void;
  clearSessionCookie(): void;
};

export type Context = {
  db: MutuDb;
  caller: Caller | null;
  http: HttpContext;
  now: () => Date;
  /** A bearer token was presented but is unknown, expired or revoked. */
  rejectedToken: boolean;
};

// Every check a schema does not word itself speaks French too.
useFrenchErrors();

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const fieldErrors = zod
      ? fieldErrorsOf(zod)
      : (error.cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    return {
      ...shape,
      message: zod
        ? "Certaines informations sont invalides : corrigez les champs signalés."
        : shape.message,
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
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok || result.error.code !== "INTERNAL_SERVER_ERROR" || !result.error.cause)
    return result;
  const mapped = toTRPCError(result.error.cause);
  if (mapped.code === "INTERNAL_SERVER_ERROR") console.error(result.error.cause);
  throw mapped;
});

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.caller)
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: ctx.rejectedToken
        ? "Jeton d'API invalide, expiré ou révoqué."
        : "Votre session a expiré : reconnectez-vous.",
    });
  return next({ ctx: { ...ctx, caller: ctx.caller } });
});

export function requirePermission(permission: Permission) {
  return protectedProcedure.use(async ({ ctx, path, next }) => {
    if (!ctx.caller.permissions.includes(permission)) {
      await recordRefusal(ctx.db, ctx.caller, path, permission);
      throw forbidden();
    }
    return next();
  });
}

/** One of several permissions suffices (e.g. a filer reads their own saisines, a reader all). */
export function requireAnyPermission(...permissions: Permission[]) {
  return protectedProcedure.use(async ({ ctx, path, next }) => {
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
  ).catch((e) => console.error("audit of a refusal failed", e));
}
