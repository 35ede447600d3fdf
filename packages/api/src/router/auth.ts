/** Sign in (password or single sign-on), sign out, who am I, and the password's lifecycle. */
import {
  changePasswordInput,
  PASSWORD_RESET_REQUESTED,
  requestPasswordResetInput,
  resetPasswordInput,
  signInInput,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { changePassword, requestPasswordReset, resetPassword } from "../services/auth/password.ts";
import { signIn, signOut } from "../services/auth/sign-in.ts";
import { personalProcedure, protectedProcedure, publicProcedure } from "../trpc.ts";

const okOutput = z.object({ ok: z.literal(true) });

const meOutput = z.object({
  kind: z.enum(["person", "token"]),
  personId: z.string().nullable(),
  displayName: z.string(),
  email: z.string().nullable(),
  org: z.object({ id: z.string(), kind: z.enum(["operator", "commune"]), name: z.string() }),
  functions: z.array(z.object({ id: z.string(), code: z.string(), label: z.string() })),
  permissions: z.array(z.string()),
});

export const authRouter = {
  signIn: publicProcedure
    .input(signInInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await signIn(ctx.db, ctx.http, input, ctx.now());
      return { ok: true as const };
    }),
  signInOptions: publicProcedure
    .meta({
      description: "How one may sign in here: the single sign-on's button, when one is configured.",
    })
    .output(z.object({ singleSignOn: z.object({ label: z.string() }).nullable() }))
    .query(({ ctx }) => ({ singleSignOn: ctx.http.singleSignOn })),
  changePassword: personalProcedure
    .input(changePasswordInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.db, ctx.http, ctx.caller, input, ctx.now());
      return { ok: true as const };
    }),
  requestPasswordReset: publicProcedure
    .meta({ description: "Always the same answer, whether or not the address has an account." })
    .input(requestPasswordResetInput)
    .output(z.object({ message: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset(ctx.db, ctx.http, input, ctx.now());
      return { message: PASSWORD_RESET_REQUESTED };
    }),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(okOutput)
    .mutation(async ({ ctx, input }) => {
      await resetPassword(ctx.db, ctx.http, input, ctx.now());
      return { ok: true as const };
    }),
  signOut: publicProcedure.output(okOutput).mutation(async ({ ctx }) => {
    await signOut(ctx.db, ctx.http, ctx.now());
    return { ok: true as const };
  }),
  me: protectedProcedure
    .meta({
      description: "Who is calling: the person or the token, its organisation, its permissions.",
    })
    .output(meOutput)
    .query(({ ctx }) => ({
      kind: ctx.caller.kind,
      personId: ctx.caller.personId,
      displayName: ctx.caller.label,
      email: ctx.caller.email,
      org: { id: ctx.caller.org.id, kind: ctx.caller.org.kind, name: ctx.caller.org.name },
      functions: ctx.caller.functions,
      permissions: ctx.caller.permissions,
    })),
} satisfies TRPCRouterRecord;
