/** People and their functions. */
import {
  assignFunctionInput,
  createPersonInput,
  deactivatePersonInput,
  instantOutput,
  personFunctionInput,
  personIdInput,
} from "@mutu/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listFunctions, listPeople } from "../services/people/list.ts";
import {
  assignFunction,
  createPerson,
  deactivatePerson,
  reactivatePerson,
  removeFunction,
} from "../services/people/manage.ts";
import { requirePermission } from "../trpc.ts";

const functionRef = z.object({ id: z.string(), code: z.string(), label: z.string() });
const personOutput = z.object({
  id: z.string(),
  orgId: z.string(),
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  createdAt: instantOutput,
  functions: z.array(functionRef),
  /** The API tokens they created that still work: their deactivation must say what becomes of them. */
  activeTokens: z.number().int(),
});
const ok = z.object({ ok: z.literal(true) });

export const peopleRouter = {
  list: requirePermission("people.read")
    .input(z.object({ orgId: z.uuid("Organisation inconnue.").optional() }))
    .output(z.array(personOutput))
    .query(({ ctx, input }) => listPeople(ctx, input)),
  functions: requirePermission("people.read")
    .output(
      z.array(
        functionRef.extend({
          side: z.enum(["commune", "operator"]),
          permissions: z.array(z.string()),
        }),
      ),
    )
    .query(({ ctx }) => listFunctions(ctx)),
  create: requirePermission("people.manage")
    .input(createPersonInput)
    .output(
      z.object({ id: z.string(), orgId: z.string(), email: z.string(), displayName: z.string() }),
    )
    .mutation(({ ctx, input }) => createPerson(ctx, input)),
  assignFunction: requirePermission("people.manage")
    .input(assignFunctionInput)
    .output(ok)
    .mutation(({ ctx, input }) => assignFunction(ctx, input)),
  removeFunction: requirePermission("people.manage")
    .input(personFunctionInput)
    .output(ok)
    .mutation(({ ctx, input }) => removeFunction(ctx, input)),
  deactivate: requirePermission("people.manage")
    .input(deactivatePersonInput)
    .output(ok)
    .mutation(({ ctx, input }) => deactivatePerson(ctx, input)),
  reactivate: requirePermission("people.manage")
    .meta({
      description:
        "Undoes a deactivation: the person signs in again (their ended sessions stay ended).",
    })
    .input(personIdInput)
    .output(ok)
    .mutation(({ ctx, input }) => reactivatePerson(ctx, input)),
} satisfies TRPCRouterRecord;
